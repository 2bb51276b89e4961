/* tt-household-row.c — one household as an item of a list model */
#include "config.h"

#include "tt-household-row.h"

struct _TtHouseholdRow
{
  GObject      parent_instance;
  TtHousehold *household;
};

G_DEFINE_FINAL_TYPE (TtHouseholdRow, tt_household_row, G_TYPE_OBJECT)

static void
tt_household_row_finalize (GObject *object)
{
  g_clear_pointer (&TT_HOUSEHOLD_ROW (object)->household, tt_household_free);
  G_OBJECT_CLASS (tt_household_row_parent_class)->finalize (object);
}

static void
tt_household_row_class_init (TtHouseholdRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_household_row_finalize;
}

static void
tt_household_row_init (TtHouseholdRow *self)
{
}

const TtHousehold *
tt_household_row_get_household (TtHouseholdRow *self)
{
  g_return_val_if_fail (TT_IS_HOUSEHOLD_ROW (self), NULL);
  return self->household;
}

/* A TtQueryFetchFunc over the register of the TtDb @db. */
GObject *
tt_household_row_fetch (gint64   id,
                        gpointer db)
{
  TtHousehold *household = tt_household_get (db, id, NULL);
  TtHouseholdRow *row;

  if (household == NULL)
    return NULL;
  row = g_object_new (TT_TYPE_HOUSEHOLD_ROW, NULL);
  row->household = household;
  return G_OBJECT (row);
}
