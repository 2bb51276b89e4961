/* test-receipt.c — receipts rendered to PDF read back with poppler as a person would */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-office.h"
#include "tt-receipt.h"
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/receipt/pdf", test_receipt_pdf);
  g_test_add_func ("/receipt/void-and-copy", test_void_and_copy);
  g_test_add_func ("/receipt/unknown", test_unknown_receipt);
  return g_test_run ();
}
