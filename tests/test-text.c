/* test-text.c — Vietnamese folding, NFC, names */
#include "config.h"

#include "tt-error.h"
#include "tt-test-util.h"
#include "tt-text.h"
#include "tt-thread.h"

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

/* The folding key as NFD of the whole text, marks dropped, then đ and case, white space
 * collapsed: what tt_text_fold() must give, however it gets there. */
static char *
fold_by_nfd (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *out;
  gboolean pending_space = FALSE;

  if (nfd == NULL)
    return g_strdup ("");
  out = g_string_new (NULL);
  for (const char *p = nfd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (c);

      if (t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK || t == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B)
        {
          pending_space = out->len > 0;
          continue;
        }
      c = (c == 0x0111 || c == 0x0110 || c == 0x00D0 || c == 0x00F0 || c == 0x0189) ? 'd' : g_unichar_tolower (c);
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* NFC and the folding key of 20,000 texts drawn from Vietnamese in NFC and NFD, other Latin,
 * combining marks alone or stacked out of order, characters NFC replaces (U+0340, U+212B Å,
 * U+1F71 ά, U+F900), Hangul syllables and jamo, Devanagari with a nukta, white space of every
 * kind: the same as NFC and NFD of the whole text give. */
static void
test_nfc_and_fold_as_unicode_says (void)
{
  static const gunichar alphabet[] = {
    'a', 'A', 'e', 'o', 'u', 'y', 'D', 'd', 'I', '7', ' ', '\t', '\n', 0x00A0, 0x200B, 0x3000,
    0x00C0, 0x00E2, 0x00EA, 0x00F4, 0x0103, 0x01A1, 0x01B0, 0x0110, 0x0111, 0x00D0, 0x00F0, 0x0189,
    0x0130, 0x01C4, 0x02B0, 0x02FF, 0x1E00, 0x1EA0, 0x1EC7, 0x1EF9, 0x1EFF, 0x1F71, 0x1E9E,
    0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B, 0x0340, 0x0341, 0x0344, 0x0345,
    0x212B, 0x2126, 0xF900, 0xAC00, 0xD4DB, 0x1100, 0x1161, 0x11A8, 0x0915, 0x093C, 0x0958, 0x0CD5,
    0x0B3E, 0x3099, 0x304B, 0x1F600,
  };
  GRand *rand = g_rand_new_with_seed (2026);

  for (int i = 0; i < 20000; i++)
    {
      GString *text = g_string_new (NULL);
      int n = g_rand_int_range (rand, 0, 12);
      g_autofree char *nfc = NULL;
      g_autofree char *want_nfc = NULL;
      g_autofree char *fold = NULL;
      g_autofree char *want_fold = NULL;

      for (int k = 0; k < n; k++)
        g_string_append_unichar (text, alphabet[g_rand_int_range (rand, 0, G_N_ELEMENTS (alphabet))]);
      nfc = tt_text_nfc (text->str);
      want_nfc = g_utf8_normalize (text->str, -1, G_NORMALIZE_NFC);
      g_assert_cmpstr (nfc, ==, want_nfc);
      fold = tt_text_fold (text->str);
      want_fold = fold_by_nfd (text->str);
      g_assert_cmpstr (fold, ==, want_fold);
      g_string_free (text, TRUE);
    }
  g_rand_free (rand);
  {
    g_autofree char *bad = tt_text_fold ("Tr\xe1\xba\xa7n \xff");
    g_assert_cmpstr (bad, ==, "");
  }
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


/* Numbers written into an import's keys read as printf would write them. */
static void
test_append_int (void)
{
  static const gint64 values[] = { 0, 7, -1, 10, 2026, -2026, 1234567890123, G_MAXINT64, G_MININT64 };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GString) text = g_string_new ("row ");
      g_autofree char *expected = g_strdup_printf ("row %" G_GINT64_FORMAT, values[i]);

      tt_text_append_int (text, values[i]);
      g_assert_cmpstr (text->str, ==, expected);
    }
}


static gpointer
background_thread (gpointer unused)
{
  tt_thread_set_background ();
  tt_thread_set_background ();   /* a second call leaves it so */
  return GINT_TO_POINTER (tt_thread_get_nice ());
}

/* A worker marked as background work yields to the window's thread: its nice value is raised,
 * the thread that started it keeps its own. */
static void
test_thread_background (void)
{
  int before = tt_thread_get_nice ();
  GThread *worker = g_thread_new ("test-background", background_thread, NULL);
  int worker_nice = GPOINTER_TO_INT (g_thread_join (worker));

  g_assert_cmpint (worker_nice, >=, TT_THREAD_BACKGROUND_NICE);
  g_assert_cmpint (tt_thread_get_nice (), ==, before);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/fold", test_fold_table);
  g_test_add_func ("/text/nfc", test_nfc);
  g_test_add_func ("/text/nfc-and-fold-as-unicode-says", test_nfc_and_fold_as_unicode_says);
  g_test_add_func ("/text/clean-name", test_clean_name);
  g_test_add_func ("/text/fts-query", test_fts_query);
  g_test_add_func ("/text/collate-mask", test_collate_and_mask);
  g_test_add_func ("/text/natural-compare", test_natural_compare);
  g_test_add_func ("/text/append-int", test_append_int);
  g_test_add_func ("/thread/background", test_thread_background);
  return g_test_run ();
}
