/* tt-figures.c — derived figures computed once
 *
 * Rates (poverty rates of a commune, coverage of a gift campaign, and the progress of targets
 * to come) are computed here, and written here for files and the command line, so every
 * surface shows the same number.
 */
#include "config.h"

#include <string.h>

#include "tt-figures.h"

/* @part of @whole in percent, or TT_RATE_UNKNOWN when @whole is not known (0 or less). */
double
tt_rate (gint64 part,
         gint64 whole)
{
  return whole > 0 ? 100.0 * (double) part / (double) whole : TT_RATE_UNKNOWN;
}

/* "12.34" (a dot whatever the locale) with @decimals; "-" for an unknown rate; with
 * @trim_zero, "50" rather than "50.0". */
char *
tt_rate_format (double   rate,
                int      decimals,
                gboolean trim_zero)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  if (rate < 0)
    return g_strdup ("-");
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 6));
  g_ascii_formatd (buf, sizeof buf, format, rate);
  if (trim_zero && decimals > 0)
    {
      char *dot = strchr (buf, '.');
      gboolean zeros = TRUE;
      for (char *p = dot + 1; *p; p++)
        zeros &= *p == '0';
      if (zeros)
        *dot = '\0';
    }
  return g_strdup (buf);
}

/* A rate as the app shows it beside amounts written "1.500.000": with a decimal comma
 * ("66,7"), whatever the locale, so figures never read two ways on one screen. */
char *
tt_rate_display (double rate,
                 int    decimals)
{
  char *text = tt_rate_format (rate, decimals, FALSE);

  g_strdelimit (text, ".", ',');
  return text;
}
