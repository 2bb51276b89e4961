/* bench-util.h — what the benchmarks share */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

double bench_median (double *values,
                     int     n);

/* Times every statement run on @db (its triggers included) until bench_sql_profile_print(). */
void   bench_sql_profile_start (sqlite3 *db);
void   bench_sql_profile_print (sqlite3 *db,
                                double   total);

G_END_DECLS
