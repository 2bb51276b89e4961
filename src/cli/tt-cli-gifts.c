/* tt-cli-gifts.c — CLI commands for gift packages and lists, coverage, and support from other
 * programmes */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tt-cli-private.h"
#include "tt-date.h"
#include "tt-gift-sheet.h"
#include "tt-gifts.h"
#include "tt-households.h"
#include "tt-money.h"
#include "tt-places.h"
#include "tt-signing-sheet.h"
#include "tt-support.h"
#include "tt-text.h"

static int
cmd_gifts_package_add (Cli *cli, char **argv, int argc)
{
  gint64 campaign, cash = 0, goods = 0, id;

  PARSE_ARGS (LIST ("campaign", "name", "value", "goods", "contents"), NONE, 0, 0);
  if (!tt_args_has (&args, "campaign") || !tt_args_has (&args, "name") ||
      (!tt_args_has (&args, "value") && !tt_args_has (&args, "goods")))
    return tt_cli_usage_error (tt_cli_usage, _("--campaign, --name and --value are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "campaign"), "--campaign", &campaign, &error) ||
      (tt_args_has (&args, "value") && !tt_money_parse (tt_args_get (&args, "value"), &cash, &error)) ||
      (tt_args_has (&args, "goods") && !tt_money_parse (tt_args_get (&args, "goods"), &goods, &error)) ||
      !tt_cli_open_office (cli, &error) ||
      (id = tt_gift_package_add (cli->db, campaign, tt_args_get (&args, "name"), cash, goods,
                                 tt_args_get (&args, "contents"), &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%lld\n", (long long) id);
  return 0;
}

static int
cmd_gifts_package_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) packages = NULL;
  gint64 campaign = 0;

  PARSE_ARGS (LIST ("campaign"), NONE, 0, 0);
  if ((tt_args_has (&args, "campaign") &&
       !tt_cli_parse_id (tt_args_get (&args, "campaign"), "--campaign", &campaign, &error)) ||
      !tt_cli_open_office (cli, &error) || (packages = tt_gift_packages (cli->db, campaign, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < packages->len; i++)
    {
      TtGiftPackage *p = packages->pdata[i];
      g_print ("%lld\t%lld\t%s\t%lld\t%lld\n", (long long) p->id, (long long) p->campaign_id, T (p->name),
               (long long) p->cash_value, (long long) p->goods_value);
    }
  return 0;
}

static void
say_conflicts (gint64 household, GPtrArray *conflicts)
{
  for (guint i = 0; conflicts && i < conflicts->len; i++)
    g_printerr (_("warning: household %lld already had support in this period: %s\n"), (long long) household,
                (const char *) conflicts->pdata[i]);
}

static void
warn_conflicts (TtDb *db, gint64 household, gint64 campaign)
{
  g_autoptr(GPtrArray) conflicts = tt_support_conflicts (db, household, "gift", campaign, NULL);

  say_conflicts (household, conflicts);
}

static void
print_conflicts (const TtGiftEntry *e, GPtrArray *conflicts, gpointer data)
{
  say_conflicts (e->household_id, conflicts);
}

static int
cmd_gifts_list_create (Cli *cli, char **argv, int argc)
{
  TtHouseholdFilter f = { 0 };
  gint64 campaign, package, list, added = 0, already = 0;

  PARSE_ARGS (LIST ("campaign", "package", "place", "category", "year", "name"), NONE, 0, 0);
  if (!tt_args_has (&args, "campaign") || !tt_args_has (&args, "package"))
    return tt_cli_usage_error (tt_cli_usage, _("--campaign ID and --package ID are required."));
  f.categories = tt_args_get (&args, "category");
  if (!tt_cli_parse_id (tt_args_get (&args, "campaign"), "--campaign", &campaign, &error) ||
      !tt_cli_parse_id (tt_args_get (&args, "package"), "--package", &package, &error) ||
      !tt_cli_parse_year (&args, "year", &f.year, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "place", &f.place_id, &error) ||
      (list = tt_gift_list_create (cli->db, campaign, package, tt_args_get (&args, "name"), &f, &added,
                                   &already, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%lld\t%lld\n", (long long) list, (long long) added);
  if (already > 0)
    g_printerr (_("%lld matching households already have a package of this campaign and were left out.\n"),
                (long long) already);
  tt_gift_list_conflicts (cli->db, list, 0, print_conflicts, NULL, NULL);
  return 0;
}

static int
cmd_gifts_list_add (Cli *cli, char **argv, int argc)
{
  gint64 list, household, quantity = 1;
  g_autoptr(TtGiftList) l = NULL;

  PARSE_ARGS (LIST ("household", "quantity", "reason"), NONE, 1, 1);
  if (!tt_args_has (&args, "household"))
    return tt_cli_usage_error (tt_cli_usage, _("--household ID is required."));
  if (!tt_cli_parse_id (POS (0), _("The list number"), &list, &error) ||
      !tt_cli_parse_id (tt_args_get (&args, "household"), "--household", &household, &error) ||
      (tt_args_has (&args, "quantity") && !tt_cli_parse_id (tt_args_get (&args, "quantity"), "--quantity", &quantity, &error)) ||
      !tt_cli_open_office (cli, &error) || (l = tt_gift_list_get (cli->db, list, &error)) == NULL ||
      !tt_gift_list_add (cli->db, list, household, (int) MIN (quantity, 1000), tt_args_get (&args, "reason"), &error))
    return tt_cli_fail (error);
  warn_conflicts (cli->db, household, l->campaign_id);
  return 0;
}

static int
cmd_gifts_list_deliver (Cli *cli, char **argv, int argc)
{
  gint64 list, household;

  PARSE_ARGS (LIST ("household", "proxy", "relation", "date", "status"), NONE, 1, 1);
  if (!tt_args_has (&args, "household"))
    return tt_cli_usage_error (tt_cli_usage, _("--household ID is required."));
  if (!tt_cli_parse_id (POS (0), _("The list number"), &list, &error) ||
      !tt_cli_parse_id (tt_args_get (&args, "household"), "--household", &household, &error) ||
      !tt_cli_open_office (cli, &error) ||
      !tt_gift_list_set_status (cli->db, list, household,
                                tt_args_has (&args, "status") ? tt_args_get (&args, "status") : "delivered",
                                tt_args_get (&args, "date"), tt_args_get (&args, "proxy"),
                                tt_args_get (&args, "relation"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_gifts_list_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtGiftList) l = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 list, value = 0, packages = 0;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The list number"), &list, &error) || !tt_cli_open_office (cli, &error) ||
      (l = tt_gift_list_get (cli->db, list, &error)) == NULL ||
      (entries = tt_gift_list_entries (cli->db, list, &error)) == NULL)
    return tt_cli_fail (error);
  g_print ("list\t%lld\nname\t%s\ncampaign\t%lld\t%s\npackage\t%lld\t%s\t%lld\n", (long long) l->id, T (l->name),
           (long long) l->campaign_id, T (l->campaign_name), (long long) l->package_id, T (l->package_name),
           (long long) l->package_value);
  for (guint i = 0; i < entries->len; i++)
    {
      TtGiftEntry *e = entries->pdata[i];
      g_autofree char *word = tt_cli_category_word (e->category);
      g_print ("%lld\t%s\t%s\t%s\t%d\t%lld\t%s\t%s\t%s\n", (long long) e->household_id, T (e->head_name),
               T (e->village_name), word, e->quantity, (long long) e->value, e->status,
               T (e->status_on), T (e->proxy_name));
      value += e->value;
      packages += e->quantity;
    }
  g_print ("total\t%u\t%lld\t%lld\tdelivered\t%lld\n", entries->len, (long long) packages, (long long) value,
           (long long) l->delivered);
  return 0;
}

static int
cmd_gifts_list_export (Cli *cli, char **argv, int argc, gboolean pdf)
{
  gint64 list;
  const char *out;

  PARSE_ARGS (LIST ("o", "output"), NONE, 1, 1);
  if ((out = tt_cli_output_arg (&args)) == NULL)
    return tt_cli_usage_error (tt_cli_usage, _("-o FILE is required."));
  if (!tt_cli_parse_id (POS (0), _("The list number"), &list, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_sheet_export (cli->db, list, pdf ? "gift-list-pdf" : "gift-list-xlsx", out,
                        pdf ? tt_signing_sheet_write_pdf : tt_signing_sheet_write_xlsx, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", out);
  return 0;
}

static int
cmd_gifts_list_pdf (Cli *cli, char **argv, int argc)
{
  return cmd_gifts_list_export (cli, argv, argc, TRUE);
}

static int
cmd_gifts_list_xlsx (Cli *cli, char **argv, int argc)
{
  return cmd_gifts_list_export (cli, argv, argc, FALSE);
}

static int
cmd_gifts_coverage (Cli *cli, char **argv, int argc)
{
  g_auto(TtGiftCoverage) c = { 0 };
  gint64 campaign, place = 0;
  int year = 0;

  PARSE_ARGS (LIST ("campaign", "place", "year"), NONE, 0, 0);
  if (!tt_args_has (&args, "campaign"))
    return tt_cli_usage_error (tt_cli_usage, _("--campaign ID is required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "campaign"), "--campaign", &campaign, &error) ||
      !tt_cli_parse_year (&args, "year", &year, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "place", &place, &error) ||
      !tt_gift_coverage (cli->db, campaign, place, year, &c, &error))
    return tt_cli_fail (error);
  {
    g_autofree char *p = tt_rate_format (c.rate, 1, TRUE);
    g_print ("covered %lld of %lld (%s %%)\n", (long long) c.covered, (long long) c.eligible, p);
  }
  for (guint i = 0; i < c.missing->len; i++)
    tt_cli_print_household_line (cli->db, g_array_index (c.missing, gint64, i), year ? year : tt_gift_campaign_year (cli->db, campaign));
  return 0;
}

static int
cmd_support_add (Cli *cli, char **argv, int argc)
{
  gint64 household, amount = 0, id;

  PARSE_ARGS (LIST ("household", "kind", "date", "programme", "amount"), NONE, 0, 0);
  if (!tt_args_has (&args, "household") || !tt_args_has (&args, "kind") || !tt_args_has (&args, "date"))
    return tt_cli_usage_error (tt_cli_usage, _("--household, --kind and --date are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "household"), "--household", &household, &error) ||
      (tt_args_has (&args, "amount") && !tt_money_parse (tt_args_get (&args, "amount"), &amount, &error)) ||
      !tt_cli_open_office (cli, &error) ||
      (id = tt_support_add (cli->db, household, tt_args_get (&args, "kind"), tt_args_get (&args, "programme"),
                            tt_args_get (&args, "date"), amount, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%lld\n", (long long) id);
  return 0;
}

static int
support_set (Cli *cli, char **argv, int argc, gboolean allowed)
{
  PARSE_ARGS (NONE, NONE, 2, 2);
  if (!tt_cli_open_office (cli, &error) || !tt_support_allow (cli->db, POS (0), POS (1), allowed, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_support_allow (Cli *cli, char **argv, int argc)
{
  return support_set (cli, argv, argc, TRUE);
}

static int
cmd_support_forbid (Cli *cli, char **argv, int argc)
{
  return support_set (cli, argv, argc, FALSE);
}

static int
cmd_support_combinations (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) pairs = NULL;

  PARSE_ARGS (NONE, NONE, 0, 0);
  if (!tt_cli_open_office (cli, &error) || (pairs = tt_support_combinations (cli->db, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < pairs->len; i++)
    g_print ("%s\n", (const char *) pairs->pdata[i]);
  return 0;
}

const Command tt_cli_gift_commands[] = {
  { "gifts package", "add", cmd_gifts_package_add, "[--db FILE] gifts package add --campaign ID --name NAME --value AMOUNT [--goods AMOUNT] [--contents TEXT]" },
  { "gifts package", "list", cmd_gifts_package_list, "[--db FILE] gifts package list [--campaign ID]" },
  { "gifts list", "create", cmd_gifts_list_create, "[--db FILE] gifts list create --campaign ID --package ID [--place CODE_OR_VILLAGE_NAME] [--category poor,near-poor,...] [--year YEAR] [--name NAME]" },
  { "gifts list", "add", cmd_gifts_list_add, "[--db FILE] gifts list add LIST --household ID [--quantity N] [--reason TEXT]" },
  { "gifts list", "deliver", cmd_gifts_list_deliver, "[--db FILE] gifts list deliver LIST --household ID [--proxy NAME] [--relation TEXT] [--date DATE] [--status {gift-statuses}]" },
  { "gifts list", "show", cmd_gifts_list_show, "[--db FILE] gifts list show LIST" },
  { "gifts list", "pdf", cmd_gifts_list_pdf, "[--db FILE] gifts list pdf LIST -o FILE.pdf" },
  { "gifts list", "xlsx", cmd_gifts_list_xlsx, "[--db FILE] gifts list xlsx LIST -o FILE.xlsx" },
  { "gifts", "coverage", cmd_gifts_coverage, "[--db FILE] gifts coverage --campaign ID [--place CODE] [--year Y]" },
  { "support", "add", cmd_support_add, "[--db FILE] support add --household ID --kind {support-kinds} --date DATE [--programme TEXT] [--amount AMOUNT]" },
  { "support", "allow", cmd_support_allow, "[--db FILE] support allow KIND KIND" },
  { "support", "forbid", cmd_support_forbid, "[--db FILE] support forbid KIND KIND" },
  { "support", "combinations", cmd_support_combinations, "[--db FILE] support combinations" },
};

const gsize tt_cli_n_gift_commands = G_N_ELEMENTS (tt_cli_gift_commands);
