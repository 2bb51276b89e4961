/* tt-table-private.h — what the CSV and XLSX readers share */
#pragma once

#include <stdio.h>

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
FILE        *tt_table_spool_open    (GError     **error);
gboolean     tt_table_spool_read    (FILE        *spool,
                                     char        *buf,
                                     gsize        len,
                                     gint64       offset);
gboolean     tt_table_spool_failed  (GError     **error,
                                     int          saved);

/* A workbook's shared texts, the first in memory and the rest in a temporary file. */
typedef struct _TtTableStrings TtTableStrings;

TtTableStrings *tt_table_strings_new  (void);
void            tt_table_strings_free (TtTableStrings       *strings);
gboolean        tt_table_strings_add  (TtTableStrings       *strings,
                                       const char           *text,
                                       gsize                 len,
                                       GError              **error);
guint           tt_table_strings_len  (const TtTableStrings *strings);
const char     *tt_table_strings_get  (TtTableStrings       *strings,
                                       guint                 i);
void            tt_table_strings_set_memory_bytes (gsize bytes);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtTableStrings, tt_table_strings_free)

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
