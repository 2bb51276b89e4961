/* tt-places.h — administrative units (2025 two-tier), villages, former units */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

gboolean tt_places_load_official (TtDb        *db,
                                  GError     **error);
gint64   tt_place_id_by_code     (TtDb        *db,
                                  const char  *code);
char    *tt_place_name           (TtDb        *db,
                                  gint64       id);

G_END_DECLS
