/* tt-charts.c — what each chart shows, computed from the records
 *
 * A chart is rows (a target, a day, a month, a commune, a kind of donor), each with a value per
 * series, what is printed on each value and, where the chart has one, a target line; the same
 * numbers make its table, which the app shows beside the chart and exports print under it.
 * Words are the screen's language, or Vietnamese for what is printed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tt-books.h"
#include "tt-campaigns.h"
#include "tt-charts.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donors.h"
#include "tt-households.h"
#include "tt-housing.h"
#include "tt-money.h"
#include "tt-office-profile.h"
#include "tt-progress.h"
#include "tt-targets.h"

static const TtValue names[] = {
  { "progress", N_("Progress toward the targets"), "Tiến độ thực hiện chỉ tiêu" },
  { "money", N_("Money raised over the campaign"), "Tiền vận động lũy kế" },
  { "cash-flow", N_("Receipts and payments by month"), "Thu, chi theo tháng" },
  { "housing-pipeline", N_("Houses by stage and commune"), "Nhà ở theo giai đoạn và xã" },
  { "gift-coverage", N_("Gift coverage by commune"), "Tỷ lệ hộ được nhận quà theo xã" },
  { "donor-kinds", N_("Donations by kind of donor"), "Tiền ủng hộ theo loại nhà hảo tâm" },
  { "poverty-rates", N_("Poverty rates by commune"), "Tỷ lệ hộ nghèo theo xã" },
};

const TtValueList tt_chart_names = TT_VALUE_LIST (names);

/* The screen's words for @en, or the printed Vietnamese @vi. */
static const char *
word (const TtChartQuery *q, const char *en, const char *vi)
{
  return q->printed ? vi : _(en);
}

static void
row_free (TtChartRow *row)
{
  g_free (row->label);
  g_free (row->values);
  g_strfreev (row->texts);
  g_free (row);
}

void
tt_chart_free (TtChart *c)
{
  if (c == NULL)
    return;
  g_free (c->name);
  g_free (c->title);
  g_free (c->subtitle);
  g_free (c->empty);
  g_strfreev (c->series);
  g_ptr_array_unref (c->rows);
  g_free (c->target_label);
  g_strfreev (c->header);
  g_ptr_array_unref (c->table);
  g_free (c);
}

static TtChart *
chart_new (const TtChartQuery *q, const char *name, TtChartShape shape, TtChartUnit unit)
{
  TtChart *c = g_new0 (TtChart, 1);
  const TtValue *v = tt_values_find (&tt_chart_names, name);

  c->name = g_strdup (name);
  c->title = g_strdup (q->printed ? v->printed : _(v->label));
  c->shape = shape;
  c->unit = unit;
  c->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  c->table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  c->target = NAN;
  c->empty = g_strdup (word (q, N_("No records for this chart yet"), "Chưa có số liệu"));
  return c;
}

static void
set_series (TtChart *c, const char *const *series)
{
  c->n_series = g_strv_length ((char **) series);
  c->series = g_strdupv ((char **) series);
}

static TtChartRow *
row_add (TtChart *c, const char *label, double target)
{
  TtChartRow *r = g_new0 (TtChartRow, 1);

  r->label = g_strdup (label);
  r->values = g_new (double, c->n_series);
  for (guint i = 0; i < c->n_series; i++)
    r->values[i] = NAN;
  r->texts = g_new0 (char *, c->n_series + 1);
  r->target = target;
  g_ptr_array_add (c->rows, r);
  return r;
}

static void
table_add (TtChart *c, ...)
{
  GPtrArray *cells = g_ptr_array_new ();
  va_list ap;

  va_start (ap, c);
  for (char *cell = va_arg (ap, char *); cell != NULL; cell = va_arg (ap, char *))
    g_ptr_array_add (cells, cell);
  va_end (ap);
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (c->table, g_ptr_array_free (cells, FALSE));
}

static void
set_header (TtChart *c, const char *const *header)
{
  c->header = g_strdupv ((char **) header);
}

/* A value as the chart prints it: 1.234.567 đ, 1.234, 80,5 %. */
char *
tt_chart_format (const TtChart *chart,
                 double         value)
{
  if (isnan (value))
    return g_strdup ("—");
  switch (chart->unit)
    {
    case TT_CHART_MONEY:
      return tt_money_format ((gint64) llround (value));
    case TT_CHART_PERCENT:
      {
        gint64 tenths = llround (value * 10);
        return g_strdup_printf ("%" G_GINT64_FORMAT ",%d\u00a0%%", tenths / 10, (int) ABS (tenths % 10));
      }
    case TT_CHART_COUNT:
    default:
      return tt_money_format_plain ((gint64) llround (value));
    }
}

