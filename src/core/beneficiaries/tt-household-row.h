/* tt-household-row.h — one household as an item of a list model */
#pragma once

#include "tt-households.h"

G_BEGIN_DECLS

#define TT_TYPE_HOUSEHOLD_ROW (tt_household_row_get_type ())
G_DECLARE_FINAL_TYPE (TtHouseholdRow, tt_household_row, TT, HOUSEHOLD_ROW, GObject)

const TtHousehold *tt_household_row_get_household (TtHouseholdRow *self);
gint64             tt_household_row_get_id        (TtHouseholdRow *self);
void               tt_household_row_set_id        (TtHouseholdRow *self,
                                                   gint64          id);
GObject           *tt_household_row_fetch         (gint64          id,
                                                   gpointer        db);
void               tt_household_row_refill        (GObject        *row,
                                                   gint64          id,
                                                   gpointer        db);

G_END_DECLS
