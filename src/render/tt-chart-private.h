/* tt-chart-private.h — what the chart files share: the frame (title, legend, axes), text and the
 * series' inks */
#pragma once

#include <pango/pangocairo.h>

#include "tt-chart.h"

G_BEGIN_DECLS

#define CHART_FONT "DejaVu Sans"
#define CHART_MARGIN 16.0
#define CHART_LABEL 10.0      /* text size of labels */
#define CHART_SMALL 9.0       /* of values and axes */

typedef struct
{
  cairo_t            *cr;
  const TtChart      *chart;
  const TtChartStyle *style;
  double              width;
  double              top;     /* where the plot starts, under the title and legend */
  gboolean            measuring;  /* only how tall: nothing is drawn */
} Frame;

typedef enum { INK_TEXT, INK_DIM, INK_GRID, INK_TARGET } Ink;

void   chart_ink        (const Frame *f,
                         Ink          ink);
void   chart_fill_series (const Frame *f,
                          guint        series);
void   chart_line_series (const Frame *f,
                          guint        series);
double chart_text       (const Frame *f,
                         const char  *text,
                         double       x,
                         double       y,
                         double       width,
                         double       size,
                         gboolean     bold,
                         PangoAlignment align,
                         Ink          ink);
double chart_text_width (const Frame *f,
                         const char  *text,
                         double       size,
                         gboolean     bold);
double chart_text_height (const Frame *f,
                          const char  *text,
                          double       width,
                          double       size);
double chart_nice_step  (double       span,
                         int          ticks);
char  *chart_value_text (const TtChart *chart,
                         const TtChartRow *row,
                         guint        series);

/* The shapes: each draws its plot below @f->top and returns where it ends (measuring, only
 * that). */
double chart_bars       (const Frame *f,
                         gboolean     stacked);
double chart_columns    (const Frame *f,
                         gboolean     lines);

G_END_DECLS
