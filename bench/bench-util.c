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
