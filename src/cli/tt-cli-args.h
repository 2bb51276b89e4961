/* tt-cli-args.h — a small option parser for the CLI's subcommands */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GHashTable *values;      /* option name (no dashes) → value ("" for flags) */
  GPtrArray  *positional;
} TtArgs;

void        tt_args_clear    (TtArgs             *args);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TtArgs, tt_args_clear)

gboolean    tt_args_parse    (char              **argv,
                              int                 argc,
                              const char *const  *value_options,
                              const char *const  *flag_options,
                              TtArgs             *out,
                              GError            **error);
const char *tt_args_get      (TtArgs             *args,
                              const char         *name);
gboolean    tt_args_has      (TtArgs             *args,
                              const char         *name);

G_END_DECLS
