/* tt-cli-households.c — CLI commands for places, households and imports */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tt-cli-private.h"
#include "tt-date.h"
#include "tt-deficits.h"
#include "tt-households.h"
#include "tt-import.h"
#include "tt-money.h"
#include "tt-places.h"
#include "tt-text.h"

int
tt_cli_this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/* "near_poor" → "near-poor", as people type it on the command line. */
char *
tt_cli_category_word (const char *code)
{
  char *word = g_strdup (code ? code : "-");

  g_strdelimit (word, "_", '-');
  return word;
}

gboolean
tt_cli_parse_year (TtArgs *args, const char *name, int *year, GError **error)
{
  const char *text = tt_args_get (args, name);
  guint64 y;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 2000, 2100, &y, NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("--%s must be a year between 2000 and 2100, not “%s”."), name, text);
      return FALSE;
    }
  *year = y;
  return TRUE;
}

gboolean
tt_cli_parse_place (Cli *cli, TtArgs *args, const char *name, gint64 *place, GError **error)
{
  const char *text = tt_args_get (args, name);

  if (text == NULL)
    return TRUE;
  return (*place = tt_place_resolve (cli->db, text, error)) > 0;
}

void
tt_cli_print_household_line (TtDb *db, gint64 id, int year)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, id, NULL);
  g_autofree char *category = NULL;

  if (h == NULL)
    return;
  if (year != 0)
    {
      g_autoptr(GPtrArray) cls = tt_household_classifications (db, id, NULL);
      for (guint i = 0; cls && i < cls->len; i++)
        if (((TtClassification *) cls->pdata[i])->year == year)
          {
            category = tt_cli_category_word (((TtClassification *) cls->pdata[i])->category);
            break;
          }
    }
  if (category == NULL)
    category = tt_cli_category_word (h->category);
  g_print ("%lld\t%s\t%s\t%s\n", (long long) h->id, T (h->head_name), T (h->village_name),
           category);
}

static int
cmd_household_list (Cli *cli, char **argv, int argc)
{
  TtHouseholdFilter f = { 0 };
  g_autoptr(GArray) ids = NULL;

  PARSE_ARGS (LIST ("place", "category", "year", "search"), LIST ("all"), 0, 0);
  if (!tt_cli_parse_year (&args, "year", &f.year, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "place", &f.place_id, &error))
    return tt_cli_fail (error);
  f.categories = tt_args_get (&args, "category");
  f.query = tt_args_get (&args, "search");
  f.include_inactive = tt_args_has (&args, "all");
  if ((ids = tt_household_ids (cli->db, &f, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < ids->len; i++)
    tt_cli_print_household_line (cli->db, g_array_index (ids, gint64, i), f.year);
  return 0;
}

/* The gender as typed: Nam, Nữ, male… or, when unknown, as is for the register to refuse. */
static const char *
gender_arg (const char *text)
{
  const char *code = tt_gender_parse (text);

  return code ? code : text;
}

static gboolean
household_input (Cli *cli, TtArgs *args, TtHouseholdInput *in, GError **error)
{
  guint64 n;

  in->head_name = tt_args_get (args, "head");
  in->head_gender = gender_arg (tt_args_get (args, "gender"));
  in->id_number = tt_args_get (args, "id-number");
  in->phone = tt_args_get (args, "phone");
  in->address = tt_args_get (args, "address");
  in->code = tt_args_get (args, "code");
  in->note = tt_args_get (args, "note");
  in->status = tt_args_get (args, "status");
  if (tt_args_has (args, "birth-year"))
    {
      if (!g_ascii_string_to_unsigned (tt_args_get (args, "birth-year"), 10, 1, 9999, &n, NULL))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("--birth-year must be a year."));
          return FALSE;
        }
      in->head_birth_year = n;
    }
  if (tt_args_has (args, "members"))
    {
      if (!g_ascii_string_to_unsigned (tt_args_get (args, "members"), 10, 0, 1000, &n, NULL))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("--members must be a number."));
          return FALSE;
        }
      in->member_count = n;
    }
  if (!tt_cli_parse_place (cli, args, "commune", &in->commune_id, error))
    return FALSE;
  if (tt_args_has (args, "village"))
    {
      if (in->commune_id == 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("--village needs --commune CODE."));
          return FALSE;
        }
      in->village_name = tt_args_get (args, "village");
    }
  return TRUE;
}

