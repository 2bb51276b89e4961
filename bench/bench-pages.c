/* bench-pages.c — every place of the app opened on an office file: how long the window is frozen
 *
 *   GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GTK_A11Y=none \
 *       xvfb-run -a -s "-screen 0 1366x768x24" bench-pages --db OFFICE.db [--seconds 3] [--only PLACE] [--search TEXT] [--trace]
 *
 * Opens the office's window at 1366×768, waits for its first frame, then opens each place of the
 * sidebar in turn as a click would and runs the main loop for --seconds seconds, timing every
 * dispatch of the main loop: while one runs the window can draw nothing, so the longest is the
 * longest frame the user can see (target under 100 ms). Then it scrolls the place's longest list
 * as a clerk would: a page at a time down forty pages, to the middle, to the end and back to the
 * top, each step given 100 ms of the main loop. An empty libadwaita window's first dispatches
 * are the anchor. Prints, per place, the longest dispatch, the 95th percentile of those over
 * 1 ms, and how many there were; for the scrolling, the longest dispatch and how many rows the
 * list had. --search TEXT then types TEXT into the place's search box a key every 120 ms and
 * prints the longest dispatch and when the list last changed after the last key (and clears the
 * box again). --trace also prints each dispatch of 20 ms or more and when it came.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>

#include "bench-util.h"
#include "tt-window.h"

static const char *const places[] = { "campaigns", "donors", "spending", "books", "households", "gifts", "housing",
                                      "support", "reports", "overview" };

typedef struct
{
  double longest;
  double p95;
  int    n;
} Blocks;

static gboolean trace;   /* --trace: each dispatch of 20 ms or more, when it came */

/* Runs the main loop for @seconds, timing each dispatch that did something. */
static Blocks
run_for (double seconds)
{
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);
  Blocks b = { 0, 0, 0 };

  while (g_get_monotonic_time () < end)
    {
      gint64 t0 = g_get_monotonic_time ();
      gboolean did = g_main_context_iteration (NULL, FALSE);
      double ms = (g_get_monotonic_time () - t0) / 1000.0;

      if (!did)
        {
          g_usleep (500);
          continue;
        }
      b.longest = MAX (b.longest, ms);
      if (trace && ms >= 20.0)
        g_print ("    a dispatch of %.1f ms, %.0f ms into the run\n", ms,
                 (t0 - (end - (gint64) (seconds * G_USEC_PER_SEC))) / 1000.0);
      if (ms >= 1.0)
        g_array_append_val (busy, ms);
    }
  b.n = busy->len;
  if (busy->len > 0)
    {
      bench_median ((double *) (gpointer) busy->data, busy->len);   /* sorts */
      b.p95 = g_array_index (busy, double, (busy->len * 95) / 100 < busy->len ? (busy->len * 95) / 100
                                                                             : busy->len - 1);
    }
  return b;
}

/* The shown scrolled window with the most to scroll under @widget, and how much (pixels). */
static GtkScrolledWindow *
longest_list (GtkWidget *widget, double *range)
{
  GtkScrolledWindow *best = NULL;

  if (!gtk_widget_is_drawable (widget))
    return NULL;
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      double r = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
      if (r > *range)
        {
          *range = r;
          best = GTK_SCROLLED_WINDOW (widget);
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkScrolledWindow *found = longest_list (c, range);
      if (found != NULL)
        best = found;
    }
  return best;
}

/* Scrolls the place's longest list as a clerk would; the longest dispatch (setting the position
 * included: a list may answer it at once). @pages: how many pages it held. */
static Blocks
scroll_through (GtkWidget *window, double *pages)
{
  double range = 0;
  GtkScrolledWindow *sw = longest_list (window, &range);
  Blocks worst = { 0, 0, 0 };

  *pages = 0;
  if (sw == NULL || range < 1)
    return worst;
  for (int step = 0; step < 44; step++)
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (sw);
      double page = gtk_adjustment_get_page_size (adj);
      double end = gtk_adjustment_get_upper (adj) - page;
      double to = step < 40 ? (step + 1) * page : step == 40 ? end / 2 : step == 41 ? end : step == 42 ? end / 3 : 0;
      gint64 t0 = g_get_monotonic_time ();
      Blocks b;
      double set;

      *pages = MAX (*pages, gtk_adjustment_get_upper (adj) / MAX (page, 1));
      gtk_adjustment_set_value (adj, MIN (to, end));
      set = (g_get_monotonic_time () - t0) / 1000.0;
      b = run_for (0.1);
      worst.longest = MAX (worst.longest, MAX (b.longest, set));
      worst.n += b.n;
    }
  return worst;
}

