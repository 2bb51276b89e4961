/* bench-startup.c — start to first frame of the app on an office file, against an empty
 * libadwaita window, measured the same way (spawn → the child's first "after-paint").
 *
 *   bench-startup --app build/src/tuong-than --empty build/bench/bench-empty-window \
 *                 --db OFFICE.db [--runs 10]
 *
 * Needs a display (run under xvfb-run). Prints medians and the ratio.
 */
#include <glib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

static int
compare (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
one_run (const char *const *argv, char **envp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 start = g_get_monotonic_time (), frame = 0;
  int status = 0;
  const char *line;

  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                     &status, &error))
    g_error ("%s", error->message);
  line = out ? strstr (out, "first-frame ") : NULL;
  if (line == NULL)
    g_error ("%s printed no first frame (status %d)", argv[0], status);
  frame = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
  return (frame - start) / 1000.0;
}

/* The median of @runs times (sorted in place), printed. */
static double
median_of (double *ms, int runs, const char *what)
{
  qsort (ms, runs, sizeof (double), compare);
  g_print ("%-36s median %8.1f ms   min %8.1f   max %8.1f   (%d runs)\n", what, ms[runs / 2], ms[0],
           ms[runs - 1], runs);
  return ms[runs / 2];
}

int
main (int argc, char **argv)
{
  const char *app = NULL, *empty = NULL, *db = NULL;
  int runs = 10;
  g_auto(GStrv) envp = g_get_environ ();
  double base, ours, empty_ms[100], app_ms[100];

  setlocale (LC_ALL, "");   /* g_print writes "≤" as it is under a UTF-8 locale */

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--app") && i + 1 < argc)
        app = argv[++i];
      else if (g_str_equal (argv[i], "--empty") && i + 1 < argc)
        empty = argv[++i];
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        db = argv[++i];
      else if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          int n = atoi (argv[++i]);
          runs = CLAMP (n, 1, 100);
        }
    }
  if (app == NULL || empty == NULL || db == NULL)
    {
      g_printerr ("usage: bench-startup --app PATH --empty PATH --db OFFICE.db [--runs N]\n");
      return 2;
    }
  envp = g_environ_setenv (envp, "TT_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);

  /* One run each first, to warm the disk cache. */
  one_run ((const char *const[]) { empty, NULL }, envp);
  one_run ((const char *const[]) { app, db, NULL }, envp);
  /* Taken in turns, so that whatever else the machine does weighs on both alike. */
  for (int i = 0; i < runs; i++)
    {
      empty_ms[i] = one_run ((const char *const[]) { empty, NULL }, envp);
      app_ms[i] = one_run ((const char *const[]) { app, db, NULL }, envp);
    }
  base = median_of (empty_ms, runs, "empty libadwaita window");
  ours = median_of (app_ms, runs, "tuong-than on the office file");
  g_print ("ratio %.2f (target ≤ 1.3)\n", ours / base);
  return 0;
}
