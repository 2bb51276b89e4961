/* tt-query-model.h — a GListModel over the ordered row ids of an SQL query */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TT_TYPE_QUERY_MODEL (tt_query_model_get_type ())
G_DECLARE_FINAL_TYPE (TtQueryModel, tt_query_model, TT, QUERY_MODEL, GObject)

/* Makes the row object for @id; NULL when the row is gone. */
typedef GObject *(*TtQueryFetchFunc) (gint64 id, gpointer user_data);
/* Points the row object @row at @id; the row tells its views (a property notification). */
typedef void (*TtQueryRefillFunc) (GObject *row, gint64 id, gpointer user_data);

TtQueryModel *tt_query_model_new          (GType             item_type,
                                           TtQueryFetchFunc  fetch,
                                           gpointer          user_data,
                                           GDestroyNotify    destroy);
void          tt_query_model_set_ids      (TtQueryModel     *self,
                                           GArray           *ids);
void          tt_query_model_set_refill   (TtQueryModel     *self,
                                           TtQueryRefillFunc refill);
gint64        tt_query_model_get_id       (TtQueryModel     *self,
                                           guint             position);
gboolean      tt_query_model_find         (TtQueryModel     *self,
                                           gint64            id,
                                           guint            *out_position);
void          tt_query_model_row_changed  (TtQueryModel     *self,
                                           gint64            id);
void          tt_query_model_rows_stale   (TtQueryModel     *self);

G_END_DECLS
