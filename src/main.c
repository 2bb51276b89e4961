/* main.c — tuong-than, the desktop app */
#include "config.h"

#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "tt-application.h"
#include "tt-locale.h"

int
main (int argc, char **argv)
{
  g_autoptr(TtApplication) app = NULL;

  /* Workers read the office on their own threads; with an arena each, glibc keeps what each
   * freed for that thread alone, and a province's office grows the app by 18 MB more. */
#ifdef __GLIBC__
  mallopt (M_ARENA_MAX, 1);
#endif
  tt_locale_init ();

  app = tt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
