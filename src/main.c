/* main.c — tuong-than, the desktop app */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tt-application.h"

int
main (int argc, char **argv)
{
  g_autoptr(TtApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = tt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
