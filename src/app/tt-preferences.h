/* tt-preferences.h — the office settings: name, signatories, bank account, styles */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_PREFERENCES (tt_preferences_get_type ())
G_DECLARE_FINAL_TYPE (TtPreferences, tt_preferences, TT, PREFERENCES, AdwWindow)

TtPreferences *tt_preferences_new   (GtkWindow     *parent,
                                     TtDb          *db);
gboolean       tt_preferences_apply (TtPreferences *self,
                                     const char    *key,
                                     const char    *value);
GtkWidget     *tt_preferences_get_row (TtPreferences *self,
                                     const char    *key);

G_END_DECLS
