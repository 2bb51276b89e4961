/* tt-cli.c — tuong-than-cli: the headless companion of the app
 *
 * Output is plain text, one record a line, tab-separated where there are columns. Exit 0 on
 * success, 1 on an error (one "error: " line on stderr, nothing half-written), 2 on bad usage.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tt-audit.h"
#include "tt-backup.h"
#include "tt-batches.h"
#include "tt-campaigns.h"
#include "tt-certificate.h"
#include "tt-check.h"
#include "tt-cli-private.h"
#include "tt-livelihood.h"
#include "tt-cli.h"
#include "tt-date.h"
#include "tt-demo.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-gifts.h"
#include "tt-households.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-charts.h"
#include "tt-report-doc.h"
#include "tt-targets.h"
#include "tt-vouchers.h"
#include "tt-office-profile.h"
#include "tt-places.h"
#include "tt-receipt.h"
#include "tt-restore.h"
#include "tt-statement.h"
#include "tt-support.h"
#include "tt-text.h"
#include "tt-vietqr.h"

/* One line on stderr: line breaks in a message become spaces, and a message that would flood
 * the terminal is cut. */
int
tt_cli_fail (GError *error)
{
  g_autoptr(GString) line = g_string_new (error ? error->message : _("unknown failure"));

  for (gsize i = 0; i < line->len; i++)
    if (line->str[i] == '\n' || line->str[i] == '\r' || line->str[i] == '\t')
      line->str[i] = ' ';
  if (line->len > 600)
    {
      const char *end = line->str + 600;
      g_utf8_validate (line->str, 600, &end);
      g_string_truncate (line, end - line->str);
      g_string_append (line, "…");
    }
  g_printerr ("error: %s\n", line->str);
  return EXIT_ERROR;
}

/* A usage line with its choices ({donor-kinds}, {payment-methods}…) taken from core's value
 * lists, so the CLI offers exactly what core accepts. */
char *
tt_cli_expand_usage (const char *usage)
{
  static const struct { const char *name; const TtValueList *list; } lists[] = {
    { "{campaign-kinds}", &tt_campaign_kinds }, { "{donor-kinds}", &tt_donor_kinds },
    { "{payment-methods}", &tt_payment_methods }, { "{paper-sizes}", &tt_paper_sizes },
    { "{genders}", &tt_genders }, { "{household-statuses}", &tt_household_statuses_settable },
    { "{gift-statuses}", &tt_gift_statuses }, { "{support-kinds}", &tt_support_kinds },
    { "{target-measures}", &tt_target_measures }, { "{chart-names}", &tt_chart_names },
    { "{report-names}", &tt_report_names },
    { "{place-kinds}", &tt_place_kinds }, { "{office-levels}", &tt_office_levels },
    { "{voucher-purposes}", &tt_voucher_purposes }, { "{livelihood-kinds}", &tt_livelihood_kinds },
  };
  GString *out = g_string_new (usage);

  for (gsize i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *codes = tt_values_codes (lists[i].list, "|", NULL);
      g_string_replace (out, lists[i].name, codes, 0);
    }
  return g_string_free (out, FALSE);
}

static GPtrArray *escaped_texts;

/* @text as one field of a record line: a tab, a line break or a backslash in it is written
 * \t, \n or \\, other control characters as \xHH, so that one record stays one line and its
 * fields stay apart. NULL is "". The result lives until the program ends. */
const char *
tt_cli_text (const char *text)
{
  GString *out;

  if (text == NULL)
    return "";
  for (const char *p = text; ; p++)
    {
      if (*p == '\0')
        return text;
      if ((guchar) *p < 0x20 || *p == 0x7f || *p == '\\')
        break;
    }
  out = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    {
      guchar c = *p;
      if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\\')
        g_string_append (out, "\\\\");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, c);
    }
  if (escaped_texts == NULL)
    escaped_texts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (escaped_texts, out->str);
  return g_string_free (out, FALSE);
}

/* The usage of the command, asked for with --help: on stdout, success. */
int
tt_cli_print_usage (const char *usage)
{
  g_autofree char *line = tt_cli_expand_usage (usage);

  g_print ("%s: tuong-than-cli %s\n", _("usage"), line);
  return 0;
}

int
tt_cli_usage_error (const char *usage, const char *message)
{
  g_autofree char *line = tt_cli_expand_usage (usage);

  if (message != NULL)
    g_printerr ("error: %s\n", message);
  g_printerr ("%s: tuong-than-cli %s\n", _("usage"), line);
  return EXIT_USAGE;
}

/* Another program is writing: the CLI waits, and says so on stderr rather than seem stuck. */
static void
say_busy (TtDb *db, gboolean first, gpointer data)
{
  if (first)
    g_printerr ("%s\n", _("The office file is busy in another program; waiting…"));
}

/* The office file the command works on: --db, or the app's default. */
char *
tt_cli_office_path (Cli *cli)
{
  return cli->db_path ? g_strdup (cli->db_path) : tt_db_default_path ();
}

