/* tt-report.h — a periodic report printed (A4, with its charts) and as a workbook */
#pragma once

#include <cairo.h>

#include "tt-document.h"
#include "tt-report-doc.h"

G_BEGIN_DECLS

gboolean tt_report_write_pdf  (const TtReportDoc *doc,
                               const char        *path,
                               GError           **error);
gboolean tt_report_write_xlsx (const TtReportDoc *doc,
                               const char        *path,
                               GError           **error);

typedef struct _TtReportPages TtReportPages;

TtReportPages *tt_report_pages_new   (const TtReportDoc   *doc);
int            tt_report_pages_count (const TtReportPages *pages);
void           tt_report_pages_draw  (const TtReportPages *pages,
                                      cairo_t             *cr,
                                      const TtPageSize    *page,
                                      int                  page_nr);
void           tt_report_pages_free  (TtReportPages       *pages);

G_END_DECLS
