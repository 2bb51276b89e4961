/* bench-households.c — household search as the clerk types, at province scale, beside the
 * donor search of the same office as its anchor
 *
 *   bench-households [--households N] [--donors N] [--db FILE] [--keep] [--rounds N]
 *
 * With --db pointing at an existing office file, generation is skipped. For every key of
 * typical typed sequences (a name without accents letter by letter, ID number digits, phone
 * digits) it times what the Households page does on each key — the ordered ids of every match
 * from the household index — and what the donor list does on each key of the same kind of
 * sequences (the donor index), then the same through SQL (what `household list --search` and
 * `donor list --search` run).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-demo.h"
#include "tt-donor-index.h"
#include "tt-donors.h"
#include "tt-household-index.h"
#include "tt-households.h"

typedef struct
{
  double median, p95, max;
  int    n;
} Figures;

typedef GArray *(*IdsFunc) (gpointer source, const char *query, const char *categories, int year);

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static Figures
figures_of (GArray *ms)
{
  Figures f = { 0 };
  double *v = (double *) ms->data;

  qsort (v, ms->len, sizeof (double), cmp_double);
  f.n = ms->len;
  if (f.n > 0)
    {
      f.median = v[f.n / 2];
      f.p95 = v[MIN (f.n - 1, (int) (f.n * 0.95))];
      f.max = v[f.n - 1];
    }
  return f;
}

static void
print_figures (const char *what, Figures f)
{
  g_print ("%-44s median %7.2f ms   p95 %7.2f ms   max %7.2f ms   (%d keys)\n", what, f.median, f.p95, f.max, f.n);
}

static GArray *
household_index_ids (gpointer index, const char *query, const char *categories, int year)
{
  TtHouseholdFilter filter = { .query = query, .categories = categories, .year = year };

  return tt_household_index_search (index, &filter, NULL, NULL);
}

static GArray *
household_sql_ids (gpointer db, const char *query, const char *categories, int year)
{
  TtHouseholdFilter filter = { .query = query, .categories = categories, .year = year };

  return tt_household_ids (db, &filter, NULL);
}

static GArray *
donor_index_ids (gpointer index, const char *query, const char *categories, int year)
{
  return tt_donor_index_search (index, query, TT_DONOR_SORT_NAME);
}

static GArray *
donor_sql_ids (gpointer db, const char *query, const char *categories, int year)
{
  return tt_donor_ids (db, query, TT_DONOR_SORT_NAME, NULL);
}

/* Times every key of every typed sequence (the list for the first key up to the whole text),
 * @rounds times; adds the times to @all. */
static Figures
time_keys (IdsFunc ids_for, gpointer source, GPtrArray *typed, const char *categories, int year,
           int rounds, GArray *all, guint *most)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GTimer) timer = g_timer_new ();

  for (int round = 0; round < rounds; round++)
    for (guint q = 0; q < typed->len; q++)
      for (gsize len = 1; len <= strlen (typed->pdata[q]); len++)
        {
          g_autofree char *prefix = g_strndup (typed->pdata[q], len);
          g_autoptr(GArray) ids = NULL;
          double t;

          g_timer_start (timer);
          ids = ids_for (source, prefix, categories, year);
          t = g_timer_elapsed (timer, NULL) * 1000.0;
          g_array_append_val (ms, t);
          if (all != NULL)
            g_array_append_val (all, t);
          if (most != NULL && ids != NULL)
            *most = MAX (*most, ids->len);
        }
  return figures_of (ms);
}

static char *
query_text (TtDb *db, const char *sql)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_text (stmt, 0) == NULL)
    return g_strdup ("0912345678");
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
print_ratio (const char *what, Figures households, Figures donors)
{
  g_print ("%-44s median %6.2f x   p95 %6.2f x   max %6.2f x\n", what,
           households.median / MAX (donors.median, 0.001), households.p95 / MAX (donors.p95, 0.001),
           households.max / MAX (donors.max, 0.001));
}

