/* tt-ui-util.c — what the UI tests do as a clerk would */
#include "config.h"

#include "tt-ui-util.h"

/* Lets the main loop draw and run what the last action queued. */
void
spin (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The newest open window of @type; the test fails when there is none. */
GtkWindow *
find_window (GType type)
{
  GtkWindow *found = NULL;
  GListModel *all = gtk_window_get_toplevels ();

  spin ();
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (all, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        found = w;
    }
  if (found == NULL)
    g_error ("no open window of type %s", g_type_name (type));
  return found;
}

/* The newest message dialog open now with @heading, if any. */
AdwMessageDialog *
open_question (const char *heading)
{
  GListModel *all = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  spin ();
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (all, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (w)), heading) == 0)
        found = ADW_MESSAGE_DIALOG (w);
    }
  return found;
}

/* Clicks the sidebar entry @name of @window. */
void
open_section (TtWindow *window, const char *name)
{
  GtkWidget *sections = CHILD (window, TT_TYPE_WINDOW, "sections");

  for (GtkWidget *row = gtk_widget_get_first_child (sections); row; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      g_signal_emit_by_name (sections, "row-activated", row);
  spin ();
}

void
type_into (gpointer row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  spin ();
}
