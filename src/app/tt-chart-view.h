/* tt-chart-view.h — a chart on screen with its numbers beside it */
#pragma once

#include <adwaita.h>

#include "tt-chart.h"

G_BEGIN_DECLS

#define TT_TYPE_CHART_VIEW (tt_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (TtChartView, tt_chart_view, TT, CHART_VIEW, GtkWidget)

TtChartView   *tt_chart_view_new         (void);
void           tt_chart_view_set_chart   (TtChartView *self,
                                          TtChart     *chart);
const TtChart *tt_chart_view_get_chart   (TtChartView *self);
GtkGrid       *tt_chart_view_get_table   (TtChartView *self);
GtkExpander   *tt_chart_view_get_numbers (TtChartView *self);

G_END_DECLS
