/* tt-project-window.h — one housing project: its stages, funding and payments */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_PROJECT_WINDOW (tt_project_window_get_type ())
G_DECLARE_FINAL_TYPE (TtProjectWindow, tt_project_window, TT, PROJECT_WINDOW, AdwWindow)

TtProjectWindow *tt_project_window_new     (GtkWindow       *parent,
                                            TtDb            *db,
                                            gint64           project_id);
void             tt_project_window_refresh (TtProjectWindow *self);

G_END_DECLS
