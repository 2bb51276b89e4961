/* tt-voucher-dialog.h — a payment recorded in a form */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_VOUCHER_DIALOG (tt_voucher_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtVoucherDialog, tt_voucher_dialog, TT, VOUCHER_DIALOG, AdwWindow)

TtVoucherDialog *tt_voucher_dialog_new  (GtkWindow       *parent,
                                         TtDb            *db);
gboolean         tt_voucher_dialog_save (TtVoucherDialog *self,
                                         gboolean         allow_negative);

G_END_DECLS
