/* tt-report-more.c — the programme reports: campaign progress, housing by the national streams
 * and stages, livelihood models, health-insurance cards and humanitarian addresses, and poverty
 * by commune
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tt-addresses.h"
#include "tt-campaigns.h"
#include "tt-charts.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-households.h"
#include "tt-livelihood.h"
#include "tt-progress.h"
#include "tt-report-private.h"
#include "tt-support.h"
#include "tt-targets.h"

static TtChart *
chart_of (TtReportJob *job, const char *name, gint64 campaign)
{
  TtChartQuery q = { .campaign_id = campaign, .from = job->from, .to = job->to, .printed = TRUE };

  return tt_chart_build (job->db, name, &q, NULL);
}

static char *
percent (double value)
{
  gint64 tenths;

  if (isnan (value) || value < 0)
    return g_strdup ("—");
  tenths = (gint64) llround (value * 10);
  return g_strdup_printf ("%" G_GINT64_FORMAT ",%d %%", tenths / 10, (int) (tenths % 10));
}

/* Every campaign that ran in the period: its targets with what was achieved, and its charts. */
gboolean
tt_report_campaign (TtReportJob *job, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (job->db,
                                          "SELECT id FROM campaigns WHERE starts_on <= ?2 AND ends_on >= ?1 "
                                          "ORDER BY starts_on, id",
                                          error);
  int n = 0;

  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, job->from);
  tt_bind_text (stmt, 2, job->to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autoptr(TtCampaign) c = tt_campaign_get (job->db, id, error);
      g_autoptr(GPtrArray) progress = c ? tt_progress_of_campaign (job->db, id, NULL, error) : NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *heading = NULL;
      TtReportSection *s;

      if (progress == NULL)
        return FALSE;
      from = tt_date_display (c->starts_on);
      to = tt_date_display (c->ends_on);
      heading = g_strdup_printf ("%d. %s (%s – %s)", ++n, c->name, from, to);
      s = tt_report_section (job->doc, heading);
      tt_report_columns (s, "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Đạt", NULL);
      for (guint i = 0; i < progress->len; i++)
        {
          TtProgress *p = progress->pdata[i];
          tt_report_row (s, g_strdup (tt_values_printed (&tt_target_measures, p->measure)),
                         g_strdup (p->unit ? p->unit : "Toàn đơn vị"), tt_target_format_value (p->measure, p->target),
                         p->achieved >= 0 ? tt_target_format_value (p->measure, p->achieved) : g_strdup ("—"),
                         percent (p->percent), NULL);
        }
      if (progress->len == 0)
        s->note = g_strdup ("Đợt vận động chưa có chỉ tiêu.");
      s->chart = chart_of (job, "progress", id);
      s = tt_report_section (job->doc, "Tiền vận động lũy kế");
      s->chart = chart_of (job, "money", id);
    }
  if (n == 0)
    {
      TtReportSection *s = tt_report_section (job->doc, "Đợt vận động");
      s->note = g_strdup ("Không có đợt vận động nào trong kỳ báo cáo.");
    }
  return TRUE;
}

