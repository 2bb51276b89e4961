/* tt-record-row.c — one record as an item of a list model
 *
 * A row knows its record's id and reads the record the first time it is asked for, so a view
 * (or GTK's selection, which asks for every item of a new result to find the one selected) may
 * make rows for every position it walks through without a query each. The model keeps the rows
 * of the positions a view shows and points them at the ids of a new result
 * (tt_query_model_set_refill()): the row forgets its record, and the views that show it hear
 * "notify::id" and show it again.
 */
#include "config.h"

#include "tt-error.h"
#include "tt-record-row.h"

struct _TtRecordRow
{
  GObject             parent_instance;
  TtDb               *db;
  const TtRecordKind *kind;
  gint64              id;
  gpointer            record;   /* NULL until read, or when the record is gone */
  gboolean            read;
};

G_DEFINE_FINAL_TYPE (TtRecordRow, tt_record_row, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
forget (TtRecordRow *self)
{
  if (self->record != NULL)
    self->kind->free (self->record);
  self->record = NULL;
  self->read = FALSE;
}

static void
tt_record_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, TT_RECORD_ROW (object)->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_record_row_finalize (GObject *object)
{
  TtRecordRow *self = TT_RECORD_ROW (object);

  forget (self);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_record_row_parent_class)->finalize (object);
}

static void
tt_record_row_class_init (TtRecordRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tt_record_row_finalize;
  object_class->get_property = tt_record_row_get_property;
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tt_record_row_init (TtRecordRow *self)
{
}

/* What the model's rows are made from. */
typedef struct
{
  TtDb               *db;
  const TtRecordKind *kind;
} Source;

static void
source_free (Source *source)
{
  g_clear_object (&source->db);
  g_free (source);
}

static GObject *
fetch (gint64 id, gpointer data)
{
  Source *source = data;
  TtRecordRow *row = g_object_new (TT_TYPE_RECORD_ROW, NULL);

  row->db = source->db != NULL ? g_object_ref (source->db) : NULL;
  row->kind = source->kind;
  row->id = id;
  return G_OBJECT (row);
}

/* The row shows record @id from now on, read again when next asked for. */
static void
refill (GObject *object, gint64 id, gpointer data)
{
  TtRecordRow *self = TT_RECORD_ROW (object);

  forget (self);
  self->id = id;
  g_object_notify_by_pspec (object, properties[PROP_ID]);
}

/* A list model whose rows are records of @kind read from @db (NULL: a model that stays empty). */
TtQueryModel *
tt_record_model_new (TtDb               *db,
                     const TtRecordKind *kind)
{
  Source *source = g_new0 (Source, 1);
  TtQueryModel *model;

  source->db = db != NULL ? g_object_ref (db) : NULL;
  source->kind = kind;
  model = tt_query_model_new (TT_TYPE_RECORD_ROW, fetch, source, (GDestroyNotify) source_free);
  tt_query_model_set_refill (model, refill);
  return model;
}

gint64
tt_record_row_get_id (TtRecordRow *self)
{
  g_return_val_if_fail (TT_IS_RECORD_ROW (self), 0);
  return self->id;
}

/* The record, read the first time it is asked for; NULL (and @error) when it is gone, or when
 * it cannot be read now (it is then read again when next asked for). */
gconstpointer
tt_record_row_get (TtRecordRow  *self,
                   GError      **error)
{
  g_autoptr(GError) failed = NULL;

  if (self == NULL || self->db == NULL)
    return NULL;
  if (!self->read)
    {
      self->record = self->kind->read (self->db, self->id, &failed);
      self->read = self->record != NULL || g_error_matches (failed, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
      if (failed != NULL)
        g_propagate_error (error, g_steal_pointer (&failed));
    }
  return self->record;
}
