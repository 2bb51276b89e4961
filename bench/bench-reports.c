/* bench-reports.c — the periodic reports and the Overview of a province-scale office
 *
 *   GSETTINGS_SCHEMA_DIR=build/data xvfb-run -a -s "-screen 0 1366x768x24" \
 *       bench-reports [--db FILE] [--donations N] [--runs N] [--no-anchor]
 *
 * Makes (or reuses) an office of a province's size (1,000,000 donations, 100,000 donors, 300,000
 * households, 20,000 housing projects by default), then times every report of last year to PDF,
 * beside LibreOffice headless (Debian's libreoffice-calc-nogui) turning the same report's
 * workbook into a PDF, and the Overview: its figures and charts read by core, and the office's
 * window from creation to its first frame beside an empty libadwaita window (the anchor), then to
 * the Overview filled. Prints each figure beside its anchor and the ratio.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "bench-util.h"
#include "tt-charts.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-demo.h"
#include "tt-overview-page.h"
#include "tt-overview.h"
#include "tt-report-doc.h"
#include "tt-report.h"
#include "tt-window.h"

static double
file_mb (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 ? st.st_size / 1e6 : 0;
}

static void
on_painted_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

/* Milliseconds from creating a window (the office's, or an empty one) to its first frame; with
 * @filled, also to the Overview filled. */
static double
first_frame_ms (TtDb *db, double *filled)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *window;
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong id;
  double ms;

  if (db != NULL)
    window = g_object_new (TT_TYPE_WINDOW, "db", db, "default-width", 1366, "default-height", 768, NULL);
  else
    {
      window = adw_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
    }
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_signal_handler_disconnect (clock, id);
  if (filled != NULL)
    {
      /* The Overview is read on a worker thread once the window shows. */
      GtkWidget *holder = GTK_WIDGET (gtk_widget_get_template_child (window, TT_TYPE_WINDOW, "overview_holder"));
      TtOverviewPage *page = TT_OVERVIEW_PAGE (gtk_widget_get_first_child (holder));
      while (!tt_overview_page_get_filled (page))
        g_main_context_iteration (NULL, TRUE);
      *filled = (g_get_monotonic_time () - start) / 1000.0;
    }
  gtk_window_destroy (GTK_WINDOW (window));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  return ms;
}

