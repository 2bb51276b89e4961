/* tt-donor-row.h — one donor as an item of a list model */
#pragma once

#include "tt-donors.h"

G_BEGIN_DECLS

#define TT_TYPE_DONOR_ROW (tt_donor_row_get_type ())
G_DECLARE_FINAL_TYPE (TtDonorRow, tt_donor_row, TT, DONOR_ROW, GObject)

TtDonorRow    *tt_donor_row_new        (TtDonor    *donor);
const TtDonor *tt_donor_row_get_donor  (TtDonorRow *self);
GObject       *tt_donor_row_fetch      (gint64      id,
                                        gpointer    db);

G_END_DECLS
