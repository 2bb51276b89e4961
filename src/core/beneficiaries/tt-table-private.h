/* tt-table-private.h — what the CSV and XLSX readers share */
#pragma once

#include "tt-table.h"

G_BEGIN_DECLS

TtTable     *tt_table_new           (const char  *encoding,
                                     char         delimiter);
TtTableRows *tt_table_rows_new      (void);
void         tt_table_rows_free     (TtTableRows *rows);
gboolean     tt_table_add_row       (TtTable     *table,
                                     GPtrArray   *cells,
                                     guint        row_number,
                                     GError     **error);
gboolean     tt_table_rows_finish   (TtTable     *table,
                                     GError     **error);

/* Text in the legacy TCVN3 (ABC) or VNI encodings, told from UTF-8 text fed a line or more at a
 * time: how often the marks of each were seen, and the first line of each. */
typedef struct
{
  guint     tcvn3, vni, line, first_tcvn3, first_vni;
  char     *sample_tcvn3, *sample_vni;
  gunichar  prev;
} TtLegacyScan;

void         tt_legacy_scan_feed    (TtLegacyScan *scan,
                                     const char   *text,
                                     gsize         length);
gboolean     tt_legacy_scan_refuse  (TtLegacyScan *scan,
                                     const TtTable *table,
                                     GError      **error);
void         tt_legacy_scan_clear   (TtLegacyScan *scan);

G_END_DECLS
