/* tt-gift-sheet.h — what a gift list's signing sheet shows, village by village (Vietnamese) */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef enum
{
  TT_SHEET_VILLAGE,    /* the village a group of rows belongs to */
  TT_SHEET_ENTRY,      /* one household */
  TT_SHEET_SUBTOTAL,   /* the village's totals */
} TtSheetLineKind;

typedef struct
{
  TtSheetLineKind  kind;
  char            *stt;
  char            *head;
  char            *birth_year;
  char            *id_masked;    /* "001******789": never the whole number */
  char            *place;        /* village or address */
  char            *category;
  char            *quantity;
  char            *value;        /* "500.000" */
  char            *note;         /* proxy recipient, absence, extra-package reason */
  gint64           number;       /* STT */
  gint64           packages;
  gint64           amount;       /* đồng */
} TtSheetLine;

typedef struct
{
  char      *office;
  char      *parent;
  char      *title;
  char      *campaign;
  char      *place;
  char      *package;        /* "Suất quà: … — trị giá 500.000 đ/suất" */
  GPtrArray *lines;          /* TtSheetLine; see tt_sheet_doc_next_lines() */
  gint64     households;
  gint64     packages;
  gint64     value;
  char      *total;          /* "Tổng cộng: 120 hộ, 120 suất, 60.000.000 đ" */
  char      *total_words;
  char      *date_words;
  char      *head;
  char      *accountant;
  char      *clerk;
  /* private */
  struct _TtSheetReading *reading;   /* lines still being read */
  gboolean   lines_taken;
  GArray    *group_sizes;             /* guint: rows of each village, in order */
  GError    *read_error;
} TtSheetDoc;

typedef struct _TtSheetReading TtSheetReading;

void        tt_sheet_doc_free  (TtSheetDoc  *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtSheetDoc, tt_sheet_doc_free)

TtSheetDoc *tt_sheet_doc_load  (TtDb        *db,
                                gint64       list_id,
                                GError     **error);
/* The next lines of @doc in their order (a reference; NULL after the last): of a sheet being
 * exported, those read since; of a loaded one, all of its lines once. */
GPtrArray  *tt_sheet_doc_next_lines (TtSheetDoc *doc);
/* Gives back @lines from tt_sheet_doc_next_lines() once written: the reading frees them. */
void        tt_sheet_doc_lines_done (TtSheetDoc *doc,
                                     GPtrArray  *lines);
/* Waits for the reading of @doc's lines to end: its totals are then set. FALSE (@error set)
 * when the list could not be read whole. */
gboolean    tt_sheet_doc_finish (TtSheetDoc  *doc,
                                 GError     **error);
/* How many rows each village of @doc has, in order (each village's lines are its heading, its
 * rows and its totals), once known: before its rows are read. NULL when the list could not be
 * read (tt_sheet_doc_finish() says why). */
const GArray *tt_sheet_doc_group_sizes (TtSheetDoc *doc);
/* The first @n_lines lines of @doc in doc->lines, for a writer that lays them out on pages; FALSE
 * when it has fewer. */
gboolean    tt_sheet_doc_read_upto (TtSheetDoc *doc,
                                    guint       n_lines);
/* Writes @doc to @path: a render function. It takes the lines with tt_sheet_doc_next_lines()
 * or tt_sheet_doc_read_upto(), and reads the totals after tt_sheet_doc_finish(). */
typedef gboolean (*TtSheetWriter) (TtSheetDoc  *doc,
                                   const char  *path,
                                   GError     **error);

gboolean    tt_sheet_export    (TtDb          *db,
                                gint64         list_id,
                                const char    *what,
                                const char    *path,
                                TtSheetWriter  write,
                                GError       **error);
TtSheetDoc *tt_sheet_doc_load_for_print (TtDb *db,
                                gint64         list_id,
                                GError       **error);

G_END_DECLS
