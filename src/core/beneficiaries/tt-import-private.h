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
  GPtrArray          *problems;   /* the first TT_IMPORT_MAX_PROBLEMS */
  guint               problems_left_out;
  GArray             *states;     /* TtImportRowState per table row, a byte each */
  gint                done;       /* rows gone through by the run under way (atomic) */
};

typedef enum
{
  TT_IMPORT_BIRTH_OK,
  TT_IMPORT_BIRTH_NOT_A_YEAR,   /* no four-digit year where one belongs */
  TT_IMPORT_BIRTH_NOT_A_DATE,   /* a day or month that no calendar has */
} TtImportBirth;

TtImportBirth tt_import_birth_year_of (const char *text,
                                       int        *year);

typedef struct _TtImportBackup TtImportBackup;

gboolean tt_import_backup_start  (TtDb            *db,
                                  TtImportBackup **out,
                                  GError         **error);
gboolean tt_import_backup_finish (TtImportBackup  *backup,
                                  GError         **error);

G_END_DECLS
