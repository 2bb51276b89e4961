/* tt-cli.h — tuong-than-cli commands */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int tt_cli_run (int argc, char **argv);

G_END_DECLS
