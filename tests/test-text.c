/* test-text.c — Vietnamese folding, NFC, names */
#include "config.h"

#include "tt-error.h"
#include "tt-text.h"

static void
test_fold_table (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Nguyễn Văn Đức", "nguyen van duc" },
    { "NGUYỄN VĂN ĐỨC", "nguyen van duc" },
    { "ĐẶNG", "dang" },
    { "DANG", "dang" },
    { "\xc3\x90\xe1\xbb\xa9\x63", "duc" },                           /* Ðức with U+00D0 */
    { "Nguye\xcc\x82\xcc\x83n Va\xcc\x86n \xc4\x90u\xcc\x9b\xcc\x81\x63", "nguyen van duc" }, /* NFD */
    { "  Trần   Thị\tMai  ", "tran thi mai" },
    { "Hoà", "hoa" },
    { "Hòa", "hoa" },
    { "Thủy", "thuy" },
    { "Ưng Ơn", "ung on" },
    { "Công ty TNHH Phú Thịnh", "cong ty tnhh phu thinh" },
    { "", "" },
    { "Ấp 3", "ap 3" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *f = tt_text_fold (cases[i].in);
      g_assert_cmpstr (f, ==, cases[i].out);
    }
}

static void
test_nfc (void)
{
  g_autofree char *nfc = tt_text_nfc ("Nguye\xcc\x82\xcc\x83n");
  g_assert_cmpstr (nfc, ==, "Nguyễn");
}

static void
test_clean_name (void)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  g_autoptr(GError) e4 = NULL;
  g_autofree char *ok = tt_text_clean_name ("  Nguye\xcc\x82\xcc\x83n   Văn  A ", "Name", NULL);
  g_autofree char *long_name = g_strnfill (201, 'a');

  g_assert_cmpstr (ok, ==, "Nguyễn Văn A");
  g_assert_null (tt_text_clean_name ("   ", "Donor name", &e1));
  g_assert_error (e1, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY);
  g_assert_cmpstr (e1->message, ==, "Donor name must not be empty.");
  g_assert_null (tt_text_clean_name ("Bad \xff name", "Donor name", &e2));
  g_assert_error (e2, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_assert_null (tt_text_clean_name (long_name, "Donor name", &e3));
  g_assert_error (e3, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE);
  g_assert_null (tt_text_clean_name ("A\x01" "B", "Donor name", &e4));
  g_assert_error (e4, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
}

static void
test_fts_query (void)
{
  g_autofree char *q = tt_text_fts_query ("Nguyễn \"Đức\" OR*");
  g_assert_cmpstr (q, ==, "\"nguyen\"* \"duc\"* \"or\"*");
}

static void
test_collate_and_mask (void)
{
  g_autofree char *m1 = tt_text_mask_id ("001203004789");
  g_autofree char *m2 = tt_text_mask_id ("12345");

  g_assert_cmpint (tt_text_collate ("Đào", "Dung"), <, 0);
  g_assert_cmpint (tt_text_collate ("Anh", "Ánh"), <, 0);
  g_assert_cmpstr (m1, ==, "001******789");
  g_assert_cmpstr (m2, ==, "*****");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/fold", test_fold_table);
  g_test_add_func ("/text/nfc", test_nfc);
  g_test_add_func ("/text/clean-name", test_clean_name);
  g_test_add_func ("/text/fts-query", test_fts_query);
  g_test_add_func ("/text/collate-mask", test_collate_and_mask);
  return g_test_run ();
}
