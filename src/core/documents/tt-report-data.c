/* tt-report-data.c — the money reports: the fund's report of money mobilised, received and used,
 * receipts and payments by month, donations by kind of donor and member organisation, and the
 * public disclosure
 *
 * The fund's figures come from its two books (cash and bank), so its closing balance is the
 * books' closing balance; support given directly by sponsors, the state or households outside the
 * fund is reported beside it and never added into it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-books.h"
#include "tt-charts.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donors.h"
#include "tt-office.h"
#include "tt-report-private.h"
#include "tt-text.h"
#include "tt-vouchers.h"

#define FUND_SOURCES "('fund_central', 'fund_province', 'fund_commune')"

static TtChart *
chart_of (TtReportJob *job, const char *name, gint64 campaign)
{
  TtChartQuery q = { .campaign_id = campaign, .from = job->from, .to = job->to, .printed = TRUE };

  return tt_chart_build (job->db, name, &q, NULL);
}

static const char *
kind_printed (const char *kind)
{
  const char *word = tt_values_printed (&tt_donor_kinds, kind);

  return word ? word : kind;
}

static gboolean
books (TtReportJob *job, TtBook **cash, TtBook **bank, GError **error)
{
  *cash = tt_book_load (job->db, TT_ACCOUNT_CASH, job->from, job->to, error);
  *bank = *cash ? tt_book_load (job->db, TT_ACCOUNT_BANK, job->from, job->to, error) : NULL;
  return *bank != NULL;
}

/* Gifts of the period by kind of donor and how they were made. */
static gboolean
received_by_kind (TtReportJob *job, TtReportSection *s, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (job->db,
                                          "SELECT coalesce(o.kind, 'anonymous'), count(*), "
                                          "coalesce(sum(d.amount) FILTER (WHERE d.method = 'cash'), 0), "
                                          "coalesce(sum(d.amount) FILTER (WHERE d.method = 'transfer'), 0), "
                                          "coalesce(sum(d.amount) FILTER (WHERE d.method = 'in_kind'), 0), sum(d.amount) "
                                          "FROM donations d LEFT JOIN donors o ON o.id = d.donor_id "
                                          "WHERE d.status = 'valid' AND d.received_on BETWEEN ?1 AND ?2 "
                                          "GROUP BY 1 ORDER BY 6 DESC",
                                          error);
  gint64 sums[5] = { 0 };

  if (stmt == NULL)
    return FALSE;
  tt_report_columns (s, "Đối tượng", "Số lượt", "Tiền mặt", "Chuyển khoản", "Hiện vật (quy ra tiền)", "Cộng", NULL);
  tt_bind_text (stmt, 1, job->from);
  tt_bind_text (stmt, 2, job->to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < 5; i++)
        sums[i] += sqlite3_column_int64 (stmt, i + 1);
      tt_report_row (s, g_strdup (kind_printed ((const char *) sqlite3_column_text (stmt, 0))),
                     tt_report_count (sqlite3_column_int64 (stmt, 1)), tt_report_money (sqlite3_column_int64 (stmt, 2)),
                     tt_report_money (sqlite3_column_int64 (stmt, 3)), tt_report_money (sqlite3_column_int64 (stmt, 4)),
                     tt_report_money (sqlite3_column_int64 (stmt, 5)), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_count (sums[0]), tt_report_money (sums[1]),
                   tt_report_money (sums[2]), tt_report_money (sums[3]), tt_report_money (sums[4]), NULL);
  return TRUE;
}