/* A value on an axis, short: 15 tỷ, 250 triệu, 1,2 nghìn tỷ, 1.234, 80 %. */
char *
tt_chart_format_short (TtChartUnit unit,
                       double      value)
{
  static const struct { double size; const char *word; } steps[] = {
    { 1e12, "nghìn tỷ" }, { 1e9, "tỷ" }, { 1e6, "triệu" },
  };

  if (unit == TT_CHART_PERCENT)
    return g_strdup_printf ("%d %%", (int) llround (value));
  if (unit == TT_CHART_MONEY)
    for (gsize i = 0; i < G_N_ELEMENTS (steps); i++)
      if (fabs (value) >= steps[i].size)
        {
          double v = value / steps[i].size;
          gint64 tenths = llround (v * 10);
          if (tenths % 10 == 0 || fabs (v) >= 100)
            return g_strdup_printf ("%" G_GINT64_FORMAT " %s", (gint64) llround (v), steps[i].word);
          return g_strdup_printf ("%" G_GINT64_FORMAT ",%d %s", tenths / 10, (int) ABS (tenths % 10), steps[i].word);
        }
  return tt_money_format_plain ((gint64) llround (value));
}

static TtCampaign *
campaign_of (TtDb *db, const TtChartQuery *q, GError **error)
{
  gint64 id = q->campaign_id;

  if (id == 0)
    {
      char today[11];
      tt_date_today (today);
      id = tt_campaign_running_on (db, today, NULL);
    }
  if (id == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY,
                   _("No campaign runs today: choose one (--campaign ID)."));
      return NULL;
    }
  return tt_campaign_get (db, id, error);
}

static char *
campaign_line (const TtCampaign *c)
{
  g_autofree char *from = tt_date_display (c->starts_on);
  g_autofree char *to = tt_date_display (c->ends_on);

  return g_strdup_printf ("%s · %s – %s", c->name, from, to);
}

/* ---- progress toward the targets ------------------------------------------------------------ */

/* @text (taken) with no line break before its per cent sign. */
static char *
unbroken (char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " %", -1);

  g_free (text);
  return g_strjoinv ("\u00a0%", parts);
}

static TtChart *
chart_progress (TtDb *db, const TtChartQuery *q, GError **error)
{
  g_autoptr(TtCampaign) c = campaign_of (db, q, error);
  g_autoptr(GPtrArray) progress = NULL;
  const char *series[] = { word (q, N_("Reached"), "Đạt"), NULL };
  const char *header[] = { word (q, N_("Target"), "Chỉ tiêu"), word (q, N_("Set"), "Giao"),
                           word (q, N_("Achieved"), "Thực hiện"), word (q, N_("Reached"), "Đạt"), NULL };
  TtChart *chart;

  if (c == NULL || (progress = tt_progress_of_campaign (db, c->id, NULL, error)) == NULL)
    return NULL;
  chart = chart_new (q, "progress", TT_CHART_BARS, TT_CHART_PERCENT);
  chart->subtitle = campaign_line (c);
  g_free (chart->empty);
  chart->empty = g_strdup (word (q, N_("No targets are set for this campaign"), "Đợt vận động chưa có chỉ tiêu"));
  chart->target_label = g_strdup (word (q, N_("Target (100 %)"), "Chỉ tiêu (100 %)"));
  set_series (chart, series);
  set_header (chart, header);
  for (guint i = 0; i < progress->len; i++)
    {
      TtProgress *p = progress->pdata[i];
      const TtValue *m = tt_values_find (&tt_target_measures, p->measure);
      const char *what = q->printed ? m->printed : _(m->label);
      g_autofree char *label = p->unit ? g_strdup_printf ("%s — %s", what, p->unit) : g_strdup (what);
      g_autofree char *target = unbroken (tt_target_format_value (p->measure, p->target));
      g_autofree char *achieved = p->achieved >= 0 ? unbroken (tt_target_format_value (p->measure, p->achieved))
                                                   : g_strdup ("—");
      TtChartRow *r = row_add (chart, label, 100);
      char *percent;

      r->values[0] = p->percent >= 0 ? p->percent : NAN;
      percent = tt_chart_format (chart, r->values[0]);
      r->texts[0] = g_strdup_printf ("%s / %s · %s", achieved, target, percent);
      table_add (chart, g_strdup (label), g_strdup (target), g_strdup (achieved), percent, NULL);
    }
  return chart;
}

