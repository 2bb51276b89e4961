/* tt-households-page.h — the register of beneficiary households */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_HOUSEHOLDS_PAGE (tt_households_page_get_type ())
G_DECLARE_FINAL_TYPE (TtHouseholdsPage, tt_households_page, TT, HOUSEHOLDS_PAGE, GtkWidget)

void     tt_households_page_reload   (TtHouseholdsPage *self);
gboolean tt_households_page_is_busy  (TtHouseholdsPage *self);

G_END_DECLS
