/* tt-query-model.c — a GListModel over the ordered row ids of an SQL query
 *
 * Sorting, filtering and search happen in SQL; the model keeps only the resulting ids
 * (8 bytes a row) and makes row objects when a view asks for them, keeping the most recent
 * ones in a small cache. A new result replaces the ids with one items-changed.
 *
 * With a refill function (tt_query_model_set_refill()) the row objects of the first
 * positions — those a view shows after a new result — are kept and pointed at the new ids
 * instead: GTK 4.8's list views keep about 200 row widgets and would make them all again for
 * new objects (a few hundred milliseconds for a column view), while for the same objects
 * they keep the widgets, and the rows' own notifications update what they show. The first row
 * object stays in place, so the items-changed of a new result starts at position 1: a view
 * anchored at the top then finds its rows again without looking through every new row. The
 * first rows are refilled at once and the others a few at a time when the main loop is idle
 * (each refilled row is measured again by its view), or at once when asked for.
 */
#include "config.h"

#include "tt-query-model.h"

#define CACHE_LIMIT 512
#define N_SLOTS     256   /* more than the rows a GTK 4.8 list view keeps */
#define N_AT_ONCE   24    /* more than a view shows at 1366×768 */
#define N_PER_IDLE  8

struct _TtQueryModel
{
  GObject           parent_instance;

  GType             item_type;
  TtQueryFetchFunc  fetch;
  gpointer          user_data;
  GDestroyNotify    destroy;

  TtQueryRefillFunc refill;

  GArray           *ids;
  GHashTable       *cache;     /* id → row object */
  GPtrArray        *slots;     /* with refill: row objects of the first positions, or NULL */
  GArray           *slot_ids;  /* the id each of them shows */
  guint             refill_source;
};

static void tt_query_model_list_model_init (GListModelInterface *iface);
static void unref_row (gpointer row);

G_DEFINE_FINAL_TYPE_WITH_CODE (TtQueryModel, tt_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, tt_query_model_list_model_init))

static void
unref_row (gpointer row)
{
  if (row != NULL)
    g_object_unref (row);
}

/* Points the row object of @position at the id there now, if it shows another. */
static void
refill_slot (TtQueryModel *self, guint position)
{
  gint64 id = g_array_index (self->ids, gint64, position);

  if (self->slots->pdata[position] != NULL && g_array_index (self->slot_ids, gint64, position) != id)
    {
      g_array_index (self->slot_ids, gint64, position) = id;
      self->refill (self->slots->pdata[position], id, self->user_data);
    }
}

static gboolean
refill_some_cb (gpointer data)
{
  TtQueryModel *self = data;
  guint done = 0;

  for (guint i = 0; i < self->slots->len && done < N_PER_IDLE; i++)
    if (self->slots->pdata[i] != NULL && g_array_index (self->slot_ids, gint64, i) != g_array_index (self->ids, gint64, i))
      {
        refill_slot (self, i);
        done++;
      }
  if (done < N_PER_IDLE)
    {
      self->refill_source = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static GType
tt_query_model_get_item_type (GListModel *model)
{
  return TT_QUERY_MODEL (model)->item_type;
}

static guint
tt_query_model_get_n_items (GListModel *model)
{
  return TT_QUERY_MODEL (model)->ids->len;
}

static gpointer
tt_query_model_get_item (GListModel *model,
                         guint       position)
{
  TtQueryModel *self = TT_QUERY_MODEL (model);
  gint64 id;
  GObject *item;

  if (position >= self->ids->len)
    return NULL;
  id = g_array_index (self->ids, gint64, position);
  if (self->refill != NULL && position < N_SLOTS)
    {
      if (position >= self->slots->len)
        {
          g_ptr_array_set_size (self->slots, position + 1);
          g_array_set_size (self->slot_ids, position + 1);
        }
      if (self->slots->pdata[position] == NULL)
        {
          self->slots->pdata[position] = self->fetch (id, self->user_data);
          g_array_index (self->slot_ids, gint64, position) = id;
        }
      else
        refill_slot (self, position);
      return self->slots->pdata[position] ? g_object_ref (self->slots->pdata[position]) : NULL;
    }
  item = g_hash_table_lookup (self->cache, &id);
  if (item != NULL)
    return g_object_ref (item);

  item = self->fetch (id, self->user_data);
  if (item == NULL)
    return NULL;
  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (item));
  return item;
}

static void
tt_query_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = tt_query_model_get_item_type;
  iface->get_n_items = tt_query_model_get_n_items;
  iface->get_item = tt_query_model_get_item;
}

