/* tt-household-row.h — the register's households as the rows of a list model */
#pragma once

#include "tt-households.h"
#include "tt-record-row.h"

G_BEGIN_DECLS

/* A household that is gone reads as an empty one with its id. */
extern const TtRecordKind tt_household_record;

const TtHousehold *tt_household_row_get_household (TtRecordRow *row);

G_END_DECLS