int
main (int argc, char **argv)
{
  gint64 households = 300000, donors = 100000;
  const char *path = NULL;
  gboolean keep = FALSE;
  int rounds = 3;
  g_autofree char *tmpdir = NULL;
  g_autofree char *db_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(TtDb) db = NULL;
  g_autoptr(TtHouseholdIndex) hindex = NULL;
  g_autoptr(TtDonorIndex) dindex = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) id_digits = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) donor_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) donor_phones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) all_households = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) all_donors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) hall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) dall = g_array_new (FALSE, FALSE, sizeof (double));
  static const char *household_names[] = { "nguyen thi lan", "tran van hung", "le thi hoa", "pham minh tuan",
                                           "hoang van nam", "thi lan", "vu duc" };
  static const char *typed_donors[] = { "nguyen van duc", "tran thi mai", "cong ty phu thinh", "le hoa",
                                        "duc", "thinh", "hoi chu thap do" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  Figures hf, df;
  guint most = 0;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--households") && i + 1 < argc)
        households = g_ascii_strtoll (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--donors") && i + 1 < argc)
        donors = g_ascii_strtoll (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--rounds") && i + 1 < argc)
        rounds = atoi (argv[++i]);
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        path = argv[++i];
      else if (g_str_equal (argv[i], "--keep"))
        keep = TRUE;
      else
        {
          g_printerr ("usage: bench-households [--households N] [--donors N] [--db FILE] [--keep] [--rounds N]\n");
          return 2;
        }
    }

  rounds = MAX (rounds, 1);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      TtDemoSize size = { donors, donors, households, 1 };

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
      g_print ("generate %" G_GINT64_FORMAT " donors, %" G_GINT64_FORMAT " households: %.2f s\n",
               donors, households, g_timer_elapsed (timer, NULL));
      tt_db_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
    }
  else
    {
      db_path = g_strdup (path);
      db = tt_db_open (db_path, &error);
      if (db == NULL)
        {
          g_printerr ("error: %s\n", error->message);
          return 1;
        }
    }

  g_print ("office: %" G_GINT64_FORMAT " households, %" G_GINT64_FORMAT " donors\n",
           tt_db_query_int (db, "SELECT count(*) FROM households", 0),
           tt_db_query_int (db, "SELECT count(*) FROM donors WHERE merged_into IS NULL", 0));

  /* What is typed: names, then real ID numbers and phones of the office, digit by digit. */
  for (gsize i = 0; i < G_N_ELEMENTS (household_names); i++)
    g_ptr_array_add (names, g_strdup (household_names[i]));
  g_ptr_array_add (id_digits, query_text (db, "SELECT id_number FROM household_personal WHERE id_number IS NOT NULL "
                                              "ORDER BY household_id LIMIT 1 OFFSET 1000"));
  g_ptr_array_add (id_digits, query_text (db, "SELECT id_number FROM household_personal WHERE id_number IS NOT NULL "
                                              "ORDER BY household_id DESC LIMIT 1"));
  g_ptr_array_add (phones, query_text (db, "SELECT phone_key FROM households WHERE phone_key IS NOT NULL "
                                           "ORDER BY id LIMIT 1 OFFSET 500"));
  g_ptr_array_add (phones, query_text (db, "SELECT phone_key FROM households WHERE phone_key IS NOT NULL "
                                           "ORDER BY id DESC LIMIT 1"));
  for (gsize i = 0; i < G_N_ELEMENTS (typed_donors); i++)
    g_ptr_array_add (donor_names, g_strdup (typed_donors[i]));
  g_ptr_array_add (donor_phones, query_text (db, "SELECT phone FROM donors WHERE phone IS NOT NULL ORDER BY id LIMIT 1 OFFSET 500"));
  g_ptr_array_add (donor_phones, query_text (db, "SELECT phone FROM donors WHERE phone IS NOT NULL ORDER BY id DESC LIMIT 1"));
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (all_households, g_strdup (names->pdata[i]));
  for (guint i = 0; i < id_digits->len; i++)
    g_ptr_array_add (all_households, g_strdup (id_digits->pdata[i]));
  for (guint i = 0; i < phones->len; i++)
    g_ptr_array_add (all_households, g_strdup (phones->pdata[i]));
  for (guint i = 0; i < donor_names->len; i++)
    g_ptr_array_add (all_donors, g_strdup (donor_names->pdata[i]));
  for (guint i = 0; i < donor_phones->len; i++)
    g_ptr_array_add (all_donors, g_strdup (donor_phones->pdata[i]));

  g_timer_start (timer);
  hindex = tt_household_index_load (db, &error);
  if (hindex == NULL)
    {
      g_printerr ("error: %s\n", error->message);
      return 1;
    }
  g_print ("load household index (%u households)      %8.2f ms\n", tt_household_index_size (hindex),
           g_timer_elapsed (timer, NULL) * 1000.0);
  g_timer_start (timer);
  dindex = tt_donor_index_load (db, NULL);
  g_print ("load donor index (%u donors)              %8.2f ms\n", tt_donor_index_size (dindex),
           g_timer_elapsed (timer, NULL) * 1000.0);

  g_print ("\nEach key typed, ordered ids of every match (what the list shows), %d rounds:\n", rounds);
  print_figures ("households: name letter by letter",
                 time_keys (household_index_ids, hindex, names, NULL, 0, rounds, hall, &most));
  print_figures ("households: ID number digits",
                 time_keys (household_index_ids, hindex, id_digits, NULL, 0, rounds, hall, NULL));
  print_figures ("households: phone digits",
                 time_keys (household_index_ids, hindex, phones, NULL, 0, rounds, hall, NULL));
  print_figures ("households: name, poor of this year",
                 time_keys (household_index_ids, hindex, names, "poor", this_year, rounds, NULL, NULL));
  print_figures ("donors (anchor): name letter by letter",
                 time_keys (donor_index_ids, dindex, donor_names, NULL, 0, rounds, dall, NULL));
  print_figures ("donors (anchor): phone digits",
                 time_keys (donor_index_ids, dindex, donor_phones, NULL, 0, rounds, dall, NULL));
  hf = figures_of (hall);
  df = figures_of (dall);
  print_figures ("households, every key", hf);
  print_figures ("donors (anchor), every key", df);
  print_ratio ("households / donors", hf, df);
  g_print ("largest household list for one key: %u ids\n", most);

  g_print ("\nEach key typed in SQL (household list --search, donor list --search), 1 round:\n");
  g_array_set_size (hall, 0);
  g_array_set_size (dall, 0);
  hf = time_keys (household_sql_ids, db, all_households, NULL, 0, 1, NULL, NULL);
  df = time_keys (donor_sql_ids, db, all_donors, NULL, 0, 1, NULL, NULL);
  print_figures ("households, SQL, every key", hf);
  print_figures ("donors (anchor), SQL, every key", df);
  print_ratio ("households / donors, SQL", hf, df);
  {
    g_autoptr(GArray) one = NULL;

    g_timer_start (timer);
    one = household_sql_ids (db, "nguyen thi lan", NULL, 0);
    g_print ("household SQL “nguyen thi lan” (whole text)      %8.2f ms  (%u households)\n",
             g_timer_elapsed (timer, NULL) * 1000.0, one->len);
  }

  g_clear_object (&db);
  if (!keep && tmpdir != NULL)
    {
      g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);
      g_unlink (db_path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (tmpdir);
    }
  else if (tmpdir != NULL)
    g_print ("office file kept: %s\n", db_path);
  return 0;
}
