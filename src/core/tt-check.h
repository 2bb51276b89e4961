/* tt-check.h — integrity check and the application's own invariants */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

gboolean tt_check_run (TtDb       *db,
                       GPtrArray **out_problems,
                       GError    **error);

G_END_DECLS
