/* tt-query-model.c — a GListModel over the ordered row ids of an SQL query
 *
 * Sorting, filtering and search happen in SQL; the model keeps only the resulting ids
 * (8 bytes a row) and makes row objects when a view asks for them, keeping the most recent
 * ones in a small cache. A new result replaces the ids with one items-changed.
 */
#include "config.h"

#include "tt-query-model.h"

#define CACHE_LIMIT 512

struct _TtQueryModel
{
  GObject           parent_instance;

  GType             item_type;
  TtQueryFetchFunc  fetch;
  gpointer          user_data;
  GDestroyNotify    destroy;

  GArray           *ids;
  GHashTable       *cache;     /* id → row object */
};

static void tt_query_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TtQueryModel, tt_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, tt_query_model_list_model_init))

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
  if (removed > 0 || ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, ids->len);
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
  if (tt_query_model_find (self, id, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}
