/* tt-certificate.h — the certificate of thanks (thư cảm ơn) for a gift */
#pragma once

#include "tt-document.h"
#include "tt-receipt-doc.h"

G_BEGIN_DECLS

void     tt_certificate_draw      (cairo_t            *cr,
                                   const TtReceiptDoc *doc,
                                   const TtPageSize   *page);
gboolean tt_certificate_write_pdf (const TtReceiptDoc *doc,
                                   TtPaper             paper,
                                   const char         *path,
                                   GError            **error);

G_END_DECLS
