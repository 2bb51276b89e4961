/* test-charts.c — every chart's numbers equal what SQL counts on a generated office; charts with
 * no data, one point and 15-digit values are drawn light and dark, at 2×, as PNG, PDF and SVG */
#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "tt-books.h"
#include "tt-campaigns.h"
#include "tt-chart.h"
#include "tt-charts.h"
#include "tt-demo.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-gifts.h"
#include "tt-households.h"
#include "tt-money.h"
#include "tt-targets.h"
#include "tt-test-util.h"

static TtDb *office;
static gint64 busiest;   /* the demo campaign with the most gifts */

#define count tt_test_countf

static TtChart *
build (const char *name, gint64 campaign, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  TtChartQuery q = { .campaign_id = campaign, .from = from, .to = to, .printed = TRUE };
  TtChart *chart = tt_chart_build (office, name, &q, &error);

  g_assert_no_error (error);
  g_assert_nonnull (chart);
  g_assert_cmpuint (chart->table->len, >, 0);
  for (guint i = 0; i < chart->table->len; i++)
    g_assert_cmpuint (g_strv_length (chart->table->pdata[i]), ==, g_strv_length (chart->header));
  return chart;
}

static const char *
cell (const TtChart *chart, guint row, guint column)
{
  return ((char **) chart->table->pdata[row])[column];
}

/* Money by kind of donor: each kind's sum and count as SQL gives them. */
static void
test_donor_kinds (void)
{
  g_autoptr(TtChart) chart = build ("donor-kinds", busiest, NULL, NULL);
  gint64 total = 0;

  for (guint i = 0; i < chart->rows->len; i++)
    {
      TtChartRow *r = chart->rows->pdata[i];
      g_autofree char *gifts = NULL;
      total += (gint64) r->values[0];
      gifts = tt_money_format_plain (count (office, "SELECT count(*) FROM donations d JOIN donors o ON o.id = d.donor_id "
                                                    "WHERE d.campaign_id = %" G_GINT64_FORMAT " AND d.status = 'valid' "
                                                    "AND o.kind = (SELECT code FROM (SELECT 'person' AS code, 'Cá nhân' AS w "
                                                    "UNION ALL SELECT 'business', 'Doanh nghiệp' UNION ALL SELECT 'agency', "
                                                    "'Cơ quan' UNION ALL SELECT 'organization', 'Tổ chức' UNION ALL SELECT "
                                                    "'group', 'Nhóm' UNION ALL SELECT 'unit', 'Đơn vị lực lượng vũ trang' "
                                                    "UNION ALL SELECT 'anonymous', 'Ẩn danh') WHERE w = '%s')",
                                             busiest, r->label));
      g_assert_cmpstr (cell (chart, i, 1), ==, gifts);
    }
  g_assert_cmpint (total, ==, count (office, "SELECT sum(amount) FROM donations WHERE campaign_id = %" G_GINT64_FORMAT
                                             " AND status = 'valid'", busiest));
}

/* Receipts and payments of each month of 2025 as SQL sums them; the last balance is both books'
 * closing balance. */
static void
test_cash_flow (void)
{
  g_autoptr(TtChart) chart = build ("cash-flow", 0, "2025-01-01", "2025-12-31");
  g_autoptr(TtBook) cash = tt_book_load (office, TT_ACCOUNT_CASH, "2025-01-01", "2025-12-31", NULL);
  g_autoptr(TtBook) bank = tt_book_load (office, TT_ACCOUNT_BANK, "2025-01-01", "2025-12-31", NULL);
  TtChartRow *last;

  g_assert_cmpuint (chart->rows->len, ==, 12);
  for (guint m = 0; m < 12; m++)
    {
      TtChartRow *r = chart->rows->pdata[m];
      g_assert_cmpint ((gint64) r->values[0], ==,
                       count (office, "SELECT coalesce(sum(amount), 0) FROM donations WHERE status = 'valid' "
                                      "AND method <> 'in_kind' AND received_on LIKE '2025-%02u-%%'", m + 1));
      g_assert_cmpint ((gint64) r->values[1], ==,
                       count (office, "SELECT coalesce(sum(amount), 0) FROM payment_vouchers WHERE status = 'valid' "
                                      "AND paid_on LIKE '2025-%02u-%%'", m + 1));
    }
  last = chart->rows->pdata[11];
  g_assert_cmpint ((gint64) last->values[2], ==, cash->closing + bank->closing);
}

