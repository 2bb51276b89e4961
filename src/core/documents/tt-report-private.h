/* tt-report-private.h — what the report files share: sections built cell by cell */
#pragma once

#include "tt-report-doc.h"

G_BEGIN_DECLS

typedef struct
{
  TtDb        *db;
  const char  *from;      /* ISO, inclusive */
  const char  *to;
  TtReportDoc *doc;
} TtReportJob;

TtReportSection *tt_report_section  (TtReportDoc     *doc,
                                     const char      *heading);
void             tt_report_columns  (TtReportSection *section,
                                     ...) G_GNUC_NULL_TERMINATED;
void             tt_report_row      (TtReportSection *section,
                                     ...) G_GNUC_NULL_TERMINATED;
void             tt_report_total    (TtReportSection *section,
                                     ...) G_GNUC_NULL_TERMINATED;
char            *tt_report_money    (gint64           amount);
char            *tt_report_count    (gint64           count);

/* The reports, each adding its sections to the job's document. */
gboolean tt_report_fund              (TtReportJob *job, GError **error);
gboolean tt_report_campaign          (TtReportJob *job, GError **error);
gboolean tt_report_donations         (TtReportJob *job, GError **error);
gboolean tt_report_disclosure        (TtReportJob *job, GError **error);
gboolean tt_report_receipts_payments (TtReportJob *job, GError **error);
gboolean tt_report_housing           (TtReportJob *job, GError **error);
gboolean tt_report_programmes        (TtReportJob *job, GError **error);
gboolean tt_report_poverty           (TtReportJob *job, GError **error);

G_END_DECLS
