/* bench-util.c — what the benchmarks share */
#include "config.h"

#include <stdlib.h>

#include "bench-util.h"

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The median of @n values (sorted in place). */
double
bench_median (double *values,
              int     n)
{
  qsort (values, n, sizeof (double), cmp_double);
  return values[n / 2];
}

typedef struct
{
  char  *sql;
  double seconds;
  guint  calls;
} SqlCost;

static GHashTable *sql_costs;

static int
on_profile (unsigned type, void *data, void *p, void *x)
{
  const char *sql = sqlite3_sql (p);
  SqlCost *c;

  (void) type, (void) data;
  if (sql == NULL)
    return 0;
  if ((c = g_hash_table_lookup (sql_costs, sql)) == NULL)
    {
      c = g_new0 (SqlCost, 1);
      c->sql = g_strdup (sql);
      g_hash_table_insert (sql_costs, c->sql, c);
    }
  c->seconds += *(sqlite3_int64 *) x / 1e9;
  c->calls++;
  return 0;
}

void
bench_sql_profile_start (sqlite3 *db)
{
  if (sql_costs == NULL)
    sql_costs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_hash_table_remove_all (sql_costs);
  sqlite3_trace_v2 (db, SQLITE_TRACE_PROFILE, on_profile, NULL);
}

static int
cmp_cost (gconstpointer a, gconstpointer b)
{
  const SqlCost *x = *(SqlCost *const *) a, *y = *(SqlCost *const *) b;
  return (y->seconds > x->seconds) - (y->seconds < x->seconds);
}

/* The statements that took the longest, with their share of @total seconds. */
void
bench_sql_profile_print (sqlite3 *db,
                         double   total)
{
  g_autoptr(GPtrArray) costs = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;
  double in_sql = 0;

  g_hash_table_iter_init (&iter, sql_costs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (costs, value);

  sqlite3_trace_v2 (db, 0, NULL, NULL);
  g_ptr_array_sort (costs, cmp_cost);
  for (guint i = 0; i < costs->len; i++)
    in_sql += ((SqlCost *) costs->pdata[i])->seconds;
  g_print ("  in SQLite %.2f s of %.2f s\n", in_sql, total);
  for (guint i = 0; i < MIN (costs->len, 12); i++)
    {
      SqlCost *c = costs->pdata[i];
      g_autofree char *one_line = g_strndup (c->sql, 90);
      g_strdelimit (one_line, "\n", ' ');
      g_print ("  %6.2f s %7ux  %s\n", c->seconds, c->calls, one_line);
    }
}
