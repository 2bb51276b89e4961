/* bench-util.h — what the benchmarks share */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double bench_median (double *values,
                     int     n);

G_END_DECLS