/* Houses by the three national streams and by stage. */
gboolean
tt_report_housing (TtReportJob *job, GError **error)
{
  static const struct { const char *code, *printed; } streams[] = {
    { "merit", "Người có công với cách mạng" },
    { "national", "Chương trình mục tiêu quốc gia" },
    { "campaign", "Hộ nghèo, cận nghèo (cuộc vận động)" },
  };
  g_autoptr(TtStmt) stmt = tt_db_prepare (job->db,
                                          "SELECT coalesce(stream, 'campaign'), kind, count(*), "
                                          "count(*) FILTER (WHERE stage IN ('completed', 'handed_over')), "
                                          "coalesce(sum(support), 0), coalesce(sum(paid), 0) FROM housing_projects "
                                          "WHERE stage <> 'cancelled' AND coalesce(handed_over_on, started_on, "
                                          "decision_on, surveyed_on, substr(created_at, 1, 10)) BETWEEN ?1 AND ?2 "
                                          "GROUP BY 1, 2",
                                          error);
  TtReportSection *s = tt_report_section (job->doc, "I. Theo nhóm đối tượng (ba chương trình)");
  gint64 sums[2][4] = { { 0 } }, grand[4] = { 0 };

  if (stmt == NULL)
    return FALSE;
  tt_report_columns (s, "Nhóm đối tượng", "Loại", "Số nhà", "Đã hoàn thành", "Kinh phí hỗ trợ", "Đã giải ngân", NULL);
  tt_bind_text (stmt, 1, job->from);
  tt_bind_text (stmt, 2, job->to);
  for (gsize k = 0; k < G_N_ELEMENTS (streams); k++)
    {
      memset (sums, 0, sizeof sums);
      sqlite3_reset (stmt);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), streams[k].code))
          {
            int kind = g_str_equal ((const char *) sqlite3_column_text (stmt, 1), "new") ? 0 : 1;
            for (int i = 0; i < 4; i++)
              sums[kind][i] += sqlite3_column_int64 (stmt, i + 2);
          }
      for (int kind = 0; kind < 2; kind++)
        {
          for (int i = 0; i < 4; i++)
            grand[i] += sums[kind][i];
          tt_report_row (s, g_strdup (streams[k].printed), g_strdup (kind ? "Sửa chữa" : "Xây mới"),
                         tt_report_count (sums[kind][0]), tt_report_count (sums[kind][1]),
                         tt_report_money (sums[kind][2]), tt_report_money (sums[kind][3]), NULL);
        }
    }
  tt_report_total (s, g_strdup ("Cộng"), g_strdup (""), tt_report_count (grand[0]), tt_report_count (grand[1]),
                   tt_report_money (grand[2]), tt_report_money (grand[3]), NULL);
  s = tt_report_section (job->doc, "II. Theo giai đoạn và xã (mọi công trình)");
  s->chart = chart_of (job, "housing-pipeline", 0);
  if (s->chart != NULL)
    {
      s->header = g_strdupv (s->chart->header);
      for (guint i = 0; i < s->chart->table->len; i++)
        g_ptr_array_add (s->rows, g_strdupv (s->chart->table->pdata[i]));
    }
  return TRUE;
}

/* Livelihood models, cards and humanitarian addresses: what was given in the period (each value
 * once), then each programme's own figures. */
