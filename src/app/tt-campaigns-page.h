/* tt-campaigns-page.h — the office's campaigns: list, create, edit, close */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_CAMPAIGNS_PAGE (tt_campaigns_page_get_type ())
G_DECLARE_FINAL_TYPE (TtCampaignsPage, tt_campaigns_page, TT, CAMPAIGNS_PAGE, GtkWidget)

TtCampaignsPage *tt_campaigns_page_new     (TtDb            *db);
void             tt_campaigns_page_refresh (TtCampaignsPage *self);
GtkListBox      *tt_campaigns_page_get_list (TtCampaignsPage *self);

G_END_DECLS
