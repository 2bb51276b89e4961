/* bench-largest-list.c — the app's peak memory with the office's longest list open
 *
 *   GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GTK_A11Y=none \
 *       xvfb-run -a -s "-screen 0 1366x768x24" bench-largest-list --db OFFICE.db [--period P] [--empty]
 *
 * Opens the office's window at 1366×768, then the Books place showing the donations journal of
 * every day the office has receipts for (a province's million donations), waits until the list
 * has come, scrolls it to its end and back, and prints the process's peak memory (VmHWM) and the
 * list's length (--period: another period, as the Books place takes it). With --empty it shows an empty libadwaita window for as long instead and prints
 * its peak: the anchor, in a process of its own.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <malloc.h>
#include <stdio.h>

#include "tt-books-page.h"
#include "tt-db-private.h"
#include "tt-window.h"

/* The process's peak resident memory in KB, as the kernel counts it. */
static long
peak_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;
  long kb = -1;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) && (line = strstr (status, "VmHWM:")) != NULL)
    sscanf (line + 6, "%ld", &kb);
  return kb;
}

static void
run_for (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static GtkWidget *
find_books (GtkWidget *widget)
{
  if (TT_IS_BOOKS_PAGE (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_books (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkScrolledWindow *
find_scrolled (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_is_drawable (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkScrolledWindow *found = find_scrolled (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *period = NULL;
  const char *path = NULL;
  gboolean empty = FALSE;
  GtkWidget *window, *sections, *books;
  GtkScrolledWindow *sw;
  guint rows;

  /* As the app's main() does: one malloc arena for every thread. */
  mallopt (M_ARENA_MAX, 1);
  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--db") && i + 1 < argc)
      path = argv[++i];
    else if (g_str_equal (argv[i], "--empty"))
      empty = TRUE;
    else if (g_str_equal (argv[i], "--period") && i + 1 < argc)
      period = g_strdup (argv[++i]);
  if (path == NULL && !empty)
    g_error ("usage: bench-largest-list --db OFFICE.db [--empty]");
  adw_init ();

  if (empty)
    {
      window = adw_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
      gtk_window_present (GTK_WINDOW (window));
      run_for (5);
      g_print ("empty libadwaita window                     %4ld MB   anchor\n", peak_kb () / 1024);
      return 0;
    }

  if ((db = tt_db_open (path, &error)) == NULL)
    g_error ("%s", error->message);
  first = tt_db_query_text (db, "SELECT strftime('%d/%m/%Y', min(received_on)) FROM donations");
  last = tt_db_query_text (db, "SELECT strftime('%d/%m/%Y', max(received_on)) FROM donations");
  if (period == NULL)
    period = g_strdup_printf ("%s..%s", first ? first : "01/01/2000", last ? last : "31/12/2000");
  window = g_object_new (TT_TYPE_WINDOW, "db", db, "default-width", 1366, "default-height", 768, NULL);
  gtk_window_present (GTK_WINDOW (window));
  run_for (2);
  sections = GTK_WIDGET (gtk_widget_get_template_child (window, TT_TYPE_WINDOW, "sections"));
  for (GtkWidget *row = gtk_widget_get_first_child (sections); row; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), "books") == 0)
      g_signal_emit_by_name (sections, "row-activated", row);
  run_for (1);
  books = find_books (window);
  if (books == NULL)
    g_error ("no Books place");
  /* The journal (the third choice) of every receipt. */
  gtk_drop_down_set_selected (tt_books_page_get_account (TT_BOOKS_PAGE (books)), 2);
  gtk_editable_set_text (tt_books_page_get_period (TT_BOOKS_PAGE (books)), period);
  run_for (0.5);
  while (tt_books_page_is_loading (TT_BOOKS_PAGE (books)))
    g_main_context_iteration (NULL, TRUE);
  run_for (1);
  rows = g_list_model_get_n_items (tt_books_page_get_lines (TT_BOOKS_PAGE (books)));
  if ((sw = find_scrolled (books)) != NULL)
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (sw);
      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      run_for (1);
      gtk_adjustment_set_value (adj, 0);
      run_for (1);
    }
  g_print ("the app with the donations journal open     %4ld MB   (%u rows, %s)\n", peak_kb () / 1024, rows, period);
  return 0;
}
