/* tt-statement-doc.h — a donor's statement of gifts over a period (e.g. the year's end) */
#pragma once

#include "tt-date.h"
#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  char *date;       /* dd/mm/yyyy */
  char *receipt;
  char *what;       /* method and purpose, Vietnamese */
  char *amount;     /* "500.000" */
} TtStatementLine;

typedef struct
{
  char      *office;
  char      *board;         /* who confirms and thanks */
  char      *parent;
  char      *office_address;
  char      *donor;
  char      *donor_address;
  char      *period;        /* "Năm 2026 (01/01/2026 – 31/12/2026)" */
  GPtrArray *lines;         /* TtStatementLine, oldest first, valid receipts only */
  gint64     total_amount;
  char      *total;         /* "1.500.000 đ" */
  char      *total_words;
  char      *date_words;    /* the day it is made */
  char      *head;
  char      *accountant;
} TtStatementDoc;

void            tt_statement_doc_free (TtStatementDoc  *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtStatementDoc, tt_statement_doc_free)

TtStatementDoc *tt_statement_doc_load (TtDb            *db,
                                       gint64           donor_id,
                                       const TtPeriod  *period,
                                       GError         **error);
gboolean        tt_office_year_start  (TtDb            *db,
                                       TtYearStart     *out);

G_END_DECLS
