/* tt-targets-window.h — a campaign's targets and how far it is toward each */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

GtkWindow *tt_targets_window_new (GtkWindow  *parent,
                                  TtDb       *db,
                                  gint64      campaign,
                                  const char *name);

G_END_DECLS
