/* cli-main.c — tuong-than-cli, the headless companion */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tt-cli.h"

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return tt_cli_run (argc, argv);
}
