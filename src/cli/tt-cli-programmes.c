/* tt-cli-programmes.c — tuong-than-cli: household members, health-insurance cards and the
 * support ledger of a household */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-cli-private.h"
#include "tt-addresses.h"
#include "tt-cards.h"
#include "tt-date.h"
#include "tt-livelihood.h"
#include "tt-members.h"
#include "tt-money.h"
#include "tt-support.h"

/* Support of other kinds the household had in the period that the office's table does not
 * allow with @kind, found before the new support is written and told after it is. */
static GPtrArray *
other_support (TtDb *db, gint64 household, const char *kind, const char *date, gint64 campaign)
{
  return tt_support_conflicts_on (db, household, kind, date, campaign, NULL);
}

static void
warn_other_support (gint64 household, GPtrArray *conflicts)
{
  for (guint i = 0; conflicts && i < conflicts->len; i++)
    g_printerr (_("warning: household %lld already had support in this period: %s\n"), (long long) household,
                (const char *) conflicts->pdata[i]);
}

static int
cmd_member_add (Cli *cli, char **argv, int argc)
{
  TtMemberInput in = { 0 };
  gint64 household, id;
  guint64 year = 0;

  PARSE_ARGS (LIST ("name", "birth-year", "gender", "relation", "id-number"), NONE, 1, 1);
  if (!tt_args_has (&args, "name"))
    return tt_cli_usage_error (tt_cli_usage, _("--name NAME is required."));
  if (!tt_cli_parse_id (POS (0), _("The household number"), &household, &error))
    return tt_cli_fail (error);
  if (tt_args_has (&args, "birth-year") &&
      !g_ascii_string_to_unsigned (tt_args_get (&args, "birth-year"), 10, 1, 9999, &year, NULL))
    return tt_cli_usage_error (tt_cli_usage, _("--birth-year must be a year."));
  in.name = tt_args_get (&args, "name");
  in.birth_year = (int) year;
  in.gender = tt_args_get (&args, "gender");
  in.relation = tt_args_get (&args, "relation");
  in.id_number = tt_args_get (&args, "id-number");
  if (!tt_cli_open_office (cli, &error) || (id = tt_member_add (cli->db, household, &in, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
cmd_member_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) members = NULL;
  gint64 household;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The household number"), &household, &error) || !tt_cli_open_office (cli, &error) ||
      (members = tt_member_list (cli->db, household, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < members->len; i++)
    {
      TtMember *m = members->pdata[i];
      g_autofree char *year = m->birth_year ? g_strdup_printf ("%d", m->birth_year) : g_strdup ("");
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", m->id, T (m->name), year, m->gender ? m->gender : "",
               T (m->relation ? m->relation : ""));
    }
  return 0;
}

static int
cmd_bhyt_add (Cli *cli, char **argv, int argc)
{
  TtCardInput in = { 0 };
  g_autoptr(GPtrArray) conflicts = NULL;
  gint64 id;

  PARSE_ARGS (LIST ("household", "card", "from", "to", "paid-by", "member", "amount", "sponsor", "campaign"), NONE, 0, 0);
  if (!tt_args_has (&args, "household") || !tt_args_has (&args, "card") || !tt_args_has (&args, "from") ||
      !tt_args_has (&args, "to") || !tt_args_has (&args, "paid-by"))
    return tt_cli_usage_error (tt_cli_usage, _("--household, --card, --from, --to and --paid-by are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "household"), _("The household number"), &in.household_id, &error) ||
      (tt_args_has (&args, "member") &&
       !tt_cli_parse_id (tt_args_get (&args, "member"), _("The member number"), &in.member_id, &error)) ||
      (tt_args_has (&args, "sponsor") &&
       !tt_cli_parse_id (tt_args_get (&args, "sponsor"), _("The donor number"), &in.sponsor_id, &error)) ||
      (tt_args_has (&args, "campaign") &&
       !tt_cli_parse_id (tt_args_get (&args, "campaign"), _("The campaign number"), &in.campaign_id, &error)) ||
      (tt_args_has (&args, "amount") && !tt_money_parse (tt_args_get (&args, "amount"), &in.amount, &error)))
    return tt_cli_fail (error);
  in.card = tt_args_get (&args, "card");
  in.from = tt_args_get (&args, "from");
  in.to = tt_args_get (&args, "to");
  in.paid_by = tt_args_get (&args, "paid-by");
  in.price_by_rule = !tt_args_has (&args, "amount");
  if (!tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  conflicts = other_support (cli->db, in.household_id, "bhyt", in.from, in.campaign_id);
  if ((id = tt_card_add (cli->db, &in, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  warn_other_support (in.household_id, conflicts);
  return 0;
}

static int
cmd_bhyt_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) cards = NULL;
  TtCardFilter f = { 0 };
  gint64 days = 0;

  PARSE_ARGS (LIST ("expiring-within", "place"), NONE, 0, 0);
  if (tt_args_has (&args, "expiring-within") &&
      !tt_cli_parse_id (tt_args_get (&args, "expiring-within"), _("The number of days"), &days, &error))
    return tt_cli_fail (error);
  f.expiring_within = (int) MIN (days, 36500);
  if (!tt_cli_open_office (cli, &error) || !tt_cli_parse_place (cli, &args, "place", &f.place_id, &error) ||
      (cards = tt_card_list (cli->db, &f, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < cards->len; i++)
    {
      TtCard *c = cards->pdata[i];
      g_autofree char *from = tt_date_display (c->from);
      g_autofree char *to = tt_date_display (c->to);
      g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", c->card, T (c->holder), T (c->village ? c->village : ""), from, to,
               c->paid_by);
    }
  return 0;
}

static gboolean
opt_id (TtArgs *args, const char *name, const char *what, gint64 *out, GError **error)
{
  *out = 0;
  return !tt_args_has (args, name) || tt_cli_parse_id (tt_args_get (args, name), what, out, error);
}

static int
cmd_livelihood_add (Cli *cli, char **argv, int argc)
{
  TtLivelihoodInput in = { 0 };
  g_autofree char *voucher = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  gint64 id;

  PARSE_ARGS (LIST ("household", "kind", "value", "description", "date", "campaign", "sponsor", "unit", "conditions"),
              LIST ("revolving", "pay", "allow-negative"), 0, 0);
  if (!tt_args_has (&args, "household") || !tt_args_has (&args, "kind") || !tt_args_has (&args, "value"))
    return tt_cli_usage_error (tt_cli_usage, _("--household, --kind and --value are required."));
  if (!opt_id (&args, "household", _("The household number"), &in.household_id, &error) ||
      !opt_id (&args, "campaign", _("The campaign number"), &in.campaign_id, &error) ||
      !opt_id (&args, "sponsor", _("The donor number"), &in.sponsor_id, &error) ||
      !tt_money_parse (tt_args_get (&args, "value"), &in.value, &error))
    return tt_cli_fail (error);
  in.kind = tt_args_get (&args, "kind");
  in.description = tt_args_get (&args, "description");
  in.date = tt_args_get (&args, "date");
  in.unit = tt_args_get (&args, "unit");
  in.conditions = tt_args_get (&args, "conditions");
  in.revolving = tt_args_has (&args, "revolving");
  in.pay = tt_args_has (&args, "pay");
  in.allow_negative = tt_args_has (&args, "allow-negative");
  if (!tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  conflicts = other_support (cli->db, in.household_id, "livelihood", in.date, in.campaign_id);
  if ((id = tt_livelihood_add (cli->db, &in, &voucher, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  if (voucher != NULL)
    g_print ("%s\n", voucher);
  warn_other_support (in.household_id, conflicts);
  return 0;
}

static int
cmd_livelihood_pass (Cli *cli, char **argv, int argc)
{
  gint64 id, to;

  PARSE_ARGS (LIST ("to", "date", "what"), NONE, 1, 1);
  if (!tt_args_has (&args, "to") || !tt_args_has (&args, "date"))
    return tt_cli_usage_error (tt_cli_usage, _("--to HOUSEHOLD and --date DATE are required."));
  if (!tt_cli_parse_id (POS (0), _("The model number"), &id, &error) ||
      !opt_id (&args, "to", _("The household number"), &to, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_livelihood_pass (cli->db, id, to, tt_args_get (&args, "date"), tt_args_get (&args, "what"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_livelihood_outcome (Cli *cli, char **argv, int argc)
{
  gint64 id;

  PARSE_ARGS (LIST ("date", "note"), NONE, 2, 2);
  if (!tt_cli_parse_id (POS (0), _("The model number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_livelihood_outcome (cli->db, id, POS (1), tt_args_get (&args, "date"), tt_args_get (&args, "note"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_livelihood_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtLivelihood) m = NULL;
  gint64 id;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The model number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      (m = tt_livelihood_get (cli->db, id, &error)) == NULL)
    return tt_cli_fail (error);
  g_print ("model\t%" G_GINT64_FORMAT "\nkind\t%s\ndescription\t%s\nvalue\t%" G_GINT64_FORMAT "\nrevolving\t%s\n"
           "outcome\t%s\n", m->id, m->kind, T (m->description), m->value, m->revolving ? "yes" : "no", m->outcome);
  if (m->unit)
    g_print ("unit\t%s\n", T (m->unit));
  if (m->conditions)
    g_print ("conditions\t%s\n", T (m->conditions));
  for (guint i = 0; i < m->chain->len; i++)
    {
      TtLivelihoodHolder *h = m->chain->pdata[i];
      g_print ("%s\t%" G_GINT64_FORMAT "\t%s\t%s\n", h->on, h->household_id, T (h->head_name), T (h->what ? h->what : ""));
    }
  return 0;
}

static int
cmd_livelihood_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) rows = NULL;
  TtLivelihoodFilter f = { 0 };

  PARSE_ARGS (LIST ("campaign", "place", "kind"), NONE, 0, 0);
  if (!opt_id (&args, "campaign", _("The campaign number"), &f.campaign_id, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "place", &f.place_id, &error))
    return tt_cli_fail (error);
  f.kind = tt_args_get (&args, "kind");
  if ((rows = tt_livelihood_list (cli->db, &f, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < rows->len; i++)
    {
      TtLivelihoodRow *r = rows->pdata[i];
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%d\n", r->id, r->kind, T (r->holder),
               T (r->village ? r->village : ""), r->value, r->reached);
    }
  return 0;
}

static int
cmd_address_add (Cli *cli, char **argv, int argc)
{
  gint64 household, id, priority = 0;

  PARSE_ARGS (LIST ("household", "need", "date", "priority"), NONE, 0, 0);
  if (!tt_args_has (&args, "household") || !tt_args_has (&args, "need"))
    return tt_cli_usage_error (tt_cli_usage, _("--household ID and --need TEXT are required."));
  if (!opt_id (&args, "household", _("The household number"), &household, &error))
    return tt_cli_fail (error);
  if (tt_args_has (&args, "priority") && g_strcmp0 (tt_args_get (&args, "priority"), "0") != 0 &&
      !tt_cli_parse_id (tt_args_get (&args, "priority"), _("The priority"), &priority, &error))
    return tt_cli_fail (error);
  if (!tt_cli_open_office (cli, &error) ||
      (id = tt_address_add (cli->db, household, tt_args_get (&args, "need"), tt_args_get (&args, "date"),
                            (int) MIN (priority, 100), &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
cmd_address_sponsor (Cli *cli, char **argv, int argc)
{
  gint64 id, donor;

  PARSE_ARGS (LIST ("donor", "from", "commitment"), NONE, 1, 1);
  if (!tt_args_has (&args, "donor"))
    return tt_cli_usage_error (tt_cli_usage, _("--donor DONOR is required."));
  if (!tt_cli_parse_id (POS (0), _("The address number"), &id, &error) ||
      !opt_id (&args, "donor", _("The donor number"), &donor, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_address_sponsor (cli->db, id, donor, tt_args_get (&args, "from"), tt_args_get (&args, "commitment"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_address_help (Cli *cli, char **argv, int argc)
{
  gint64 id, donor = 0, amount = 0;

  PARSE_ARGS (LIST ("date", "kind", "amount", "donor", "note"), NONE, 1, 1);
  if (!tt_args_has (&args, "date") || !tt_args_has (&args, "kind") || !tt_args_has (&args, "amount"))
    return tt_cli_usage_error (tt_cli_usage, _("--date, --kind and --amount are required."));
  if (!tt_cli_parse_id (POS (0), _("The address number"), &id, &error) ||
      !opt_id (&args, "donor", _("The donor number"), &donor, &error) ||
      !tt_money_parse (tt_args_get (&args, "amount"), &amount, &error) || !tt_cli_open_office (cli, &error) ||
      tt_address_help (cli->db, id, tt_args_get (&args, "date"), tt_args_get (&args, "kind"), amount, donor,
                       tt_args_get (&args, "note"), &error) == 0)
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_address_inhandao (Cli *cli, char **argv, int argc)
{
  const char *connected;
  gint64 id;

  PARSE_ARGS (LIST ("connected", "code"), NONE, 1, 1);
  connected = tt_args_get (&args, "connected");
  if (g_strcmp0 (connected, "yes") != 0 && g_strcmp0 (connected, "no") != 0)
    return tt_cli_usage_error (tt_cli_usage, _("--connected takes yes or no."));
  if (!tt_cli_parse_id (POS (0), _("The address number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_address_inhandao (cli->db, id, g_str_equal (connected, "yes"), tt_args_get (&args, "code"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_address_close (Cli *cli, char **argv, int argc)
{
  gint64 id;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The address number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_address_close (cli->db, id, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_address_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) list = NULL;
  TtAddressFilter f = { 0 };

  PARSE_ARGS (LIST ("status", "place", "year"), NONE, 0, 0);
  if (!tt_cli_parse_year (&args, "year", &f.year, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_parse_place (cli, &args, "place", &f.place_id, &error))
    return tt_cli_fail (error);
  f.status = tt_args_get (&args, "status");
  if (f.status != NULL && !g_str_equal (f.status, "open") && !g_str_equal (f.status, "helped") &&
      !g_str_equal (f.status, "closed"))
    return tt_cli_usage_error (tt_cli_usage, _("--status takes open, helped or closed."));
  if ((list = tt_address_list (cli->db, &f, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      TtAddress *a = list->pdata[i];
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\n", a->id, T (a->head_name),
               T (a->village ? a->village : ""), T (a->need), T (a->sponsor ? a->sponsor : ""), a->status,
               a->connected ? "yes" : "no");
    }
  return 0;
}

static int
cmd_address_stats (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) stats = NULL;
  int year = 0;

  PARSE_ARGS (LIST ("year"), NONE, 0, 0);
  if (!tt_cli_parse_year (&args, "year", &year, &error) || !tt_cli_open_office (cli, &error) ||
      (stats = tt_address_stats (cli->db, year, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < stats->len; i++)
    {
      TtAddressStats *s = stats->pdata[i];
      g_print ("%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%.1f\t%" G_GINT64_FORMAT "\n", T (s->commune),
               s->profiled, s->helped, s->percent_helped, s->connected);
    }
  return 0;
}

/* support list: every entry of the household's support ledger, newest first. */
static int
cmd_support_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) events = NULL;
  gint64 household;

  PARSE_ARGS (LIST ("household"), NONE, 0, 0);
  if (!tt_args_has (&args, "household"))
    return tt_cli_usage_error (tt_cli_usage, _("--household ID is required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "household"), _("The household number"), &household, &error) ||
      !tt_cli_open_office (cli, &error) || (events = tt_support_of_household (cli->db, household, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < events->len; i++)
    {
      TtSupportEvent *e = events->pdata[i];
      g_print ("%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\n", e->given_on, e->kind, T (e->programme ? e->programme : ""),
               e->amount, T (e->campaign ? e->campaign : ""));
    }
  return 0;
}

static int
cmd_bhyt_price (Cli *cli, char **argv, int argc)
{
  gint64 household, member = 0, amount = 0;
  char from[11], to[11];
  int place = 0;

  PARSE_ARGS (LIST ("household", "member", "from", "to"), NONE, 0, 0);
  if (!tt_args_has (&args, "household") || !tt_args_has (&args, "from") || !tt_args_has (&args, "to"))
    return tt_cli_usage_error (tt_cli_usage, _("--household, --from and --to are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "household"), _("The household number"), &household, &error) ||
      !opt_id (&args, "member", _("The member number"), &member, &error) ||
      !tt_date_parse (tt_args_get (&args, "from"), from, &error) || !tt_date_parse (tt_args_get (&args, "to"), to, &error) ||
      !tt_cli_open_office (cli, &error) ||
      !tt_card_price (cli->db, household, member, from, to, &amount, &place, &error))
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\t%d\n", amount, place);
  return 0;
}

static int
cmd_support_check (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  gint64 household, campaign = 0;

  PARSE_ARGS (LIST ("household", "kind", "date", "campaign"), NONE, 0, 0);
  if (!tt_args_has (&args, "household") || !tt_args_has (&args, "kind"))
    return tt_cli_usage_error (tt_cli_usage, _("--household and --kind are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "household"), _("The household number"), &household, &error) ||
      !opt_id (&args, "campaign", _("The campaign number"), &campaign, &error) || !tt_cli_open_office (cli, &error) ||
      (conflicts = tt_support_conflicts_on (cli->db, household, tt_args_get (&args, "kind"),
                                            tt_args_get (&args, "date"), campaign, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < conflicts->len; i++)
    g_print ("%s\n", (const char *) conflicts->pdata[i]);
  return 0;
}

static int
cmd_support_totals (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) totals = NULL;
  gint64 campaign = 0;
  char from[11], to[11];

  PARSE_ARGS (LIST ("period", "campaign"), NONE, 0, 0);
  if (!opt_id (&args, "campaign", _("The campaign number"), &campaign, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_period_arg (cli, &args, from, to, &error) ||
      (totals = tt_support_totals (cli->db, from, to, campaign, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < totals->len; i++)
    {
      TtSupportTotal *t = totals->pdata[i];
      g_print ("%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n", t->kind ? t->kind : "total",
               t->given, t->households, t->value);
    }
  return 0;
}

const Command tt_cli_programme_commands[] = {
  { "household member", "add", cmd_member_add, "[--db FILE] household member add HOUSEHOLD --name NAME [--birth-year Y] [--gender G] [--relation R] [--id-number N]" },
  { "household member", "list", cmd_member_list, "[--db FILE] household member list HOUSEHOLD" },
  { "bhyt", "add", cmd_bhyt_add, "[--db FILE] bhyt add --household ID --card NUMBER --from D --to D --paid-by fund|state|sponsor|household|other [--member MEMBER] [--amount A] [--sponsor DONOR] [--campaign ID]" },
  { "bhyt", "price", cmd_bhyt_price, "[--db FILE] bhyt price --household ID --from D --to D [--member MEMBER]" },
  { "bhyt", "list", cmd_bhyt_list, "[--db FILE] bhyt list [--expiring-within DAYS] [--place P]" },
  { "livelihood", "add", cmd_livelihood_add, "[--db FILE] livelihood add --household ID --kind {livelihood-kinds} --value A [--description TEXT] [--date D] [--campaign ID] [--sponsor DONOR] [--unit NAME] [--revolving] [--conditions TEXT] [--pay] [--allow-negative]" },
  { "livelihood", "pass", cmd_livelihood_pass, "[--db FILE] livelihood pass ID --to HOUSEHOLD --date D [--what TEXT]" },
  { "livelihood", "outcome", cmd_livelihood_outcome, "[--db FILE] livelihood outcome ID ongoing|succeeded|failed|escaped-poverty [--date D] [--note TEXT]" },
  { "livelihood", "show", cmd_livelihood_show, "[--db FILE] livelihood show ID" },
  { "livelihood", "list", cmd_livelihood_list, "[--db FILE] livelihood list [--campaign ID] [--place P] [--kind K]" },
  { "address", "add", cmd_address_add, "[--db FILE] address add --household ID --need TEXT [--date D] [--priority N]" },
  { "address", "sponsor", cmd_address_sponsor, "[--db FILE] address sponsor ID --donor DONOR [--from D] [--commitment TEXT]" },
  { "address", "help", cmd_address_help, "[--db FILE] address help ID --date D --kind {support-kinds} --amount A [--donor DONOR] [--note TEXT]" },
  { "address", "inhandao", cmd_address_inhandao, "[--db FILE] address inhandao ID --connected yes|no [--code TEXT]" },
  { "address", "close", cmd_address_close, "[--db FILE] address close ID" },
  { "address", "list", cmd_address_list, "[--db FILE] address list [--status open|helped|closed] [--place P] [--year Y]" },
  { "address", "stats", cmd_address_stats, "[--db FILE] address stats [--year Y]" },
  { "support", "list", cmd_support_list, "[--db FILE] support list --household ID" },
  { "support", "check", cmd_support_check, "[--db FILE] support check --household ID --kind {support-kinds} [--date D] [--campaign ID]" },
  { "support", "totals", cmd_support_totals, "[--db FILE] support totals [--period P] [--campaign ID]" },
};

const gsize tt_cli_n_programme_commands = G_N_ELEMENTS (tt_cli_programme_commands);
