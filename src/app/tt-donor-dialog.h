/* tt-donor-dialog.h — create or edit a donor */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_DONOR_DIALOG (tt_donor_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtDonorDialog, tt_donor_dialog, TT, DONOR_DIALOG, AdwWindow)

TtDonorDialog *tt_donor_dialog_new  (GtkWindow     *parent,
                                     TtDb          *db,
                                     gint64         donor_id,
                                     const char    *name);
gboolean       tt_donor_dialog_save (TtDonorDialog *self);

G_END_DECLS
