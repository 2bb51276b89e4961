/* test-receipt.c — receipts rendered to PDF read back with poppler as a person would */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-office.h"
#include "tt-certificate.h"
#include "tt-date.h"
#include "tt-receipt.h"
#include "tt-statement.h"
#include "tt-vietqr.h"
#include "tt-vouchers.h"
#include "tt-book.h"
#include "tt-confirmation.h"
#include "tt-export.h"
#include "tt-households.h"
#include "tt-housing-record.h"
#include "tt-housing.h"
#include "tt-places.h"
#include "tt-table.h"
#include "tt-test-util.h"

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

static TtDb *
office_with_gift (char **out_receipt)
{
  TtDb *db = tt_test_new_db (NULL);
  TtDonorInput donor = { .name = "Nguyễn Văn Đức", .address = "Thôn 3, xã Hòa Bình" };
  TtDonationInput gift = { .amount = 1234567, .received_on = "20/10/2026", .method = "transfer",
                           .bank_ref = "FT26293001" };

  g_assert_true (tt_office_set (db, "parent", "Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm", NULL));
  g_assert_true (tt_office_set (db, "head", "Hoàng Văn Thái", NULL));
  g_assert_true (tt_office_set (db, "accountant", "Trần Thị Mai", NULL));
  g_assert_true (tt_office_set (db, "cashier", "Lê Thị Hoa", NULL));
  g_assert_true (tt_office_set (db, "clerk", "Phạm Minh Đức", NULL));
  gift.donor_id = tt_donor_add (db, &donor, NULL);
  g_assert_cmpint (tt_donation_add (db, &gift, out_receipt, NULL), >, 0);
  return db;
}

static void
test_receipt_pdf (void)
{
  g_autofree char *receipt = NULL;
  g_autoptr(TtDb) db = office_with_gift (&receipt);
  g_autoptr(TtReceiptDoc) doc = tt_receipt_doc_load (db, receipt, FALSE, NULL);
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "r.pdf", NULL);
  g_autofree char *text = NULL;
  const char *expected[] = {
    "PHIẾU THU", "Mẫu số C40-BB", "Quyển số: 2026", "Số: 000001", "Ngày 20 tháng 10 năm 2026",
    "Nguyễn Văn Đức", "Thôn 3, xã Hòa Bình", "1.234.567 đ",
    "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng", "Chuyển khoản (mã giao dịch FT26293001)",
    "THỦ TRƯỞNG ĐƠN VỊ", "THỦ QUỸ", "Hoàng Văn Thái", "Trần Thị Mai", "Lê Thị Hoa", "Phạm Minh Đức",
    "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm",
  };

  g_assert_nonnull (doc);
  g_assert_false (doc->is_copy);
  g_assert_true (tt_receipt_write_pdf (doc, TT_PAPER_A5, pdf, NULL));
  text = pdf_text (pdf);
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("the receipt PDF lacks “%s”:\n%s", expected[i], text);
  g_assert_null (strstr (text, "BẢN SAO"));
  g_assert_null (strstr (text, "ĐÃ HỦY"));
}

static void
test_void_and_copy (void)
{
  g_autofree char *receipt = NULL;
  g_autoptr(TtDb) db = office_with_gift (&receipt);
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "void.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(TtReceiptDoc) doc = NULL;
  g_autoptr(TtDonation) d = tt_donation_find (db, receipt, NULL);

  g_assert_true (tt_donation_mark_printed (db, d->id, NULL));
  g_assert_true (tt_donation_void (db, receipt, "Ghi sai số tiền", NULL));
  doc = tt_receipt_doc_load (db, receipt, FALSE, NULL);
  g_assert_true (doc->is_void);
  g_assert_true (doc->is_copy);        /* printed before: a reprint is a copy */
  g_assert_true (tt_receipt_write_pdf (doc, TT_PAPER_A4, pdf, NULL));
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "PHIẾU ĐÃ HỦY — Lý do: Ghi sai số tiền"));
  g_assert_nonnull (strstr (text, "BẢN SAO"));
}

