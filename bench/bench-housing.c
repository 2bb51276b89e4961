/* bench-housing.c — the Housing place on a province office with 20,000 projects
 *
 *   xvfb-run -a -s "-screen 0 1366x768x24" bench-housing [--projects N] [--db FILE] [--runs N]
 *
 * Makes (or reuses) an office with N housing projects (20,000 by default) through the demo
 * generator, checks that the pipeline's counts and `housing list` agree with SQL counts, then
 * times, each a median of --runs runs: the pipeline and the first 200 projects read by core; and
 * in the same process, as the anchor, an empty libadwaita window from creation to its first
 * frame, against a window holding the real Housing page on that office from creation to its
 * first frame. Prints each figure beside its anchor and the ratio.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "bench-util.h"
#include "tt-db-private.h"
#include "tt-demo.h"
#include "tt-housing-page.h"
#include "tt-housing.h"

static void
on_painted_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

/* Milliseconds from creating a window with @content (NULL: empty) to its first painted frame. */
static double
first_frame_ms (TtDb *db)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *window = adw_window_new ();
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong id;
  double ms;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  if (db != NULL)
    {
      gint64 t0 = g_get_monotonic_time ();
      adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (tt_housing_page_new (db)));
      if (g_getenv ("BENCH_DETAIL"))
        g_printerr ("page built in %.1f ms\n", (g_get_monotonic_time () - t0) / 1000.0);
    }
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_signal_handler_disconnect (clock, id);
  gtk_window_destroy (GTK_WINDOW (window));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  return ms;
}

/* The pipeline's counts and the full list against SQL, stage by stage. */
static void
check_counts (TtDb *db)
{
  TtHousingFilter all = { 0 };
  TtHousingStageSum sums[TT_HOUSING_N_STAGES];
  g_autoptr(GError) error = NULL;
  gint64 total = 0;

  if (!tt_housing_pipeline (db, &all, sums, &error))
    g_error ("%s", error->message);
  for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM housing_projects WHERE stage = '%s'",
                                              sums[i].stage);
      TtHousingFilter one = { .stage = sums[i].stage };
      g_autoptr(GPtrArray) listed = tt_housing_list (db, &one, &error);
      gint64 counted = tt_db_query_int (db, sql, -1);

      if (listed == NULL || counted != sums[i].count || (gint64) listed->len != counted)
        g_error ("stage %s: pipeline %" G_GINT64_FORMAT ", list %u, SQL %" G_GINT64_FORMAT, sums[i].stage,
                 sums[i].count, listed ? listed->len : 0, counted);
      g_print ("  %-12s %7" G_GINT64_FORMAT " projects (pipeline = housing list = SQL)\n", sums[i].stage, counted);
      total += counted;
    }
  if (total != tt_db_query_int (db, "SELECT count(*) FROM housing_projects", -1))
    g_error ("the stages do not add up to every project");
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GTimer) t = g_timer_new ();
  gint64 projects = 20000;
  int runs = 5;
  double *core_ms, *empty_ms, *page_ms;

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--projects") && i + 1 < argc)
        projects = g_ascii_strtoll (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        path = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          int n = atoi (argv[++i]);
          runs = MAX (1, n);
        }
    }
  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("bench-housing-XXXXXX", NULL);
      path = g_build_filename (dir, "office.db", NULL);
    }
  db = tt_db_open (path, &error);
  if (db == NULL)
    g_error ("%s", error->message);
  if (tt_housing_count (db) < projects)
    {
      TtDemoSize size = { .donors = 1000, .donations = 5000, .households = projects * 3 / 2 + 100, .seed = 1,
                          .housing = projects - tt_housing_count (db) };
      g_timer_start (t);
      if (!tt_demo_generate (db, &size, &error))
        g_error ("%s", error->message);
      g_print ("made %" G_GINT64_FORMAT " housing projects in %.1f s (%s)\n", size.housing, g_timer_elapsed (t, NULL),
               path);
    }
  g_print ("%" G_GINT64_FORMAT " housing projects in %s\n", tt_housing_count (db), path);
  check_counts (db);

  core_ms = g_new (double, runs);
  empty_ms = g_new (double, runs);
  page_ms = g_new (double, runs);
  for (int r = 0; r < runs; r++)
    {
      TtHousingFilter f = { .limit = 200 };
      TtHousingStageSum sums[TT_HOUSING_N_STAGES];
      g_autoptr(GPtrArray) list = NULL;

      g_timer_start (t);
      if (!tt_housing_pipeline (db, &f, sums, &error) || (list = tt_housing_list (db, &f, &error)) == NULL)
        g_error ("%s", error->message);
      core_ms[r] = g_timer_elapsed (t, NULL) * 1000;
    }

  adw_init ();
  first_frame_ms (NULL);   /* the first window pays for loading the theme: not counted */
  for (int r = 0; r < runs; r++)
    {
      empty_ms[r] = first_frame_ms (NULL);
      page_ms[r] = first_frame_ms (db);
    }
  {
    double core = bench_median (core_ms, runs), empty = bench_median (empty_ms, runs), page = bench_median (page_ms, runs);
    g_print ("%-46s %8.1f ms\n", "pipeline + latest 200 projects (core)", core);
    g_print ("%-46s %8.1f ms   anchor\n", "empty libadwaita window to first frame", empty);
    g_print ("%-46s %8.1f ms   target < 300 ms\n", "Housing page to first frame", page);
    g_print ("%-46s %8.2f\n", "ratio (page / empty window)", page / empty);
  }
  g_free (core_ms);
  g_free (empty_ms);
  g_free (page_ms);
  return 0;
}