/* Gifts of the period by campaign, with the level each campaign runs at. */
static gboolean
received_by_campaign (TtReportJob *job, TtReportSection *s, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (job->db,
                                          "SELECT coalesce(c.name, 'Ngoài các đợt vận động'), c.level, count(*), "
                                          "sum(d.amount) FROM donations d LEFT JOIN campaigns c ON c.id = d.campaign_id "
                                          "WHERE d.status = 'valid' AND d.received_on BETWEEN ?1 AND ?2 "
                                          "GROUP BY d.campaign_id ORDER BY min(c.starts_on), c.id",
                                          error);
  gint64 count = 0, amount = 0;

  if (stmt == NULL)
    return FALSE;
  tt_report_columns (s, "Đợt vận động", "Cấp", "Số lượt", "Số tiền", NULL);
  tt_bind_text (stmt, 1, job->from);
  tt_bind_text (stmt, 2, job->to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *level = (const char *) sqlite3_column_text (stmt, 1);
      count += sqlite3_column_int64 (stmt, 2);
      amount += sqlite3_column_int64 (stmt, 3);
      tt_report_row (s, tt_column_dup (stmt, 0), g_strdup (level ? tt_values_printed (&tt_office_levels, level) : "—"),
                     tt_report_count (sqlite3_column_int64 (stmt, 2)), tt_report_money (sqlite3_column_int64 (stmt, 3)),
                     NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), g_strdup (""), tt_report_count (count), tt_report_money (amount), NULL);
  return TRUE;
}

