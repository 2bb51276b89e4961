/* tt-cli-reports.c — tuong-than-cli: campaign targets and progress */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-chart.h"
#include "tt-cli-private.h"
#include "tt-progress.h"
#include "tt-report.h"
#include "tt-targets.h"

static int
cmd_target_add (Cli *cli, char **argv, int argc)
{
  TtTargetInput in = { 0 };
  gint64 campaign, id;

  PARSE_ARGS (LIST ("measure", "value", "unit", "baseline", "note"), NONE, 1, 1);
  if (!tt_args_has (&args, "measure") || !tt_args_has (&args, "value"))
    return tt_cli_usage_error (tt_cli_usage, _("--measure and --value are required."));
  in.measure = tt_args_get (&args, "measure");
  in.value = tt_args_get (&args, "value");
  in.unit = tt_args_get (&args, "unit");
  in.baseline = tt_args_get (&args, "baseline");
  in.note = tt_args_get (&args, "note");
  if (!tt_cli_parse_id (POS (0), _("The campaign number"), &campaign, &error) || !tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  /* "mỗi xã": one target per commune that has none of the measure, one id per line. */
  if (tt_target_unit_is_each_commune (in.unit))
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      if (!tt_target_add_each_commune (cli->db, campaign, &in, ids, &error))
        return tt_cli_fail (error);
      for (guint i = 0; i < ids->len; i++)
        g_print ("%" G_GINT64_FORMAT "\n", g_array_index (ids, gint64, i));
      return 0;
    }
  if ((id = tt_target_add (cli->db, campaign, &in, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
cmd_target_remove (Cli *cli, char **argv, int argc)
{
  gint64 id;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The target number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_target_remove (cli->db, id, &error))
    return tt_cli_fail (error);
  return 0;
}

/* A value as the CLI prints it: money and counts in plain digits, percentages and rates in per
 * cent with two decimals. */
static char *
plain_value (const char *measure, gint64 value)
{
  if (value < 0)
    return g_strdup ("");
  if (tt_target_measure_kind (measure) == TT_MEASURE_PERCENT || tt_target_measure_kind (measure) == TT_MEASURE_RATE)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", value / 100, (int) (value % 100));
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static int
cmd_target_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) targets = NULL;
  gint64 campaign;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The campaign number"), &campaign, &error) || !tt_cli_open_office (cli, &error) ||
      (targets = tt_target_list (cli->db, campaign, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < targets->len; i++)
    {
      TtTarget *t = targets->pdata[i];
      g_autofree char *value = plain_value (t->measure, t->value);
      g_autofree char *baseline = plain_value (t->measure, t->baseline);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", t->id, t->measure, t->unit ? t->unit : "", value, baseline);
    }
  return 0;
}

static int
cmd_campaign_progress (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) progress = NULL;
  gint64 campaign;

  PARSE_ARGS (LIST ("unit"), NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The campaign number"), &campaign, &error) || !tt_cli_open_office (cli, &error) ||
      (progress = tt_progress_of_campaign (cli->db, campaign, tt_args_get (&args, "unit"), &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < progress->len; i++)
    {
      TtProgress *p = progress->pdata[i];
      g_autofree char *target = plain_value (p->measure, p->target);
      g_autofree char *achieved = plain_value (p->measure, p->achieved);
      g_autofree char *percent = p->percent < 0 ? g_strdup ("") : g_strdup_printf ("%.1f", p->percent);
      g_print ("%s\t%s\t%s\t%s\t%s\n", p->measure, p->unit ? p->unit : "", target, achieved, percent);
    }
  return 0;
}

/* The numbers of a chart as tab-separated lines, its header first. */
static void
print_table (const TtChart *chart)
{
  g_autofree char *header = g_strjoinv ("\t", chart->header);

  g_print ("%s\n", header);
  for (guint i = 0; i < chart->table->len; i++)
    {
      g_autofree char *line = g_strjoinv ("\t", chart->table->pdata[i]);
      g_print ("%s\n", line);
    }
}

static int
cmd_chart (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtChart) chart = NULL;
  TtChartQuery q = { .printed = TRUE };
  char from[11], to[11];
  double scale = 1;

  PARSE_ARGS (LIST ("campaign", "period", "o", "scale"), LIST ("dark", "list", "table"), 0, 1);
  if (tt_args_has (&args, "list"))
    {
      for (guint i = 0; i < tt_chart_names.n_values; i++)
        g_print ("%s\t%s\n", tt_chart_names.values[i].code, tt_chart_names.values[i].printed);
      return 0;
    }
  if (args.positional->len != 1 || (!tt_args_has (&args, "o") && !tt_args_has (&args, "table")))
    return tt_cli_usage_error (tt_cli_usage, _("Name the chart and give -o FILE.png|FILE.pdf|FILE.svg (or --table)."));
  if (tt_args_has (&args, "scale"))
    {
      char *end = NULL;
      scale = g_ascii_strtod (tt_args_get (&args, "scale"), &end);
      if (end == NULL || *end != '\0' || scale < 0.5 || scale > 8)
        return tt_cli_usage_error (tt_cli_usage, _("--scale is a number from 0.5 to 8, e.g. 2."));
    }
  if ((tt_args_has (&args, "campaign") &&
       !tt_cli_parse_id (tt_args_get (&args, "campaign"), _("The campaign number"), &q.campaign_id, &error)) ||
      !tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  if (tt_args_has (&args, "period"))
    {
      if (!tt_cli_period_arg (cli, &args, from, to, &error))
        return tt_cli_fail (error);
      q.from = from;
      q.to = to;
    }
  if ((chart = tt_chart_build (cli->db, POS (0), &q, &error)) == NULL)
    return tt_cli_fail (error);
  if (tt_args_has (&args, "table"))
    print_table (chart);
  if (tt_args_has (&args, "o"))
    {
      if (!tt_chart_write (chart, tt_args_get (&args, "o"), scale, tt_args_has (&args, "dark"), &error))
        return tt_cli_fail (error);
      g_print ("%s\n", tt_args_get (&args, "o"));
    }
  return 0;
}

static int
cmd_report (Cli *cli, char **argv, int argc)
{
  g_autofree char *lower = NULL;
  char from[11], to[11];

  PARSE_ARGS (LIST ("period", "o"), LIST ("list"), 0, 1);
  if (tt_args_has (&args, "list"))
    {
      for (guint i = 0; i < tt_report_names.n_values; i++)
        g_print ("%s\t%s\n", tt_report_names.values[i].code, tt_report_names.values[i].printed);
      return 0;
    }
  if (args.positional->len != 1 || !tt_args_has (&args, "period") || !tt_args_has (&args, "o"))
    return tt_cli_usage_error (tt_cli_usage, _("Name the report and give --period P and -o FILE.pdf|FILE.xlsx."));
  lower = g_ascii_strdown (tt_args_get (&args, "o"), -1);
  if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".xlsx"))
    return tt_cli_usage_error (tt_cli_usage, _("A report is written as .pdf or .xlsx."));
  if (!tt_cli_open_office (cli, &error) || !tt_cli_period_arg (cli, &args, from, to, &error) ||
      !tt_report_doc_export (cli->db, POS (0), from, to, tt_args_get (&args, "o"),
                             g_str_has_suffix (lower, ".pdf") ? tt_report_write_pdf : tt_report_write_xlsx, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", tt_args_get (&args, "o"));
  return 0;
}

const Command tt_cli_report_commands[] = {
  { "campaign target", "add", cmd_target_add, "[--db FILE] campaign target add CAMPAIGN --measure {target-measures} --value V [--unit PLACE_OR_ORGANISATION|\"mỗi xã\"] [--baseline RATE] [--note TEXT]" },
  { "campaign target", "list", cmd_target_list, "[--db FILE] campaign target list CAMPAIGN" },
  { "campaign target", "remove", cmd_target_remove, "[--db FILE] campaign target remove TARGET" },
  { "campaign", "progress", cmd_campaign_progress, "[--db FILE] campaign progress CAMPAIGN [--unit U]" },
  { "report", NULL, cmd_report, "[--db FILE] report {report-names} --period 2024|2024-Q4|2024-H1|2024-03|FROM..TO -o FILE.pdf|FILE.xlsx | report --list" },
  { "chart", NULL, cmd_chart, "[--db FILE] chart {chart-names} [--campaign ID] [--period P] (-o FILE.png|FILE.pdf|FILE.svg [--scale N] [--dark] | --table) | chart --list" },
};

const gsize tt_cli_n_report_commands = G_N_ELEMENTS (tt_cli_report_commands);