static void
tt_query_model_finalize (GObject *object)
{
  TtQueryModel *self = TT_QUERY_MODEL (object);

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_handle_id (&self->refill_source, g_source_remove);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->slot_ids, g_array_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  G_OBJECT_CLASS (tt_query_model_parent_class)->finalize (object);
}

static void
tt_query_model_class_init (TtQueryModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_query_model_finalize;
}

static void
tt_query_model_init (TtQueryModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->slots = g_ptr_array_new_with_free_func (unref_row);
  self->slot_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
}

TtQueryModel *
tt_query_model_new (GType             item_type,
                    TtQueryFetchFunc  fetch,
                    gpointer          user_data,
                    GDestroyNotify    destroy)
{
  TtQueryModel *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (fetch != NULL, NULL);

  self = g_object_new (TT_TYPE_QUERY_MODEL, NULL);
  self->item_type = item_type;
  self->fetch = fetch;
  self->user_data = user_data;
  self->destroy = destroy;
  return self;
}

/* Replaces the rows with @ids (the model keeps a reference) and tells the views once. */
void
tt_query_model_set_ids (TtQueryModel *self,
                        GArray       *ids)
{
  guint removed;

  g_return_if_fail (TT_IS_QUERY_MODEL (self));
  g_return_if_fail (ids != NULL && g_array_get_element_size (ids) == sizeof (gint64));

  removed = self->ids->len;
  g_array_unref (self->ids);
  self->ids = g_array_ref (ids);
  g_hash_table_remove_all (self->cache);
  if (self->refill != NULL)
    {
      /* The rows of the first positions show the new ids; those past the new end go. */
      if (self->slots->len > ids->len)
        {
          g_ptr_array_set_size (self->slots, ids->len);
          g_array_set_size (self->slot_ids, ids->len);
        }
      for (guint i = 0; i < self->slots->len && i < N_AT_ONCE; i++)
        refill_slot (self, i);
      if (self->slots->len > N_AT_ONCE && self->refill_source == 0)
        self->refill_source = g_idle_add (refill_some_cb, self);
      if (removed > 0 && ids->len > 0 && self->slots->len > 0 && self->slots->pdata[0] != NULL)
        {
          if (removed > 1 || ids->len > 1)
            g_list_model_items_changed (G_LIST_MODEL (self), 1, removed - 1, ids->len - 1);
          return;
        }
    }
  if (removed > 0 || ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, ids->len);
}

/* The rows kept are pointed at their ids again by the next tt_query_model_set_ids(), those
 * whose id is the same included: a result read again may have changed what they show. */
void
tt_query_model_rows_stale (TtQueryModel *self)
{
  g_return_if_fail (TT_IS_QUERY_MODEL (self));

  for (guint i = 0; i < self->slot_ids->len; i++)
    g_array_index (self->slot_ids, gint64, i) = 0;
}

/* Keeps the row objects of the first positions across new results, pointing them at the new
 * ids with @refill (which must make the row notify its views). */
void
tt_query_model_set_refill (TtQueryModel      *self,
                           TtQueryRefillFunc  refill)
{
  g_return_if_fail (TT_IS_QUERY_MODEL (self));

  self->refill = refill;
  g_ptr_array_set_size (self->slots, 0);
  g_array_set_size (self->slot_ids, 0);
}

gint64
tt_query_model_get_id (TtQueryModel *self,
                       guint         position)
{
  g_return_val_if_fail (TT_IS_QUERY_MODEL (self), 0);

  if (position >= self->ids->len)
    return 0;
  return g_array_index (self->ids, gint64, position);
}

gboolean
tt_query_model_find (TtQueryModel *self,
                     gint64        id,
                     guint        *out_position)
{
  g_return_val_if_fail (TT_IS_QUERY_MODEL (self), FALSE);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      {
        if (out_position != NULL)
          *out_position = i;
        return TRUE;
      }
  return FALSE;
}

/* The row @id was edited: views that show it make it again. */
void
tt_query_model_row_changed (TtQueryModel *self,
                            gint64        id)
{
  guint position;

  g_return_if_fail (TT_IS_QUERY_MODEL (self));

  g_hash_table_remove (self->cache, &id);
  if (!tt_query_model_find (self, id, &position))
    return;
  if (self->refill != NULL && position < self->slots->len && self->slots->pdata[position] != NULL)
    {
      g_array_index (self->slot_ids, gint64, position) = id;
      self->refill (self->slots->pdata[position], id, self->user_data);
    }
  else
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}
