/* tt-household-dialog.h — adding a household to the register by hand */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_HOUSEHOLD_DIALOG (tt_household_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtHouseholdDialog, tt_household_dialog, TT, HOUSEHOLD_DIALOG, AdwWindow)

TtHouseholdDialog *tt_household_dialog_new  (TtDb     *db);
TtHouseholdDialog *tt_household_dialog_edit (TtDb     *db,
                                             gint64    household_id,
                                             GError  **error);

G_END_DECLS
