/* tt-busy.c — waiting for another program's write with the app still drawn
 *
 * When the office file is locked by another writer (the CLI, or the app on another computer
 * sharing the file), SQLite waits inside the write. After half a second of waiting the app
 * greys its windows out, shows a small notice that says what it waits for, and keeps drawing
 * by running the main loop between retries; the windows take no input meanwhile, so nothing
 * else writes. The notice goes once no wait has been reported for a moment. A worker thread
 * that waits with the window's connection only waits.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "tt-busy.h"

#define QUIET_US (300 * 1000)

static GtkWindow *notice;
static GPtrArray *greyed;
static gint64     last_wait;
static gboolean   waiting;   /* the main loop is being run from inside a wait */

static gboolean
on_quiet_check_cb (gpointer data)
{
  /* While the wait runs the main loop, that is the wait going on, however long what the loop
   * does takes (a page filling itself when its reading arrives). */
  if (waiting || g_get_monotonic_time () - last_wait < QUIET_US)
    return G_SOURCE_CONTINUE;
  for (guint i = 0; i < greyed->len; i++)
    gtk_widget_set_sensitive (greyed->pdata[i], TRUE);
  g_clear_pointer (&greyed, g_ptr_array_unref);
  gtk_window_destroy (notice);
  notice = NULL;
  return G_SOURCE_REMOVE;
}

static void
show_notice (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *parent = NULL;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *label = gtk_label_new (_("The office file is busy in another program; retrying…"));

  greyed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!gtk_widget_get_visible (GTK_WIDGET (window)) || !gtk_widget_get_sensitive (GTK_WIDGET (window)))
        continue;
      if (parent == NULL || gtk_window_is_active (window))
        parent = window;
      gtk_widget_set_sensitive (GTK_WIDGET (window), FALSE);
      g_ptr_array_add (greyed, g_object_ref (window));
    }

  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), spinner);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set (box, "margin-top", 12, "margin-bottom", 24, "margin-start", 24, "margin-end", 24, NULL);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (header, "flat");
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), box);

  notice = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (notice, _("Waiting for the Office File"));
  gtk_window_set_resizable (notice, FALSE);
  gtk_window_set_deletable (notice, FALSE);
  gtk_window_set_transient_for (notice, parent);
  adw_window_set_content (ADW_WINDOW (notice), content);
  gtk_window_present (notice);
  g_timeout_add (100, on_quiet_check_cb, NULL);
}

static void
on_busy (TtDb *db, gboolean first, gpointer data)
{
  /* Only the thread that runs the app's main loop shows the wait and keeps drawing: a worker that
   * writes through the window's connection (an office on a network share, whose lock allows one
   * connection) waits without touching GTK, which belongs to that thread. */
  if (!g_main_context_is_owner (g_main_context_default ()))
    return;
  if (notice == NULL)
    show_notice ();
  waiting = TRUE;
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  waiting = FALSE;
  last_wait = g_get_monotonic_time ();
}

/* Shows waits for another program's write on @db instead of freezing. */
void
tt_busy_watch (TtDb *db)
{
  tt_db_set_busy_func (db, on_busy, NULL);
}

/* The notice shown while a write waits, if one is. */
GtkWindow *
tt_busy_get_notice (void)
{
  return notice;
}
