/* tt-chart.h — charts drawn with cairo on any cairo_t: the app's chart widget, printing, PDF,
 * PNG and SVG call the same functions */
#pragma once

#include <cairo.h>

#include "tt-charts.h"

G_BEGIN_DECLS

typedef struct
{
  double   width;        /* user units: pixels at scale 1, points on paper */
  gboolean dark;         /* light text on a dark ground */
  gboolean print;        /* black and white: grey patterns, every value and series labelled */
  gboolean background;   /* paint the ground (exports); the chart widget draws on its card */
} TtChartStyle;

double   tt_chart_height (const TtChart      *chart,
                          const TtChartStyle *style);
void     tt_chart_draw   (cairo_t            *cr,
                          const TtChart      *chart,
                          const TtChartStyle *style);
gboolean tt_chart_write  (const TtChart      *chart,
                          const char         *path,
                          double              scale,
                          gboolean            dark,
                          GError            **error);

G_END_DECLS
