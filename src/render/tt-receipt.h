/* tt-receipt.h — the receipt (phiếu thu) drawn onto any cairo context */
#pragma once

#include <cairo.h>

#include "tt-document.h"
#include "tt-receipt-doc.h"

G_BEGIN_DECLS

void     tt_receipt_draw       (cairo_t             *cr,
                                const TtReceiptDoc  *doc,
                                const TtPageSize    *page);
gboolean tt_receipt_write_pdf  (const TtReceiptDoc  *doc,
                                TtPaper              paper,
                                const char          *path,
                                GError             **error);

G_END_DECLS
