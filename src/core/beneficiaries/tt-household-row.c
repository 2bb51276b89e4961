/* tt-household-row.c — one household as an item of a list model
 *
 * A row knows its household's id and reads the household the first time it is asked for, so
 * a view may make rows for every position it walks through without a query each. A row can
 * be pointed at another household (tt_household_row_set_id()): a list keeps the rows of the
 * positions it shows and refills them with a new result, and views that show the row hear
 * "notify::id" and show it again.
 */
#include "config.h"

#include "tt-household-row.h"

struct _TtHouseholdRow
{
  GObject      parent_instance;
  TtDb        *db;          /* not owned: the model that makes rows keeps the office open */
  gint64       id;
  TtHousehold *household;   /* read on first use */
};

G_DEFINE_FINAL_TYPE (TtHouseholdRow, tt_household_row, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
tt_household_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, TT_HOUSEHOLD_ROW (object)->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_household_row_finalize (GObject *object)
{
  g_clear_pointer (&TT_HOUSEHOLD_ROW (object)->household, tt_household_free);
  G_OBJECT_CLASS (tt_household_row_parent_class)->finalize (object);
}

static void
tt_household_row_class_init (TtHouseholdRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tt_household_row_finalize;
  object_class->get_property = tt_household_row_get_property;
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tt_household_row_init (TtHouseholdRow *self)
{
}

/* The household, read from the office file the first time; a household that is gone reads
 * as an empty one with its id. */
const TtHousehold *
tt_household_row_get_household (TtHouseholdRow *self)
{
  g_return_val_if_fail (TT_IS_HOUSEHOLD_ROW (self), NULL);

  if (self->household == NULL)
    {
      self->household = tt_household_get (self->db, self->id, NULL);
      if (self->household == NULL)
        {
          self->household = g_new0 (TtHousehold, 1);
          self->household->id = self->id;
          self->household->head_name = g_strdup ("");
        }
    }
  return self->household;
}

gint64
tt_household_row_get_id (TtHouseholdRow *self)
{
  g_return_val_if_fail (TT_IS_HOUSEHOLD_ROW (self), 0);
  return self->id;
}

/* Points the row at household @id (read again when next asked for) and tells its views. */
void
tt_household_row_set_id (TtHouseholdRow *self,
                         gint64          id)
{
  g_return_if_fail (TT_IS_HOUSEHOLD_ROW (self));

  g_clear_pointer (&self->household, tt_household_free);
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/* A TtQueryFetchFunc over the register of the TtDb @db. */
GObject *
tt_household_row_fetch (gint64   id,
                        gpointer db)
{
  TtHouseholdRow *row = g_object_new (TT_TYPE_HOUSEHOLD_ROW, NULL);

  row->db = db;
  row->id = id;
  return G_OBJECT (row);
}

/* A TtQueryRefillFunc: the row shows household @id from now on. */
void
tt_household_row_refill (GObject  *row,
                         gint64    id,
                         gpointer  db)
{
  tt_household_row_set_id (TT_HOUSEHOLD_ROW (row), id);
}
