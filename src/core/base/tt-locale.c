/* tt-locale.c — locale-free numbers in files
 *
 * The user interface follows the user's locale entirely: messages, and numbers such as
 * "12,5 %" in Vietnamese. Files are another matter: XML, CSV and PDF spell numbers with a
 * decimal point whatever the locale, or spreadsheet programs have to repair the file. Some
 * libraries (libxlsxwriter as Debian builds it) format numbers with the C library's printf,
 * which follows LC_NUMERIC; a writer calls them between tt_c_numbers_begin() and
 * tt_c_numbers_end(), which give the calling thread, and only it, the C locale's numbers.
 */
#include "config.h"

#include <errno.h>
#include <locale.h>

#include "tt-locale.h"

struct _TtCNumbers
{
  locale_t previous;
  locale_t numbers;
};

/* From now until tt_c_numbers_end(), this thread formats and reads numbers as the C locale
 * does (a decimal point, no grouping); messages and character types stay the user's. Per
 * thread, unlike setlocale(), so the rest of the program (the interface, other threads) keeps
 * the user's numbers. */
TtCNumbers *
tt_c_numbers_begin (void)
{
  TtCNumbers *scope = g_new0 (TtCNumbers, 1);
  locale_t current = duplocale (uselocale ((locale_t) 0));

  if (current == (locale_t) 0)
    g_error ("Cannot copy the current locale: %s", g_strerror (errno));
  scope->numbers = newlocale (LC_NUMERIC_MASK, "C", current);
  if (scope->numbers == (locale_t) 0)
    g_error ("Cannot make a locale with C numbers: %s", g_strerror (errno));
  scope->previous = uselocale (scope->numbers);
  return scope;
}

void
tt_c_numbers_end (TtCNumbers *scope)
{
  if (scope == NULL)
    return;
  uselocale (scope->previous);
  freelocale (scope->numbers);
  g_free (scope);
}
