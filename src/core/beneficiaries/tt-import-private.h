/* tt-import-private.h — the import's state, shared by its setup (tt-import.c) and the run
 * that checks and writes the rows (tt-import-run.c) */
#pragma once

#include "tt-import.h"

G_BEGIN_DECLS

struct _TtImport
{
  TtDb               *db;
  TtTable            *table;
  guint               header_row;
  guint               n_columns;
  int                 columns[TT_IMPORT_N_FIELDS];
  int                 year;
  gint64              commune_id;
  TtImportDuplicates  duplicates;
  gboolean            skip_bad_rows;
  GPtrArray          *problems;
  GArray             *states;     /* TtImportRowState per table row, a byte each */
  gint                done;       /* rows gone through by the run under way (atomic) */
};

G_END_DECLS
