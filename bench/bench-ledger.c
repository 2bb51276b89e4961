/* bench-ledger.c — generate a province-scale office, then time opening and donor search
 *
 *   bench-ledger [--donors N] [--donations N] [--households N] [--db FILE] [--keep]
 *
 * With --db pointing at an existing office file, generation is skipped.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-demo.h"
#include "tt-donor-index.h"
#include "tt-donors.h"

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
report (const char *what, double *ms, int n)
{
  qsort (ms, n, sizeof (double), cmp_double);
  g_print ("%-34s median %7.2f ms   p95 %7.2f ms   max %7.2f ms   (%d runs)\n", what,
           ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1], n);
}

typedef GArray *(*IdsFunc) (gpointer source, const char *query, TtDonorSort sort);

static GArray *
sql_ids (gpointer db, const char *query, TtDonorSort sort)
{
  return tt_donor_ids (db, query, sort, NULL);
}

static GArray *
index_ids (gpointer index, const char *query, TtDonorSort sort)
{
  return tt_donor_index_search (index, query, sort);
}

/* Every prefix of every typed query, in each sort order. */
static void
time_id_lists (const char *what, IdsFunc ids_for, gpointer source, const char *const *typed, gsize n_typed)
{
  static const char *sorts[] = { "by name", "by total", "by last gift" };
  g_autoptr(GTimer) timer = g_timer_new ();
  double ms[2000];

  for (int sort = TT_DONOR_SORT_NAME; sort <= TT_DONOR_SORT_LAST_GIFT; sort++)
    {
      g_autofree char *label = g_strdup_printf ("%s list ids, %s, each key", what, sorts[sort]);
      int n = 0;

      for (gsize q = 0; q < n_typed; q++)
        for (gsize len = 0; len <= strlen (typed[q]); len++)
          {
            g_autofree char *prefix = g_strndup (typed[q], len);
            g_autoptr(GArray) ids = NULL;

            g_timer_start (timer);
            ids = ids_for (source, prefix, sort);
            ms[n++] = g_timer_elapsed (timer, NULL) * 1000.0;
          }
      report (label, ms, n);
    }
}

int
main (int argc, char **argv)
{
  gint64 donors = 100000, donations = 1000000, households = 0;
  const char *path = NULL;
  gboolean keep = FALSE;
  g_autofree char *tmpdir = NULL;
  g_autofree char *db_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  const char *typed[] = { "nguyen van duc", "tran thi mai", "cong ty phu thinh", "le hoa",
                          "duc", "thinh", "hoi chu thap do" };
  double ms[2000];
  int n = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--donors") && i + 1 < argc)
        donors = g_ascii_strtoll (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--donations") && i + 1 < argc)
        donations = g_ascii_strtoll (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--households") && i + 1 < argc)
        households = g_ascii_strtoll (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        path = argv[++i];
      else if (g_str_equal (argv[i], "--keep"))
        keep = TRUE;
      else
        {
          g_printerr ("usage: bench-ledger [--donors N] [--donations N] [--households N] [--db FILE] [--keep]\n");
          return 2;
        }
    }

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      TtDemoSize size = { donors, donations, households, 1 };
      g_autoptr(TtDb) db = NULL;

      if (path == NULL)
        {
          tmpdir = g_dir_make_tmp ("tt-bench-XXXXXX", NULL);
          db_path = g_build_filename (tmpdir, "office.db", NULL);
        }
      else
        db_path = g_strdup (path);
      db = tt_db_open (db_path, &error);
      g_timer_start (timer);
      if (db == NULL || !tt_demo_generate (db, &size, &error))
        {
          g_printerr ("error: %s\n", error->message);
          return 1;
        }
      g_print ("generate %" G_GINT64_FORMAT " donors, %" G_GINT64_FORMAT " donations, %"
               G_GINT64_FORMAT " households: %.2f s\n",
               donors, donations, households, g_timer_elapsed (timer, NULL));
      tt_db_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
    }
  else
    db_path = g_strdup (path);

  /* Opening an existing office file. */
  for (n = 0; n < 50; n++)
    {
      TtDb *db;
      g_timer_start (timer);
      db = tt_db_open (db_path, &error);
      ms[n] = g_timer_elapsed (timer, NULL) * 1000.0;
      if (db == NULL)
        {
          g_printerr ("error: %s\n", error->message);
          return 1;
        }
      g_object_unref (db);
    }
  report ("open office file", ms, n);

  /* Search as the name is typed, one key at a time, on one open connection. */
  {
    g_autoptr(TtDb) db = tt_db_open (db_path, &error);
    gint64 count = tt_db_query_int (db, "SELECT count(*) FROM donors", 0);
    gint64 gifts = tt_db_query_int (db, "SELECT count(*) FROM donations", 0);
    double first[G_N_ELEMENTS (typed)];

    g_print ("office: %" G_GINT64_FORMAT " donors, %" G_GINT64_FORMAT " donations\n", count, gifts);
    {
      GStatBuf st;
      gint64 audit = tt_db_query_int (db, "SELECT coalesce(sum(pgsize), 0) FROM dbstat "
                                          "WHERE name IN ('audit_log', 'audit_log_row')", 0);
      gint64 entries = tt_db_query_int (db, "SELECT count(*) FROM audit_log", 0);
      gint64 households_n = tt_db_query_int (db, "SELECT count(*) FROM households", 0);
      double file = g_stat (db_path, &st) == 0 ? (double) st.st_size : 0;

      g_print ("file size: %.1f MB (%" G_GINT64_FORMAT " households besides); audit log %.1f MB for %"
               G_GINT64_FORMAT " entries (%.0f bytes an entry), %.1f %% of the file\n",
               file / 1e6, households_n, audit / 1e6, entries, entries ? (double) audit / entries : 0,
               file > 0 ? 100.0 * audit / file : 0);
    }
    n = 0;
    for (int round = 0; round < 3; round++)
      for (gsize q = 0; q < G_N_ELEMENTS (typed); q++)
        for (gsize len = 1; len <= strlen (typed[q]); len++)
          {
            g_autofree char *prefix = g_strndup (typed[q], len);
            g_autoptr(GPtrArray) hits = NULL;

            g_timer_start (timer);
            hits = tt_donor_search (db, prefix, 50, NULL);
            ms[n] = g_timer_elapsed (timer, NULL) * 1000.0;
            if (round == 0 && len == strlen (typed[q]))
              first[q] = ms[n];
            n++;
          }
    report ("donor search, each key typed", ms, n);

    /* What the donor list does on each key: the full ordered id list for the list model,
     * in SQL and through the memory index the app's donor list uses. */
    time_id_lists ("SQL", sql_ids, db, typed, G_N_ELEMENTS (typed));
    {
      g_autoptr(TtDonorIndex) index = NULL;

      g_timer_start (timer);
      index = tt_donor_index_load (db, NULL);
      g_print ("load donor index (%u donors)          %8.2f ms\n", tt_donor_index_size (index),
               g_timer_elapsed (timer, NULL) * 1000.0);
      time_id_lists ("index", index_ids, index, typed, G_N_ELEMENTS (typed));
    }
    for (gsize q = 0; q < G_N_ELEMENTS (typed); q++)
      g_print ("  “%s” (first run) %.2f ms\n", typed[q], first[q]);
  }

  if (!keep && tmpdir != NULL)
    {
      g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);
      g_unlink (db_path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (tmpdir);
    }
  else
    g_print ("office file kept: %s\n", db_path);
  return 0;
}
