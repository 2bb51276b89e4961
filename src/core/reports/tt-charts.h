/* tt-charts.h — what each chart shows, computed from the records: its rows, series, target lines
 * and the numbers as a table; render/tt-chart draws it */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* The charts there are: progress, money, cash-flow, housing-pipeline, gift-coverage,
 * donor-kinds, poverty-rates. */
extern const TtValueList tt_chart_names;

typedef enum
{
  TT_CHART_BARS,       /* a horizontal bar per row and series, with the row's target line */
  TT_CHART_STACKED,    /* a horizontal bar per row, the series stacked in it */
  TT_CHART_COLUMNS,    /* a column per row and series, the last series a line when @line_series */
  TT_CHART_LINES,      /* a line per series over the rows, with the chart's target line */
} TtChartShape;

typedef enum
{
  TT_CHART_MONEY,
  TT_CHART_COUNT,
  TT_CHART_PERCENT,
} TtChartUnit;

typedef struct
{
  char    *label;
  double  *values;     /* n_series values; NAN where there is none */
  char   **texts;      /* what is printed on each value (NULL: the value as formatted) */
  double   target;     /* the row's target line, NAN for none */
} TtChartRow;

typedef struct
{
  char         *name;
  char         *title;
  char         *subtitle;
  char         *empty;        /* what an empty chart says */
  TtChartShape  shape;
  TtChartUnit   unit;
  guint         n_series;
  char        **series;       /* the legend, n_series names */
  gboolean      line_series;  /* columns: the last series is a line (a balance) */
  GPtrArray    *rows;         /* TtChartRow */
  double        target;       /* lines and columns: a target line, NAN for none */
  char         *target_label;
  char        **header;       /* the numbers as a table: its header, */
  GPtrArray    *table;        /* and its rows (char ** each, as many cells as the header) */
} TtChart;

typedef struct
{
  gint64       campaign_id;   /* 0: the current campaign, or none */
  const char  *from;          /* ISO, the period of charts that take one */
  const char  *to;
  gboolean     printed;       /* words as printed (Vietnamese) rather than the screen's language */
} TtChartQuery;

void     tt_chart_free   (TtChart            *chart);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtChart, tt_chart_free)

TtChart *tt_chart_build  (TtDb               *db,
                          const char         *name,
                          const TtChartQuery *query,
                          GError            **error);
char    *tt_chart_format (const TtChart      *chart,
                          double              value);
char    *tt_chart_format_short (TtChartUnit   unit,
                                double        value);

G_END_DECLS
