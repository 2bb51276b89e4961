/* tt-cli-private.h — what the CLI's command files share */
#pragma once

#include <glib.h>

#include "tt-cli-args.h"
#include "tt-db.h"

G_BEGIN_DECLS

#define EXIT_ERROR 1
#define EXIT_USAGE 2

typedef struct
{
  const char *db_path;
  TtDb       *db;
} Cli;

typedef int (*CommandFunc) (Cli *cli, char **argv, int argc);

typedef struct
{
  const char  *group;
  const char  *name;     /* NULL for a one-word command */
  CommandFunc  func;
  const char  *usage;
} Command;

extern const char *tt_cli_usage;

char        *tt_cli_expand_usage (const char *usage);
const char  *tt_cli_text        (const char *text);
#define T(text) tt_cli_text (text)
int          tt_cli_print_usage (const char *usage);
/* Shared by the households' and the gifts' commands. */
int          tt_cli_this_year    (void);
char        *tt_cli_category_word (const char *code);
gboolean     tt_cli_parse_year   (TtArgs      *args,
                                  const char  *name,
                                  int         *year,
                                  GError     **error);
gboolean     tt_cli_parse_place  (Cli         *cli,
                                  TtArgs      *args,
                                  const char  *name,
                                  gint64      *place,
                                  GError     **error);
void         tt_cli_print_household_line (TtDb *db,
                                  gint64       id,
                                  int          year);
gboolean     tt_cli_period_arg  (Cli         *cli,
                                TtArgs      *args,
                                char         from[11],
                                char         to[11],
                                GError     **error);
int          tt_cli_fail        (GError      *error);
int          tt_cli_usage_error (const char  *usage,
                                 const char  *message);
char        *tt_cli_office_path (Cli         *cli);
gboolean     tt_cli_open_db     (Cli         *cli,
                                 GError     **error);
gboolean     tt_cli_open_office (Cli         *cli,
                                 GError     **error);
gboolean     tt_cli_parse_id    (const char  *text,
                                 const char  *what,
                                 gint64      *out,
                                 GError     **error);
const char  *tt_cli_output_arg  (TtArgs      *args);

extern const Command tt_cli_office_commands[];
extern const gsize   tt_cli_n_office_commands;
extern const Command tt_cli_donor_commands[];
extern const gsize   tt_cli_n_donor_commands;
extern const Command tt_cli_gift_commands[];
extern const gsize   tt_cli_n_gift_commands;
extern const Command tt_cli_household_commands[];
extern const gsize   tt_cli_n_household_commands;
extern const Command tt_cli_ledger_commands[];
extern const gsize   tt_cli_n_ledger_commands;
extern const Command tt_cli_housing_commands[];
extern const gsize   tt_cli_n_housing_commands;
extern const Command tt_cli_programme_commands[];
extern const gsize   tt_cli_n_programme_commands;
extern const Command tt_cli_report_commands[];
extern const gsize   tt_cli_n_report_commands;

#define PARSE_ARGS(values, flags, min_pos, max_pos)                                         \
  g_auto(TtArgs) args = { 0 };                                                              \
  g_autoptr(GError) error = NULL;                                                           \
  {                                                                                         \
    static const char *const v_[] = values;                                                 \
    static const char *const f_[] = flags;                                                  \
    if (!tt_args_parse (argv, argc, v_, f_, &args, &error))                                 \
      return tt_cli_usage_error (tt_cli_usage, error->message);                                       \
    if (tt_args_has (&args, "help") || tt_args_has (&args, "h"))                            \
      return tt_cli_print_usage (tt_cli_usage);                                             \
    if (tt_args_has (&args, "db"))                                                          \
      cli->db_path = tt_args_get (&args, "db");                                             \
    if ((int) args.positional->len < (min_pos) || (int) args.positional->len > (max_pos))   \
      return tt_cli_usage_error (tt_cli_usage, NULL);                                                 \
  }
#define LIST(...) { __VA_ARGS__, NULL }
#define NONE { NULL }
#define POS(i) ((const char *) args.positional->pdata[i])


G_END_DECLS
