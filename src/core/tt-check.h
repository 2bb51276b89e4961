/* tt-check.h — integrity check and the application's own invariants */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

gboolean tt_check_run (TtDb       *db,
                       GPtrArray **out_problems,
                       GError    **error);

/* What a sound file holds, for the line that says so. */
typedef struct
{
  gint64 donors;
  gint64 receipts;
  gint64 audit_entries;
} TtCheckTotals;

void     tt_check_totals (TtDb          *db,
                          TtCheckTotals *out);

G_END_DECLS