/* Houses per commune and stage, and every project counted once. */
static void
test_housing_pipeline (void)
{
  g_autoptr(TtChart) chart = build ("housing-pipeline", 0, NULL, NULL);
  gint64 total = 0;

  for (guint i = 0; i < chart->rows->len; i++)
    {
      TtChartRow *r = chart->rows->pdata[i];
      for (guint s = 0; s < chart->n_series; s++)
        total += (gint64) r->values[s];
    }
  g_assert_cmpint (total, ==, count (office, "SELECT count(*) FROM housing_projects WHERE stage <> 'cancelled'"));
  g_assert_cmpint ((gint64) ((TtChartRow *) chart->rows->pdata[0])->values[4], ==,
                   count (office, "SELECT count(*) FROM housing_projects x JOIN households h ON h.id = x.household_id "
                                  "JOIN places p ON p.id = h.commune_id WHERE x.stage = 'handed_over' AND p.name = '%s'",
                          ((TtChartRow *) chart->rows->pdata[0])->label));
}

/* Gift coverage of a list delivered in part: each commune's eligible and given as SQL counts. */
static void
test_gift_coverage (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtChart) chart = NULL;
  gint64 campaign = tt_campaign_add (office, "Tết kiểm thử 2026", "tet", "2026-01-05", "2026-02-20", &error);
  gint64 package = tt_gift_package_add (office, campaign, "Suất quà", 500000, 0, NULL, &error);
  TtHouseholdFilter all = { .categories = "poor", .year = 2026 };
  gint64 added = 0, already = 0, list = tt_gift_list_create (office, campaign, package, "Hộ nghèo", &all, &added,
                                                             &already, &error);
  g_autoptr(GPtrArray) entries = tt_gift_list_entries (office, list, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i += 3)
    g_assert_true (tt_gift_list_set_status (office, list, ((TtGiftEntry *) entries->pdata[i])->household_id,
                                            "delivered", "2026-01-25", NULL, NULL, &error));
  chart = build ("gift-coverage", campaign, NULL, NULL);
  for (guint i = 0; i < chart->rows->len; i++)
    {
      TtChartRow *r = chart->rows->pdata[i];
      const char *where = "FROM households h JOIN places p ON p.id = h.commune_id WHERE h.status = 'active' "
                          "AND h.id IN (SELECT household_id FROM household_classifications WHERE year = 2026 "
                          "AND category IN ('poor', 'near_poor'))";
      gint64 eligible = count (office, "SELECT count(*) %s AND p.name = '%s'", where, r->label);
      gint64 given = count (office, "SELECT count(*) %s AND p.name = '%s' AND h.id IN (SELECT household_id FROM "
                                    "gift_entries WHERE campaign_id = %" G_GINT64_FORMAT " AND status = 'delivered')",
                            where, r->label, campaign);
      g_assert_cmpfloat_with_epsilon (r->values[0], 100.0 * given / eligible, 1e-9);
      g_assert_cmpfloat (r->target, ==, 100);
    }
}

/* Progress: one row per target, its percent the share of the target reached. */
static void
test_progress_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtChart) chart = NULL;
  TtTargetInput money = { .measure = "money", .value = "2 tỷ" };

  g_assert_cmpint (tt_target_add (office, busiest, &money, &error), >, 0);
  chart = build ("progress", busiest, NULL, NULL);
  g_assert_cmpuint (chart->rows->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (((TtChartRow *) chart->rows->pdata[0])->values[0],
                                  100.0 * count (office, "SELECT sum(amount) FROM donations WHERE campaign_id = %"
                                                         G_GINT64_FORMAT " AND status = 'valid'", busiest) / 2e9,
                                  1e-9);
}

/* Not one pixel of a drawn chart differs from the first: nothing was drawn. */
static gboolean
blank (const char *png)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (png);
  const guint32 *px = (const guint32 *) cairo_image_surface_get_data (s);
  int n = cairo_image_surface_get_width (s) * cairo_image_surface_get_height (s);
  gboolean same = TRUE;

  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  for (int i = 1; i < n && same; i++)
    same = px[i] == px[0];
  cairo_surface_destroy (s);
  return same;
}

static int
png_width (const char *png)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (png);
  int w = cairo_image_surface_get_width (s);

  cairo_surface_destroy (s);
  return w;
}

/* An empty campaign, a campaign of one 15-digit gift with a long name: each chart drawn light
 * and dark at 2×, as PDF (its figures in its text) and SVG. */
