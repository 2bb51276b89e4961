/* tt-confirmation.h — the sponsor's confirmation (biên bản xác nhận khoản tài trợ) */
#pragma once

#include "tt-document.h"
#include "tt-receipt-doc.h"

G_BEGIN_DECLS

gboolean tt_confirmation_write_pdf (const TtReceiptDoc *doc,
                                    const char         *path,
                                    GError            **error);

G_END_DECLS