/* ---- money raised over the campaign --------------------------------------------------------- */

/* Valid gifts of a campaign by day from its start: @days cumulative sums. */
static gboolean
cumulative (TtDb *db, const TtCampaign *c, int days, double *out, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT CAST (julianday (received_on) - julianday (?2) AS INTEGER), "
                                          "sum(amount) FROM donations WHERE campaign_id = ?1 AND status = 'valid' "
                                          "GROUP BY 1 ORDER BY 1",
                                          error);
  double running = 0;
  int next = 0;

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, c->id);
  tt_bind_text (stmt, 2, c->starts_on);
  for (int i = 0; i < days; i++)
    out[i] = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int day = CLAMP (sqlite3_column_int (stmt, 0), 0, days - 1);
      for (; next < day; next++)
        out[next] = running;
      running += (double) sqlite3_column_int64 (stmt, 1);
    }
  for (; next < days; next++)
    out[next] = running;
  return TRUE;
}

static int
days_between (const char *from, const char *to)
{
  GDate a, b;

  g_date_set_parse (&a, from);
  g_date_set_parse (&b, to);
  return g_date_valid (&a) && g_date_valid (&b) ? g_date_days_between (&a, &b) + 1 : 1;
}

static TtChart *
chart_money (TtDb *db, const TtChartQuery *q, GError **error)
{
  g_autoptr(TtCampaign) c = campaign_of (db, q, error);
  g_autoptr(TtCampaign) before = NULL;
  g_autoptr(TtStmt) prev = NULL;
  g_autoptr(TtStmt) goal = NULL;
  g_autofree double *now = NULL;
  g_autofree double *then = NULL;
  const char *series[] = { word (q, N_("This campaign"), "Đợt này"), word (q, N_("The year before"), "Cùng kỳ năm trước"),
                           NULL };
  const char *header[] = { word (q, N_("Date"), "Ngày"), series[0], series[1], NULL };
  char today[11];
  int days, days_before = 0, today_at;
  TtChart *chart;
  GDate day;

  if (c == NULL)
    return NULL;
  chart = chart_new (q, "money", TT_CHART_LINES, TT_CHART_MONEY);
  chart->subtitle = campaign_line (c);
  set_series (chart, series);
  set_header (chart, header);
  days = MIN (days_between (c->starts_on, c->ends_on), 731);
  now = g_new (double, days);
  then = g_new (double, days);
  /* The campaign of the same kind that started closest to a year before. */
  prev = tt_db_prepare (db, "SELECT id FROM campaigns WHERE kind = (SELECT kind FROM campaigns WHERE id = ?1) "
                            "AND id <> ?1 AND abs (julianday (starts_on) - julianday (?2, '-1 year')) <= 60 "
                            "ORDER BY abs (julianday (starts_on) - julianday (?2, '-1 year')) LIMIT 1",
                        error);
  goal = tt_db_prepare (db, "SELECT value FROM campaign_targets WHERE campaign_id = ?1 AND measure = 'money' "
                            "AND place_id IS NULL AND organisation IS NULL",
                        error);
  if (prev == NULL || goal == NULL || !cumulative (db, c, days, now, error))
    {
      tt_chart_free (chart);
      return NULL;
    }
  tt_bind_int (prev, 1, c->id);
  tt_bind_text (prev, 2, c->starts_on);
  if (sqlite3_step (prev) == SQLITE_ROW && (before = tt_campaign_get (db, sqlite3_column_int64 (prev, 0), NULL)))
    {
      days_before = MIN (days_between (before->starts_on, before->ends_on), days);
      cumulative (db, before, days_before, then, NULL);
    }
  if (before == NULL)
    {
      g_free (chart->series[1]);
      chart->series[1] = g_strdup (word (q, N_("The year before: no such campaign"),
                                         "Cùng kỳ năm trước: không có đợt tương ứng"));
    }
  tt_bind_int (goal, 1, c->id);
  if (sqlite3_step (goal) == SQLITE_ROW)
    {
      chart->target = (double) sqlite3_column_int64 (goal, 0);
      chart->target_label = g_strdup (word (q, N_("Target"), "Chỉ tiêu"));
    }
  tt_date_today (today);
  today_at = days_between (c->starts_on, today) - 1;
  g_date_set_parse (&day, c->starts_on);
  for (int i = 0; i < days; i++, g_date_add_days (&day, 1))
    {
      char label[16];
      TtChartRow *r;

      g_date_strftime (label, sizeof label, "%d/%m", &day);
      r = row_add (chart, label, NAN);
      r->values[0] = strcmp (c->starts_on, today) <= 0 && i <= today_at ? now[i] : NAN;
      r->values[1] = i < days_before ? then[i] : NAN;
      /* The table: a line a week, and the last day. */
      if (i % 7 == 6 || i == days - 1)
        {
          char iso[11];
          g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day);
          table_add (chart, tt_date_display (iso), tt_chart_format (chart, r->values[0]),
                     tt_chart_format (chart, r->values[1]), NULL);
        }
    }
  if (before == NULL && now[days - 1] == 0 && isnan (chart->target))
    g_ptr_array_set_size (chart->rows, 0);
  return chart;
}

