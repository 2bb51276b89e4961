/* tt-places-dialog.h — villages of a commune and the former units merged into it */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_PLACES_DIALOG (tt_places_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtPlacesDialog, tt_places_dialog, TT, PLACES_DIALOG, AdwWindow)

TtPlacesDialog *tt_places_dialog_new (TtDb *db);

G_END_DECLS