static double
libreoffice_s (const char *dir, const char *xlsx)
{
  g_autofree char *outdir = g_build_filename (dir, "lo", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", dir);
  const char *lo[] = { "soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", outdir, xlsx, NULL };
  g_autoptr(GTimer) t = g_timer_new ();
  int status = 0;

  if (g_spawn_sync (NULL, (char **) lo, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                    G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) && status == 0)
    return g_timer_elapsed (t, NULL);
  return -1;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-reports-XXXXXX", NULL);
  g_autoptr(GTimer) t = g_timer_new ();
  gint64 donations = 1000000;
  gboolean anchor = TRUE;
  int runs = 3, year;
  char from[11], to[11], today[11];

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        path = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--donations") && i + 1 < argc)
        donations = g_ascii_strtoll (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          int n = atoi (argv[++i]);
          runs = MAX (1, n);
        }
      else if (g_str_equal (argv[i], "--no-anchor"))
        anchor = FALSE;
    }
  if (path == NULL)
    path = g_build_filename (dir, "office.db", NULL);
  if ((db = tt_db_open (path, &error)) == NULL)
    g_error ("%s", error->message);
  if (tt_db_query_int (db, "SELECT count(*) FROM donations", 0) < donations)
    {
      TtDemoSize size = { .donors = donations / 10, .donations = donations, .households = donations * 3 / 10,
                          .seed = 1, .vouchers = donations / 50, .housing = donations / 50,
                          .livelihood = 1000, .cards = 1500, .addresses = 300 };
      g_timer_start (t);
      if (!tt_demo_generate (db, &size, &error))
        g_error ("%s", error->message);
      g_print ("made the office in %.1f s (%s)\n", g_timer_elapsed (t, NULL), path);
    }
  g_print ("%" G_GINT64_FORMAT " donations, %" G_GINT64_FORMAT " households in %s\n",
           tt_db_query_int (db, "SELECT count(*) FROM donations", 0), tt_db_query_int (db, "SELECT count(*) FROM households", 0), path);

  tt_date_today (today);
  year = tt_date_year (today) - 1;
  g_snprintf (from, sizeof from, "%d-01-01", year);
  g_snprintf (to, sizeof to, "%d-12-31", year);
  g_print ("\nreports of %d to PDF (build + write), their workbook, and LibreOffice on that workbook\n", year);
  for (guint i = 0; i < tt_report_names.n_values; i++)
    {
      const char *name = tt_report_names.values[i].code;
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, name);
      g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", dir, name);
      g_autoptr(TtReportDoc) doc = NULL;
      double pdf_s, xlsx_s, lo = -1;

      g_timer_start (t);
      if ((doc = tt_report_doc_build (db, name, from, to, &error)) == NULL || !tt_report_write_pdf (doc, pdf, &error))
        g_error ("%s: %s", name, error->message);
      pdf_s = g_timer_elapsed (t, NULL);
      g_timer_start (t);
      if (!tt_report_write_xlsx (doc, xlsx, &error))
        g_error ("%s: %s", name, error->message);
      xlsx_s = g_timer_elapsed (t, NULL);
      if (anchor)
        lo = libreoffice_s (dir, xlsx);
      g_print ("  %-18s PDF %7.2f s %6.1f MB%s   XLSX %6.2f s", name, pdf_s, file_mb (pdf),
               g_str_equal (name, "fund") ? " (target < 10 s)" : "", xlsx_s);
      if (lo > 0)
        g_print ("   LibreOffice %7.2f s   ratio %.2f", lo, pdf_s / lo);
      g_print ("\n");
    }

  {
    double *core = g_new (double, runs), *empty = g_new (double, runs), *window = g_new (double, runs);
    double *filled = g_new (double, runs);

    for (int r = 0; r < runs; r++)
      {
        g_auto(TtOverview) o = { 0 };
        TtChartQuery q = { 0 };
        g_timer_start (t);
        if (!tt_overview_load (db, 0, &o, &error))
          g_error ("%s", error->message);
        q.campaign_id = o.campaign_id;
        tt_chart_free (tt_chart_build (db, "progress", &q, NULL));
        tt_chart_free (tt_chart_build (db, "money", &q, NULL));
        tt_chart_free (tt_chart_build (db, "cash-flow", &q, NULL));
        core[r] = g_timer_elapsed (t, NULL) * 1000;
      }
    adw_init ();
    first_frame_ms (NULL, NULL);   /* the first window pays for loading the theme: not counted */
    for (int r = 0; r < runs; r++)
      {
        empty[r] = first_frame_ms (NULL, NULL);
        window[r] = first_frame_ms (db, &filled[r]);
      }
    g_print ("\nthe Overview (medians of %d runs)\n", runs);
    g_print ("  %-44s %8.1f ms\n", "figures and three charts (core)", bench_median (core, runs));
    g_print ("  %-44s %8.1f ms   anchor\n", "empty libadwaita window to first frame", bench_median (empty, runs));
    g_print ("  %-44s %8.1f ms   target < 300 ms\n", "office window to first frame", bench_median (window, runs));
    g_print ("  %-44s %8.2f\n", "ratio (office window / empty window)", bench_median (window, runs) / bench_median (empty, runs));
    g_print ("  %-44s %8.1f ms   (read on a worker thread)\n", "office window to the Overview filled",
             bench_median (filled, runs));
    g_free (core);
    g_free (empty);
    g_free (window);
    g_free (filled);
  }
  return 0;
}