/* ---- receipts and payments by month --------------------------------------------------------- */

static void
month_sums (TtDb *db, const char *sql, const char *from, const char *to, GHashTable *into)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, NULL);

  if (stmt == NULL)
    return;
  tt_bind_text (stmt, 1, from);
  tt_bind_text (stmt, 2, to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (into, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 1) }, sizeof (gint64)));
}

static gint64
month_of (GHashTable *sums, const char *month)
{
  gint64 *v = g_hash_table_lookup (sums, month);

  return v ? *v : 0;
}

static TtChart *
chart_cash_flow (TtDb *db, const TtChartQuery *q, GError **error)
{
  g_autoptr(GHashTable) in = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *series[] = { word (q, N_("Money in"), "Thu"), word (q, N_("Money out"), "Chi"),
                           word (q, N_("Balance"), "Tồn"), NULL };
  const char *header[] = { word (q, N_("Month"), "Tháng"), series[0], series[1], series[2], NULL };
  g_autofree char *from_shown = tt_date_display (q->from);
  g_autofree char *to_shown = tt_date_display (q->to);
  gint64 balance = 0;
  gboolean any = FALSE;
  TtChart *chart;
  GDate month, end;

  /* The balance when the period opens: both books' opening. */
  for (int a = 0; a < 2; a++)
    {
      g_autoptr(TtBook) book = tt_book_load (db, a ? TT_ACCOUNT_BANK : TT_ACCOUNT_CASH, q->from, q->from, error);
      if (book == NULL)
        return NULL;
      balance += book->opening;
    }
  month_sums (db, "SELECT substr (received_on, 1, 7), sum(amount) FROM donations WHERE status = 'valid' "
                  "AND method IN ('cash', 'transfer') AND received_on BETWEEN ?1 AND ?2 GROUP BY 1", q->from, q->to, in);
  month_sums (db, "SELECT substr (paid_on, 1, 7), sum(amount) FROM payment_vouchers WHERE status = 'valid' "
                  "AND paid_on BETWEEN ?1 AND ?2 GROUP BY 1", q->from, q->to, out);
  chart = chart_new (q, "cash-flow", TT_CHART_COLUMNS, TT_CHART_MONEY);
  chart->subtitle = g_strdup_printf ("%s – %s", from_shown, to_shown);
  chart->line_series = TRUE;
  set_series (chart, series);
  set_header (chart, header);
  g_date_set_parse (&month, q->from);
  g_date_set_parse (&end, q->to);
  if (!g_date_valid (&month) || !g_date_valid (&end))
    return chart;
  g_date_set_day (&month, 1);
  for (int n = 0; g_date_compare (&month, &end) <= 0 && n < 60; n++, g_date_add_months (&month, 1))
    {
      char key[8], label[16];
      gint64 got, paid;
      TtChartRow *r;

      g_date_strftime (key, sizeof key, "%Y-%m", &month);
      g_date_strftime (label, sizeof label, "%m/%Y", &month);
      got = month_of (in, key);
      paid = month_of (out, key);
      balance += got - paid;
      any |= got != 0 || paid != 0;
      r = row_add (chart, label, NAN);
      r->values[0] = (double) got;
      r->values[1] = (double) paid;
      r->values[2] = (double) balance;
      table_add (chart, g_strdup (label), tt_money_format (got), tt_money_format (paid), tt_money_format (balance), NULL);
    }
  if (!any && balance == 0)
    g_ptr_array_set_size (chart->rows, 0);
  return chart;
}

