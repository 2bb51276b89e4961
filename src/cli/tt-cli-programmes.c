/* tt-cli-programmes.c — tuong-than-cli: household members, health-insurance cards and the
 * support ledger of a household */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-cli-private.h"
#include "tt-cards.h"
#include "tt-date.h"
#include "tt-members.h"
#include "tt-money.h"
#include "tt-support.h"

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
  if (!tt_cli_open_office (cli, &error) || (id = tt_card_add (cli->db, &in, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
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

const Command tt_cli_programme_commands[] = {
  { "household member", "add", cmd_member_add, "[--db FILE] household member add HOUSEHOLD --name NAME [--birth-year Y] [--gender G] [--relation R] [--id-number N]" },
  { "household member", "list", cmd_member_list, "[--db FILE] household member list HOUSEHOLD" },
  { "bhyt", "add", cmd_bhyt_add, "[--db FILE] bhyt add --household ID --card NUMBER --from D --to D --paid-by fund|state|sponsor|household|other [--member MEMBER] [--amount A] [--sponsor DONOR] [--campaign ID]" },
  { "bhyt", "list", cmd_bhyt_list, "[--db FILE] bhyt list [--expiring-within DAYS] [--place P]" },
  { "support", "list", cmd_support_list, "[--db FILE] support list --household ID" },
};

const gsize tt_cli_n_programme_commands = G_N_ELEMENTS (tt_cli_programme_commands);
