/* tt-date.h — dates (ISO in the database, dd/mm/yyyy on screen) and reporting periods */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TT_PERIOD_MONTH,
  TT_PERIOD_QUARTER,
  TT_PERIOD_HALF,
  TT_PERIOD_YEAR,
  TT_PERIOD_CUSTOM,
} TtPeriodKind;

/* The day a reporting year starts, e.g. 25/11 for the Red Cross year. */
typedef struct
{
  int month;
  int day;
} TtYearStart;

typedef struct
{
  TtPeriodKind kind;
  int          year;
  int          index;       /* month 1–12, quarter 1–4, half 1–2; 0 otherwise */
  char         start[11];   /* ISO, inclusive */
  char         end[11];     /* ISO, inclusive */
} TtPeriod;

gboolean  tt_date_parse          (const char        *text,
                                  char              *out_iso,
                                  GError           **error);
char     *tt_date_display        (const char        *iso);
void      tt_date_today          (char              *out_iso);
gboolean  tt_date_is_iso         (const char        *iso);
int       tt_date_year           (const char        *iso);

gboolean  tt_year_start_parse    (const char        *text,
                                  TtYearStart       *out,
                                  GError           **error);
gboolean  tt_period_make         (TtPeriodKind       kind,
                                  int                year,
                                  int                index,
                                  const TtYearStart *year_start,
                                  TtPeriod          *out,
                                  GError           **error);
gboolean  tt_period_custom       (const char        *from,
                                  const char        *to,
                                  TtPeriod          *out,
                                  GError           **error);
gboolean  tt_period_parse        (const char        *text,
                                  const TtYearStart *year_start,
                                  TtPeriod          *out,
                                  GError           **error);
int       tt_period_year_of      (const char        *iso,
                                  const TtYearStart *year_start);
char     *tt_period_label        (const TtPeriod    *period);

char     *tt_date_words_today    (void);

G_END_DECLS
