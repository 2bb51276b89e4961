/* bench-households-page.c — the longest frame of the real Households page while it opens on
 * an office file and while a clerk types, filters and clears, measured with the frame clock
 *
 *   xvfb-run -a bench-households-page --db OFFICE.db [--key-ms 120]
 *
 * A window is shown and its frame clock kept running with a tick callback that records the
 * time of every frame. Then the page is built on the office (opening), search texts are typed
 * into its search box one key every --key-ms through the main loop (a name without accents,
 * ID digits, phone digits), each followed by clearing the box, the category drop-down and the
 * year are changed, and each phase waits until the page has its answer. For each phase it
 * prints the longest interval between two frames, the 95th percentile, and how long the last
 * answer took to show.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tt-db.h"
#include "tt-households-page.h"

typedef struct
{
  GArray   *intervals;   /* double ms between frames, this phase */
  gint64    last_frame;  /* µs, monotonic */
  gboolean  recording;
} Frames;

static Frames frames;
static int key_ms = 120;

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static gboolean
on_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (frames.recording && frames.last_frame != 0)
    {
      double ms = (now - frames.last_frame) / 1000.0;
      g_array_append_val (frames.intervals, ms);
    }
  frames.last_frame = now;
  gtk_widget_queue_draw (widget);   /* a frame painted every tick, as while scrolling */
  return G_SOURCE_CONTINUE;
}

static void
start_phase (void)
{
  g_array_set_size (frames.intervals, 0);
  frames.last_frame = 0;
  frames.recording = TRUE;
}

static double
end_phase (const char *what, gint64 started, gint64 answered)
{
  double *v = (double *) frames.intervals->data;
  guint n = frames.intervals->len;
  double longest = 0;

  frames.recording = FALSE;
  qsort (v, n, sizeof (double), cmp_double);
  if (n > 0)
    longest = v[n - 1];
  g_print ("%-40s longest frame %7.1f ms   p95 %6.1f ms   %4u frames   answer after %7.1f ms\n", what, longest,
           n ? v[MIN (n - 1, (guint) (n * 0.95))] : 0.0, n, (answered - started) / 1000.0);
  return longest;
}

static void
wait_ms (int ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
}

/* Iterates until the page has its answer; returns when it had it. */
static gint64
wait_answer (TtHouseholdsPage *page)
{
  gint64 until = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (tt_households_page_is_busy (page) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  return g_get_monotonic_time ();
}

static double
type_text (TtHouseholdsPage *page, const char *what, const char *text)
{
  GtkEditable *search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page), TT_TYPE_HOUSEHOLDS_PAGE,
                                                                     "search"));
  g_autofree char *label = g_strdup_printf ("type %s “%s”", what, text);
  g_autofree char *clear = g_strdup_printf ("clear after %s", what);
  gint64 started = 0, answered;
  double longest;
  GtkLabel *count = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), TT_TYPE_HOUSEHOLDS_PAGE, "count"));

  start_phase ();
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      g_autofree char *prefix = g_strndup (text, g_utf8_next_char (p) - text);
      started = g_get_monotonic_time ();
      gtk_editable_set_text (search, prefix);
      wait_ms (key_ms);
    }
  answered = wait_answer (page);
  wait_ms (100);
  longest = end_phase (label, started, answered);
  g_print ("    shows: %s\n", gtk_label_get_label (count));

  start_phase ();
  started = g_get_monotonic_time ();
  gtk_editable_set_text (search, "");
  answered = wait_answer (page);
  wait_ms (200);
  return MAX (longest, end_phase (clear, started, answered));
}

int
main (int argc, char **argv)
{
  const char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  GtkWidget *window;
  TtHouseholdsPage *page;
  GtkDropDown *category;
  GtkSpinButton *year;
  gint64 started, answered;
  double longest = 0;

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);   /* a helper GTK forks must not print the lines again */
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        path = argv[++i];
      else if (g_str_equal (argv[i], "--key-ms") && i + 1 < argc)
        key_ms = atoi (argv[++i]);
      else
        path = NULL, i = argc;
    }
  key_ms = MAX (key_ms, 1);
  if (path == NULL)
    {
      g_printerr ("usage: bench-households-page --db OFFICE.db [--key-ms 120]\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  frames.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  db = tt_db_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("error: %s\n", error->message);
      return 1;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_add_tick_callback (window, on_tick_cb, NULL, NULL);
  wait_ms (1000);

  /* Opening: the page is built and shown, the register loads, the list appears. */
  start_phase ();
  started = g_get_monotonic_time ();
  page = g_object_new (TT_TYPE_HOUSEHOLDS_PAGE, "db", db, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  answered = wait_answer (page);
  wait_ms (300);
  longest = MAX (longest, end_phase ("open the page", started, answered));
  g_print ("    shows: %s\n", gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (
                                  GTK_WIDGET (page), TT_TYPE_HOUSEHOLDS_PAGE, "count"))));

  longest = MAX (longest, type_text (page, "a name", "nguyen thi lan"));
  longest = MAX (longest, type_text (page, "a name", "tran van hung"));
  longest = MAX (longest, type_text (page, "ID digits", "040035000183"));
  longest = MAX (longest, type_text (page, "phone digits", "0342502105"));

  /* Filtering: every category in turn, then all, and the year. */
  category = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (page), TT_TYPE_HOUSEHOLDS_PAGE, "category"));
  year = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (page), TT_TYPE_HOUSEHOLDS_PAGE, "year"));
  start_phase ();
  started = g_get_monotonic_time ();
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (category)); i++)
    {
      gtk_drop_down_set_selected (category, i);
      wait_ms (300);
    }
  gtk_drop_down_set_selected (category, 1);
  gtk_spin_button_set_value (year, gtk_spin_button_get_value (year) - 1);
  wait_ms (300);
  gtk_spin_button_set_value (year, gtk_spin_button_get_value (year) + 1);
  wait_ms (300);
  started = g_get_monotonic_time ();
  gtk_drop_down_set_selected (category, 0);
  answered = wait_answer (page);
  wait_ms (300);
  longest = MAX (longest, end_phase ("filter by category and year", started, answered));

  g_print ("longest frame of all: %.1f ms\n", longest);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
