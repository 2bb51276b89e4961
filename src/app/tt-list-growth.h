/* tt-list-growth.h — a large result shown in a list view a few rows a frame */
#pragma once

#include <gtk/gtk.h>

#include "tt-query-model.h"

G_BEGIN_DECLS

/* Kept in the widget that shows the list (its lifetime); zeroed to start with. */
typedef struct
{
  GtkWidget    *widget;    /* whose frames the rows come on */
  TtQueryModel *model;
  GArray       *growing;   /* the result still being shown, or NULL */
  guint         tick;
} TtListGrowth;

void     tt_list_growth_init   (TtListGrowth *growth,
                                GtkWidget    *widget,
                                TtQueryModel *model);
void     tt_list_growth_show   (TtListGrowth *growth,
                                GArray       *ids);
void     tt_list_growth_finish (TtListGrowth *growth);
void     tt_list_growth_stop   (TtListGrowth *growth);
gboolean tt_list_growth_busy   (TtListGrowth *growth);

G_END_DECLS
