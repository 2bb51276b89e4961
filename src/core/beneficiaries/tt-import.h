/* tt-import.h — importing household lists (CSV, XLSX) into the register, all or nothing */
#pragma once

#include "tt-db.h"
#include "tt-table.h"

G_BEGIN_DECLS

typedef enum
{
  TT_IMPORT_FIELD_HEAD,
  TT_IMPORT_FIELD_BIRTH_YEAR,
  TT_IMPORT_FIELD_GENDER,
  TT_IMPORT_FIELD_ID_NUMBER,
  TT_IMPORT_FIELD_MEMBERS,
  TT_IMPORT_FIELD_VILLAGE,
  TT_IMPORT_FIELD_COMMUNE,
  TT_IMPORT_FIELD_COMMUNE_CODE,
  TT_IMPORT_FIELD_CATEGORY,
  TT_IMPORT_FIELD_YEAR,
  TT_IMPORT_FIELD_PHONE,
  TT_IMPORT_FIELD_ADDRESS,
  TT_IMPORT_FIELD_CODE,
  TT_IMPORT_FIELD_NOTE,
  TT_IMPORT_FIELD_LACKING,
  TT_IMPORT_N_FIELDS
} TtImportField;

typedef enum
{
  TT_IMPORT_DUPLICATES_UPDATE,
  TT_IMPORT_DUPLICATES_SKIP,
} TtImportDuplicates;

typedef enum
{
  TT_IMPORT_ROW_NEW,
  TT_IMPORT_ROW_UPDATE,
  TT_IMPORT_ROW_SKIP,
  TT_IMPORT_ROW_ERROR,
  TT_IMPORT_ROW_IGNORED,   /* numbering or total lines of printed forms */
} TtImportRowState;

typedef struct
{
  guint  row;         /* the row number a person sees in the file */
  char  *column;      /* the column's header, or NULL when the problem is the whole row */
  char  *message;
} TtImportProblem;

typedef struct
{
  guint imported, updated, skipped, errors, new_villages;
} TtImportCounts;

typedef struct _TtImport TtImport;

TtImport         *tt_import_new            (TtDb               *db,
                                            TtTable            *table,
                                            GError            **error);
void              tt_import_free           (TtImport           *import);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtImport, tt_import_free)

const char       *tt_import_field_key      (TtImportField       field);
const char       *tt_import_field_label    (TtImportField       field);
const TtTable    *tt_import_get_table      (TtImport           *import);
guint             tt_import_header_row     (TtImport           *import);
guint             tt_import_n_columns      (TtImport           *import);
const char       *tt_import_header         (TtImport           *import,
                                            guint               column);
int               tt_import_get_column     (TtImport           *import,
                                            TtImportField       field);
void              tt_import_set_column     (TtImport           *import,
                                            TtImportField       field,
                                            int                 column);
gboolean          tt_import_apply_map      (TtImport           *import,
                                            const char         *spec,
                                            GError            **error);
void              tt_import_set_year       (TtImport           *import,
                                            int                 year);
void              tt_import_set_commune    (TtImport           *import,
                                            gint64              commune_id);
void              tt_import_set_duplicates (TtImport           *import,
                                            TtImportDuplicates  action);
void              tt_import_set_skip_bad_rows (TtImport        *import,
                                            gboolean            skip);
gboolean          tt_import_run            (TtImport           *import,
                                            gboolean            dry_run,
                                            TtImportCounts     *counts,
                                            GError            **error);
gboolean          tt_import_run_on         (TtImport           *import,
                                            TtDb               *db,
                                            gboolean            dry_run,
                                            TtImportCounts     *counts,
                                            GError            **error);
void              tt_import_get_progress   (TtImport           *import,
                                            guint              *done,
                                            guint              *total);
/* The problems a run keeps, in row order; past this many it only counts them. */
#define TT_IMPORT_MAX_PROBLEMS 1000

GPtrArray        *tt_import_get_problems   (TtImport           *import);
guint             tt_import_problems_left_out (TtImport        *import);
TtImportRowState  tt_import_row_state      (TtImport           *import,
                                            guint               row);

G_END_DECLS
