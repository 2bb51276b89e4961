/* tt-housing-doc.h — what the printed housing records show: the household survey, the
 * completion inspection and the cash handover, gathered from the office file */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef enum {
  TT_HOUSING_SURVEY,
  TT_HOUSING_INSPECTION,
  TT_HOUSING_HANDOVER,
} TtHousingRecord;

typedef struct
{
  char *label;              /* "Quỹ cấp tỉnh", "Ngày công lao động (30 ngày)" */
  char *amount;             /* "30.000.000 đ" */
} TtHousingDocLine;

/* Every text is as printed, in Vietnamese; NULL where the office file does not know it (the
 * record then prints a dotted blank to fill in by hand). */
typedef struct
{
  TtHousingRecord  record;
  char            *office;
  char            *parent;
  char            *place_line;     /* "Thôn 9, xã Tân Lập, tỉnh Lạng Sơn" */
  char            *date_words;     /* "Ngày 10 tháng 03 năm 2026" */
  char            *project;        /* the project's number */
  char            *head_name;
  char            *birth_year;
  char            *gender;
  char            *id_masked;      /* "001******789": never the whole number */
  char            *phone;
  char            *members;
  char            *category;       /* "Hộ nghèo" (year) */
  char            *work;           /* "Xây mới nhà ở" or "Sửa chữa nhà ở" */
  char            *stream;
  char            *norm;
  char            *estimate;
  char            *support;
  char            *support_words;
  char            *decision;       /* number and date */
  char            *started_on;
  char            *completed_on;
  char            *stage_doc;      /* the document of the stage the record belongs to */
  char            *team;           /* the completion inspection's findings */
  char            *area;           /* "36,5" */
  char            *floor;
  char            *frame;
  char            *walls;
  char            *roof;
  int              three_hard;     /* 1 met, 0 not met, -1 not recorded */
  GPtrArray       *lines;          /* of TtHousingDocLine: the value by source */
  char            *total;
  char            *total_words;
  char            *paid;           /* the cash handed over (valid tranches) */
  char            *paid_words;
  char            *vouchers;       /* "PC2026-000001, PC2026-000007" */
  char            *head;
  char            *accountant;
  char            *cashier;
} TtHousingDoc;

void          tt_housing_doc_free (TtHousingDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtHousingDoc, tt_housing_doc_free)

gboolean      tt_housing_record_parse (const char      *text,
                                       TtHousingRecord *out,
                                       GError         **error);
const char   *tt_housing_record_title (TtHousingRecord  record);
TtHousingDoc *tt_housing_doc_load     (TtDb            *db,
                                       gint64           project_id,
                                       TtHousingRecord  record,
                                       GError         **error);

G_END_DECLS
