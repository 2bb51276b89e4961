/* tt-overview-page.h — the office's year at a glance */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_OVERVIEW_PAGE (tt_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (TtOverviewPage, tt_overview_page, TT, OVERVIEW_PAGE, GtkWidget)

TtOverviewPage *tt_overview_page_new      (TtDb           *db);
void            tt_overview_page_refresh  (TtOverviewPage *self);
void            tt_overview_page_fill_now (TtOverviewPage *self);
gboolean        tt_overview_page_get_filled (TtOverviewPage *self);

G_END_DECLS
