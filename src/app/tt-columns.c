/* tt-columns.c — columns of one-line text for a GtkColumnView */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-columns.h"

typedef struct
{
  int             column;
  TtCellTextFunc  text;
  gpointer        data;
} Column;

/* A cell cut short shows its whole text when pointed at. */
static gboolean
on_query_tooltip_cb (GtkLabel *label, int x, int y, gboolean keyboard, GtkTooltip *tooltip, gpointer unused)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_label (label));
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer unused)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
show_text (GtkListItem *item, Column *c)
{
  g_autofree char *text = c->text (item, c->column, c->data);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

/* A row object that changes what it holds (a list refilling its rows) notifies. */
static void
on_row_notify_cb (GObject *row, GParamSpec *pspec, GtkListItem *item)
{
  show_text (item, g_object_get_data (G_OBJECT (item), "tt-column"));
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Column *c)
{
  GObject *row = gtk_list_item_get_item (item);

  show_text (item, c);
  if (row != NULL)
    {
      gulong handler = g_signal_connect_object (row, "notify", G_CALLBACK (on_row_notify_cb), item, 0);
      g_object_set_data (G_OBJECT (item), "tt-column", c);
      g_object_set_data (G_OBJECT (item), "tt-notify", GSIZE_TO_POINTER (handler));
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Column *c)
{
  GObject *row = gtk_list_item_get_item (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "tt-notify"));

  if (row != NULL && handler != 0)
    g_signal_handler_disconnect (row, handler);
  g_object_set_data (G_OBJECT (item), "tt-notify", NULL);
}

static void
append_column (GtkColumnView  *view,
               const char     *title,
               int             column,
               gboolean        expand,
               TtCellTextFunc  text,
               gpointer        data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  Column *c = g_new0 (Column, 1);

  c->column = column;
  c->text = text;
  c->data = data;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), c, (GClosureNotify) (void (*) (void)) g_free, 0);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), c);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
}

/* Appends a column per title (translated here), each cell a label filled by @text. */
void
tt_column_view_add_text_columns (GtkColumnView     *view,
                                 const char *const *titles,
                                 int                n_columns,
                                 int                expand_column,
                                 TtCellTextFunc     text,
                                 gpointer           data)
{
  for (int i = 0; i < n_columns; i++)
    append_column (view, _(titles[i]), i, i == expand_column, text, data);
}

/* The same, with titles translated in their context when they have one. */
void
tt_column_view_add_titled_columns (GtkColumnView       *view,
                                   const TtColumnTitle *titles,
                                   int                  n_columns,
                                   int                  expand_column,
                                   TtCellTextFunc       text,
                                   gpointer             data)
{
  for (int i = 0; i < n_columns; i++)
    {
      const char *title = titles[i].context != NULL ? g_dpgettext2 (NULL, titles[i].context, titles[i].title)
                                                    : _(titles[i].title);
      append_column (view, title, i, i == expand_column, text, data);
    }
}

/* The cell padding and the room a header's sort arrow takes, beside the text itself. */
#define CELL_PADDING 32

static int
text_width (GtkWidget *widget, const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);
  g_object_unref (layout);
  return width;
}

/* Sizes @column to its title and the widest of @samples (NULL-terminated): the texts it can
 * hold (a category, a status, a year) are read whole, and the width stays fixed, so a new
 * result does not measure every cell again. */
void
tt_column_view_fit (GtkColumnView     *view,
                    guint              column,
                    const char *const *samples)
{
  g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (gtk_column_view_get_columns (view), column);
  int width = text_width (GTK_WIDGET (view), gtk_column_view_column_get_title (c));

  for (guint i = 0; samples != NULL && samples[i] != NULL; i++)
    width = MAX (width, text_width (GTK_WIDGET (view), samples[i]));
  gtk_column_view_column_set_fixed_width (c, width + CELL_PADDING);
}