gboolean
tt_report_programmes (TtReportJob *job, GError **error)
{
  g_autoptr(GPtrArray) totals = tt_support_totals (job->db, job->from, job->to, 0, error);
  g_autoptr(GPtrArray) stats = NULL;
  g_autoptr(TtStmt) models = NULL;
  TtReportSection *s;
  gint64 sums[3] = { 0 };

  if (totals == NULL)
    return FALSE;
  s = tt_report_section (job->doc, "I. Hỗ trợ đã trao trong kỳ (mỗi giá trị tính một lần)");
  tt_report_columns (s, "Hình thức", "Số lượng", "Số hộ", "Giá trị", NULL);
  for (guint i = 0; i < totals->len; i++)
    {
      TtSupportTotal *t = totals->pdata[i];
      char *given = tt_report_count (t->given), *households = tt_report_count (t->households);
      char *value = tt_report_money (t->value);
      if (t->kind == NULL)
        tt_report_total (s, g_strdup ("Cộng (mỗi hộ tính một lần)"), given, households, value, NULL);
      else
        tt_report_row (s, g_strdup (tt_values_printed (&tt_support_kinds, t->kind)), given, households, value, NULL);
    }

  s = tt_report_section (job->doc, "II. Mô hình sinh kế theo loại và kết quả");
  models = tt_db_prepare (job->db,
                          "SELECT kind, count(*), count(*) FILTER (WHERE revolving = 1), "
                          "count(*) FILTER (WHERE outcome IN ('succeeded', 'escaped_poverty')), coalesce(sum(value), 0) "
                          "FROM livelihood_models WHERE started_on BETWEEN ?1 AND ?2 GROUP BY kind ORDER BY 2 DESC",
                          error);
  if (models == NULL)
    return FALSE;
  tt_report_columns (s, "Loại mô hình", "Số mô hình", "Quay vòng", "Thành công, thoát nghèo", "Giá trị", NULL);
  tt_bind_text (models, 1, job->from);
  tt_bind_text (models, 2, job->to);
  while (sqlite3_step (models) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (models, 0);
      sums[0] += sqlite3_column_int64 (models, 1);
      sums[1] += sqlite3_column_int64 (models, 4);
      const char *word = tt_values_printed (&tt_livelihood_kinds, kind);
      tt_report_row (s, g_strdup (word ? word : kind), tt_report_count (sqlite3_column_int64 (models, 1)),
                     tt_report_count (sqlite3_column_int64 (models, 2)), tt_report_count (sqlite3_column_int64 (models, 3)),
                     tt_report_money (sqlite3_column_int64 (models, 4)), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_count (sums[0]), g_strdup (""), g_strdup (""),
                   tt_report_money (sums[1]), NULL);

  s = tt_report_section (job->doc, "III. Địa chỉ nhân đạo theo xã");
  stats = tt_address_stats (job->db, tt_date_year (job->to), error);
  if (stats == NULL)
    return FALSE;
  tt_report_columns (s, "Xã", "Khảo sát", "Được giúp đỡ", "Tỷ lệ", "Kết nối iNhandao", NULL);
  memset (sums, 0, sizeof sums);
  for (guint i = 0; i < stats->len; i++)
    {
      TtAddressStats *a = stats->pdata[i];
      sums[0] += a->profiled;
      sums[1] += a->helped;
      sums[2] += a->connected;
      tt_report_row (s, g_strdup (a->commune), tt_report_count (a->profiled), tt_report_count (a->helped),
                     percent (a->profiled ? 100.0 * a->helped / a->profiled : NAN), tt_report_count (a->connected), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_count (sums[0]), tt_report_count (sums[1]),
                   percent (sums[0] ? 100.0 * sums[1] / sums[0] : NAN), tt_report_count (sums[2]), NULL);
  return TRUE;
}

/* Poor and near-poor households by commune for the year of the period's end, with the rates
 * year over year. */
gboolean
tt_report_poverty (TtReportJob *job, GError **error)
{
  int year = tt_date_year (job->to);
  g_autoptr(GPtrArray) stats = tt_household_stats (job->db, year, 0, error);
  g_autofree char *heading = g_strdup_printf ("I. Hộ nghèo, hộ cận nghèo năm %d", year);
  TtReportSection *s;
  gint64 sums[3] = { 0 };

  if (stats == NULL)
    return FALSE;
  s = tt_report_section (job->doc, heading);
  tt_report_columns (s, "Xã", "Tổng số hộ", "Hộ nghèo", "Tỷ lệ hộ nghèo", "Hộ cận nghèo", "Tỷ lệ hộ cận nghèo", NULL);
  for (guint i = 0; i < stats->len; i++)
    {
      TtCommuneStats *c = stats->pdata[i];
      sums[0] += c->total;
      sums[1] += c->poor;
      sums[2] += c->near_poor;
      tt_report_row (s, g_strdup (c->commune_name), c->total ? tt_report_count (c->total) : g_strdup ("—"),
                     tt_report_count (c->poor), percent (c->total ? 100.0 * c->poor / c->total : NAN),
                     tt_report_count (c->near_poor), percent (c->total ? 100.0 * c->near_poor / c->total : NAN), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_count (sums[0]), tt_report_count (sums[1]),
                   percent (sums[0] ? 100.0 * sums[1] / sums[0] : NAN), tt_report_count (sums[2]),
                   percent (sums[0] ? 100.0 * sums[2] / sums[0] : NAN), NULL);
  s->note = g_strdup ("Tỷ lệ tính trên tổng số hộ của xã đã nhập cho năm; xã chưa có tổng số hộ không có tỷ lệ.");
  s = tt_report_section (job->doc, "II. Tỷ lệ hộ nghèo so với năm trước");
  s->chart = chart_of (job, "poverty-rates", 0);
  return TRUE;
}
