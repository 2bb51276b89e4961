/* test-date.c — dates and reporting periods */
#include "config.h"

#include "tt-date.h"
#include "tt-error.h"

static void
test_parse (void)
{
  static const struct { const char *in; const char *iso; int code; } cases[] = {
    { "25/11/2024", "2024-11-25", -1 },
    { "5/1/2024", "2024-01-05", -1 },
    { "2024-02-29", "2024-02-29", -1 },
    { "2024-2-9", "2024-02-09", -1 },
    { " 01/07/2025 ", "2025-07-01", -1 },
    { "29/02/2023", NULL, TT_INPUT_ERROR_INVALID },
    { "31/02/2024", NULL, TT_INPUT_ERROR_INVALID },
    { "2024-13-01", NULL, TT_INPUT_ERROR_INVALID },
    { "32/01/2024", NULL, TT_INPUT_ERROR_INVALID },
    { "abc", NULL, TT_INPUT_ERROR_INVALID },
    { "", NULL, TT_INPUT_ERROR_EMPTY },
    { "1/1/24", NULL, TT_INPUT_ERROR_INVALID },
    { "01/01/1899", NULL, TT_INPUT_ERROR_RANGE },
    { "2024/01/01", NULL, TT_INPUT_ERROR_INVALID },
    { "1/1/2024/1", NULL, TT_INPUT_ERROR_INVALID },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      char iso[11] = "";
      gboolean ok = tt_date_parse (cases[i].in, iso, &error);

      if (cases[i].iso != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (iso, ==, cases[i].iso);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, TT_INPUT_ERROR, cases[i].code);
        }
    }
}

static void
test_display (void)
{
  g_autofree char *s = tt_date_display ("2024-11-05");
  g_assert_cmpstr (s, ==, "05/11/2024");
}

static void
test_periods (void)
{
  static const struct { const char *text; const char *ys; const char *start; const char *end; const char *label; } cases[] = {
    { "2024", NULL, "2024-01-01", "2024-12-31", "Năm 2024" },
    { "2024", "25/11", "2023-11-25", "2024-11-24", "Năm 2024" },
    { "2024-Q1", NULL, "2024-01-01", "2024-03-31", "Quý I năm 2024" },
    { "2024-Q4", NULL, "2024-10-01", "2024-12-31", "Quý IV năm 2024" },
    { "2024-Q1", "25/11", "2023-11-25", "2024-02-24", "Quý I năm 2024" },
    { "2024-q4", "25/11", "2024-08-25", "2024-11-24", "Quý IV năm 2024" },
    { "2024-H1", NULL, "2024-01-01", "2024-06-30", "6 tháng đầu năm 2024" },
    { "2024-H2", "25/11", "2024-05-25", "2024-11-24", "6 tháng cuối năm 2024" },
    { "2024-02", NULL, "2024-02-01", "2024-02-29", "Tháng 2/2024" },
    { "2023-02", NULL, "2023-02-01", "2023-02-28", "Tháng 2/2023" },
    { "01/01/2024..31/03/2024", NULL, "2024-01-01", "2024-03-31", "Từ 01/01/2024 đến 31/03/2024" },
    { "2025", "01/04", "2025-04-01", "2026-03-31", "Năm 2025" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *label = NULL;
      TtYearStart ys;
      TtPeriod p;

      g_assert_true (tt_year_start_parse (cases[i].ys, &ys, NULL));
      g_assert_true (tt_period_parse (cases[i].text, &ys, &p, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (p.start, ==, cases[i].start);
      g_assert_cmpstr (p.end, ==, cases[i].end);
      label = tt_period_label (&p);
      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

static void
test_period_errors (void)
{
  const char *bad[] = { "2024-Q5", "2024-H3", "2024-13", "next year", "31/03/2024..01/01/2024", "" };
  TtPeriod p;
  TtYearStart ys;
  g_autoptr(GError) e = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (tt_period_parse (bad[i], NULL, &p, &error));
      g_assert_nonnull (error);
    }
  g_assert_false (tt_year_start_parse ("30/02", &ys, &e));
  g_assert_error (e, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
}

static void
test_year_of (void)
{
  TtYearStart ys = { 11, 25 };

  g_assert_cmpint (tt_period_year_of ("2024-11-24", &ys), ==, 2024);
  g_assert_cmpint (tt_period_year_of ("2024-11-25", &ys), ==, 2025);
  g_assert_cmpint (tt_period_year_of ("2024-01-10", &ys), ==, 2024);
  g_assert_cmpint (tt_period_year_of ("2024-12-31", NULL), ==, 2024);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/display", test_display);
  g_test_add_func ("/date/periods", test_periods);
  g_test_add_func ("/date/period-errors", test_period_errors);
  g_test_add_func ("/date/year-of", test_year_of);
  return g_test_run ();
}
