/* tt-housing-record.h — the printed housing records (survey, completion inspection, handover) */
#pragma once

#include "tt-document.h"
#include "tt-housing-doc.h"

G_BEGIN_DECLS

/* Draws the record on one A4 page. */
void     tt_housing_record_draw      (cairo_t            *cr,
                                      const TtHousingDoc *doc,
                                      const TtPageSize   *page);
/* Writes the record @data (a TtHousingDoc) as a one-page A4 PDF; fits tt_export_write. */
gboolean tt_housing_record_write_pdf (const char  *path,
                                      gpointer     data,
                                      GError     **error);

G_END_DECLS
