/* test-reports.c — the periodic reports of a generated office: their figures equal the books and
 * SQL, long tables run over pages with their header repeated, ID numbers are masked, and every
 * report is written as PDF and XLSX and logged */
#include "config.h"

#include <string.h>

#include "tt-books.h"
#include "tt-demo.h"
#include "tt-money.h"
#include "tt-report-doc.h"
#include "tt-report.h"
#include "tt-test-util.h"

static TtDb *office;
static char *dir;

static TtReportSection *
section (const TtReportDoc *doc, guint i)
{
  g_assert_cmpuint (i, <, doc->sections->len);
  return doc->sections->pdata[i];
}

static const char *
total_cell (const TtReportSection *s, guint column)
{
  g_assert_nonnull (s->total);
  return s->total[column];
}

static char *
money (gint64 amount)
{
  return tt_money_format_plain (amount);
}

/* The fund's report of 2025: the books' balances, and receipts, payments and support outside the
 * fund as SQL sums them. */
static void
test_fund (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtReportDoc) doc = tt_report_doc_build (office, "fund", "2025-01-01", "2025-12-31", &error);
  g_autoptr(TtBook) cash = tt_book_load (office, TT_ACCOUNT_CASH, "2025-01-01", "2025-12-31", NULL);
  g_autoptr(TtBook) bank = tt_book_load (office, TT_ACCOUNT_BANK, "2025-01-01", "2025-12-31", NULL);
  g_autofree char *closing = money (cash->closing + bank->closing);
  g_autofree char *received = money (tt_test_count (office, "SELECT sum(amount) FROM donations WHERE status = 'valid' "
                                                            "AND received_on LIKE '2025-%'"));
  g_autofree char *used = money (tt_test_count (office, "SELECT sum(amount) FROM payment_vouchers WHERE status = 'valid' "
                                                        "AND paid_on LIKE '2025-%'"));
  g_autofree char *cards = money (tt_test_count (office, "SELECT count(*) FROM bhyt_cards WHERE paid_by <> 'fund' "
                                                         "AND valid_from LIKE '2025-%'"));

  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "BÁO CÁO KẾT QUẢ VẬN ĐỘNG, TIẾP NHẬN VÀ SỬ DỤNG QUỸ");
  g_assert_cmpstr (total_cell (section (doc, 0), 3), ==, closing);
  g_assert_cmpstr (total_cell (section (doc, 1), 5), ==, received);
  g_assert_cmpstr (total_cell (section (doc, 2), 3), ==, received);
  g_assert_cmpstr (total_cell (section (doc, 3), 4), ==, used);
  g_assert_cmpstr (((char **) section (doc, 4)->rows->pdata[1])[1], ==, cards);
  g_assert_false (doc->personal);
}

/* The disclosure of a year: pages numbered, the gifts' table repeats its header on every page
 * it runs over, anonymous donors shown as such and no ID number printed whole. */
static void
test_disclosure (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (dir, "cong-khai.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "cong-khai.xlsx", NULL);
  g_autoptr(TtReportDoc) doc = tt_report_doc_build (office, "disclosure", "2025-01-01", "2025-12-31", &error);
  g_autofree char *all = NULL;
  TtReportPages *pages;
  int n;

  g_assert_no_error (error);
  g_assert_true (doc->personal);
  g_assert_cmpuint (section (doc, 0)->rows->len, ==,
                    tt_test_count (office, "SELECT count(*) FROM donations WHERE status = 'valid' AND received_on LIKE '2025-%'"));
  g_assert_true (tt_report_doc_export (office, "disclosure", "2025-01-01", "2025-12-31", pdf, tt_report_write_pdf, &error));
  g_assert_true (tt_report_doc_export (office, "disclosure", "2025-01-01", "2025-12-31", xlsx, tt_report_write_xlsx,
                                       &error));
  g_assert_no_error (error);
  g_assert_cmpint (tt_test_count (office, "SELECT count(*) FROM export_log WHERE what = 'report-disclosure' "
                                          "AND personal = 1"), ==, 2);
  pages = tt_report_pages_new (doc);
  n = tt_report_pages_count (pages);
  tt_report_pages_free (pages);
  g_assert_cmpint (n, >, 3);
  for (int p = 2; p < n; p++)
    {
      g_autofree char *first = g_strdup_printf ("%d", p);
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, pdf, "-", NULL };
      g_autofree char *text = NULL;
      g_autofree char *page_line = g_strdup_printf ("Trang %d/%d", p, n);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &text, NULL, NULL, &error));
      g_assert_nonnull (strstr (text, page_line));
      /* Each page is of the gifts' table or of the households': its header is on it. */
      g_assert_true (strstr (text, "Số biên lai") != NULL || strstr (text, "Số định danh") != NULL ||
                     strstr (text, "Mục đích") != NULL);
    }
  all = tt_test_pdf_seen (pdf);
  if (tt_test_count (office, "SELECT count(*) FROM donations d JOIN donors o ON o.id = d.donor_id "
                             "WHERE o.kind = 'anonymous' AND d.status = 'valid' AND d.received_on LIKE '2025-%'") > 0)
    g_assert_nonnull (strstr (all, "Nhà hảo tâm ẩn danh"));
  /* The households listed have ID numbers, and none is printed whole (nine digits or more). */
  g_assert_cmpint (tt_test_count (office, "SELECT count(*) FROM household_personal WHERE id_number IS NOT NULL"), >, 0);
  g_assert_nonnull (strstr (all, "******"));
  g_assert_false (g_regex_match_simple ("[0-9]{9}", all, 0, 0));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
}

/* Every report of a quarter and of a year, as PDF and XLSX. */
static void
test_every_report (void)
{
  static const char *const names[] = { "fund", "campaign", "donations", "disclosure", "receipts-payments",
                                       "housing", "programmes", "poverty" };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, names[i]);
      g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", dir, names[i]);
      g_autofree char *seen = NULL;
      g_assert_true (tt_report_doc_export (office, names[i], "2025-10-01", "2025-12-31", pdf, tt_report_write_pdf,
                                           &error));
      g_assert_no_error (error);
      g_assert_true (tt_report_doc_export (office, names[i], "2025-01-01", "2025-12-31", xlsx, tt_report_write_xlsx,
                                           &error));
      g_assert_no_error (error);
      seen = tt_test_pdf_seen (pdf);
      g_assert_nonnull (strstr (seen, "Từ ngày 01/10/2025 đến ngày 31/12/2025"));
      g_assert_nonnull (strstr (seen, "Thủ trưởng đơn vị"));
    }
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (tt_report_doc_build (office, "weather", "2025-01-01", "2025-12-31", &error));
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  TtDemoSize size = { .donors = 150, .donations = 3000, .households = 2500, .seed = 9, .vouchers = 120,
                      .housing = 40, .livelihood = 30, .cards = 60, .addresses = 30 };
  int status;

  g_test_init (&argc, &argv, NULL);
  office = tt_test_new_db (NULL);
  dir = tt_test_tmpdir ();
  g_assert_true (tt_demo_generate (office, &size, &error));
  g_assert_no_error (error);
  g_test_add_func ("/reports/fund", test_fund);
  g_test_add_func ("/reports/disclosure", test_disclosure);
  g_test_add_func ("/reports/every-report", test_every_report);
  status = g_test_run ();
  g_clear_object (&office);
  g_free (dir);
  return status;
}
