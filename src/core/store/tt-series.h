/* tt-series.h — gapless numbering of documents, per series and year, for every kind of document */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  const char *kind;           /* doc_series.doc_kind */
  const char *table;          /* the table the numbered documents live in */
  const char *closed;         /* "The receipt series “%s” is closed." (translatable) */
  const char *counter_off;    /* "… series %s: counter at %lld but %lld … numbered %lld to %lld …" */
  const char *missing;        /* "Receipt %s is missing from its series." */
} TtSeriesKind;

const TtSeriesKind *tt_series_kinds  (gsize        *n_kinds);
const TtSeriesKind *tt_series_kind   (const char   *kind);

gint64              tt_series_take   (TtDb         *db,
                                      const char   *kind,
                                      const char   *code,
                                      int           year,
                                      gint64       *out_series_id,
                                      GError      **error);
char               *tt_series_format (const char   *code,
                                      gint64        number);
char               *tt_series_message (const char  *format,
                                      ...);
gboolean            tt_series_parse  (const char   *text,
                                      char        **out_code,
                                      gint64       *out_number);

G_END_DECLS
