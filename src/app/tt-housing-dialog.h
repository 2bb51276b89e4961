/* tt-housing-dialog.h — a new housing project for a household, in a form */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_HOUSING_DIALOG (tt_housing_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtHousingDialog, tt_housing_dialog, TT, HOUSING_DIALOG, AdwWindow)

TtHousingDialog *tt_housing_dialog_new  (GtkWindow       *parent,
                                         TtDb            *db,
                                         gint64           household_id);
gboolean         tt_housing_dialog_save (TtHousingDialog *self);

G_END_DECLS
