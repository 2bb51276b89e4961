/* tt-report-doc.h — the periodic reports an office sends upward and posts publicly: what each
 * shows, as sections of tables and charts that render prints and writes as a workbook */
#pragma once

#include "tt-charts.h"
#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* fund, campaign, donations, disclosure, receipts-payments, housing, programmes, poverty */
extern const TtValueList tt_report_names;

typedef struct
{
  char      *heading;     /* "I. Số dư đầu kỳ" */
  char      *note;        /* a paragraph under it, or NULL */
  TtChart   *chart;       /* drawn in print, or NULL */
  char     **header;      /* the table's columns, or NULL for none */
  GPtrArray *rows;        /* char ** each, as many cells as the header */
  char     **total;       /* the table's total line, or NULL */
} TtReportSection;

typedef struct
{
  char      *name;
  char      *title;       /* BÁO CÁO … */
  char      *parent;      /* the office's parent unit, over its name */
  char      *office;
  char      *fund;
  char      *period;      /* "Từ ngày 01/10/2026 đến ngày 31/12/2026" */
  char      *printed_on;  /* "In ngày 01/12/2026" */
  char      *date_words;  /* "ngày 01 tháng 12 năm 2026" */
  char      *roles[3];    /* the signatures: who draws it up, the accountant, the head */
  char      *names[3];
  gboolean   personal;    /* holds personal data (masked): its export is logged as such */
  GPtrArray *sections;    /* TtReportSection */
} TtReportDoc;

void         tt_report_doc_free   (TtReportDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtReportDoc, tt_report_doc_free)

TtReportDoc *tt_report_doc_build  (TtDb        *db,
                                   const char  *name,
                                   const char  *from,
                                   const char  *to,
                                   GError     **error);
gboolean     tt_report_doc_export (TtDb        *db,
                                   const char  *name,
                                   const char  *from,
                                   const char  *to,
                                   const char  *path,
                                   gboolean   (*write) (const TtReportDoc *doc, const char *path, GError **error),
                                   GError     **error);

G_END_DECLS