/* ---- houses by stage and commune ------------------------------------------------------------ */

static TtChart *
chart_housing (TtDb *db, const TtChartQuery *q, GError **error)
{
  static const char *const stages[] = { "survey", "approved", "started", "completed", "handed_over" };
  static const char *const printed[] = { "Khảo sát", "Đã duyệt", "Đang làm", "Hoàn thành", "Đã bàn giao" };
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT coalesce(c.name, '—'), x.stage, count(*) FROM housing_projects x "
                                          "JOIN households h ON h.id = x.household_id LEFT JOIN places c ON c.id = h.commune_id "
                                          "WHERE x.stage <> 'cancelled' AND (?1 = 0 OR x.campaign_id = ?1) "
                                          "GROUP BY c.id, x.stage ORDER BY c.code, c.id",
                                          error);
  const char *series[G_N_ELEMENTS (stages) + 1] = { NULL };
  const char *header[G_N_ELEMENTS (stages) + 3] = { NULL };
  g_autoptr(TtCampaign) c = NULL;
  TtChartRow *r = NULL;
  TtChart *chart;

  if (stmt == NULL)
    return NULL;
  if (q->campaign_id != 0 && (c = tt_campaign_get (db, q->campaign_id, error)) == NULL)
    return NULL;
  header[0] = word (q, N_("Commune"), "Xã");
  for (gsize i = 0; i < G_N_ELEMENTS (stages); i++)
    header[i + 1] = series[i] = q->printed ? printed[i] : tt_housing_stage_label (stages[i]);
  header[G_N_ELEMENTS (stages) + 1] = word (q, N_("Total"), "Tổng");
  chart = chart_new (q, "housing-pipeline", TT_CHART_STACKED, TT_CHART_COUNT);
  chart->subtitle = c ? campaign_line (c) : g_strdup (word (q, N_("Every project"), "Tất cả công trình"));
  set_series (chart, series);
  set_header (chart, header);
  tt_bind_int (stmt, 1, q->campaign_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *commune = (const char *) sqlite3_column_text (stmt, 0);
      const char *stage = (const char *) sqlite3_column_text (stmt, 1);
      if (r == NULL || strcmp (r->label, commune) != 0)
        {
          r = row_add (chart, commune, NAN);
          for (gsize i = 0; i < G_N_ELEMENTS (stages); i++)
            r->values[i] = 0;
        }
      for (gsize i = 0; i < G_N_ELEMENTS (stages); i++)
        if (g_str_equal (stage, stages[i]))
          r->values[i] = (double) sqlite3_column_int64 (stmt, 2);
    }
  for (guint i = 0; i < chart->rows->len; i++)
    {
      TtChartRow *row = chart->rows->pdata[i];
      GPtrArray *cells = g_ptr_array_new ();
      double total = 0;

      g_ptr_array_add (cells, g_strdup (row->label));
      for (gsize s = 0; s < G_N_ELEMENTS (stages); s++)
        {
          g_ptr_array_add (cells, tt_chart_format (chart, row->values[s]));
          total += row->values[s];
        }
      g_ptr_array_add (cells, tt_chart_format (chart, total));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (chart->table, g_ptr_array_free (cells, FALSE));
    }
  return chart;
}

/* ---- gift coverage by commune --------------------------------------------------------------- */