static void
test_unknown_receipt (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (tt_receipt_doc_load (db, "2026-000009", FALSE, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* The certificate names the donor and the gift; its QR code, scanned from the printed page,
 * is the office's VietQR payload. */
static void
test_certificate (void)
{
  g_autofree char *receipt = NULL;
  g_autoptr(TtDb) db = office_with_gift (&receipt);
  g_autoptr(TtReceiptDoc) doc = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "c.pdf", NULL);
  g_autofree char *png_base = g_build_filename (dir, "c", NULL);
  g_autofree char *png = g_build_filename (dir, "c-1.png", NULL);
  g_autofree char *text = NULL;
  g_autofree char *scanned = NULL;
  g_autofree char *expected_qr = NULL;
  g_autofree char *expected_line = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "THƯ CẢM ƠN", "Nguyễn Văn Đức", "1.234.567 đ",
    "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng", "Theo phiếu thu số 2026-000001",
    "Hoàng Văn Thái", "Ngày 20 tháng 10 năm 2026", "Vietcombank — STK 0011004455667",
  };

  g_assert_true (tt_office_set (db, "bank-bin", "970436", NULL));
  g_assert_true (tt_office_set (db, "bank-account", "0011004455667", NULL));
  g_assert_true (tt_office_set (db, "bank-name", "Vietcombank", NULL));
  doc = tt_receipt_doc_load (db, receipt, FALSE, NULL);
  g_assert_true (tt_certificate_write_pdf (doc, TT_PAPER_A5, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("the certificate PDF lacks “%s”:\n%s", expected[i], text);

  g_free (run_tool ((const char *const[]) { "pdftoppm", "-r", "150", "-png", pdf, png_base, NULL }));
  scanned = run_tool ((const char *const[]) { "zbarimg", "-q", "--raw", png, NULL });
  expected_qr = tt_vietqr_for_office (db, 0, "UNG HO QUY VI NGUOI NGHEO", NULL);
  expected_line = g_strconcat (expected_qr, "\n", NULL);
  g_assert_cmpstr (scanned, ==, expected_line);
  g_assert_nonnull (strstr (scanned, "0006970436011300110044556670208QRIBFTTA"));

  /* No certificate for a void receipt. */
  g_assert_true (tt_donation_void (db, receipt, "Ghi nhầm", NULL));
  g_clear_pointer (&doc, tt_receipt_doc_free);
  doc = tt_receipt_doc_load (db, receipt, FALSE, NULL);
  g_assert_false (tt_certificate_write_pdf (doc, TT_PAPER_A5, pdf, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE);
}

/* How far down the page the lowest text of @pdf's first page ends, as a share of its height. */
static double
lowest_text (const char *pdf)
{
  g_autofree char *out = run_tool ((const char *const[]) { "pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-", NULL });
  g_autoptr(GRegex) page = g_regex_new ("<page width=\"[0-9.]+\" height=\"([0-9.]+)\"", 0, 0, NULL);
  g_autoptr(GRegex) bottom = g_regex_new ("yMax=\"([0-9.]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *height = NULL;
  double lowest = 0;

  g_assert_true (g_regex_match (page, out, 0, &match));
  height = g_match_info_fetch (match, 1);
  g_clear_pointer (&match, g_match_info_unref);
  for (g_regex_match (bottom, out, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      lowest = MAX (lowest, g_ascii_strtod (y, NULL));
    }
  return lowest / g_ascii_strtod (height, NULL);
}

/* A company's long name, a long address and a long reason: the receipt and the certificate show
 * them whole and still end above the bottom margin, the signatures' names included. */
static void
test_long_texts (void)
{
  static const char *const payer = "Công ty Cổ phần Đầu tư Xây dựng và Thương mại Dịch vụ Hòa Bình Xanh";
  static const char *const address = "Số 123 đường Nguyễn Văn Linh, tổ dân phố 12, phường Hòa Bình, tỉnh Thử Nghiệm";
  static const char *const reason = "Ủng hộ Quỹ \"Vì người nghèo\" — Tháng cao điểm vì người nghèo năm 2026 "
                                    "của Ủy ban MTTQ xã Hòa Bình";
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtDonorInput donor = { .name = payer, .address = address };
  TtDonationInput gift = { .amount = 15000000, .received_on = "20/10/2026", .method = "transfer",
                           .bank_ref = "FT26293001", .reason = reason };
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *receipt = NULL;
  g_autoptr(TtReceiptDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  for (const char *const *kv = (const char *const[]) { "parent", "Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm",
                                                        "head", "Hoàng Văn Thái", "accountant", "Trần Thị Mai",
                                                        "cashier", "Lê Thị Hoa", "clerk", "Phạm Minh Đức", NULL };
       *kv; kv += 2)
    g_assert_true (tt_office_set (db, kv[0], kv[1], NULL));
  gift.donor_id = tt_donor_add (db, &donor, NULL);
  g_assert_cmpint (tt_donation_add (db, &gift, &receipt, &error), >, 0);
  g_assert_no_error (error);
  doc = tt_receipt_doc_load (db, receipt, FALSE, &error);
  g_assert_no_error (error);

  for (int i = 0; i < 3; i++)
    {
      static const char *const names[] = { "long-a5.pdf", "long-a4.pdf", "thanks-a5.pdf" };
      g_autofree char *pdf = g_build_filename (dir, names[i], NULL);
      g_autofree char *seen = NULL;
      TtPageSize page;
      const char *expected[] = { payer, i < 2 ? address : "Tháng cao điểm vì người nghèo năm 2026 của Ủy ban MTTQ xã Hòa Bình",
                                 i < 2 ? reason : "Hoàng Văn Thái", i < 2 ? "Lê Thị Hoa" : "Theo phiếu thu số 2026-000001" };

      if (i < 2)
        g_assert_true (tt_receipt_write_pdf (doc, i == 0 ? TT_PAPER_A5 : TT_PAPER_A4, pdf, &error));
      else
        g_assert_true (tt_certificate_write_pdf (doc, TT_PAPER_A5, pdf, &error));
      g_assert_no_error (error);
      g_test_message ("%s", pdf);
      seen = tt_test_pdf_seen (pdf);
      for (gsize e = 0; e < G_N_ELEMENTS (expected); e++)
        if (strstr (seen, expected[e]) == NULL)
          g_error ("%s lacks “%s”:\n%s", names[i], expected[e], seen);
      g_assert_null (strstr (seen, "…"));
      tt_page_size (i == 1 ? TT_PAPER_A4 : TT_PAPER_A5, i != 1, &page);
      g_assert_cmpfloat (lowest_text (pdf), <=, 1 - page.margin / page.height);
    }
}

/* A year's statement lists the valid gifts of the year only, on as many numbered pages as
 * needed, and ends with the total in words. */
static void
test_statement (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtDonorInput donor = { .name = "Công ty TNHH Phú Thịnh", .address = "12 Lê Lợi" };
  gint64 id = tt_donor_add (db, &donor, NULL);
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "s.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *void_receipt = NULL;
  g_autoptr(TtStatementDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  TtYearStart ys = { 1, 1 };
  TtPeriod year;

  for (int i = 1; i <= 80; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-%02d-%02d", 1 + i % 12, 1 + i % 28);
      TtDonationInput gift = { .donor_id = id, .amount = 100000, .received_on = date };
      g_autofree char *r = NULL;
      g_assert_cmpint (tt_donation_add (db, &gift, &r, NULL), >, 0);
      if (i == 5)
        void_receipt = g_steal_pointer (&r);
    }
  {
    TtDonationInput other_year = { .donor_id = id, .amount = 777000, .received_on = "2025-12-31" };
    g_assert_cmpint (tt_donation_add (db, &other_year, NULL, NULL), >, 0);
  }
  g_assert_true (tt_donation_void (db, void_receipt, "Ghi nhầm", NULL));

  g_assert_true (tt_period_make (TT_PERIOD_YEAR, 2026, 0, &ys, &year, NULL));
  doc = tt_statement_doc_load (db, id, &year, &error);
  g_assert_no_error (error);
  g_assert_cmpint (doc->lines->len, ==, 79);
  g_assert_cmpint (doc->total_amount, ==, 7900000);
  g_assert_true (tt_statement_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf);
  info = run_tool ((const char *const[]) { "pdfinfo", pdf, NULL });
  {
    TtPageSize a4;
    int pages;
    g_autofree char *line = NULL;

    tt_page_size (TT_PAPER_A4, FALSE, &a4);
    pages = tt_statement_page_count (doc, &a4);
    g_assert_cmpint (pages, >=, 2);
    line = g_strdup_printf ("Pages: %d\n", pages);
    {
      /* pdfinfo pads the label to a column; compare without the padding. */
      g_autoptr(GRegex) pad = g_regex_new ("Pages: +", 0, 0, NULL);
      g_autofree char *squeezed = g_regex_replace_literal (pad, info, -1, 0, "Pages: ", 0, NULL);
      g_assert_nonnull (strstr (squeezed, line));
    }
    for (int p = 1; p <= pages; p++)
      {
        g_autofree char *number = g_strdup_printf ("Trang %d/%d", p, pages);
        g_assert_nonnull (strstr (text, number));
      }
    /* Every gift is on a row with its number in the list. */
    for (int i = 1; i <= 79; i++)
      {
        g_autofree char *pattern = g_strdup_printf ("^ *%d +[0-9]{2}/[0-9]{2}/2026 +2026-[0-9]{6} ", i);
        g_assert_true (g_regex_match_simple (pattern, text, G_REGEX_MULTILINE, 0));
      }
  }
  for (const char *const *e = (const char *const[]) { "BẢNG XÁC NHẬN ỦNG HỘ", "Công ty TNHH Phú Thịnh",
                                                         "Năm 2026 (từ 01/01/2026 đến 31/12/2026)",
                                                         "Tổng cộng: 7.900.000 đ (79 khoản)",
                                                         "Bảy triệu chín trăm nghìn đồng", NULL }; *e; e++)
    if (strstr (text, *e) == NULL)
      g_error ("the statement lacks “%s”:\n%s", *e, text);
  g_assert_null (strstr (text, void_receipt));
  g_assert_null (strstr (text, "777.000"));
}

static int
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ((const char *const[]) { "pdfinfo", pdf, NULL });
  g_autoptr(GRegex) re = g_regex_new ("^Pages: +([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_regex_match (re, info, 0, &match));
  n = g_match_info_fetch (match, 1);
  return atoi (n);
}

static void
draw_statement_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_statement_draw_page (cr, data, page, page_nr);
}

/* A gift whose purpose is a long sentence is printed whole, wrapped in its cell; the rows
 * around it, the page numbers, the total and the words stay as they were, at A4 and at A5. */
static void
test_statement_long_reason (void)
{
  static const char *const reason = "Ủng hộ Quỹ \"Vì người nghèo\" — Tháng cao điểm vì người nghèo năm 2026 "
                                    "của Ủy ban MTTQ xã Hòa Bình";
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtDonorInput donor = { .name = "Công ty Cổ phần Xây dựng và Thương mại Hòa Bình", .address = "12 Lê Lợi" };
  gint64 id = tt_donor_add (db, &donor, NULL);
  g_autofree char *dir = tt_test_tmpdir ();
  g_autoptr(TtStatementDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  TtYearStart ys = { 1, 1 };
  TtPeriod year;

  for (int i = 1; i <= 60; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-%02d-%02d", 1 + i / 6, 1 + i % 28);
      TtDonationInput gift = { .donor_id = id, .amount = 250000, .received_on = date,
                               .reason = i % 3 == 0 ? reason : NULL };
      g_assert_cmpint (tt_donation_add (db, &gift, NULL, &error), >, 0);
      g_assert_no_error (error);
    }
  g_assert_true (tt_period_make (TT_PERIOD_YEAR, 2026, 0, &ys, &year, NULL));
  doc = tt_statement_doc_load (db, id, &year, &error);
  g_assert_no_error (error);

  for (TtPaper paper = TT_PAPER_A4; paper <= TT_PAPER_A5; paper++)
    {
      g_autofree char *pdf = g_build_filename (dir, paper == TT_PAPER_A4 ? "long-a4.pdf" : "long-a5.pdf", NULL);
      g_autofree char *text = NULL;
      g_autofree char *cell = g_strconcat ("Tiền mặt — ", reason, NULL);
      TtPageSize page;
      int pages;
      const char *at;
      guint whole = 0;

      tt_page_size (paper, FALSE, &page);
      pages = tt_statement_page_count (doc, &page);
      if (paper == TT_PAPER_A4)
        g_assert_true (tt_statement_write_pdf (doc, pdf, &error));
      else
        g_assert_true (tt_document_write_pdf (pdf, "Bảng xác nhận ủng hộ", &page, pages, draw_statement_page,
                                              doc, &error));
      g_assert_no_error (error);
      g_test_message ("%s: %d pages", pdf, pages);
      g_assert_cmpint (pdf_pages (pdf), ==, pages);
      g_assert_cmpint (pages, >=, paper == TT_PAPER_A4 ? 3 : 5);

      text = tt_test_pdf_seen (pdf);
      for (at = strstr (text, cell); at != NULL; at = strstr (at + 1, cell))
        whole++;
      if (whole != 20)
        g_error ("the statement has the long purpose whole %u times, not 20:\n%s", whole, text);
      g_assert_null (strstr (text, "…"));
      for (int p = 1; p <= pages; p++)
        {
          g_autofree char *number = g_strdup_printf ("Trang %d/%d", p, pages);
          g_assert_nonnull (strstr (text, number));
        }
      for (const char *const *e = (const char *const[]) { "Tổng cộng: 15.000.000 đ (60 khoản)",
                                                             "Bằng chữ: Mười lăm triệu đồng",
                                                             "Công ty Cổ phần Xây dựng và Thương mại Hòa Bình",
                                                             NULL }; *e; e++)
        if (strstr (text, *e) == NULL)
          g_error ("the statement lacks “%s”:\n%s", *e, text);
    }
}

/* The payment voucher (mẫu C41-BB): payee, reason, amount in figures and words, the five
 * signatures in the voucher's order, the payee's handwritten line; the circular by date; a
 * reprint is a copy. */
static void
test_voucher_pdf (void)
{
  g_autofree char *receipt = NULL;
  g_autoptr(TtDb) db = office_with_gift (&receipt);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "v.pdf", NULL);
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_autoptr(TtReceiptDoc) doc = NULL;
  g_autoptr(TtReceiptDoc) again = NULL;
  g_autoptr(TtReceiptDoc) old = NULL;
  TtVoucherInput in = { .payee_name = "Đặng Văn Bảy", .payee_address = "Thôn Đông", .amount = 30000000,
                        .reason = "Hỗ trợ sửa nhà đợt 1", .paid_on = "15/11/2026", .purpose = "housing",
                        .attachments = 2, .allow_negative = TRUE };
  TtVoucherInput earlier = { .payee_name = "Hộ A", .amount = 500000, .reason = "Quà Tết", .paid_on = "20/01/2024",
                             .allow_negative = TRUE };
  const char *expected[] = {
    "PHIẾU CHI", "Mẫu số C41-BB", "Thông tư số 24/2024/TT-BTC", "Quyển số: PC2026", "Số: 000001",
    "Ngày 15 tháng 11 năm 2026", "Họ và tên người nhận tiền: Đặng Văn Bảy", "Lý do chi: Hỗ trợ sửa nhà đợt 1",
    "30.000.000 đ", "Ba mươi triệu đồng", "Kèm theo: 2 chứng từ gốc.", "KẾ TOÁN TRƯỞNG", "NGƯỜI NHẬN TIỀN",
    "Hoàng Văn Thái", "Lê Thị Hoa", "Đã nhận đủ số tiền (viết bằng chữ):",
  };

  g_assert_cmpint (tt_voucher_add (db, &in, &number, &error), >, 0);
  g_assert_cmpstr (number, ==, "PC2026-000001");
  doc = tt_voucher_doc_load (db, number, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (doc->is_copy);
  g_assert_true (tt_receipt_write_pdf (doc, TT_PAPER_A5, pdf, &error));
  text = tt_test_pdf_seen (pdf);
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("the voucher PDF lacks “%s”:\n%s", expected[i], text);
  g_assert_null (strstr (text, "BẢN SAO"));
  g_assert_null (strstr (text, "PHIẾU THU"));

  /* Printed once, the next print is a copy. */
  g_assert_true (tt_voucher_mark_printed (db, doc->donation_id, &error));
  again = tt_voucher_doc_load (db, number, FALSE, &error);
  g_assert_true (again->is_copy);

  /* A document of 2024 follows the circular of its time. */
  g_clear_pointer (&number, g_free);
  g_assert_cmpint (tt_voucher_add (db, &earlier, &number, &error), >, 0);
  old = tt_voucher_doc_load (db, number, FALSE, &error);
  g_assert_true (tt_receipt_write_pdf (old, TT_PAPER_A4, pdf, &error));
  old_text = pdf_text (pdf);
  g_assert_nonnull (strstr (old_text, "Thông tư số 107/2017/TT-BTC"));
  g_assert_nonnull (strstr (old_text, "Quyển số: PC2024"));
}

/* The cash book printed and as a workbook: opening, every cash document in date order with its
 * balance, the totals and the closing, the signatures and the page numbers; no transfer in it. */
static void
test_book_files (void)
{
  g_autofree char *receipt = NULL;
  g_autoptr(TtDb) db = office_with_gift (&receipt);    /* a transfer: not in the cash book */
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "cash.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "cash.xlsx", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(TtTable) table = NULL;
  TtDonorInput donor = { .name = "Hồ Văn Tám" };
  gint64 donor_id;
  gboolean seen_closing = FALSE, seen_voucher = FALSE;

  g_assert_true (tt_book_set_opening (db, TT_ACCOUNT_CASH, "2026-01-01", 2000000, &error));
  donor_id = tt_donor_add (db, &donor, &error);
  for (int i = 0; i < 120; i++)
    {
      char date[11];
      TtDonationInput gift = { .donor_id = donor_id, .amount = 100000 + i * 1000, .method = "cash",
                               .reason = "Ủng hộ Quỹ Vì người nghèo — Tháng cao điểm vì người nghèo năm 2026" };
      g_snprintf (date, sizeof date, "2026-%02d-%02d", 1 + i / 12, 1 + i % 12);
      gift.received_on = date;
      g_assert_cmpint (tt_donation_add (db, &gift, NULL, &error), >, 0);
    }
  {
    TtVoucherInput pay = { .payee_name = "Hộ Lò Văn Páo", .amount = 5000000, .reason = "Hỗ trợ sửa nhà",
                           .paid_on = "2026-06-15", .purpose = "housing" };
    g_assert_cmpint (tt_voucher_add (db, &pay, NULL, &error), >, 0);
  }
  g_assert_no_error (error);

  g_assert_true (tt_book_doc_export (db, TT_ACCOUNT_CASH, "2026-01-01", "2026-12-31", pdf, tt_book_write_pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  for (const char *const *want = (const char *const[]) { "SỔ QUỸ TIỀN MẶT", "Từ ngày 01/01/2026 đến ngày 31/12/2026",
                                                         "Số tồn đầu kỳ", "2.000.000", "2026-000002", "2026-000121",
                                                         "PC2026-000001", "Hộ Lò Văn Páo — Hỗ trợ sửa nhà", "Cộng phát sinh",
                                                         "19.140.000", "5.000.000", "Số tồn cuối kỳ", "16.140.000",
                                                         "THỦ QUỸ", "KẾ TOÁN TRƯỞNG", "Lê Thị Hoa", "Trang 1/", NULL };
       *want; want++)
    if (strstr (text, *want) == NULL)
      g_error ("the cash book lacks “%s”", *want);
  /* The transfer is the bank book's (PC2026-000001 holds its number as a part). */
  {
    g_autofree char *alone = g_strdup_printf ("(^|\\s)%s(\\s|$)", receipt);
    g_assert_false (g_regex_match_simple (alone, text, G_REGEX_MULTILINE, 0));
  }
  {
    const char *argv[] = { "pdfinfo", pdf, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, &info, NULL, NULL, NULL));
    g_autofree char *last = NULL;
    int pages = 0;
    g_assert_nonnull (strstr (info, "Pages:"));
    pages = atoi (strstr (info, "Pages:") + 6);
    /* 123 rows of one or two lines: several pages, each numbered of the whole. */
    g_assert_cmpint (pages, >=, 3);
    last = g_strdup_printf ("Trang %d/%d", pages, pages);
    g_assert_nonnull (strstr (text, last));
  }

  g_assert_true (tt_book_doc_export (db, TT_ACCOUNT_CASH, "2026-01-01", "2026-12-31", xlsx, tt_book_write_xlsx, &error));
  table = tt_table_read_file (xlsx, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < tt_table_n_rows (table); r++)
    for (guint c = 0; c < tt_table_n_cells (table, r); c++)
      {
        seen_closing |= g_str_equal (tt_table_cell (table, r, c), "Số tồn cuối kỳ") &&
                        g_str_equal (tt_table_cell (table, r, 7), "16140000");
        seen_voucher |= g_str_equal (tt_table_cell (table, r, c), "PC2026-000001") &&
                        g_str_equal (tt_table_cell (table, r, 6), "5000000");
      }
  g_assert_true (seen_closing && seen_voucher);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM export_log WHERE what = 'cash-book'"), ==, 2);

  /* The donations journal of June, cash only: its receipts with the running total, a void one
   * at zero, "Cộng" with the sum; the workbook holds the same numbers. */
  {
    TtJournalFilter june = { .from = "2026-06-01", .to = "2026-06-30", .method = "cash" };
    g_autofree char *jpdf = g_build_filename (dir, "journal.pdf", NULL);
    g_autofree char *jxlsx = g_build_filename (dir, "journal.xlsx", NULL);
    g_autofree char *jtext = NULL;
    g_autoptr(TtTable) jtable = NULL;
    gboolean seen_total = FALSE;

    g_assert_true (tt_donation_void (db, "2026-000062", "Ghi nhầm", &error));
    g_assert_true (tt_office_set (db, "clerk", "Phạm Minh Đức", &error));
    g_assert_true (tt_journal_doc_export (db, &june, jpdf, tt_book_write_pdf, &error));
    g_assert_no_error (error);
    jtext = pdf_text (jpdf);
    for (const char *const *want = (const char *const[]) { "BẢNG KÊ THU TIỀN ỦNG HỘ", "Hình thức: Tiền mặt",
                                                           "Từ ngày 01/06/2026 đến ngày 30/06/2026", "Số biên lai",
                                                           "Lũy kế", "2026-000062", "2026-000073", "(void)", "Cộng",
                                                           "1.826.000", "NGƯỜI LẬP BIỂU", "Phạm Minh Đức", NULL };
         *want; want++)
      if (strstr (jtext, *want) == NULL)
        g_error ("the journal lacks “%s”:\n%s", *want, jtext);
    g_assert_null (strstr (jtext, "PC2026-000001"));
    g_assert_true (tt_journal_doc_export (db, &june, jxlsx, tt_book_write_xlsx, &error));
    jtable = tt_table_read_file (jxlsx, &error);
    g_assert_no_error (error);
    for (guint r = 0; r < tt_table_n_rows (jtable); r++)
      seen_total |= g_str_equal (tt_table_cell (jtable, r, 2), "Cộng") && g_str_equal (tt_table_cell (jtable, r, 3), "1826000");
    g_assert_true (seen_total);
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM export_log WHERE what = 'donation-journal'"), ==, 2);
  }
}

/* A business sponsor's confirmation: both parties (with the tax code), purpose, value in figures
 * and words, how it was given, the receipt; a void receipt confirms nothing. */
static void
test_confirmation (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "bb.pdf", NULL);
  g_autofree char *receipt = NULL;
  g_autofree char *text = NULL;
  g_autoptr(TtReceiptDoc) doc = NULL;
  TtDonorInput sponsor = { .name = "Công ty TNHH Đại Nam", .kind = "business", .tax_code = "0101234567",
                           .address = "12 Lê Lợi, Huế" };
  TtDonationInput gift = { .amount = 15000000, .method = "in_kind", .goods_description = "300 bao gạo",
                           .received_on = "2026-11-20", .reason = "Quà Tết cho hộ nghèo" };

  g_assert_true (tt_office_set (db, "head", "Hoàng Văn Thái", NULL));
  gift.donor_id = tt_donor_add (db, &sponsor, &error);
  g_assert_cmpint (tt_donation_add (db, &gift, &receipt, &error), >, 0);
  doc = tt_confirmation_doc_load (db, receipt, &error);
  g_assert_no_error (error);
  g_assert_true (tt_confirmation_write_pdf (doc, pdf, &error));
  text = tt_test_pdf_seen (pdf);
  for (const char *const *want = (const char *const[]) { "BIÊN BẢN XÁC NHẬN KHOẢN TÀI TRỢ", "Công ty TNHH Đại Nam",
                                                         "Mã số thuế: 0101234567", "12 Lê Lợi, Huế",
                                                         "Quà Tết cho hộ nghèo", "15.000.000 đ",
                                                         "Mười lăm triệu đồng", "300 bao gạo", receipt,
                                                         "ĐẠI DIỆN BÊN A", "ĐẠI DIỆN BÊN B", "Hoàng Văn Thái", NULL };
       *want; want++)
    if (strstr (text, *want) == NULL)
      g_error ("the confirmation lacks “%s”:\n%s", *want, text);

  g_assert_true (tt_donation_void (db, receipt, "Ghi nhầm", &error));
  g_clear_pointer (&doc, tt_receipt_doc_free);
  g_assert_null (tt_confirmation_doc_load (db, receipt, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE);
}

/* The survey, inspection and handover records read back with the household (ID masked), the
 * work, the value by source and the money handed over in figures and words, the signatories;
 * what the file does not know is left to fill in; the export is in the log as personal data. */
static void
test_housing_records (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  TtHouseholdInput hh = { .head_name = "Lò Văn Páo", .head_birth_year = 1962, .head_gender = "male",
                          .id_number = "011062001234", .village_name = "Bản Mòng", .member_count = 5 };
  TtHousingInput in = { .kind = "new", .support = 60000000, .estimate = 85000000, .decision_no = "215/QĐ-UBND" };
  TtHousingFundInput fund = { .source = "fund-province", .amount = 60000000 };
  TtHousingFundInput labour = { .source = "labour", .amount = 250000, .days = 40 };
  TtHousingFundInput own = { .source = "household", .amount = 15000000 };
  gint64 id;

  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  g_assert_true (tt_office_set (db, "head", "Hoàng Văn Thái", &error));
  g_assert_true (tt_office_set (db, "cashier", "Lê Thị Hoa", &error));
  hh.commune_id = tt_place_id_by_code (db, "00004");
  in.household_id = tt_household_create (db, &hh, &error);
  g_assert_true (tt_household_classify (db, in.household_id, 2026, "poor", 0, NULL, &error));
  g_assert_true (tt_book_set_opening (db, TT_ACCOUNT_CASH, "2026-01-01", 100000000, &error));
  id = tt_housing_add (db, &in, &error);
  g_assert_no_error (error);
  g_assert_true (tt_housing_fund (db, id, &fund, &error) > 0 && tt_housing_fund (db, id, &labour, &error) > 0 &&
                 tt_housing_fund (db, id, &own, &error) > 0);
  g_assert_true (tt_housing_stage (db, id, "survey", "2026-03-02", NULL, NULL, &error));
  g_assert_true (tt_housing_stage (db, id, "approved", "2026-03-20", NULL, NULL, &error));
  g_assert_true (tt_housing_stage (db, id, "started", "2026-04-01", NULL, NULL, &error));
  g_assert_cmpint (tt_housing_pay (db, id, 36000000, "2026-04-02", NULL, FALSE, NULL, &error), >, 0);
  {
    TtHousingInspection found = { .team = "Ông Lường Văn Khánh (UBND xã), bà Cầm Thị Hoa (MTTQ xã)", .area = "42,5",
                                  .floor = "Bê tông lát gạch", .frame = "Cột bê tông", .walls = "Gạch xây",
                                  .roof = "Tôn lạnh", .three_hard = 1 };
    g_assert_true (tt_housing_inspect (db, id, &found, &error));
  }
  g_assert_true (tt_housing_stage (db, id, "completed", "2026-07-15", "BB 07", NULL, &error));
  g_assert_cmpint (tt_housing_pay (db, id, 24000000, "2026-07-16", NULL, FALSE, NULL, &error), >, 0);
  g_assert_true (tt_housing_stage (db, id, "handed_over", "2026-07-20", NULL, NULL, &error));
  g_assert_no_error (error);

  for (TtHousingRecord r = TT_HOUSING_SURVEY; r <= TT_HOUSING_HANDOVER; r++)
    {
      static const char *const wants[][14] = {
        { "PHIẾU KHẢO SÁT HIỆN TRẠNG NHÀ Ở", "Ngày 02 tháng 03 năm 2026", "Lò Văn Páo", "1962", "Nam",
          "011******234", "Hộ nghèo", "Xây mới nhà ở", "60.000.000 đ", "Sáu mươi triệu đồng", "NGƯỜI KHẢO SÁT", NULL },
        { "BIÊN BẢN KIỂM TRA HOÀN THÀNH NHÀ Ở", "Ngày 15 tháng 07 năm 2026", "215/QĐ-UBND ngày 20/03/2026",
          "01/04/2026", "15/07/2026", "42,5", "Tôn lạnh", "Lường Văn Khánh", "Quỹ cấp tỉnh",
          "Ngày công lao động (40 ngày)", "85.000.000 đ", "Tám mươi lăm triệu đồng", "Hoàng Văn Thái", NULL },
        { "BIÊN BẢN BÀN GIAO TIỀN HỖ TRỢ NHÀ Ở", "Ngày 20 tháng 07 năm 2026", "011******234",
          "215/QĐ-UBND", "60.000.000 đ (bằng chữ: Sáu mươi triệu đồng)", "PC2026-000001, PC2026-000002",
          "NGƯỜI CHỨNG KIẾN", "Lê Thị Hoa", "Hoàng Văn Thái", NULL },
      };
      g_autoptr(TtHousingDoc) doc = tt_housing_doc_load (db, id, r, &error);
      g_autofree char *pdf = g_strdup_printf ("%s/record-%d.pdf", dir, r);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_true (tt_export_write (db, "Hồ sơ nhà ở", pdf, 1, TRUE, tt_housing_record_write_pdf, doc, &error));
      text = tt_test_pdf_seen (pdf);
      for (const char *const *want = wants[r]; *want; want++)
        if (strstr (text, *want) == NULL)
          g_error ("record %d lacks “%s”:\n%s", r, *want, text);
      g_assert_null (strstr (text, "011062001234"));
    }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM export_log WHERE personal = 1"), ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/receipt/pdf", test_receipt_pdf);
  g_test_add_func ("/receipt/voucher-pdf", test_voucher_pdf);
  g_test_add_func ("/receipt/book-files", test_book_files);
  g_test_add_func ("/receipt/confirmation", test_confirmation);
  g_test_add_func ("/receipt/housing-records", test_housing_records);
  g_test_add_func ("/receipt/void-and-copy", test_void_and_copy);
  g_test_add_func ("/receipt/unknown", test_unknown_receipt);
  g_test_add_func ("/receipt/certificate", test_certificate);
  g_test_add_func ("/receipt/long-texts", test_long_texts);
  g_test_add_func ("/receipt/statement", test_statement);
  g_test_add_func ("/receipt/statement-long-reason", test_statement_long_reason);
  return g_test_run ();
}
