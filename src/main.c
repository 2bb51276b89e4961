/* main.c — tuong-than, the desktop app */
#include "config.h"

#include "tt-application.h"
#include "tt-locale.h"

int
main (int argc, char **argv)
{
  g_autoptr(TtApplication) app = NULL;

  tt_locale_init ();

  app = tt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