static void
test_drawn (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autofree char *dir = tt_test_tmpdir ();
  gint64 empty = tt_campaign_add (db, "Đợt trống", "fundraising", "2026-03-01", "2026-03-31", &error);
  gint64 huge = tt_campaign_add (db, "Chương trình vận động ủng hộ Quỹ \"Vì người nghèo\" và an sinh xã hội "
                                     "tỉnh Nghệ An giai đoạn 2026–2030", "fundraising", "2026-04-01", "2026-04-30",
                                 &error);
  TtDonorInput donor = { .kind = "business", .name = "Tập đoàn Công nghiệp – Viễn thông Quân đội" };
  TtDonationInput gift = { .amount = 999999999999999, .received_on = "2026-04-02", .campaign_id = huge,
                           .method = "transfer" };
  TtTargetInput target = { .measure = "money", .value = "999999999999999" };
  const struct { const char *name; gint64 campaign; } cases[] = {
    { "money", empty }, { "progress", empty }, { "donor-kinds", empty }, { "money", huge }, { "progress", huge },
    { "donor-kinds", huge }, { "cash-flow", 0 },
  };

  gift.donor_id = tt_donor_add (db, &donor, &error);
  g_assert_cmpint (tt_donation_add (db, &gift, NULL, &error), >, 0);
  g_assert_cmpint (tt_target_add (db, huge, &target, &error), >, 0);
  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    for (int dark = 0; dark < 2; dark++)
      {
        TtChartQuery q = { .campaign_id = cases[i].campaign, .from = "2026-01-01", .to = "2026-12-31", .printed = TRUE };
        g_autoptr(TtChart) chart = tt_chart_build (db, cases[i].name, &q, &error);
        g_autofree char *png = g_strdup_printf ("%s/%s-%zu-%d.png", dir, cases[i].name, i, dark);
        g_autofree char *pdf = g_strdup_printf ("%s/%s-%zu.pdf", dir, cases[i].name, i);
        g_autofree char *svg = g_strdup_printf ("%s/%s-%zu.svg", dir, cases[i].name, i);
        g_autofree char *seen = NULL;

        g_assert_no_error (error);
        g_assert_true (tt_chart_write (chart, png, 2, dark, &error));
        g_assert_no_error (error);
        g_assert_cmpint (png_width (png), ==, 1440);
        g_assert_false (blank (png));
        g_assert_true (tt_chart_write (chart, pdf, 1, FALSE, &error));
        g_assert_true (tt_chart_write (chart, svg, 1, FALSE, &error));
        g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
        seen = tt_test_pdf_seen (pdf);
        g_assert_nonnull (strstr (seen, chart->title));
        if (chart->rows->len == 0)
          g_assert_nonnull (strstr (seen, chart->empty));
        else if (cases[i].campaign == huge && !g_str_equal (cases[i].name, "money"))
          g_assert_nonnull (strstr (seen, "999.999.999.999.999"));
      }
  {
    TtChartQuery q = { .campaign_id = huge, .printed = TRUE };
    g_autoptr(TtChart) chart = tt_chart_build (db, "money", &q, &error);
    g_autofree char *gif = g_strdup_printf ("%s/chart.gif", dir);
    g_assert_false (tt_chart_write (chart, gif, 1, FALSE, &error));
    g_assert_nonnull (strstr (error->message, ".png, .pdf or .svg"));
    g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  TtDemoSize size = { .donors = 150, .donations = 2500, .households = 2500, .seed = 5, .vouchers = 120,
                      .housing = 60 };
  int status;

  g_test_init (&argc, &argv, NULL);
  office = tt_test_new_db (NULL);
  g_assert_true (tt_demo_generate (office, &size, &error));
  g_assert_no_error (error);
  busiest = count (office, "SELECT campaign_id FROM donations WHERE campaign_id IS NOT NULL GROUP BY 1 "
                           "ORDER BY count(*) DESC LIMIT 1");
  g_test_add_func ("/charts/donor-kinds", test_donor_kinds);
  g_test_add_func ("/charts/cash-flow", test_cash_flow);
  g_test_add_func ("/charts/housing-pipeline", test_housing_pipeline);
  g_test_add_func ("/charts/gift-coverage", test_gift_coverage);
  g_test_add_func ("/charts/progress", test_progress_rows);
  g_test_add_func ("/charts/drawn", test_drawn);
  status = g_test_run ();
  g_clear_object (&office);
  return status;
}
