/* tt-donation-dialog.h — record a donation from the keyboard */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_DONATION_DIALOG (tt_donation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtDonationDialog, tt_donation_dialog, TT, DONATION_DIALOG, AdwWindow)

TtDonationDialog *tt_donation_dialog_new       (GtkWindow        *parent,
                                                TtDb             *db,
                                                gint64            donor_id,
                                                gint64            batch_id);
gint64            tt_donation_dialog_get_donor (TtDonationDialog *self);
gboolean          tt_donation_dialog_save      (TtDonationDialog *self);

G_END_DECLS
