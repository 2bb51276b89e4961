/* tt-date.c — dates and reporting periods */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "tt-date.h"
#include "tt-error.h"
#include "tt-text.h"

static const TtYearStart calendar_year = { 1, 1 };

static void
to_iso (const GDate *date, char *out)
{
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

static gboolean
from_iso (const char *iso, GDate *date)
{
  unsigned y, m, d;
  char tail;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 || strlen (iso) != 10)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

gboolean
tt_date_is_iso (const char *iso)
{
  GDate d;

  return from_iso (iso, &d);
}

int
tt_date_year (const char *iso)
{
  GDate d;

  return from_iso (iso, &d) ? g_date_get_year (&d) : 0;
}

gboolean
tt_date_parse (const char  *text,
               char        *out_iso,
               GError     **error)
{
  g_autofree char *t = NULL;
  g_auto(GStrv) parts = NULL;
  int d, m, y;

  if (text == NULL || *(t = g_strstrip (g_strdup (text))) == '\0')
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("Enter a date."));
      return FALSE;
    }
  if (strlen (t) > 10)
    {
      g_autofree char *quoted = tt_text_quote_short (t);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("“%s” is not a date: write dd/mm/yyyy (e.g. 25/11/2024) or yyyy-mm-dd."), quoted);
      return FALSE;
    }

  if (strchr (t, '/') != NULL)
    {
      parts = g_strsplit (t, "/", -1);
      if (g_strv_length (parts) != 3 || !tt_text_all_digits (parts[0], 1, 2) ||
          !tt_text_all_digits (parts[1], 1, 2) || !tt_text_all_digits (parts[2], 4, 4))
        goto bad_form;
      d = atoi (parts[0]);
      m = atoi (parts[1]);
      y = atoi (parts[2]);
    }
  else if (strchr (t, '-') != NULL)
    {
      parts = g_strsplit (t, "-", -1);
      if (g_strv_length (parts) != 3 || !tt_text_all_digits (parts[0], 4, 4) ||
          !tt_text_all_digits (parts[1], 1, 2) || !tt_text_all_digits (parts[2], 1, 2))
        goto bad_form;
      y = atoi (parts[0]);
      m = atoi (parts[1]);
      d = atoi (parts[2]);
    }
  else
    goto bad_form;

  if (y < 1900 || y > 2100)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The date “%s” has a year outside 1900–2100."), t);
      return FALSE;
    }
  if (!g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("The date “%s” does not exist."), t);
      return FALSE;
    }
  g_snprintf (out_iso, 11, "%04d-%02d-%02d", y, m, d);
  return TRUE;

bad_form:
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("“%s” is not a date: write dd/mm/yyyy (e.g. 25/11/2024) or yyyy-mm-dd."), t);
  return FALSE;
}

char *
tt_date_display (const char *iso)
{
  GDate d;

  if (!from_iso (iso, &d))
    return g_strdup (iso ? iso : "");
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&d), g_date_get_month (&d),
                          g_date_get_year (&d));
}

void
tt_date_today (char *out_iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_snprintf (out_iso, 11, "%04d-%02d-%02d", g_date_time_get_year (now),
              g_date_time_get_month (now), g_date_time_get_day_of_month (now));
}

gboolean
tt_year_start_parse (const char   *text,
                     TtYearStart  *out,
                     GError      **error)
{
  int d = 0, m = 0;
  char tail;

  if (text == NULL || *text == '\0')
    {
      *out = calendar_year;
      return TRUE;
    }
  if (sscanf (text, "%d/%d%c", &d, &m, &tail) != 2 || m < 1 || m > 12 || d < 1 || d > 28)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("The reporting year start “%s” must be a day and month like 25/11 "
                     "(day 1 to 28)."),
                   text);
      return FALSE;
    }
  out->day = d;
  out->month = m;
  return TRUE;
}

/* Reporting year Y: with a start after June it begins in Y−1 (25/11/2023–24/11/2024 is the
 * year 2024, the year whose report is due in November 2024); otherwise it begins in Y. */
static void
year_first_day (int year, const TtYearStart *ys, GDate *out)
{
  int begin_year = ys->month > 6 ? year - 1 : year;

  g_date_clear (out, 1);
  g_date_set_dmy (out, ys->day, ys->month, begin_year);
}

