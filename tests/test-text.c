/* test-text.c — Vietnamese folding, NFC, names */
#include "config.h"

#include "tt-error.h"
#include "tt-test-util.h"
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

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return tt_text_natural_compare (*(const char *const *) a, *(const char *const *) b);
}

static int
sign (int r)
{
  return (r > 0) - (r < 0);
}

/* Village and commune names in the order people count them: numbers by value, accents and
 * case folded as for search. */
static void
test_natural_compare (void)
{
  static const struct { const char *a; const char *b; int order; } cases[] = {
    { "Thôn 2", "Thôn 10", -1 },
    { "Thôn 9A", "Thôn 10", -1 },
    { "Thôn 9", "Thôn 9A", -1 },
    { "Thôn 10", "Thôn 11", -1 },
    { "Thôn 1", "Thôn 1", 0 },
    { "Xóm 02", "Xóm 3", -1 },
    { "Tổ dân phố 5", "Tổ dân phố 12", -1 },
    { "Ấp 3", "ap 20", -1 },                 /* accents and case fold */
    { "Bản Đông", "Bản Dưới", -1 },          /* đ is d */
    { "Thôn Đông", "thon dong 2", -1 },
    { "Thôn 20", "Thôn Bắc", -1 },           /* numbers before letters */
    { "Phường 3", "Phường 10 (cũ)", -1 },
    { "Khu 2 Hòa Bình", "Khu 2 Hòa Bình", 0 },
    { "", "Thôn 1", -1 },
  };
  static const char *const shuffled[] = { "Thôn 10", "Thôn Tây", "thôn 2", "Thôn 9A", "Thôn 1", "Thôn Đông",
                                          "Thôn 9", "Thôn 100", "Thôn 11" };
  static const char *const sorted[] = { "Thôn 1", "thôn 2", "Thôn 9", "Thôn 9A", "Thôn 10", "Thôn 11",
                                        "Thôn 100", "Thôn Đông", "Thôn Tây" };
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GString) sql = g_string_new ("WITH t(name) AS (VALUES ");
  g_autoptr(TtStmt) stmt = NULL;
  guint n = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (sign (tt_text_natural_compare (cases[i].a, cases[i].b)), ==, cases[i].order);
      g_assert_cmpint (sign (tt_text_natural_compare (cases[i].b, cases[i].a)), ==, -cases[i].order);
    }
  /* Names that fold alike still come in one order. */
  g_assert_cmpint (tt_text_natural_compare ("Thôn 1", "thôn 1"), !=, 0);
  g_assert_cmpint (sign (tt_text_natural_compare ("Thôn 01", "Thôn 1")),
                   ==, -sign (tt_text_natural_compare ("Thôn 1", "Thôn 01")));

  for (gsize i = 0; i < G_N_ELEMENTS (shuffled); i++)
    g_ptr_array_add (names, (gpointer) shuffled[i]);
  g_ptr_array_sort (names, compare_names);
  for (gsize i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpstr (names->pdata[i], ==, sorted[i]);

  /* The office file orders folded names (the *_key columns) the same way. */
  for (gsize i = 0; i < G_N_ELEMENTS (shuffled); i++)
    g_string_append_printf (sql, "%s(?%u)", i > 0 ? ", " : "", (guint) i + 1);
  g_string_append (sql, ") SELECT name FROM t ORDER BY name COLLATE tt_natural");
  stmt = tt_db_prepare (db, sql->str, NULL);
  g_assert_nonnull (stmt);
  for (gsize i = 0; i < G_N_ELEMENTS (shuffled); i++)
    {
      g_autofree char *key = tt_text_fold (shuffled[i]);
      tt_bind_text (stmt, (int) i + 1, key);
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *key = tt_text_fold (sorted[n++]);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, key);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (sorted));
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
  g_test_add_func ("/text/natural-compare", test_natural_compare);
  return g_test_run ();
}
