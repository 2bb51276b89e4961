/* tt-chart-view.c — a chart on screen with its numbers beside it
 *
 * The chart is drawn by render's tt_chart_draw() at the width it is given, as tall as its rows
 * need, light or dark with the style. Under it, "Numbers" opens the same figures as a table a
 * screen reader reads cell by cell, and "Copy Numbers" puts them on the clipboard as
 * tab-separated lines, ready for a spreadsheet.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-chart-view.h"

struct _TtChartView
{
  GtkWidget        parent_instance;

  TtChart         *chart;
  GtkDrawingArea  *area;
  GtkExpander     *numbers;
  GtkGrid         *table;
  guint            fit_id;   /* the height fitted after an allocation, outside it */
};

G_DEFINE_FINAL_TYPE (TtChartView, tt_chart_view, GTK_TYPE_WIDGET)

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  TtChartView *self = data;
  TtChartStyle style = { .width = width, .dark = is_dark () };

  if (self->chart != NULL)
    tt_chart_draw (cr, self->chart, &style);
}

/* The chart is as tall as its rows need at the width it is given. */
static void
fit_height (TtChartView *self, int width)
{
  TtChartStyle style = { .width = width, .dark = is_dark () };
  int wanted;

  if (self->chart == NULL || width <= 0)
    return;
  wanted = (int) tt_chart_height (self->chart, &style);
  if (wanted != gtk_drawing_area_get_content_height (self->area))
    gtk_drawing_area_set_content_height (self->area, wanted);
}

static gboolean
fit_idle (gpointer data)
{
  TtChartView *self = data;

  self->fit_id = 0;
  fit_height (self, gtk_widget_get_width (GTK_WIDGET (self->area)));
  return G_SOURCE_REMOVE;
}

/* Given a new width, the chart's height is fitted once the allocation is over: a new height asked
 * for during it is lost, and a chart shown before the view had a width (a page made and filled in
 * one frame) stayed cut to its first height. */
static void
on_resize_cb (GtkDrawingArea *area, int width, int height, TtChartView *self)
{
  if (self->chart != NULL && self->fit_id == 0)
    self->fit_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_idle, self, NULL);
}

static char *
numbers_text (const TtChart *chart)
{
  GString *out = g_string_new (NULL);
  g_autofree char *header = g_strjoinv ("\t", chart->header);

  g_string_append_printf (out, "%s\n%s\n", chart->title, header);
  for (guint i = 0; i < chart->table->len; i++)
    {
      g_autofree char *line = g_strjoinv ("\t", chart->table->pdata[i]);
      g_string_append_printf (out, "%s\n", line);
    }
  return g_string_free (out, FALSE);
}

static void
on_copy_cb (GtkButton *button, TtChartView *self)
{
  g_autofree char *text = NULL;

  if (self->chart == NULL)
    return;
  text = numbers_text (self->chart);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static GtkWidget *
cell (const char *text, gboolean header, gboolean first)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), first ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), first);
  gtk_label_set_max_width_chars (GTK_LABEL (label), first ? 40 : -1);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  else if (!first)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
clear_table (TtChartView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
}

static void
fill_table (TtChartView *self)
{
  clear_table (self);
  if (self->chart == NULL)
    return;
  for (guint c = 0; self->chart->header[c] != NULL; c++)
    gtk_grid_attach (self->table, cell (self->chart->header[c], TRUE, c == 0), (int) c, 0, 1, 1);
  for (guint r = 0; r < self->chart->table->len; r++)
    {
      char **cells = self->chart->table->pdata[r];
      for (guint c = 0; cells[c] != NULL; c++)
        gtk_grid_attach (self->table, cell (cells[c], FALSE, c == 0), (int) c, (int) r + 1, 1, 1);
    }
}

/* Shows @chart (taken), its numbers filled in only once they are asked for. */
void
tt_chart_view_set_chart (TtChartView *self,
                         TtChart     *chart)
{
  g_return_if_fail (TT_IS_CHART_VIEW (self));

  g_clear_pointer (&self->chart, tt_chart_free);
  self->chart = chart;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  chart ? chart->title : "", -1);
  if (gtk_expander_get_expanded (self->numbers))
    fill_table (self);
  else
    clear_table (self);
  fit_height (self, gtk_widget_get_width (GTK_WIDGET (self->area)));
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

const TtChart *
tt_chart_view_get_chart (TtChartView *self)
{
  g_return_val_if_fail (TT_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

static void
on_expanded_cb (GtkExpander *expander, GParamSpec *pspec, TtChartView *self)
{
  if (gtk_expander_get_expanded (expander) && gtk_widget_get_first_child (GTK_WIDGET (self->table)) == NULL)
    fill_table (self);
}

static void
on_dark_cb (TtChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
tt_chart_view_dispose (GObject *object)
{
  TtChartView *self = TT_CHART_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->fit_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->chart, tt_chart_free);
  G_OBJECT_CLASS (tt_chart_view_parent_class)->dispose (object);
}

static void
tt_chart_view_class_init (TtChartViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_chart_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartview");
}

static void
tt_chart_view_init (TtChartView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *inside = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy Numbers"));

  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->area, 160);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->area), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Chart; its numbers are in the table under it"), -1);
  g_signal_connect (self->area, "resize", G_CALLBACK (on_resize_cb), self);
  self->table = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->table, 18);
  gtk_grid_set_row_spacing (self->table, 4);
  gtk_widget_set_name (GTK_WIDGET (self->table), "numbers");
  gtk_widget_set_halign (copy, GTK_ALIGN_START);
  g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_cb), self);
  gtk_box_append (GTK_BOX (inside), GTK_WIDGET (self->table));
  gtk_box_append (GTK_BOX (inside), copy);
  g_object_set (inside, "margin-start", 16, "margin-end", 16, "margin-bottom", 12, NULL);
  self->numbers = GTK_EXPANDER (gtk_expander_new_with_mnemonic (_("_Numbers")));
  gtk_expander_set_child (self->numbers, inside);
  g_object_set (self->numbers, "margin-start", 12, "margin-bottom", 8, NULL);
  g_signal_connect (self->numbers, "notify::expanded", G_CALLBACK (on_expanded_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->area));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->numbers));
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_dark_cb), self,
                           G_CONNECT_SWAPPED);
}

TtChartView *
tt_chart_view_new (void)
{
  return g_object_new (TT_TYPE_CHART_VIEW, NULL);
}

/* For tests: the numbers' table as shown (its cells once opened) and the drawing area. */
GtkGrid *
tt_chart_view_get_table (TtChartView *self)
{
  return self->table;
}

GtkExpander *
tt_chart_view_get_numbers (TtChartView *self)
{
  return self->numbers;
}