gboolean
tt_period_make (TtPeriodKind       kind,
                int                year,
                int                index,
                const TtYearStart *year_start,
                TtPeriod          *out,
                GError           **error)
{
  const TtYearStart *ys = year_start ? year_start : &calendar_year;
  GDate start, end;
  int months;

  if (year < 1900 || year > 2100)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The year %d is outside 1900–2100."), year);
      return FALSE;
    }

  switch (kind)
    {
    case TT_PERIOD_MONTH:
      if (index < 1 || index > 12)
        goto bad_index;
      g_date_clear (&start, 1);
      g_date_set_dmy (&start, 1, index, year);
      months = 1;
      break;
    case TT_PERIOD_QUARTER:
      if (index < 1 || index > 4)
        goto bad_index;
      year_first_day (year, ys, &start);
      g_date_add_months (&start, 3 * (index - 1));
      months = 3;
      break;
    case TT_PERIOD_HALF:
      if (index < 1 || index > 2)
        goto bad_index;
      year_first_day (year, ys, &start);
      g_date_add_months (&start, 6 * (index - 1));
      months = 6;
      break;
    case TT_PERIOD_YEAR:
      index = 0;
      year_first_day (year, ys, &start);
      months = 12;
      break;
    case TT_PERIOD_CUSTOM:
    default:
      g_return_val_if_reached (FALSE);
    }

  end = start;
  g_date_add_months (&end, months);
  g_date_subtract_days (&end, 1);

  out->kind = kind;
  out->year = year;
  out->index = index;
  to_iso (&start, out->start);
  to_iso (&end, out->end);
  return TRUE;

bad_index:
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("There is no period %d in a year."),
               index);
  return FALSE;
}

gboolean
tt_period_custom (const char  *from,
                  const char  *to,
                  TtPeriod    *out,
                  GError     **error)
{
  char a[11], b[11];

  if (!tt_date_parse (from, a, error) || !tt_date_parse (to, b, error))
    return FALSE;
  if (strcmp (a, b) > 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The period ends before it starts."));
      return FALSE;
    }
  out->kind = TT_PERIOD_CUSTOM;
  out->year = tt_date_year (a);
  out->index = 0;
  memcpy (out->start, a, 11);
  memcpy (out->end, b, 11);
  return TRUE;
}

gboolean
tt_period_parse (const char        *text,
                 const TtYearStart *year_start,
                 TtPeriod          *out,
                 GError           **error)
{
  g_autofree char *t = g_strstrip (g_ascii_strup (text ? text : "", -1));
  int year, index;
  char tail;
  const char *sep;

  if ((sep = strstr (t, "..")) != NULL)
    {
      g_autofree char *from = g_strndup (t, sep - t);
      return tt_period_custom (from, sep + 2, out, error);
    }
  if (strlen (t) == 4 && sscanf (t, "%4d%c", &year, &tail) == 1)
    return tt_period_make (TT_PERIOD_YEAR, year, 0, year_start, out, error);
  if (sscanf (t, "%4d-Q%d%c", &year, &index, &tail) == 2)
    return tt_period_make (TT_PERIOD_QUARTER, year, index, year_start, out, error);
  if (sscanf (t, "%4d-H%d%c", &year, &index, &tail) == 2)
    return tt_period_make (TT_PERIOD_HALF, year, index, year_start, out, error);
  if (sscanf (t, "%4d-%2d%c", &year, &index, &tail) == 2)
    return tt_period_make (TT_PERIOD_MONTH, year, index, year_start, out, error);

  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("“%s” is not a period: write 2024, 2024-Q1, 2024-H1, 2024-03 or "
                 "01/01/2024..31/03/2024."),
               text ? text : "");
  return FALSE;
}

int
tt_period_year_of (const char        *iso,
                   const TtYearStart *year_start)
{
  const TtYearStart *ys = year_start ? year_start : &calendar_year;
  int y = tt_date_year (iso);
  TtPeriod p;

  if (y == 0)
    return 0;
  for (int cand = y - 1; cand <= y + 1; cand++)
    if (tt_period_make (TT_PERIOD_YEAR, cand, 0, ys, &p, NULL) &&
        strcmp (iso, p.start) >= 0 && strcmp (iso, p.end) <= 0)
      return cand;
  return y;
}

char *
tt_period_label (const TtPeriod *period)
{
  static const char *roman[] = { "", "I", "II", "III", "IV" };
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  switch (period->kind)
    {
    case TT_PERIOD_MONTH:
      return g_strdup_printf ("Tháng %d/%d", period->index, period->year);
    case TT_PERIOD_QUARTER:
      return g_strdup_printf ("Quý %s năm %d", roman[period->index], period->year);
    case TT_PERIOD_HALF:
      return g_strdup_printf (period->index == 1 ? "6 tháng đầu năm %d" : "6 tháng cuối năm %d",
                              period->year);
    case TT_PERIOD_YEAR:
      return g_strdup_printf ("Năm %d", period->year);
    case TT_PERIOD_CUSTOM:
    default:
      from = tt_date_display (period->start);
      to = tt_date_display (period->end);
      return g_strdup_printf ("Từ %s đến %s", from, to);
    }
}

/* "Ngày 05 tháng 01 năm 2027", as documents are dated. */
char *
tt_date_words_today (void)
{
  char today[11];
  int y = 0, m = 0, d = 0;

  tt_date_today (today);
  sscanf (today, "%d-%d-%d", &y, &m, &d);
  return g_strdup_printf ("Ngày %02d tháng %02d năm %d", d, m, y);
}
