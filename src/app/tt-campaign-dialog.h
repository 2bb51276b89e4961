/* tt-campaign-dialog.h — a campaign created or changed in a form */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_CAMPAIGN_DIALOG (tt_campaign_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtCampaignDialog, tt_campaign_dialog, TT, CAMPAIGN_DIALOG, AdwWindow)

TtCampaignDialog *tt_campaign_dialog_new  (GtkWindow        *parent,
                                           TtDb             *db,
                                           gint64            id,
                                           const char       *kind);
gboolean          tt_campaign_dialog_save (TtCampaignDialog *self);

G_END_DECLS
