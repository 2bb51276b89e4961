/* test-money.c — amounts: words, formatting, parsing */
#include "config.h"

#include <string.h>

#include "tt-error.h"
#include "tt-figures.h"
#include "tt-money.h"

typedef struct
{
  gint64      amount;
  const char *words;
} WordsCase;

static const WordsCase words_cases[] = {
  { 0, "Không đồng" },
  { 1, "Một đồng" },
  { 5, "Năm đồng" },
  { 10, "Mười đồng" },
  { 11, "Mười một đồng" },
  { 14, "Mười bốn đồng" },
  { 15, "Mười lăm đồng" },
  { 19, "Mười chín đồng" },
  { 20, "Hai mươi đồng" },
  { 21, "Hai mươi mốt đồng" },
  { 24, "Hai mươi tư đồng" },
  { 25, "Hai mươi lăm đồng" },
  { 30, "Ba mươi đồng" },
  { 31, "Ba mươi mốt đồng" },
  { 44, "Bốn mươi tư đồng" },
  { 45, "Bốn mươi lăm đồng" },
  { 55, "Năm mươi lăm đồng" },
  { 99, "Chín mươi chín đồng" },
  { 100, "Một trăm đồng" },
  { 101, "Một trăm linh một đồng" },
  { 104, "Một trăm linh bốn đồng" },
  { 105, "Một trăm linh năm đồng" },
  { 110, "Một trăm mười đồng" },
  { 111, "Một trăm mười một đồng" },
  { 114, "Một trăm mười bốn đồng" },
  { 115, "Một trăm mười lăm đồng" },
  { 121, "Một trăm hai mươi mốt đồng" },
  { 124, "Một trăm hai mươi tư đồng" },
  { 125, "Một trăm hai mươi lăm đồng" },
  { 200, "Hai trăm đồng" },
  { 405, "Bốn trăm linh năm đồng" },
  { 999, "Chín trăm chín mươi chín đồng" },
  { 1000, "Một nghìn đồng" },
  { 1001, "Một nghìn không trăm linh một đồng" },
  { 1005, "Một nghìn không trăm linh năm đồng" },
  { 1010, "Một nghìn không trăm mười đồng" },
  { 1015, "Một nghìn không trăm mười lăm đồng" },
  { 1021, "Một nghìn không trăm hai mươi mốt đồng" },
  { 1100, "Một nghìn một trăm đồng" },
  { 1234, "Một nghìn hai trăm ba mươi tư đồng" },
  { 2005, "Hai nghìn không trăm linh năm đồng" },
  { 10000, "Mười nghìn đồng" },
  { 10500, "Mười nghìn năm trăm đồng" },
  { 15000, "Mười lăm nghìn đồng" },
  { 21000, "Hai mươi mốt nghìn đồng" },
  { 24000, "Hai mươi tư nghìn đồng" },
  { 50000, "Năm mươi nghìn đồng" },
  { 100000, "Một trăm nghìn đồng" },
  { 105000, "Một trăm linh năm nghìn đồng" },
  { 115000, "Một trăm mười lăm nghìn đồng" },
  { 500000, "Năm trăm nghìn đồng" },
  { 1000000, "Một triệu đồng" },
  { 1000001, "Một triệu không trăm linh một đồng" },
  { 1001000, "Một triệu không trăm linh một nghìn đồng" },
  { 1005000, "Một triệu không trăm linh năm nghìn đồng" },
  { 1050000, "Một triệu không trăm năm mươi nghìn đồng" },
  { 1500000, "Một triệu năm trăm nghìn đồng" },
  { 1234567, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng" },
  { 2000000, "Hai triệu đồng" },
  { 10000000, "Mười triệu đồng" },
  { 15000000, "Mười lăm triệu đồng" },
  { 21000000, "Hai mươi mốt triệu đồng" },
  { 60000000, "Sáu mươi triệu đồng" },
  { 100000000, "Một trăm triệu đồng" },
  { 101000000, "Một trăm linh một triệu đồng" },
  { 999999999, "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng" },
  { 1000000000, "Một tỷ đồng" },
  { 1000000001, "Một tỷ không trăm linh một đồng" },
  { 1000001000, "Một tỷ không trăm linh một nghìn đồng" },
  { 1001000000, "Một tỷ không trăm linh một triệu đồng" },
  { 1500000000, "Một tỷ năm trăm triệu đồng" },
  { 5000000000, "Năm tỷ đồng" },
  { 15000000000, "Mười lăm tỷ đồng" },
  { 21000000000, "Hai mươi mốt tỷ đồng" },
  { 100000000000, "Một trăm tỷ đồng" },
  { 105000000000, "Một trăm linh năm tỷ đồng" },
  { 1000000000000, "Một nghìn tỷ đồng" },
  { 1001000000000, "Một nghìn không trăm linh một tỷ đồng" },
  { 1000005000000, "Một nghìn tỷ không trăm linh năm triệu đồng" },
  { 1000000000005, "Một nghìn tỷ không trăm linh năm đồng" },
  { 2024000000000, "Hai nghìn không trăm hai mươi tư tỷ đồng" },
  { 15000000000000, "Mười lăm nghìn tỷ đồng" },
  { 100000000000000, "Một trăm nghìn tỷ đồng" },
  { 999999999999999, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng" },
};

static void
test_words_table (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (words_cases), >=, 80);
  for (gsize i = 0; i < G_N_ELEMENTS (words_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *w = tt_money_words (words_cases[i].amount, TT_WORDS_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (w, ==, words_cases[i].words);
    }
}

typedef struct
{
  gint64       amount;
  TtWordsStyle style;
  const char  *words;
} StyleCase;

static void
test_words_styles (void)
{
  static const StyleCase cases[] = {
    { 105, TT_WORDS_LE, "Một trăm lẻ năm đồng" },
    { 1005, TT_WORDS_LE, "Một nghìn không trăm lẻ năm đồng" },
    { 1000, TT_WORDS_NGAN, "Một ngàn đồng" },
    { 24, TT_WORDS_BON, "Hai mươi bốn đồng" },
    { 14, TT_WORDS_BON, "Mười bốn đồng" },
    { 1000000, TT_WORDS_CHAN, "Một triệu đồng chẵn" },
    { 1024000, TT_WORDS_NGAN | TT_WORDS_BON, "Một triệu không trăm hai mươi bốn ngàn đồng" },
    { 1000000000000, TT_WORDS_NGAN, "Một ngàn tỷ đồng" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *w = tt_money_words (cases[i].amount, cases[i].style, NULL);
      g_assert_cmpstr (w, ==, cases[i].words);
    }
}

static void
test_words_style_parse (void)
{
  TtWordsStyle style;
  g_autoptr(GError) error = NULL;
  g_autofree char *s = NULL;

  g_assert_true (tt_words_style_parse ("lẻ,ngàn,bốn,chẵn", &style, NULL));
  g_assert_cmpint (style, ==, TT_WORDS_LE | TT_WORDS_NGAN | TT_WORDS_BON | TT_WORDS_CHAN);
  g_assert_true (tt_words_style_parse ("linh,nghìn,tư", &style, NULL));
  g_assert_cmpint (style, ==, TT_WORDS_DEFAULT);
  s = tt_words_style_to_string (TT_WORDS_LE | TT_WORDS_CHAN);
  g_assert_cmpstr (s, ==, "lẻ,nghìn,tư,chẵn");
  g_assert_false (tt_words_style_parse ("dollars", &style, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
}

/* The choices offered on screen cover every flag, and any mix of them is written and read back
 * as the same style. */
static void
test_words_style_choices (void)
{
  guint n;
  const TtWordsChoice *choices = tt_words_style_choices (&n);
  TtWordsStyle covered = TT_WORDS_DEFAULT;

  g_assert_cmpuint (n, ==, 4);
  for (guint c = 0; c < n; c++)
    {
      TtWordsStyle style;
      g_assert_cmpuint (choices[c].words.n_values, ==, 2);
      g_assert_true (tt_words_style_parse (choices[c].words.values[1].code, &style, NULL));
      g_assert_cmpint (style, ==, choices[c].flag);
      covered |= choices[c].flag;
    }
  g_assert_cmpint (covered, ==, TT_WORDS_LE | TT_WORDS_NGAN | TT_WORDS_BON | TT_WORDS_CHAN);
  for (int mix = 0; mix < 16; mix++)
    {
      g_autofree char *text = tt_words_style_to_string (mix);
      TtWordsStyle back;
      g_assert_true (tt_words_style_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, mix);
    }
}

static void
test_words_range (void)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;

  g_assert_null (tt_money_words (-1, TT_WORDS_DEFAULT, &e1));
  g_assert_error (e1, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE);
  g_assert_null (tt_money_words (TT_MONEY_MAX + 1, TT_WORDS_DEFAULT, &e2));
  g_assert_error (e2, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE);
}

/* Reads Vietnamese words back into a number, independently of the writer. */
static gint64
read_words (const char *words)
{
  g_autofree char *lower = g_utf8_strdown (words, -1);
  g_auto(GStrv) tok = g_strsplit (lower, " ", -1);
  static const char *digits[] = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };
  gint64 big = 0, acc = 0, grp = 0, cur = 0;

  for (guint i = 0; tok[i] != NULL; i++)
    {
      const char *t = tok[i];
      int d = -1;

      for (int k = 0; k < 10; k++)
        if (g_str_equal (t, digits[k]))
          d = k;
      if (g_str_equal (t, "mốt"))
        d = 1;
      else if (g_str_equal (t, "tư"))
        d = 4;
      else if (g_str_equal (t, "lăm"))
        d = 5;

      if (d >= 0)
        cur = d;
      else if (g_str_equal (t, "trăm"))
        grp += cur * 100, cur = 0;
      else if (g_str_equal (t, "mười"))
        grp += 10;
      else if (g_str_equal (t, "mươi"))
        grp += cur * 10, cur = 0;
      else if (g_str_equal (t, "linh"))
        ;
      else if (g_str_equal (t, "nghìn"))
        acc += (grp + cur) * 1000, grp = cur = 0;
      else if (g_str_equal (t, "triệu"))
        acc += (grp + cur) * 1000000, grp = cur = 0;
      else if (g_str_equal (t, "tỷ"))
        big = (acc + grp + cur) * 1000000000, acc = grp = cur = 0;
      else if (g_str_equal (t, "đồng"))
        break;
      else
        g_error ("unexpected word “%s” in “%s”", t, words);
    }
  return big + acc + grp + cur;
}

/* Every amount in range, sampled across all magnitudes, reads back to itself and follows the
 * rules of domain.md. */
static void
test_words_property (void)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (42);

  for (int i = 0; i < 20000; i++)
    {
      int digits = g_rand_int_range (r, 1, 16);
      gint64 n = 0;
      g_autofree char *w = NULL;

      for (int k = 0; k < digits; k++)
        {
          /* Zeros are frequent so that the zero-group rules are exercised. */
          int d = g_rand_int_range (r, 0, 3) == 0 ? 0 : g_rand_int_range (r, 0, 10);
          n = n * 10 + d;
        }
      w = tt_money_words (n, TT_WORDS_DEFAULT, NULL);
      g_assert_nonnull (w);
      g_assert_cmpint (read_words (w), ==, n);
      g_assert_true (g_str_has_suffix (w, " đồng"));
      g_assert_true (g_unichar_isupper (g_utf8_get_char (w)));
      g_assert_null (strstr (w, "mươi một"));
      g_assert_null (strstr (w, "mươi năm"));
      g_assert_null (strstr (w, "mười năm"));
      g_assert_null (strstr (w, "mươi bốn"));
      g_assert_null (strstr (w, "mười một trăm"));
      g_assert_null (strstr (w, "  "));
      if (strstr (w, "linh") != NULL)
        g_assert_nonnull (strstr (w, "trăm linh"));
    }
}

static void
test_format (void)
{
  static const struct { gint64 n; const char *s; } cases[] = {
    { 0, "0 đ" }, { 5, "5 đ" }, { 999, "999 đ" }, { 1000, "1.000 đ" }, { 1234567, "1.234.567 đ" },
    { 100000000, "100.000.000 đ" }, { 999999999999999, "999.999.999.999.999 đ" },
    { -1500, "-1.500 đ" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = tt_money_format (cases[i].n);
      g_assert_cmpstr (s, ==, cases[i].s);
    }
}

typedef struct
{
  const char *text;
  gint64      amount;
} ParseCase;

static void
test_parse_good (void)
{
  static const ParseCase cases[] = {
    { "1.234.567", 1234567 }, { "1,234,567", 1234567 }, { "1 234 567", 1234567 },
    { "1234567", 1234567 }, { "1.234.567 đ", 1234567 }, { "1.234.567đ", 1234567 },
    { "1.234.567 đồng", 1234567 }, { "1.234.567 VND", 1234567 }, { "500k", 500000 },
    { "500 K", 500000 }, { "500 nghìn", 500000 }, { "500 ngàn", 500000 },
    { "1,5 triệu", 1500000 }, { "1.5tr", 1500000 }, { "1,5tr", 1500000 },
    { "1,25 triệu", 1250000 }, { "2 tỷ", 2000000000 }, { "2 tỉ", 2000000000 },
    { "3 TRIỆU", 3000000 }, { "1 triệu 500 nghìn", 1500000 }, { "0", 0 }, { "  42  ", 42 },
    { "1.000", 1000 }, { "12", 12 }, { "100 000", 100000 }, { "999.999.999.999.999", TT_MONEY_MAX },
    { "0,5 triệu", 500000 }, { "1.5 tỷ", 1500000000 },
    { "trie\xcc\x82\xcc\xa3u", -1 },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 v = -7;
      gboolean ok = tt_money_parse (cases[i].text, &v, &error);

      if (cases[i].amount < 0)
        {
          g_assert_false (ok);
          continue;
        }
      if (!ok)
        g_error ("“%s”: %s", cases[i].text, error->message);
      g_assert_cmpint (v, ==, cases[i].amount);
    }
}

typedef struct
{
  const char *text;
  int         code;
  const char *message_part;
} BadCase;

static void
test_parse_bad (void)
{
  static const BadCase cases[] = {
    { "", TT_INPUT_ERROR_EMPTY, "Enter an amount" },
    { "   ", TT_INPUT_ERROR_EMPTY, "Enter an amount" },
    { "-5", TT_INPUT_ERROR_RANGE, "negative" },
    { "−5", TT_INPUT_ERROR_RANGE, "negative" },
    { "abc", TT_INPUT_ERROR_INVALID, "not an amount" },
    { "1.23", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "1,5", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "1.2345", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "12.34.567", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "1234.567", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "1.234,567", TT_INPUT_ERROR_AMBIGUOUS, "mixes" },
    { "1.500 nghìn", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "1.000.000 nghìn", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "1.000.000.000.000.000", TT_INPUT_ERROR_RANGE, "too large" },
    { "1000000000000000", TT_INPUT_ERROR_RANGE, "too large" },
    { "1000000 tỷ", TT_INPUT_ERROR_RANGE, "too large" },
    { "1,0005 nghìn", TT_INPUT_ERROR_INVALID, "whole number" },
    { "5 đô", TT_INPUT_ERROR_INVALID, "unknown unit" },
    { "500 nghìn 2 triệu", TT_INPUT_ERROR_AMBIGUOUS, "larger to smaller" },
    { "1 triệu 500", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "12abc", TT_INPUT_ERROR_INVALID, "unknown unit" },
    { "+5", TT_INPUT_ERROR_INVALID, "not an amount" },
    { "5$", TT_INPUT_ERROR_INVALID, "not an amount" },
    { "1..5 triệu", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "triệu", TT_INPUT_ERROR_INVALID, "not an amount" },
    { "1.000.", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { ".500", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
    { "2,000 tr", TT_INPUT_ERROR_AMBIGUOUS, "ambiguous" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 v = 77;

      if (tt_money_parse (cases[i].text, &v, &error))
        g_error ("“%s” was accepted as %" G_GINT64_FORMAT, cases[i].text, v);
      g_assert_error (error, TT_INPUT_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message_part) == NULL)
        g_error ("“%s”: message “%s” lacks “%s”", cases[i].text, error->message, cases[i].message_part);
      g_assert_cmpint (v, ==, 77);
    }
}

static void
test_parse_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  gint64 v;

  g_assert_false (tt_money_parse ("12\xff", &v, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
}

static void
test_parse_positive (void)
{
  g_autoptr(GError) error = NULL;
  gint64 v;

  g_assert_false (tt_money_parse_positive ("0", &v, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==, "The amount must be greater than 0.");
  g_assert_true (tt_money_parse_positive ("1", &v, NULL));
  g_assert_cmpint (v, ==, 1);
}

/* What is shown parses back to the same amount; random input never crashes and is either
 * refused with an error or gives an amount in range. */
static void
test_parse_roundtrip_and_garbage (void)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (7);
  static const char alphabet[] = "0123456789.,  kKđồngtriệuỷnghìn-+dvn\xc3";

  for (int i = 0; i < 20000; i++)
    {
      gint64 n = (gint64) (g_rand_double (r) * (double) TT_MONEY_MAX);
      g_autofree char *shown = tt_money_format (n);
      g_autofree char *plain = tt_money_format_plain (n);
      gint64 back = -1;

      g_assert_true (tt_money_parse (shown, &back, NULL));
      g_assert_cmpint (back, ==, n);
      g_assert_true (tt_money_parse (plain, &back, NULL));
      g_assert_cmpint (back, ==, n);
    }
  for (int i = 0; i < 50000; i++)
    {
      char buf[24];
      int len = g_rand_int_range (r, 0, sizeof buf);
      g_autoptr(GError) error = NULL;
      gint64 v = -1;

      for (int k = 0; k < len; k++)
        buf[k] = alphabet[g_rand_int_range (r, 0, sizeof alphabet - 1)];
      buf[len] = '\0';
      if (tt_money_parse (buf, &v, &error))
        {
          g_assert_cmpint (v, >=, 0);
          g_assert_cmpint (v, <=, TT_MONEY_MAX);
        }
      else
        g_assert_nonnull (error);
    }
}

/* Rates as every surface shows them: two decimals in the register's table, coverage with one
 * and without a trailing ".0", "-" when the commune's total is not known. */
static void
test_rates (void)
{
  static const struct { gint64 part, whole; int decimals; gboolean trim; const char *text; } cases[] = {
    { 12, 100, 2, FALSE, "12.00" }, { 1, 3, 2, FALSE, "33.33" }, { 2, 3, 2, FALSE, "66.67" },
    { 5, 0, 2, FALSE, "-" }, { 5, -1, 1, TRUE, "-" }, { 1, 2, 1, TRUE, "50" }, { 1, 3, 1, TRUE, "33.3" },
    { 0, 7, 1, TRUE, "0" }, { 7, 7, 2, FALSE, "100.00" }, { 299999, 300000, 2, FALSE, "100.00" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = tt_rate_format (tt_rate (cases[i].part, cases[i].whole), cases[i].decimals,
                                              cases[i].trim);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/money/words/table", test_words_table);
  g_test_add_func ("/money/words/styles", test_words_styles);
  g_test_add_func ("/money/words/style-parse", test_words_style_parse);
  g_test_add_func ("/money/words/style-choices", test_words_style_choices);
  g_test_add_func ("/money/words/range", test_words_range);
  g_test_add_func ("/money/words/property", test_words_property);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/parse/good", test_parse_good);
  g_test_add_func ("/money/parse/bad", test_parse_bad);
  g_test_add_func ("/money/parse/invalid-utf8", test_parse_invalid_utf8);
  g_test_add_func ("/money/parse/positive", test_parse_positive);
  g_test_add_func ("/figures/rates", test_rates);
  g_test_add_func ("/money/parse/roundtrip-and-garbage", test_parse_roundtrip_and_garbage);
  return g_test_run ();
}
