/* tt-table-private.h — what the CSV and XLSX readers share */
#pragma once

#include "tt-table.h"

G_BEGIN_DECLS

TtTable    *tt_table_new             (const char  *encoding,
                                      char         delimiter);
void        tt_table_add_row         (TtTable     *table,
                                      GPtrArray   *cells,
                                      guint        row_number);
char       *tt_table_decode          (const char  *data,
                                      gsize        length,
                                      char       **encoding,
                                      gsize       *out_length,
                                      GError     **error);
const char *tt_table_legacy_encoding (const char  *text,
                                      gsize        length,
                                      guint       *row,
                                      char       **sample);

G_END_DECLS
