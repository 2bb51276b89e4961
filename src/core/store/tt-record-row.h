/* tt-record-row.h — one record as an item of a list model, read the first time it is asked for */
#pragma once

#include "tt-db.h"
#include "tt-query-model.h"

G_BEGIN_DECLS

/* Reads record @id; NULL with TT_INPUT_ERROR_NOT_FOUND for a record that is gone. */
typedef gpointer (*TtRecordReadFunc) (TtDb    *db,
                                      gint64   id,
                                      GError **error);

/* How the records of a list are read and freed. */
typedef struct
{
  TtRecordReadFunc read;
  GDestroyNotify   free;
} TtRecordKind;

#define TT_TYPE_RECORD_ROW (tt_record_row_get_type ())
G_DECLARE_FINAL_TYPE (TtRecordRow, tt_record_row, TT, RECORD_ROW, GObject)

TtQueryModel *tt_record_model_new  (TtDb               *db,
                                    const TtRecordKind *kind);
gint64        tt_record_row_get_id (TtRecordRow        *self);
gconstpointer tt_record_row_get    (TtRecordRow        *self,
                                    GError            **error);

G_END_DECLS