static TtChart *
chart_gift_coverage (TtDb *db, const TtChartQuery *q, GError **error)
{
  g_autoptr(TtCampaign) c = campaign_of (db, q, error);
  g_autoptr(TtStmt) stmt = NULL;
  const char *series[] = { word (q, N_("Households with a gift"), "Hộ đã nhận quà"), NULL };
  const char *header[] = { word (q, N_("Commune"), "Xã"), word (q, N_("Poor and near-poor"), "Hộ nghèo, cận nghèo"),
                           word (q, N_("Given a gift"), "Đã nhận quà"), word (q, N_("Coverage"), "Tỷ lệ"), NULL };
  TtChart *chart;

  if (c == NULL)
    return NULL;
  stmt = tt_db_prepare (db,
                        "SELECT coalesce(p.name, '—'), count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM gift_entries g "
                        "  WHERE g.household_id = h.id AND g.campaign_id = ?1 AND g.status = 'delivered')) "
                        "FROM households h LEFT JOIN places p ON p.id = h.commune_id WHERE h.status = 'active' "
                        "AND h.id IN (SELECT household_id FROM household_classifications "
                        "  WHERE year = ?2 AND category IN ('poor', 'near_poor')) "
                        "GROUP BY h.commune_id ORDER BY p.code, p.id",
                        error);
  if (stmt == NULL)
    return NULL;
  chart = chart_new (q, "gift-coverage", TT_CHART_BARS, TT_CHART_PERCENT);
  chart->subtitle = campaign_line (c);
  chart->target_label = g_strdup (word (q, N_("Every household (100 %)"), "Tất cả các hộ (100 %)"));
  set_series (chart, series);
  set_header (chart, header);
  tt_bind_int (stmt, 1, c->id);
  tt_bind_int (stmt, 2, tt_date_year (c->starts_on));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 eligible = sqlite3_column_int64 (stmt, 1), given = sqlite3_column_int64 (stmt, 2);
      TtChartRow *r = row_add (chart, (const char *) sqlite3_column_text (stmt, 0), 100);
      char *share;

      r->values[0] = eligible > 0 ? 100.0 * (double) given / (double) eligible : NAN;
      share = tt_chart_format (chart, r->values[0]);
      r->texts[0] = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT " · %s", given, eligible, share);
      table_add (chart, g_strdup (r->label), tt_money_format_plain (eligible), tt_money_format_plain (given), share, NULL);
    }
  return chart;
}

/* ---- donations by kind of donor ------------------------------------------------------------- */

static TtChart *
chart_donor_kinds (TtDb *db, const TtChartQuery *q, GError **error)
{
  g_autoptr(TtCampaign) c = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  const char *series[] = { word (q, N_("Amount"), "Số tiền"), NULL };
  const char *header[] = { word (q, N_("Kind of donor"), "Loại nhà hảo tâm"), word (q, N_("Gifts"), "Số lượt"),
                           series[0], word (q, N_("Share"), "Tỷ trọng"), NULL };
  g_autofree char *from_shown = NULL;
  g_autofree char *to_shown = NULL;
  g_autoptr(GArray) gifts = g_array_new (FALSE, FALSE, sizeof (gint64));
  double total = 0;
  TtChart *chart;

  if (q->campaign_id != 0 && (c = tt_campaign_get (db, q->campaign_id, error)) == NULL)
    return NULL;
  stmt = tt_db_prepare (db,
                        "SELECT coalesce(o.kind, 'anonymous'), count(*), sum(d.amount) FROM donations d "
                        "LEFT JOIN donors o ON o.id = d.donor_id WHERE d.status = 'valid' "
                        "AND (?1 = 0 OR d.campaign_id = ?1) AND (?1 <> 0 OR d.received_on BETWEEN ?2 AND ?3) "
                        "GROUP BY 1 ORDER BY 3 DESC",
                        error);
  if (stmt == NULL)
    return NULL;
  chart = chart_new (q, "donor-kinds", TT_CHART_BARS, TT_CHART_MONEY);
  from_shown = tt_date_display (q->from);
  to_shown = tt_date_display (q->to);
  chart->subtitle = c ? campaign_line (c) : g_strdup_printf ("%s – %s", from_shown, to_shown);
  set_series (chart, series);
  set_header (chart, header);
  tt_bind_int (stmt, 1, q->campaign_id);
  tt_bind_text (stmt, 2, q->from);
  tt_bind_text (stmt, 3, q->to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      const TtValue *v = tt_values_find (&tt_donor_kinds, kind);
      TtChartRow *r = row_add (chart, v ? (q->printed ? v->printed : _(v->label)) : kind, NAN);

      gint64 n = sqlite3_column_int64 (stmt, 1);

      r->values[0] = (double) sqlite3_column_int64 (stmt, 2);
      g_array_append_val (gifts, n);
      total += r->values[0];
    }
  for (guint i = 0; i < chart->rows->len; i++)
    {
      TtChartRow *r = chart->rows->pdata[i];
      double share = total > 0 ? 100.0 * r->values[0] / total : 0;
      g_autofree char *amount = tt_chart_format (chart, r->values[0]);
      gint64 tenths = llround (share * 10);
      char *share_text = g_strdup_printf ("%" G_GINT64_FORMAT ",%d\u00a0%%", tenths / 10, (int) (tenths % 10));

      r->texts[0] = g_strdup_printf ("%s · %s", amount, share_text);
      table_add (chart, g_strdup (r->label), tt_money_format_plain (g_array_index (gifts, gint64, i)), g_strdup (amount),
                 share_text, NULL);
    }
  return chart;
}