static int
cmd_household_add (Cli *cli, char **argv, int argc)
{
  TtHouseholdInput in = { 0 };
  int year = 0;
  gint64 id;

  PARSE_ARGS (LIST ("head", "birth-year", "gender", "id-number", "commune", "village", "members", "phone",
                    "address", "code", "note", "category", "year"), NONE, 0, 0);
  if (!tt_args_has (&args, "head"))
    return tt_cli_usage_error (tt_cli_usage, _("--head NAME is required."));
  if (!tt_cli_parse_year (&args, "year", &year, &error) || !tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  if (year == 0)
    year = tt_cli_this_year ();
  if (!household_input (cli, &args, &in, &error) ||
      (id = tt_household_save (cli->db, 0, &in, year, tt_args_get (&args, "category"), &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%lld\n", (long long) id);
  return 0;
}

/* Changes what is given and keeps the rest. */
static int
cmd_household_edit (Cli *cli, char **argv, int argc)
{
  TtHouseholdInput in = { 0 };
  g_autoptr(TtHousehold) old = NULL;
  gint64 id;

  PARSE_ARGS (LIST ("head", "birth-year", "gender", "id-number", "commune", "village", "members", "phone",
                    "address", "code", "note", "status"), NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The household number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      (old = tt_household_get (cli->db, id, &error)) == NULL)
    return tt_cli_fail (error);
  if (!tt_args_has (&args, "commune") && tt_args_has (&args, "village") && old->commune_id)
    in.commune_id = old->commune_id;
  if (!household_input (cli, &args, &in, &error))
    return tt_cli_fail (error);
  tt_household_input_keep (&in, old, tt_args_has (&args, "commune"));
  if (tt_household_save (cli->db, id, &in, 0, NULL, &error) == 0)
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_household_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtHousehold) h = NULL;
  g_autoptr(GPtrArray) cls = NULL;
  gint64 id;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The household number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      (h = tt_household_get (cli->db, id, &error)) == NULL ||
      (cls = tt_household_classifications (cli->db, id, &error)) == NULL)
    return tt_cli_fail (error);
  g_print ("household\t%lld\nhead\t%s\n", (long long) h->id, T (h->head_name));
  if (h->head_birth_year)
    g_print ("birth-year\t%d\n", h->head_birth_year);
  if (h->head_gender)
    g_print ("gender\t%s\n", h->head_gender);
  if (h->id_number)
    g_print ("id-number\t%s\n", h->id_number);
  g_print ("commune\t%s\nvillage\t%s\nmembers\t%d\nstatus\t%s\n", T (h->commune_name),
           T (h->village_name), h->member_count, h->status);
  if (h->phone)
    g_print ("phone\t%s\n", T (h->phone));
  if (h->address)
    g_print ("address\t%s\n", T (h->address));
  for (guint i = 0; i < cls->len; i++)
    {
      TtClassification *c = cls->pdata[i];
      g_autofree char *word = tt_cli_category_word (c->category);
      g_print ("classification\t%d\t%s\t%s\n", c->year, word, c->standard);
      if (c->lacking >= 0)
        {
          g_autofree char *lacks = tt_deficits_format ((guint) c->lacking, FALSE);
          g_print ("lacking\t%d\t%s\n", c->year, lacks);
        }
    }
  return 0;
}

static int
cmd_household_classify (Cli *cli, char **argv, int argc)
{
  gint64 id;
  int year = tt_cli_this_year ();

  guint lacking = 0;

  PARSE_ARGS (LIST ("category", "year", "decision", "lacking"), NONE, 1, 1);
  if (!tt_args_has (&args, "category"))
    return tt_cli_usage_error (tt_cli_usage, _("--category is required."));
  if (!tt_cli_parse_id (POS (0), _("The household number"), &id, &error) ||
      !tt_cli_parse_year (&args, "year", &year, &error) ||
      (tt_args_has (&args, "lacking") && !tt_deficits_parse (tt_args_get (&args, "lacking"), &lacking, &error)) ||
      !tt_cli_open_office (cli, &error) ||
      !tt_household_classify_lacking (cli->db, id, year, tt_args_get (&args, "category"), tt_args_get (&args, "decision"),
                                      tt_args_has (&args, "lacking") ? (gint64) lacking : -1, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_household_stats (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) rows = NULL;
  int year = tt_cli_this_year ();
  gint64 province = 0, total = 0, poor = 0, near = 0;

  PARSE_ARGS (LIST ("year", "province"), NONE, 0, 0);
  if (!tt_cli_parse_year (&args, "year", &year, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "province", &province, &error) ||
      (rows = tt_household_stats (cli->db, year, province, &error)) == NULL)
    return tt_cli_fail (error);
  g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", _("code"), _("commune"), _("households"), _("poor"),
           _("poor %"), _("near-poor"), _("near-poor %"));
  for (guint i = 0; i < rows->len; i++)
    {
      TtCommuneStats *s = rows->pdata[i];
      g_autofree char *pr = tt_rate_format (s->poor_rate, 2, FALSE);
      g_autofree char *nr = tt_rate_format (s->near_poor_rate, 2, FALSE);
      g_print ("%s\t%s\t%lld\t%lld\t%s\t%lld\t%s\n", T (s->commune_code), T (s->commune_name),
               (long long) s->total, (long long) s->poor, pr, (long long) s->near_poor, nr);
      total += s->total;
      poor += s->poor;
      near += s->near_poor;
    }
  {
    g_autofree char *pr = tt_rate_format (tt_rate (poor, total), 2, FALSE);
    g_autofree char *nr = tt_rate_format (tt_rate (near, total), 2, FALSE);
    g_print ("\t%s\t%lld\t%lld\t%s\t%lld\t%s\n", _("Total"), (long long) total, (long long) poor, pr,
             (long long) near, nr);
  }
  return 0;
}

static int
cmd_household_total (Cli *cli, char **argv, int argc)
{
  gint64 commune = 0, count = 0;
  int year = tt_cli_this_year ();

  PARSE_ARGS (LIST ("commune", "year", "count"), NONE, 0, 0);
  if (!tt_args_has (&args, "commune") || !tt_args_has (&args, "count"))
    return tt_cli_usage_error (tt_cli_usage, _("--commune CODE and --count N are required."));
  if (!tt_cli_parse_year (&args, "year", &year, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "commune", &commune, &error) ||
      !tt_cli_parse_id (tt_args_get (&args, "count"), "--count", &count, &error) ||
      !tt_commune_total_set (cli->db, commune, year, count, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_place_add (Cli *cli, char **argv, int argc)
{
  gint64 parent = 0, id;

  PARSE_ARGS (LIST ("kind", "name", "code", "parent"), NONE, 0, 0);
  if (!tt_args_has (&args, "kind") || !tt_args_has (&args, "name"))
    return tt_cli_usage_error (tt_cli_usage, _("--kind and --name are required."));
  if (!tt_cli_open_office (cli, &error) || !tt_cli_parse_place (cli, &args, "parent", &parent, &error) ||
      (id = tt_place_add (cli->db, tt_args_get (&args, "kind"), tt_args_get (&args, "code"),
                          tt_args_get (&args, "name"), parent, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%lld\n", (long long) id);
  return 0;
}

static int
cmd_place_map (Cli *cli, char **argv, int argc)
{
  gint64 old_id, new_id;

  PARSE_ARGS (NONE, NONE, 2, 2);
  if (!tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  if ((old_id = tt_place_id_by_code (cli->db, POS (0))) == 0 && !tt_cli_parse_id (POS (0), _("The former unit"), &old_id, &error))
    return tt_cli_fail (error);
  if ((new_id = tt_place_resolve (cli->db, POS (1), &error)) <= 0 ||
      !tt_place_map (cli->db, old_id, new_id, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_import_households (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtImport) import = NULL;
  TtTable *table;
  TtImportCounts counts;
  GPtrArray *problems;
  gint64 commune = 0;
  int year = 0;
  gboolean ok;

  PARSE_ARGS (LIST ("map", "year", "commune", "duplicates"), LIST ("dry-run", "skip-bad-rows"), 1, 1);
  if (!tt_cli_parse_year (&args, "year", &year, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "commune", &commune, &error) ||
      (table = tt_table_read_file (POS (0), &error)) == NULL ||
      (import = tt_import_new (cli->db, table, &error)) == NULL ||
      (tt_args_has (&args, "map") && !tt_import_apply_map (import, tt_args_get (&args, "map"), &error)))
    return tt_cli_fail (error);
  if (year)
    tt_import_set_year (import, year);
  if (commune)
    tt_import_set_commune (import, commune);
  if (tt_args_has (&args, "duplicates"))
    {
      const char *d = tt_args_get (&args, "duplicates");
      if (!g_str_equal (d, "update") && !g_str_equal (d, "skip"))
        return tt_cli_usage_error (tt_cli_usage, _("--duplicates must be update or skip."));
      tt_import_set_duplicates (import, g_str_equal (d, "skip") ? TT_IMPORT_DUPLICATES_SKIP : TT_IMPORT_DUPLICATES_UPDATE);
    }
  tt_import_set_skip_bad_rows (import, tt_args_has (&args, "skip-bad-rows"));
  ok = tt_import_run (import, tt_args_has (&args, "dry-run"), &counts, &error);
  if (ok)
    g_print ("imported %u, updated %u, skipped %u, errors %u\n", counts.imported, counts.updated, counts.skipped,
             counts.errors);
  problems = tt_import_get_problems (import);
  for (guint i = 0; i < problems->len; i++)
    {
      TtImportProblem *p = problems->pdata[i];
      g_autofree char *column = p->column ? tt_text_quote_short (p->column) : NULL;
      if (p->column)
        g_print (_("row %u, column “%s”: %s\n"), p->row, column, p->message);
      else
        g_print (_("row %u: %s\n"), p->row, p->message);
    }
  if (tt_import_problems_left_out (import) > 0)
    g_print (g_dngettext (NULL, "… and %u more problem, not listed\n", "… and %u more problems, not listed\n",
                          tt_import_problems_left_out (import)),
             tt_import_problems_left_out (import));
  if (!ok && counts.errors > 0)
    {
      if (tt_args_has (&args, "dry-run"))
        g_print (g_dngettext (NULL, "nothing would be imported: %u row has a problem\n",
                              "nothing would be imported: %u rows have problems\n", counts.errors),
                 counts.errors);
      else
        g_print (g_dngettext (NULL, "nothing imported: %u row has a problem\n",
                              "nothing imported: %u rows have problems\n", counts.errors),
                 counts.errors);
    }
  if (counts.new_villages > 0)
    g_printerr (g_dngettext (NULL, "%u new village added.\n", "%u new villages added.\n", counts.new_villages),
                counts.new_villages);
  if (tt_args_has (&args, "dry-run") && ok)
    g_printerr ("%s\n", _("Dry run: nothing was written."));
  return ok ? 0 : tt_cli_fail (error);
}

const Command tt_cli_household_commands[] = {
  { "place", "add", cmd_place_add, "[--db FILE] place add --kind {place-kinds} --name NAME [--code CODE] [--parent CODE_OR_NAME]" },
  { "place", "map", cmd_place_map, "[--db FILE] place map OLD_CODE_OR_ID NEW_CODE" },
  { "household", "list", cmd_household_list, "[--db FILE] household list [--place P] [--category C] [--year Y] [--search TEXT] [--all]" },
  { "household", "add", cmd_household_add, "[--db FILE] household add --head NAME [--birth-year Y] [--gender {genders}] [--id-number N] [--commune CODE] [--village NAME] [--members N] [--phone P] [--address A] [--category C] [--year Y]" },
  { "household", "edit", cmd_household_edit, "[--db FILE] household edit ID [--head NAME] [--status {household-statuses}] [--birth-year Y] [--gender G] [--id-number N] [--commune CODE] [--village NAME] [--members N] [--phone P] [--address A] [--note N]" },
  { "household", "show", cmd_household_show, "[--db FILE] household show ID" },
  { "household", "classify", cmd_household_classify, "[--db FILE] household classify ID --category C [--year Y] [--decision REF] [--lacking water,latrine,...|1,2,...]" },
  { "household", "stats", cmd_household_stats, "[--db FILE] household stats [--year Y] [--province CODE]" },
  { "household", "total", cmd_household_total, "[--db FILE] household total --commune CODE --count N [--year Y]" },
  { "import", "households", cmd_import_households, "[--db FILE] import households FILE [--dry-run] [--map field=column,...] [--year Y] [--commune CODE] [--duplicates update|skip] [--skip-bad-rows]" },
};
const gsize tt_cli_n_household_commands = G_N_ELEMENTS (tt_cli_household_commands);
