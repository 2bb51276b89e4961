/* cli-main.c — tuong-than-cli, the headless companion */
#include "config.h"

#include "tt-cli.h"
#include "tt-locale.h"

int
main (int argc, char **argv)
{
  tt_locale_init ();

  return tt_cli_run (argc, argv);
}