/* ---- poverty rates by commune, year over year ----------------------------------------------- */

static TtChart *
chart_poverty (TtDb *db, const TtChartQuery *q, GError **error)
{
  int year = tt_date_year (q->to);
  g_autofree char *y0 = g_strdup_printf ("%d", year - 1);
  g_autofree char *y1 = g_strdup_printf ("%d", year);
  const char *series[] = { y0, y1, NULL };
  const char *header[] = { word (q, N_("Commune"), "Xã"), y0, y1, word (q, N_("Change"), "Thay đổi"), NULL };
  g_autoptr(GPtrArray) now = tt_household_stats (db, year, 0, error);
  g_autoptr(GPtrArray) then = now ? tt_household_stats (db, year - 1, 0, error) : NULL;
  g_autoptr(GHashTable) before = g_hash_table_new (g_int64_hash, g_int64_equal);
  TtChart *chart;

  if (then == NULL)
    return NULL;
  chart = chart_new (q, "poverty-rates", TT_CHART_BARS, TT_CHART_PERCENT);
  chart->subtitle = q->printed ? g_strdup_printf ("Tỷ lệ hộ nghèo trên tổng số hộ, năm %d và %d", year - 1, year)
                               : g_strdup_printf (_("Poor households of all households, %d and %d"), year - 1, year);
  set_series (chart, series);
  set_header (chart, header);
  for (guint i = 0; i < then->len; i++)
    {
      TtCommuneStats *s = then->pdata[i];
      g_hash_table_insert (before, &s->commune_id, s);
    }
  for (guint i = 0; i < now->len; i++)
    {
      TtCommuneStats *s = now->pdata[i];
      TtCommuneStats *p = g_hash_table_lookup (before, &s->commune_id);
      double a = p && p->total > 0 ? 100.0 * (double) p->poor / (double) p->total : NAN;
      double b = s->total > 0 ? 100.0 * (double) s->poor / (double) s->total : NAN;
      TtChartRow *r;

      if (isnan (a) && isnan (b))
        continue;
      r = row_add (chart, s->commune_name, NAN);
      r->values[0] = a;
      r->values[1] = b;
      table_add (chart, g_strdup (s->commune_name), tt_chart_format (chart, a), tt_chart_format (chart, b),
                 isnan (a) || isnan (b) ? g_strdup ("—")
                                        : g_strdup_printf ("%s%s", b - a > 0 ? "+" : b - a < 0 ? "−" : "",
                                                           tt_chart_format (chart, fabs (b - a))),
                 NULL);
    }
  return chart;
}

/* The chart @name for the query: its rows, series and table; a chart with no records has no rows
 * and says so. */
TtChart *
tt_chart_build (TtDb               *db,
                const char         *name,
                const TtChartQuery *query,
                GError            **error)
{
  TtChartQuery q = *query;
  char today[11];
  TtPeriod year;

  if (q.from == NULL || q.to == NULL)
    {
      g_autoptr(TtOfficeProfile) profile = tt_office_profile_load (db);
      tt_date_today (today);
      tt_period_make (TT_PERIOD_YEAR, tt_period_year_of (today, &profile->year_start), 0, &profile->year_start,
                      &year, NULL);
      q.from = year.start;
      q.to = year.end;
    }
  if (g_strcmp0 (name, "progress") == 0)
    return chart_progress (db, &q, error);
  if (g_strcmp0 (name, "money") == 0)
    return chart_money (db, &q, error);
  if (g_strcmp0 (name, "cash-flow") == 0)
    return chart_cash_flow (db, &q, error);
  if (g_strcmp0 (name, "housing-pipeline") == 0)
    return chart_housing (db, &q, error);
  if (g_strcmp0 (name, "gift-coverage") == 0)
    return chart_gift_coverage (db, &q, error);
  if (g_strcmp0 (name, "donor-kinds") == 0)
    return chart_donor_kinds (db, &q, error);
  if (g_strcmp0 (name, "poverty-rates") == 0)
    return chart_poverty (db, &q, error);
  {
    g_autofree char *known = tt_values_codes (&tt_chart_names, ", ", _(" or "));
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown chart “%s”: use %s."), name ? name : "",
                 known);
  }
  return NULL;
}