gboolean
tt_cli_open_db (Cli *cli, GError **error)
{
  g_autofree char *path = NULL;

  if (cli->db != NULL)
    return TRUE;
  path = tt_cli_office_path (cli);
  cli->db = tt_db_open (path, error);
  if (cli->db != NULL)
    tt_db_set_busy_func (cli->db, say_busy, NULL);
  return cli->db != NULL;
}

/* Opens an existing office (not a fresh empty file, which only init may create). */
gboolean
tt_cli_open_office (Cli *cli, GError **error)
{
  g_autofree char *path = tt_cli_office_path (cli);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no office file at “%s”; create it with: tuong-than-cli --db %s init --office NAME"),
                   path, path);
      return FALSE;
    }
  return tt_cli_open_db (cli, error);
}

gboolean
tt_cli_parse_id (const char *text, const char *what, gint64 *out, GError **error)
{
  gint64 v;

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("%s is missing."), what);
      return FALSE;
    }
  /* Refused past 2^63 - 1 rather than clamped to it. */
  if (!g_ascii_isdigit (*text) || !g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &v, NULL))
    {
      g_autofree char *quoted = tt_text_quote_short (text);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("%s must be a positive whole number, not “%s”."), what, quoted);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

/* -o FILE or --output FILE. */
const char *
tt_cli_output_arg (TtArgs *args)
{
  return tt_args_get (args, "o") ? tt_args_get (args, "o") : tt_args_get (args, "output");
}

const char *tt_cli_usage;


/* ---- commands -------------------------------------------------------------------------- */

static int
cmd_words (Cli *cli, char **argv, int argc)
{
  TtWordsStyle style = TT_WORDS_DEFAULT;
  gint64 amount;
  g_autofree char *words = NULL;

  PARSE_ARGS (LIST ("style"), NONE, 1, 1);
  if (tt_args_has (&args, "style"))
    {
      if (!tt_words_style_parse (tt_args_get (&args, "style"), &style, &error))
        return tt_cli_fail (error);
    }
  else if (cli->db_path != NULL)
    {
      g_autoptr(TtOfficeProfile) office = NULL;
      if (!tt_cli_open_office (cli, &error))
        return tt_cli_fail (error);
      office = tt_office_profile_load (cli->db);
      style = office->words_style;
    }
  if (!tt_money_parse (POS (0), &amount, &error))
    return tt_cli_fail (error);
  words = tt_money_words (amount, style, &error);
  if (words == NULL)
    return tt_cli_fail (error);
  g_print ("%s\n", words);
  return 0;
}

static int
cmd_amount (Cli *cli, char **argv, int argc)
{
  gint64 amount;
  g_autofree char *shown = NULL;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_money_parse (POS (0), &amount, &error))
    return tt_cli_fail (error);
  shown = tt_money_format (amount);
  g_print ("%" G_GINT64_FORMAT "\t%s\n", amount, shown);
  return 0;
}

static int
cmd_fold (Cli *cli, char **argv, int argc)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *key = NULL;

  PARSE_ARGS (NONE, NONE, 1, G_MAXINT);
  for (guint i = 0; i < args.positional->len; i++)
    {
      if (!g_utf8_validate (POS (i), -1, NULL))
        {
          g_printerr ("error: %s\n", _("The text is not valid UTF-8."));
          return EXIT_ERROR;
        }
      g_string_append_printf (all, "%s%s", i ? " " : "", POS (i));
    }
  key = tt_text_fold (all->str);
  g_print ("%s\n", key);
  return 0;
}

static int
cmd_period (Cli *cli, char **argv, int argc)
{
  TtYearStart ys = { 1, 1 };
  TtPeriod period;
  g_autofree char *label = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  PARSE_ARGS (LIST ("year-start"), NONE, 1, 1);
  if (tt_args_has (&args, "year-start"))
    {
      if (!tt_year_start_parse (tt_args_get (&args, "year-start"), &ys, &error))
        return tt_cli_fail (error);
    }
  else if (cli->db_path != NULL)
    {
      g_autofree char *saved = NULL;
      if (!tt_cli_open_office (cli, &error))
        return tt_cli_fail (error);
      saved = tt_office_get (cli->db, "year-start");
      if (saved != NULL && !tt_year_start_parse (saved, &ys, &error))
        return tt_cli_fail (error);
    }
  if (!tt_period_parse (POS (0), &ys, &period, &error))
    return tt_cli_fail (error);
  label = tt_period_label (&period);
  a = tt_date_display (period.start);
  b = tt_date_display (period.end);
  g_print ("%s\t%s\t%s\n", a, b, label);
  return 0;
}

static const Command commands[] = {
  { "words", NULL, cmd_words, "words AMOUNT [--style linh|lẻ,nghìn|ngàn,tư|bốn,chẵn]" },
  { "amount", NULL, cmd_amount, "amount AMOUNT" },
  { "fold", NULL, cmd_fold, "fold TEXT" },
  { "period", NULL, cmd_period, "period 2024|2024-Q1|2024-H1|2024-03|FROM..TO [--year-start DD/MM]" },
};

static const gsize n_commands = G_N_ELEMENTS (commands);

