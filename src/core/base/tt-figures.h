/* tt-figures.h — derived figures computed once: rates and their written form */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TT_RATE_UNKNOWN (-1.0)

double  tt_rate        (gint64  part,
                        gint64  whole);
char   *tt_rate_format (double  rate,
                        int     decimals,
                        gboolean trim_zero);
char   *tt_rate_display (double rate,
                         int    decimals);

G_END_DECLS