/* Payments of the period by purpose. */
static gboolean
used_by_purpose (TtReportJob *job, TtReportSection *s, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (job->db,
                                          "SELECT coalesce(purpose, 'other'), count(*), "
                                          "coalesce(sum(amount) FILTER (WHERE method = 'cash'), 0), "
                                          "coalesce(sum(amount) FILTER (WHERE method = 'transfer'), 0), sum(amount) "
                                          "FROM payment_vouchers WHERE status = 'valid' AND paid_on BETWEEN ?1 AND ?2 "
                                          "GROUP BY 1 ORDER BY 5 DESC",
                                          error);
  gint64 sums[4] = { 0 };

  if (stmt == NULL)
    return FALSE;
  tt_report_columns (s, "Mục đích", "Số phiếu chi", "Tiền mặt", "Chuyển khoản", "Cộng", NULL);
  tt_bind_text (stmt, 1, job->from);
  tt_bind_text (stmt, 2, job->to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *purpose = (const char *) sqlite3_column_text (stmt, 0);
      const char *word = tt_values_printed (&tt_voucher_purposes, purpose);

      for (int i = 0; i < 4; i++)
        sums[i] += sqlite3_column_int64 (stmt, i + 1);
      tt_report_row (s, g_strdup (word ? word : purpose), tt_report_count (sqlite3_column_int64 (stmt, 1)),
                     tt_report_money (sqlite3_column_int64 (stmt, 2)), tt_report_money (sqlite3_column_int64 (stmt, 3)),
                     tt_report_money (sqlite3_column_int64 (stmt, 4)), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_count (sums[0]), tt_report_money (sums[1]),
                   tt_report_money (sums[2]), tt_report_money (sums[3]), NULL);
  return TRUE;
}

/* Support given directly, outside the fund, in the period: never part of its figures. */
static gboolean
outside_the_fund (TtReportJob *job, TtReportSection *s, GError **error)
{
  static const char *const what[] = {
    "Nhà ở: nguồn ngoài Quỹ (ngân sách, nhà tài trợ trực tiếp, hộ gia đình, ngày công)",
    "Thẻ BHYT do ngân sách, nhà tài trợ, hộ gia đình đóng",
    "Mô hình sinh kế nhà tài trợ trao trực tiếp",
    "Giúp đỡ địa chỉ nhân đạo",
    "Hỗ trợ khác không qua phiếu chi của Quỹ",
  };
  g_autoptr(TtStmt) stmt = tt_db_prepare (job->db,
    "SELECT 0, count(*), coalesce(sum(CASE WHEN f.source = 'community' THEN f.amount * f.labour_days ELSE f.amount END), 0) "
    " FROM housing_funding f JOIN housing_projects h ON h.id = f.project_id WHERE h.stage <> 'cancelled' "
    " AND f.source NOT IN " FUND_SOURCES " AND f.donation_id IS NULL "
    " AND coalesce(h.handed_over_on, h.started_on, h.decision_on, h.surveyed_on, substr(h.created_at, 1, 10)) BETWEEN ?1 AND ?2 "
    "UNION ALL SELECT 1, count(*), coalesce(sum(amount), 0) FROM bhyt_cards WHERE paid_by <> 'fund' "
    " AND valid_from BETWEEN ?1 AND ?2 "
    "UNION ALL SELECT 2, count(*), coalesce(sum(value), 0) FROM livelihood_models WHERE voucher_id IS NULL "
    " AND sponsor_id IS NOT NULL AND started_on BETWEEN ?1 AND ?2 "
    "UNION ALL SELECT 3, count(*), coalesce(sum(amount), 0) FROM address_helps WHERE given_on BETWEEN ?1 AND ?2 "
    "UNION ALL SELECT 4, count(*), coalesce(sum(amount), 0) FROM support_events WHERE voucher_id IS NULL "
    " AND given_on BETWEEN ?1 AND ?2",
    error);
  gint64 count = 0, value = 0;

  if (stmt == NULL)
    return FALSE;
  tt_report_columns (s, "Hình thức", "Số lượng", "Giá trị", NULL);
  tt_bind_text (stmt, 1, job->from);
  tt_bind_text (stmt, 2, job->to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int i = sqlite3_column_int (stmt, 0);
      count += sqlite3_column_int64 (stmt, 1);
      value += sqlite3_column_int64 (stmt, 2);
      tt_report_row (s, g_strdup (what[i]), tt_report_count (sqlite3_column_int64 (stmt, 1)),
                     tt_report_money (sqlite3_column_int64 (stmt, 2)), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng (không cộng vào Quỹ)"), tt_report_count (count), tt_report_money (value), NULL);
  return TRUE;
}

gboolean
tt_report_fund (TtReportJob *job, GError **error)
{
  g_autoptr(TtBook) cash = NULL;
  g_autoptr(TtBook) bank = NULL;
  TtReportSection *s;

  if (!books (job, &cash, &bank, error))
    return FALSE;
  s = tt_report_section (job->doc, "I. Số dư đầu kỳ, tiếp nhận, sử dụng và số dư cuối kỳ của Quỹ");
  tt_report_columns (s, "Khoản mục", "Tiền mặt", "Tiền gửi", "Cộng", NULL);
  tt_report_row (s, g_strdup ("Số dư đầu kỳ"), tt_report_money (cash->opening), tt_report_money (bank->opening),
                 tt_report_money (cash->opening + bank->opening), NULL);
  tt_report_row (s, g_strdup ("Tiếp nhận trong kỳ"), tt_report_money (cash->total_in), tt_report_money (bank->total_in),
                 tt_report_money (cash->total_in + bank->total_in), NULL);
  tt_report_row (s, g_strdup ("Sử dụng trong kỳ"), tt_report_money (cash->total_out), tt_report_money (bank->total_out),
                 tt_report_money (cash->total_out + bank->total_out), NULL);
  tt_report_total (s, g_strdup ("Số dư cuối kỳ"), tt_report_money (cash->closing), tt_report_money (bank->closing),
                   tt_report_money (cash->closing + bank->closing), NULL);
  s->note = g_strdup ("Số dư cuối kỳ = số dư đầu kỳ + tiếp nhận − sử dụng, theo sổ quỹ tiền mặt và sổ tiền gửi. "
                      "Hiện vật được ghi theo giá trị quy ra tiền và không vào sổ quỹ.");
  s = tt_report_section (job->doc, "II. Tiếp nhận trong kỳ theo đối tượng ủng hộ");
  if (!received_by_kind (job, s, error))
    return FALSE;
  s = tt_report_section (job->doc, "III. Tiếp nhận trong kỳ theo đợt vận động và cấp");
  if (!received_by_campaign (job, s, error))
    return FALSE;
  s = tt_report_section (job->doc, "IV. Sử dụng trong kỳ theo mục đích");
  if (!used_by_purpose (job, s, error))
    return FALSE;
  s = tt_report_section (job->doc, "V. Hỗ trợ trực tiếp ngoài Quỹ (an sinh xã hội)");
  s->note = g_strdup ("Các khoản do ngân sách, nhà tài trợ hoặc hộ gia đình trực tiếp hỗ trợ, không qua Quỹ: "
                      "báo cáo bên cạnh, không cộng vào số tiếp nhận và sử dụng của Quỹ.");
  return outside_the_fund (job, s, error);
}

gboolean
tt_report_receipts_payments (TtReportJob *job, GError **error)
{
  TtReportSection *s = tt_report_section (job->doc, "I. Thu, chi theo tháng");
  TtChart *chart = chart_of (job, "cash-flow", 0);
  gint64 in = 0, out = 0;

  if (chart == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("The period is too long for a monthly report."));
      return FALSE;
    }
  tt_report_columns (s, "Tháng", "Thu", "Chi", "Tồn cuối tháng", NULL);
  for (guint i = 0; i < chart->rows->len; i++)
    {
      TtChartRow *r = chart->rows->pdata[i];
      in += (gint64) r->values[0];
      out += (gint64) r->values[1];
      tt_report_row (s, g_strdup (r->label), tt_report_money ((gint64) r->values[0]),
                     tt_report_money ((gint64) r->values[1]), tt_report_money ((gint64) r->values[2]), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_money (in), tt_report_money (out),
                   chart->rows->len ? tt_report_money ((gint64) ((TtChartRow *) chart->rows->pdata[chart->rows->len - 1])->values[2])
                                    : g_strdup (""),
                   NULL);
  s->chart = chart;
  s = tt_report_section (job->doc, "II. Thu theo đối tượng ủng hộ");
  if (!received_by_kind (job, s, error))
    return FALSE;
  s = tt_report_section (job->doc, "III. Chi theo mục đích");
  return used_by_purpose (job, s, error);
}

gboolean
tt_report_donations (TtReportJob *job, GError **error)
{
  TtReportSection *s = tt_report_section (job->doc, "I. Theo đối tượng ủng hộ");
  g_autoptr(TtStmt) stmt = NULL;
  gint64 count = 0, amount = 0;

  if (!received_by_kind (job, s, error))
    return FALSE;
  s->chart = chart_of (job, "donor-kinds", 0);
  s = tt_report_section (job->doc, "II. Theo tổ chức, cá nhân vận động (người thu)");
  stmt = tt_db_prepare (job->db,
                        "SELECT coalesce(collected_by, 'Văn phòng đơn vị'), count(*), sum(amount) FROM donations "
                        "WHERE status = 'valid' AND received_on BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 3 DESC",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_report_columns (s, "Tổ chức, cá nhân vận động", "Số lượt", "Số tiền", NULL);
  tt_bind_text (stmt, 1, job->from);
  tt_bind_text (stmt, 2, job->to);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      count += sqlite3_column_int64 (stmt, 1);
      amount += sqlite3_column_int64 (stmt, 2);
      tt_report_row (s, tt_column_dup (stmt, 0), tt_report_count (sqlite3_column_int64 (stmt, 1)),
                     tt_report_money (sqlite3_column_int64 (stmt, 2)), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_count (count), tt_report_money (amount), NULL);
  return TRUE;
}

/* The disclosure: every gift with its donor (anonymous ones as such), every household helped
 * with its ID number masked, and spending by purpose. */
gboolean
tt_report_disclosure (TtReportJob *job, GError **error)
{
  TtReportSection *s = tt_report_section (job->doc, "I. Danh sách tổ chức, cá nhân ủng hộ");
  g_autoptr(TtStmt) gifts = tt_db_prepare (job->db,
                                           "SELECT d.received_on, s.code || '-' || printf ('%06d', d.number), "
                                           "CASE WHEN o.kind = 'anonymous' THEN 'Nhà hảo tâm ẩn danh' ELSE d.payer_name END, "
                                           "d.amount FROM donations d JOIN doc_series s ON s.id = d.series_id "
                                           "LEFT JOIN donors o ON o.id = d.donor_id WHERE d.status = 'valid' "
                                           "AND d.received_on BETWEEN ?1 AND ?2 ORDER BY d.received_on, d.id",
                                           error);
  g_autoptr(TtStmt) helped = NULL;
  gint64 total = 0, n = 0;

  if (gifts == NULL)
    return FALSE;
  job->doc->personal = TRUE;
  tt_report_columns (s, "Ngày", "Số biên lai", "Tổ chức, cá nhân", "Số tiền", NULL);
  tt_bind_text (gifts, 1, job->from);
  tt_bind_text (gifts, 2, job->to);
  while (sqlite3_step (gifts) == SQLITE_ROW)
    {
      total += sqlite3_column_int64 (gifts, 3);
      tt_report_row (s, tt_date_display ((const char *) sqlite3_column_text (gifts, 0)), tt_column_dup (gifts, 1),
                     tt_column_dup (gifts, 2), tt_report_money (sqlite3_column_int64 (gifts, 3)), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), g_strdup (""), tt_report_count (s->rows->len), tt_report_money (total), NULL);

  s = tt_report_section (job->doc, "II. Danh sách hộ được hỗ trợ");
  s->note = g_strdup ("Số định danh cá nhân được che một phần theo Nghị định 13/2023/NĐ-CP.");
  helped = tt_db_prepare (job->db,
                          "SELECT h.head_name, p.id_number, coalesce(v.name, ''), coalesce(c.name, ''), "
                          "group_concat(DISTINCT x.kind), sum(x.amount) FROM ("
                          " SELECT g.household_id AS hid, 'Quà' AS kind, (k.cash_value + k.goods_value) * g.quantity AS amount "
                          "  FROM gift_entries g JOIN gift_packages k ON k.id = g.package_id WHERE g.status = 'delivered' "
                          "  AND g.status_on BETWEEN ?1 AND ?2 "
                          " UNION ALL SELECT household_id, 'Nhà ở', support FROM housing_projects WHERE stage <> 'cancelled' "
                          "  AND coalesce(handed_over_on, started_on, decision_on) BETWEEN ?1 AND ?2 "
                          " UNION ALL SELECT household_id, 'Thẻ BHYT', amount FROM bhyt_cards WHERE valid_from BETWEEN ?1 AND ?2 "
                          " UNION ALL SELECT a.household_id, 'Sinh kế', CASE WHEN a.id = (SELECT min(id) FROM "
                          "  livelihood_assignments WHERE model_id = a.model_id) THEN m.value ELSE 0 END "
                          "  FROM livelihood_assignments a JOIN livelihood_models m ON m.id = a.model_id "
                          "  WHERE a.received_on BETWEEN ?1 AND ?2 "
                          " UNION ALL SELECT household_id, 'Hỗ trợ khác', amount FROM support_events "
                          "  WHERE given_on BETWEEN ?1 AND ?2) x "
                          "JOIN households h ON h.id = x.hid LEFT JOIN household_personal p ON p.household_id = h.id "
                          "LEFT JOIN places v ON v.id = h.village_id LEFT JOIN places c ON c.id = h.commune_id "
                          "GROUP BY h.id ORDER BY c.name, v.name, h.head_name_key",
                          error);
  if (helped == NULL)
    return FALSE;
  tt_report_columns (s, "Chủ hộ", "Số định danh", "Thôn", "Xã", "Hình thức hỗ trợ", "Giá trị", NULL);
  tt_bind_text (helped, 1, job->from);
  tt_bind_text (helped, 2, job->to);
  total = 0;
  while (sqlite3_step (helped) == SQLITE_ROW)
    {
      g_autofree char *kinds = tt_column_dup (helped, 4);
      g_auto(GStrv) parts = g_strsplit (kinds ? kinds : "", ",", -1);
      n++;
      total += sqlite3_column_int64 (helped, 5);
      tt_report_row (s, tt_column_dup (helped, 0), tt_text_mask_id ((const char *) sqlite3_column_text (helped, 1)),
                     tt_column_dup (helped, 2), tt_column_dup (helped, 3), g_strjoinv (", ", parts),
                     tt_report_money (sqlite3_column_int64 (helped, 5)), NULL);
    }
  tt_report_total (s, g_strdup ("Cộng"), tt_report_count (n), g_strdup (""), g_strdup (""), g_strdup (""),
                   tt_report_money (total), NULL);
  s = tt_report_section (job->doc, "III. Sử dụng Quỹ theo mục đích");
  return used_by_purpose (job, s, error);
}