/* The first search box shown under @widget. */
static GtkEditable *
search_box (GtkWidget *widget)
{
  if (!gtk_widget_is_drawable (widget))
    return NULL;
  if (GTK_IS_SEARCH_ENTRY (widget))
    return GTK_EDITABLE (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkEditable *found = search_box (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Types @text into the place's search box a character every 120 ms, as a clerk would, then
 * waits until the place's longest list has changed and then not for 1.5 s (30 s at most); the
 * longest dispatch meanwhile, and in @answer how long after the last key the list last changed (ms; -1 when the
 * place has no search box, -2 when the list did not change), in @pages the pages it then held.
 * Then the box is cleared and the list waited for again. */
static Blocks
search_through (GtkWidget *window, const char *text, double *answer, double *pages)
{
  double range = 0;
  GtkScrolledWindow *sw = longest_list (window, &range);
  GtkEditable *box = search_box (window);
  GtkAdjustment *adj;
  Blocks worst = { 0, 0, 0 };

  *answer = -1;
  *pages = 0;
  if (sw == NULL || box == NULL)
    return worst;
  adj = gtk_scrolled_window_get_vadjustment (sw);
  *answer = -2;   /* no change seen */
  for (int pass = 0; pass < 2; pass++)
    {
      gint64 last_key = 0, changed, quiet;
      double upper = gtk_adjustment_get_upper (adj);

      for (const char *c = text; pass == 0 && *c; c = g_utf8_next_char (c))
        {
          g_autofree char *typed = g_strndup (text, g_utf8_next_char (c) - text);
          Blocks b;
          gtk_editable_set_text (box, typed);
          last_key = g_get_monotonic_time ();
          b = run_for (0.12);
          worst.longest = MAX (worst.longest, b.longest);
          worst.n += b.n;
        }
      if (pass == 1)
        {
          gtk_editable_set_text (box, "");
          last_key = g_get_monotonic_time ();
        }
      changed = last_key;
      for (quiet = 0; (changed == last_key || quiet < 1500000) && g_get_monotonic_time () - last_key < 30 * G_USEC_PER_SEC;)
        {
          Blocks b = run_for (0.05);
          worst.longest = MAX (worst.longest, b.longest);
          worst.n += b.n;
          if (gtk_adjustment_get_upper (adj) != upper)
            {
              upper = gtk_adjustment_get_upper (adj);
              changed = g_get_monotonic_time ();
            }
          quiet = g_get_monotonic_time () - changed;
        }
      if (pass == 0 && changed != last_key)
        {
          *answer = (changed - last_key) / 1000.0;
          *pages = upper / MAX (gtk_adjustment_get_page_size (adj), 1);
        }
    }
  return worst;
}

static void
open_place (GtkWidget *window, const char *name)
{
  GtkWidget *sections = GTK_WIDGET (gtk_widget_get_template_child (window, TT_TYPE_WINDOW, "sections"));

  for (GtkWidget *row = gtk_widget_get_first_child (sections); row; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      g_signal_emit_by_name (sections, "row-activated", row);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  const char *path = NULL;
  const char *only = NULL;
  const char *search = NULL;
  double seconds = 3;
  GtkWidget *window;
  Blocks b, worst = { 0, 0, 0 };
  const char *worst_place = NULL;

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--db") && i + 1 < argc)
      path = argv[++i];
    else if (g_str_equal (argv[i], "--trace"))
      trace = TRUE;
    else if (g_str_equal (argv[i], "--only") && i + 1 < argc)
      only = argv[++i];
    else if (g_str_equal (argv[i], "--seconds") && i + 1 < argc)
      seconds = g_ascii_strtod (argv[++i], NULL);
    else if (g_str_equal (argv[i], "--search") && i + 1 < argc)
      search = argv[++i];
  if (path == NULL)
    g_error ("usage: bench-pages --db OFFICE.db [--seconds 3] [--only PLACE] [--search TEXT] [--trace]");
  adw_init ();

  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  b = run_for (seconds);
  g_print ("%-26s longest %7.1f ms   p95 %6.1f ms   %4d dispatches over 1 ms   anchor\n",
           "empty libadwaita window", b.longest, b.p95, b.n);
  gtk_window_destroy (GTK_WINDOW (window));

  if ((db = tt_db_open (path, &error)) == NULL)
    g_error ("%s", error->message);
  window = g_object_new (TT_TYPE_WINDOW, "db", db, "default-width", 1366, "default-height", 768, NULL);
  gtk_window_present (GTK_WINDOW (window));
  b = run_for (seconds);
  g_print ("%-26s longest %7.1f ms   p95 %6.1f ms   %4d dispatches over 1 ms\n", "the window (Overview)",
           b.longest, b.p95, b.n);
  for (gsize i = 0; i < G_N_ELEMENTS (places); i++)
    {
      /* The click's own dispatch: the place is made and shown in it. */
      gint64 t0;
      double click;

      if (only != NULL && !g_str_equal (only, places[i]))
        continue;
      t0 = g_get_monotonic_time ();
      open_place (window, places[i]);
      click = (g_get_monotonic_time () - t0) / 1000.0;
      b = run_for (seconds);
      b.longest = MAX (b.longest, click);
      g_print ("%-26s longest %7.1f ms   p95 %6.1f ms   %4d dispatches over 1 ms   (the click %5.1f ms)%s\n",
               places[i], b.longest, b.p95, b.n, click, b.longest > 100 ? "   over 100 ms" : "");
      if (b.longest > worst.longest)
        worst = b, worst_place = places[i];
      {
        double pages;
        Blocks s = scroll_through (window, &pages);
        g_autofree char *what = g_strdup_printf ("  %s, scrolling", places[i]);
        if (pages > 0)
          g_print ("%-26s longest %7.1f ms   %4d dispatches over 1 ms   (a list of %.0f pages)%s\n", what,
                   s.longest, s.n, pages, s.longest > 100 ? "   over 100 ms" : "");
        if (s.longest > worst.longest)
          worst = s, worst_place = places[i];
      }
      if (search != NULL)
        {
          double answer, pages;
          Blocks s = search_through (window, search, &answer, &pages);
          g_autofree char *what = g_strdup_printf ("  %s, searching", places[i]);
          if (answer == -2)
            g_print ("%-26s the list did not change in 30 s after “%s”\n", what, search);
          else if (answer >= 0)
            g_print ("%-26s longest %7.1f ms   %4d dispatches over 1 ms   (“%s”: %.0f pages, %.0f ms after the "
                     "last key)%s\n", what, s.longest, s.n, search, pages, answer, s.longest > 100 ? "   over 100 ms" : "");
          if (s.longest > worst.longest)
            worst = s, worst_place = places[i];
        }
    }
  g_print ("longest of all: %.1f ms (%s; target < 100 ms)\n", worst.longest, worst_place ? worst_place : "—");
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
