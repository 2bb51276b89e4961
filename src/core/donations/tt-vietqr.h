/* tt-vietqr.h — VietQR (NAPAS EMVCo) payloads for bank transfers to the office */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

guint16  tt_crc16_ccitt        (const char  *data,
                                gsize        len);
char    *tt_vietqr_payload     (const char  *bank_bin,
                                const char  *account,
                                gint64       amount,
                                const char  *purpose,
                                GError     **error);
char    *tt_vietqr_for_office  (TtDb        *db,
                                gint64       amount,
                                const char  *purpose,
                                GError     **error);

G_END_DECLS
