/* tt-table.h — rows of text cells read from the CSV and XLSX files offices receive */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TtTableRows TtTableRows;

/* Rows of text cells, each with the row number a person sees (CSV line, sheet row); rows may
 * have different lengths. The rows are read in turn as the file is read, and kept on disk past
 * the first few: the memory a table takes hardly grows with the file's size. */
typedef struct
{
  TtTableRows *rows;
  char        *encoding;  /* what the text was decoded from, e.g. "UTF-8", "UTF-16LE" */
  char         delimiter; /* CSV: ',', ';' or '\t'; 0 for XLSX */
} TtTable;

/* The most a workbook part read whole (the workbook, its relationships) may take unpacked. */
#define TT_TABLE_MAX_BYTES (256 * 1024 * 1024)

void        tt_table_free       (TtTable     *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtTable, tt_table_free)

TtTable    *tt_table_read_csv   (const char  *data,
                                 gsize        length,
                                 GError     **error);
TtTable    *tt_table_read_xlsx  (const char  *data,
                                 gsize        length,
                                 GError     **error);
TtTable    *tt_table_read_file  (const char  *path,
                                 GError     **error);
guint       tt_table_n_rows     (const TtTable *table);
guint       tt_table_n_cells    (const TtTable *table,
                                 guint        row);
const char *tt_table_cell       (const TtTable *table,
                                 guint        row,
                                 guint        column);
guint       tt_table_row_number (const TtTable *table,
                                 guint        row);
guint       tt_table_max_cells  (const TtTable *table,
                                 guint        from_row);
gboolean    tt_table_failed     (const TtTable *table);

G_END_DECLS