/* Every group's commands, in the order the help lists them. */
static const struct
{
  const Command *commands;
  const gsize   *n;
} tables[] = {
  { commands, &n_commands },
  { tt_cli_office_commands, &tt_cli_n_office_commands },
  { tt_cli_donor_commands, &tt_cli_n_donor_commands },
  { tt_cli_household_commands, &tt_cli_n_household_commands },
  { tt_cli_gift_commands, &tt_cli_n_gift_commands },
  { tt_cli_ledger_commands, &tt_cli_n_ledger_commands },
  { tt_cli_housing_commands, &tt_cli_n_housing_commands },
  { tt_cli_programme_commands, &tt_cli_n_programme_commands },
  { tt_cli_report_commands, &tt_cli_n_report_commands },
};

#define N_TABLES ((int) G_N_ELEMENTS (tables))

static const Command *
table (int t)
{
  return tables[t].commands;
}

static gsize
table_size (int t)
{
  return *tables[t].n;
}

/* How many words of @rest name @c ("gifts list create" is three), or 0 when it is not @c. */
static int
command_matches (const Command *c, GPtrArray *rest)
{
  g_auto(GStrv) words = g_strsplit (c->group, " ", -1);
  guint n = g_strv_length (words);

  for (guint i = 0; i < n; i++)
    if (i >= rest->len || !g_str_equal (words[i], rest->pdata[i]))
      return 0;
  if (c->name == NULL)
    return n;
  if (n >= rest->len || !g_str_equal (c->name, rest->pdata[n]))
    return 0;
  return n + 1;
}

static void
print_help (void)
{
  g_print ("%s\n\n", _("tuong-than-cli — the Tương Thân office ledger from the command line"));
  g_print ("%s\n", _("Commands:"));
  for (int t = 0; t < N_TABLES; t++)
    for (gsize i = 0; i < table_size (t); i++)
      {
        g_autofree char *line = tt_cli_expand_usage (table (t)[i].usage);
        g_print ("  tuong-than-cli %s\n", line);
      }
  g_print ("\n%s\n", _("Without --db, the app's default office file is used."));
}

int
tt_cli_run (int argc, char **argv)
{
  Cli cli = { 0 };
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  int rc = EXIT_USAGE;
  const char *group;

  /* Global options before the command; after it, the command's own parser takes --db and
   * --help as well, so that an option's value (--name -h, --note --db=x) stays a value. */
  for (int i = 1; i < argc; i++)
    {
      if (rest->len > 0 || argv[i][0] != '-')
        g_ptr_array_add (rest, argv[i]);
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        cli.db_path = argv[++i];
      else if (g_str_has_prefix (argv[i], "--db="))
        cli.db_path = argv[i] + 5;
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_help ();
          return 0;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          g_print ("tuong-than-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else if (g_str_equal (argv[i], "--db"))
        return tt_cli_usage_error ("--db FILE COMMAND ...", _("--db needs a file name."));
      else
        g_ptr_array_add (rest, argv[i]);
    }

  if (rest->len == 0)
    {
      print_help ();
      return EXIT_USAGE;
    }

  group = rest->pdata[0];
  for (int t = 0; t < N_TABLES; t++)
    for (gsize i = 0; i < table_size (t); i++)
      {
        const Command *c = &table (t)[i];
        int skip = command_matches (c, rest);
        if (skip == 0)
          continue;
        tt_cli_usage = c->usage;
        rc = c->func (&cli, (char **) rest->pdata + skip, (int) rest->len - skip);
        g_clear_object (&cli.db);
        return rc;
      }

  for (int t = 0; t < N_TABLES; t++)
    for (gsize i = 0; i < table_size (t); i++)
      if (g_str_equal (table (t)[i].group, group) ||
          (g_str_has_prefix (table (t)[i].group, group) && table (t)[i].group[strlen (group)] == ' '))
        {
          g_printerr ("error: %s\n", _("Unknown or missing subcommand."));
          for (gsize j = 0; j < table_size (t); j++)
            if (g_str_has_prefix (table (t)[j].group, group))
              {
                g_autofree char *line = tt_cli_expand_usage (table (t)[j].usage);
                g_printerr ("%s: tuong-than-cli %s\n", _("usage"), line);
              }
          return EXIT_USAGE;
        }
  {
    g_autofree char *quoted = tt_text_quote_short (group);
    g_printerr ("error: %s “%s”\n", _("Unknown command"), quoted);
  }
  print_help ();
  return EXIT_USAGE;
}

/* --period P as from/to (ISO, inclusive); without it, everything. */
gboolean
tt_cli_period_arg (Cli *cli, TtArgs *args, char from[11], char to[11], GError **error)
{
  TtYearStart ys;
  TtPeriod period;

  g_strlcpy (from, "0000-01-01", 11);
  g_strlcpy (to, "9999-12-31", 11);
  if (!tt_args_has (args, "period"))
    return TRUE;
  tt_office_year_start (cli->db, &ys);
  if (!tt_period_parse (tt_args_get (args, "period"), &ys, &period, error))
    return FALSE;
  g_strlcpy (from, period.start, 11);
  g_strlcpy (to, period.end, 11);
  return TRUE;
}
