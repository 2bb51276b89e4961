/* tt-household-support.h — a household's members and support on its record */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

void tt_household_support_show (GtkWindow          *dialog,
                                AdwPreferencesPage *page,
                                TtDb               *db,
                                gint64              household_id);

G_END_DECLS
