/* tt-demo-private.h — the demo generator's parts */
#pragma once

#include "tt-db.h"
#include "tt-demo.h"

G_BEGIN_DECLS

gboolean tt_demo_housing (TtDb        *db,
                          GRand       *r,
                          gint64       n,
                          int          first_year,
                          const char  *today,
                          GError     **error);

GArray  *tt_demo_ids        (TtDb              *db,
                             const char        *sql,
                             GError           **error);
gboolean tt_demo_programmes (TtDb              *db,
                             GRand             *r,
                             const TtDemoSize  *size,
                             int                first_year,
                             const char        *today,
                             GError           **error);

G_END_DECLS
