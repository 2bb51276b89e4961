/* tt-household-row.c — the register's households as the rows of a list model (tt-record-row.c) */
#include "config.h"

#include "tt-household-row.h"

static gpointer
read_household (TtDb *db, gint64 id, GError **error)
{
  TtHousehold *household = tt_household_get (db, id, NULL);

  if (household == NULL)
    {
      household = g_new0 (TtHousehold, 1);
      household->id = id;
      household->head_name = g_strdup ("");
    }
  return household;
}

const TtRecordKind tt_household_record = { read_household, (GDestroyNotify) tt_household_free };

/* The household, read from the office file the first time. */
const TtHousehold *
tt_household_row_get_household (TtRecordRow *row)
{
  return tt_record_row_get (row, NULL);
}
