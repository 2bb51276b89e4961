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


/* A widget of a form built in code, by the name it was given. */
GtkWidget *
find_named (GtkWidget *widget, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
close_all_but (GtkWindow *keep)
{
  GListModel *all = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (all); i > 0; i--)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (all, i - 1);
      if (w != keep)
        gtk_window_destroy (w);
    }
  spin ();
}

TtWindow *
office_window (TtDb *db)
{
  TtWindow *window = g_object_new (TT_TYPE_WINDOW, "db", db, "default-width", 1366, "default-height", 768, NULL);

  gtk_window_present (GTK_WINDOW (window));
  spin ();
  return window;
}

/* The height a window takes at its width: its default height (never less than its minimum),
 * or what its content asks for when it has none, or what it grew to once shown. */
int
window_height (GtkWindow *window)
{
  int width = 0, height = 0, min = 0, nat = 0;

  gtk_window_get_default_size (window, &width, &height);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, MAX (width, min), &min, &nat, NULL, NULL);
  spin ();
  return MAX (height > 0 ? MAX (height, min) : nat, gtk_widget_get_height (GTK_WIDGET (window)));
}

void
assert_fits (GtkWindow *window, const char *what)
{
  int height = window_height (window);

  g_test_message ("%s: %d px", what, height);
  if (height > TT_SCREEN_HEIGHT)
    g_error ("%s asks for %d px, more than a %d px screen", what, height, TT_SCREEN_HEIGHT);
}

/* Every action row under @widget as "title: subtitle" lines. */
static void
collect_rows (GtkWidget *widget, GString *out)
{
  if (ADW_IS_ACTION_ROW (widget))
    g_string_append_printf (out, "%s: %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                            adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) ?
                            adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) : "");
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, out);
}

char *
rows_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_rows (widget, out);
  return g_string_free (out, FALSE);
}

/* The widget that has the keyboard focus in @window. */
GtkWidget *
focused (GtkWindow *window)
{
  spin ();
  return gtk_root_get_focus (GTK_ROOT (window));
}

gboolean
is_inside (GtkWidget *widget, GtkWidget *ancestor)
{
  return widget != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

/* Saves @form with Enter in its first field ("field0"); TRUE when it closed. */
gboolean
save_form (GtkWindow *form)
{
  assert_fits (form, gtk_window_get_title (form));
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  g_signal_emit_by_name (find_named (GTK_WIDGET (form), "field0"), "entry-activated");
  spin ();
  if (form == NULL)
    return TRUE;
  g_object_remove_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  return FALSE;
}

/* The last widget under @root (itself included), in the order they are drawn, that @match
 * keeps; NULL when none. */
GtkWidget *
last_matching (GtkWidget *root,
               gboolean (*match) (GtkWidget *widget))
{
  GtkWidget *found = NULL;

  for (GtkWidget *w = root; w != NULL;)
    {
      if (match (w))
        found = w;
      if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != root && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == root ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return found;
}

/* The import dialog's check, or its import, as its button starts it (on a worker thread),
 * waited for while the window draws; TRUE when it passed. */
static gboolean
wait_import (TtImportDialog *dialog)
{
  g_assert_true (tt_import_dialog_is_running (dialog));
  while (tt_import_dialog_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  spin ();
  return tt_import_dialog_succeeded (dialog);
}

gboolean
import_check (TtImportDialog *dialog)
{
  tt_import_dialog_check (dialog);
  return wait_import (dialog);
}

gboolean
import_write (TtImportDialog *dialog)
{
  tt_import_dialog_import (dialog);
  return wait_import (dialog);
}
