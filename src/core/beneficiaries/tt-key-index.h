/* tt-key-index.h — keys an import has met, in memory up to a limit and past it on disk */
#pragma once

#include "tt-db-private.h"

G_BEGIN_DECLS

typedef struct _TtKeyIndex TtKeyIndex;

/* How many keys an index keeps in memory before the rest go to a temporary table. */
#define TT_KEY_INDEX_MEMORY_KEYS 200000

TtKeyIndex *tt_key_index_new      (TtDb        *db,
                                   const char  *name,
                                   gboolean     id_keys);
void        tt_key_index_free     (TtKeyIndex  *index);
gboolean    tt_key_index_get      (TtKeyIndex  *index,
                                   const char  *key,
                                   gint64      *value);
gboolean    tt_key_index_get_id   (TtKeyIndex  *index,
                                   gint64       key,
                                   gint64      *value);
void        tt_key_index_put      (TtKeyIndex  *index,
                                   const char  *key,
                                   gint64       value);
void        tt_key_index_put_id   (TtKeyIndex  *index,
                                   gint64       key,
                                   gint64       value);
gboolean    tt_key_index_check    (TtKeyIndex  *index,
                                   GError     **error);
void        tt_key_index_set_memory_keys (guint keys);

G_END_DECLS
