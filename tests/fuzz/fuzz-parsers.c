/* fuzz-parsers.c — fuzz target for what clerks type: amounts, dates, periods, reporting-year
 * starts, words styles and the text cleaners
 *
 * Every input is split at NUL bytes and each piece given to every parser: it must come back as a
 * value or an error, never a crash, an overflow or a read outside the text. What is accepted must
 * be sound: an amount is positive and in range and its words are valid text, a date is ISO and
 * shows as dd/mm/yyyy, a cleaned field has no control characters, a short quote is short.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "tt-date.h"
#include "tt-money.h"
#include "tt-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
parse_piece (const char *text)
{
  GError *error = NULL;
  gint64 amount = 0;
  char iso[11];
  TtYearStart ys = { .day = 1, .month = 1 };
  TtYearStart parsed;
  TtPeriod period;
  TtWordsStyle style;
  char *out = NULL;

  if (tt_money_parse (text, &amount, &error))
    {
      g_assert_cmpint (amount, >=, 0);
      out = tt_money_words (amount, TT_WORDS_DEFAULT, NULL);
      if (out != NULL)
        g_assert_true (g_utf8_validate (out, -1, NULL));
      g_clear_pointer (&out, g_free);
      out = tt_money_format (amount);
      g_clear_pointer (&out, g_free);
    }
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  if (tt_date_parse (text, iso, &error))
    {
      g_assert_true (tt_date_is_iso (iso));
      out = tt_date_display (iso);
      g_assert_cmpuint (strlen (out), ==, 10);
      g_clear_pointer (&out, g_free);
    }
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  if (tt_year_start_parse (text, &parsed, &error))
    ys = parsed;
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  if (tt_period_parse (text, &ys, &period, &error))
    {
      out = tt_period_label (&period);
      g_clear_pointer (&out, g_free);
    }
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  if (!tt_words_style_parse (text, &style, &error))
    g_assert_nonnull (error);
  g_clear_error (&error);

  out = tt_text_clean_optional (text, "field", 300, &error);
  if (out != NULL)
    for (const char *p = out; *p; p = g_utf8_next_char (p))
      g_assert_false (g_unichar_iscntrl (g_utf8_get_char (p)));
  g_clear_pointer (&out, g_free);
  g_clear_error (&error);

  out = tt_text_clean_name (text, "name", &error);
  g_clear_pointer (&out, g_free);
  g_clear_error (&error);

  if (g_utf8_validate (text, -1, NULL))
    {
      out = tt_text_fold (text);
      g_clear_pointer (&out, g_free);
      out = tt_text_fts_query (text);
      g_clear_pointer (&out, g_free);
    }

  out = tt_text_quote_short (text);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (out, -1), <=, 61);
  g_clear_pointer (&out, g_free);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *p = (const char *) data;
  const char *end = p + size;

  /* Each NUL-separated piece (an empty input is one empty piece). */
  do
    {
      const char *nul = memchr (p, '\0', end - p);
      const char *stop = nul != NULL ? nul : end;
      char *piece = g_strndup (p, stop - p);

      parse_piece (piece);
      g_free (piece);
      p = stop + 1;
    }
  while (p < end);
  return 0;
}
