/* tt-household-pick.h — choosing one household among several that match what was typed */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

typedef void (*TtHouseholdPicked) (GObject *instance, gint64 household_id);

void tt_household_pick (GtkWindow         *parent,
                        TtDb              *db,
                        const char        *typed,
                        GArray            *ids,
                        GObject           *instance,
                        TtHouseholdPicked  func);

G_END_DECLS
