/* tt-batches.h — a stack of slips entered together, checked against its declared count and total */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   id;
  gint64   expected_count;
  gint64   expected_total;
  gint64   count;           /* valid receipts in the batch */
  gint64   total;           /* đồng on them */
  gboolean closed;
} TtBatch;

gint64    tt_batch_open     (TtDb        *db,
                             gint64       expected_count,
                             gint64       expected_total,
                             const char  *note,
                             GError     **error);
gboolean  tt_batch_get      (TtDb        *db,
                             gint64       id,
                             TtBatch     *out,
                             GError     **error);
char     *tt_batch_mismatch (const TtBatch *batch);
gboolean  tt_batch_close    (TtDb        *db,
                             gint64       id,
                             gboolean     accept_mismatch,
                             GError     **error);

G_END_DECLS
