/* tt-cli-housing.c — tuong-than-cli: housing norms, projects and their stages */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-cli-private.h"
#include "tt-export.h"
#include "tt-housing-record.h"
#include "tt-housing.h"
#include "tt-money.h"
#include "tt-vouchers.h"

static gboolean
amount_arg (TtArgs *args, const char *name, gint64 *out, GError **error)
{
  *out = 0;
  return !tt_args_has (args, name) || tt_money_parse (tt_args_get (args, name), out, error);
}

static int
cmd_housing_norm_set (Cli *cli, char **argv, int argc)
{
  gint64 amount = 0;

  PARSE_ARGS (LIST ("province", "kind", "amount", "from", "group"), NONE, 0, 0);
  if (!tt_args_has (&args, "province") || !tt_args_has (&args, "kind") || !tt_args_has (&args, "amount") ||
      !tt_args_has (&args, "from"))
    return tt_cli_usage_error (tt_cli_usage, _("--province, --kind, --amount and --from are required."));
  if (!tt_money_parse_positive (tt_args_get (&args, "amount"), &amount, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_housing_norm_set (cli->db, tt_args_get (&args, "province"), tt_args_get (&args, "kind"),
                            tt_args_get (&args, "group"), amount, tt_args_get (&args, "from"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_housing_add (Cli *cli, char **argv, int argc)
{
  TtHousingInput in = { 0 };
  gint64 id;

  PARSE_ARGS (LIST ("household", "kind", "stream", "campaign", "estimate", "support", "decision", "reason"), NONE, 0, 0);
  if (!tt_args_has (&args, "household") || !tt_args_has (&args, "kind"))
    return tt_cli_usage_error (tt_cli_usage, _("--household ID and --kind new|repair are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "household"), _("The household number"), &in.household_id, &error) ||
      (tt_args_has (&args, "campaign") &&
       !tt_cli_parse_id (tt_args_get (&args, "campaign"), _("The campaign number"), &in.campaign_id, &error)) ||
      !amount_arg (&args, "estimate", &in.estimate, &error) || !amount_arg (&args, "support", &in.support, &error))
    return tt_cli_fail (error);
  in.kind = tt_args_get (&args, "kind");
  in.stream = tt_args_get (&args, "stream");
  in.decision_no = tt_args_get (&args, "decision");
  in.reason = tt_args_get (&args, "reason");
  if (!tt_cli_open_office (cli, &error) || (id = tt_housing_add (cli->db, &in, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
cmd_housing_stage (Cli *cli, char **argv, int argc)
{
  g_autofree char *stage = NULL;
  gint64 id;

  PARSE_ARGS (LIST ("date", "doc", "note"), NONE, 2, 2);
  if (!tt_args_has (&args, "date"))
    return tt_cli_usage_error (tt_cli_usage, _("--date DATE is required."));
  if (!tt_cli_parse_id (POS (0), _("The project number"), &id, &error))
    return tt_cli_fail (error);
  stage = g_strdelimit (g_strdup (POS (1)), "-", '_');
  if (!tt_cli_open_office (cli, &error) ||
      !tt_housing_stage (cli->db, id, stage, tt_args_get (&args, "date"), tt_args_get (&args, "doc"),
                         tt_args_get (&args, "note"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_housing_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtHousingProject) p = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  gint64 id;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The project number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      (p = tt_housing_get (cli->db, id, &error)) == NULL)
    return tt_cli_fail (error);
  g_print ("project\t%" G_GINT64_FORMAT "\nhousehold\t%" G_GINT64_FORMAT "\nhead\t%s\nkind\t%s\nstream\t%s\nstage\t%s\n"
           "norm\t%" G_GINT64_FORMAT "\nsupport\t%" G_GINT64_FORMAT "\nfunded\t%" G_GINT64_FORMAT "\npaid\t%" G_GINT64_FORMAT "\n",
           p->id, p->household_id, T (p->head_name), p->kind, p->stream, p->stage, p->norm, p->support, p->funded,
           p->paid);
  if (p->paused_reason)
    g_print ("paused\t%s\n", T (p->paused_reason));
  if (p->decision_no)
    g_print ("decision\t%s\n", T (p->decision_no));
  if (p->reason)
    g_print ("reason\t%s\n", T (p->reason));
  if (p->area_m2 > 0)
    g_print ("area\t%g\n", p->area_m2);
  if (p->three_hard >= 0)
    g_print ("three-hard\t%s\n", p->three_hard ? "yes" : "no");
  if ((events = tt_housing_events (cli->db, id, &error)) == NULL ||
      (lines = tt_housing_funding (cli->db, id, &error)) == NULL ||
      (payments = tt_housing_payments (cli->db, id, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < events->len; i++)
    {
      TtHousingEvent *e = events->pdata[i];
      g_print ("stage\t%s\t%s\t%s\t%s\n", e->happened_on, e->stage, T (e->doc_ref ? e->doc_ref : ""),
               T (e->note ? e->note : ""));
    }
  for (guint i = 0; i < lines->len; i++)
    {
      TtHousingFunding *f = lines->pdata[i];
      g_print ("fund\t%s\t%" G_GINT64_FORMAT "\t%s\t%s\n", f->source, f->amount,
               f->receipt ? f->receipt : "", T (f->donor_name ? f->donor_name : ""));
    }
  for (guint i = 0; i < payments->len; i++)
    {
      TtHousingPayment *v = payments->pdata[i];
      g_print ("paid\t%d\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\n", v->tranche, v->paid_on, v->voucher, v->amount,
               v->status);
    }
  return 0;
}

static int
cmd_housing_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *stage = NULL;
  TtHousingFilter filter = { 0 };
  gint64 idle = 0;

  PARSE_ARGS (LIST ("stage", "campaign", "place", "stream", "kind", "idle"), NONE, 0, 0);
  if ((tt_args_has (&args, "campaign") &&
       !tt_cli_parse_id (tt_args_get (&args, "campaign"), _("The campaign number"), &filter.campaign_id, &error)) ||
      (tt_args_has (&args, "idle") && !tt_cli_parse_id (tt_args_get (&args, "idle"), _("The number of days"), &idle, &error)))
    return tt_cli_fail (error);
  stage = tt_args_has (&args, "stage") ? g_strdelimit (g_strdup (tt_args_get (&args, "stage")), "-", '_') : NULL;
  filter.stage = stage;
  filter.stream = tt_args_get (&args, "stream");
  filter.kind = tt_args_get (&args, "kind");
  filter.idle_days = (int) MIN (idle, 36500);
  if (!tt_cli_open_office (cli, &error) || !tt_cli_parse_place (cli, &args, "place", &filter.place_id, &error) ||
      (list = tt_housing_list (cli->db, &filter, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      TtHousingProject *p = list->pdata[i];
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n",
               p->id, T (p->head_name), T (p->village ? p->village : ""), p->kind, p->stage, p->support, p->funded,
               p->paid);
    }
  return 0;
}

static int
cmd_housing_fund (Cli *cli, char **argv, int argc)
{
  TtHousingFundInput in = { 0 };
  gint64 id, days = 0;

  PARSE_ARGS (LIST ("source", "amount", "donation", "donor", "days", "note"), NONE, 1, 1);
  if (!tt_args_has (&args, "source") || !tt_args_has (&args, "amount"))
    return tt_cli_usage_error (tt_cli_usage, _("--source and --amount are required."));
  if (!tt_cli_parse_id (POS (0), _("The project number"), &id, &error) ||
      !tt_money_parse_positive (tt_args_get (&args, "amount"), &in.amount, &error) ||
      (tt_args_has (&args, "donor") &&
       !tt_cli_parse_id (tt_args_get (&args, "donor"), _("The donor number"), &in.donor_id, &error)) ||
      (tt_args_has (&args, "days") && !tt_cli_parse_id (tt_args_get (&args, "days"), _("The number of days"), &days, &error)))
    return tt_cli_fail (error);
  in.source = tt_args_get (&args, "source");
  in.donation = tt_args_get (&args, "donation");
  in.days = (int) MIN (days, 1000000);
  in.note = tt_args_get (&args, "note");
  if (!tt_cli_open_office (cli, &error) || tt_housing_fund (cli->db, id, &in, &error) == 0)
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_housing_pay (Cli *cli, char **argv, int argc)
{
  g_autofree char *number = NULL;
  gint64 id, amount = 0;

  PARSE_ARGS (LIST ("amount", "date", "method"), LIST ("allow-negative"), 1, 1);
  if (!tt_args_has (&args, "amount"))
    return tt_cli_usage_error (tt_cli_usage, _("--amount is required."));
  if (!tt_cli_parse_id (POS (0), _("The project number"), &id, &error) ||
      !tt_money_parse_positive (tt_args_get (&args, "amount"), &amount, &error))
    return tt_cli_fail (error);
  if (!tt_cli_open_office (cli, &error) ||
      tt_housing_pay (cli->db, id, amount, tt_args_get (&args, "date"), tt_args_get (&args, "method"),
                      tt_args_has (&args, "allow-negative"), &number, &error) == 0)
    return tt_cli_fail (error);
  g_print ("%s\n", number);
  return 0;
}

static int
cmd_housing_inspect (Cli *cli, char **argv, int argc)
{
  TtHousingInspection in = { .three_hard = -1 };
  const char *hard;
  gint64 id;

  PARSE_ARGS (LIST ("team", "area", "floor", "frame", "walls", "roof", "three-hard"), NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The project number"), &id, &error))
    return tt_cli_fail (error);
  if ((hard = tt_args_get (&args, "three-hard")) != NULL)
    {
      if (g_str_equal (hard, "yes"))
        in.three_hard = 1;
      else if (g_str_equal (hard, "no"))
        in.three_hard = 0;
      else
        return tt_cli_usage_error (tt_cli_usage, _("--three-hard takes yes or no."));
    }
  in.team = tt_args_get (&args, "team");
  in.area = tt_args_get (&args, "area");
  in.floor = tt_args_get (&args, "floor");
  in.frame = tt_args_get (&args, "frame");
  in.walls = tt_args_get (&args, "walls");
  in.roof = tt_args_get (&args, "roof");
  if (!tt_cli_open_office (cli, &error) || !tt_housing_inspect (cli->db, id, &in, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_housing_pdf (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtHousingDoc) doc = NULL;
  g_autofree char *what = NULL;
  TtHousingRecord record;
  const char *out;
  gint64 id;

  PARSE_ARGS (LIST ("o", "output"), NONE, 2, 2);
  if ((out = tt_cli_output_arg (&args)) == NULL)
    return tt_cli_usage_error (tt_cli_usage, _("-o FILE.pdf is required."));
  if (!tt_cli_parse_id (POS (0), _("The project number"), &id, &error) ||
      !tt_housing_record_parse (POS (1), &record, &error) || !tt_cli_open_office (cli, &error) ||
      (doc = tt_housing_doc_load (cli->db, id, record, &error)) == NULL)
    return tt_cli_fail (error);
  what = g_strdup_printf ("%s %" G_GINT64_FORMAT, tt_housing_record_title (record), id);
  if (!tt_export_write (cli->db, what, out, 1, TRUE, tt_housing_record_write_pdf, doc, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", out);
  return 0;
}

const Command tt_cli_housing_commands[] = {
  { "housing norm", "set", cmd_housing_norm_set, "[--db FILE] housing norm set --province CODE --kind new|repair --amount A --from DATE [--group poor|near-poor|hardship|merit]" },
  { "housing", "add", cmd_housing_add, "[--db FILE] housing add --household ID --kind new|repair [--stream merit|national|campaign] [--campaign ID] [--estimate A] [--support A] [--decision NO] [--reason TEXT]" },
  { "housing", "stage", cmd_housing_stage, "[--db FILE] housing stage ID survey|approved|started|completed|handed-over|paused|cancelled --date D [--doc NO] [--note TEXT]" },
  { "housing", "show", cmd_housing_show, "[--db FILE] housing show ID" },
  { "housing", "fund", cmd_housing_fund, "[--db FILE] housing fund ID --source fund-central|fund-province|fund-commune|state|sponsor|household|labour|other --amount A [--donation RECEIPT] [--donor ID] [--days N] [--note TEXT]" },
  { "housing", "pay", cmd_housing_pay, "[--db FILE] housing pay ID --amount A [--date D] [--method cash|transfer] [--allow-negative]" },
  { "housing", "inspect", cmd_housing_inspect, "[--db FILE] housing inspect ID [--team NAMES] [--area M2] [--floor T] [--frame T] [--walls T] [--roof T] [--three-hard yes|no]" },
  { "housing", "pdf", cmd_housing_pdf, "[--db FILE] housing pdf ID survey|inspection|handover -o FILE.pdf" },
  { "housing", "list", cmd_housing_list, "[--db FILE] housing list [--stage S] [--campaign ID] [--place P] [--stream S] [--kind new|repair] [--idle DAYS]" },
};

const gsize tt_cli_n_housing_commands = G_N_ELEMENTS (tt_cli_housing_commands);
