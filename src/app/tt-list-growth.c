/* tt-list-growth.c — a large result shown in a list view a few rows a frame
 *
 * GTK 4.8's list views make a row widget for each of up to ~200 new rows at once, before they
 * know how tall a row is: a large result after a small one (or none) took 40–60 ms of one frame
 * in a column view of ten columns. It is shown that many rows a frame until the view has its
 * widgets, then whole; a widget taken off screen (whose frames stop) gets the rest at once.
 */
#include "config.h"

#include "tt-list-growth.h"

#define ROWS_PER_FRAME 20
#define ROWS_WIDGETS   240

static void
show_first (TtListGrowth *g, GArray *ids, guint n)
{
  g_autoptr(GArray) first = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  g_array_append_vals (first, ids->data, n);
  tt_query_model_set_ids (g->model, first);
}

static gboolean
grow_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  TtListGrowth *g = data;
  guint next = g_list_model_get_n_items (G_LIST_MODEL (g->model)) + ROWS_PER_FRAME;

  if (next < ROWS_WIDGETS && next < g->growing->len)
    {
      show_first (g, g->growing, next);
      return G_SOURCE_CONTINUE;
    }
  tt_query_model_set_ids (g->model, g->growing);
  g->tick = 0;
  g_clear_pointer (&g->growing, g_array_unref);
  return G_SOURCE_REMOVE;
}

static void
on_unmap_cb (GtkWidget *widget, TtListGrowth *g)
{
  tt_list_growth_finish (g);
}

/* @widget must keep @growth (and @model) until it is disposed, and call tt_list_growth_stop()
 * then. */
void
tt_list_growth_init (TtListGrowth *growth, GtkWidget *widget, TtQueryModel *model)
{
  growth->widget = widget;
  growth->model = model;
  g_signal_connect (widget, "unmap", G_CALLBACK (on_unmap_cb), growth);
}

/* Shows @ids in the list, a few rows a frame when the view would otherwise make many row
 * widgets in one frame. */
void
tt_list_growth_show (TtListGrowth *growth, GArray *ids)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (growth->model));

  tt_list_growth_stop (growth);
  if (shown < ROWS_WIDGETS && ids->len > shown + ROWS_PER_FRAME && gtk_widget_get_mapped (growth->widget))
    {
      show_first (growth, ids, shown + ROWS_PER_FRAME);
      growth->growing = g_array_ref (ids);
      growth->tick = gtk_widget_add_tick_callback (growth->widget, grow_cb, growth, NULL);
      return;
    }
  tt_query_model_set_ids (growth->model, ids);
}

/* Shows the rest of a growing result at once. */
void
tt_list_growth_finish (TtListGrowth *growth)
{
  if (growth->growing != NULL)
    {
      g_autoptr(GArray) ids = g_array_ref (growth->growing);
      tt_list_growth_stop (growth);
      tt_query_model_set_ids (growth->model, ids);
    }
}

/* Leaves a growing result where it is. */
void
tt_list_growth_stop (TtListGrowth *growth)
{
  if (growth->tick != 0)
    gtk_widget_remove_tick_callback (growth->widget, growth->tick);
  growth->tick = 0;
  g_clear_pointer (&growth->growing, g_array_unref);
}

gboolean
tt_list_growth_busy (TtListGrowth *growth)
{
  return growth->tick != 0;
}
