/* tt-campaigns.h — campaigns with their period */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* Kinds of campaign: fundraising, tet, housing, humanitarian, disaster, other. */
extern const TtValueList tt_campaign_kinds;

typedef struct
{
  gint64  id;
  char   *name;
  char   *kind;
  char   *starts_on;
  char   *ends_on;
  gint64  raised;       /* valid donations, đồng */
  gint64  gifts;
} TtCampaign;

void        tt_campaign_free  (TtCampaign *campaign);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtCampaign, tt_campaign_free)

gint64      tt_campaign_add   (TtDb        *db,
                               const char  *name,
                               const char  *kind,
                               const char  *from,
                               const char  *to,
                               GError     **error);
GPtrArray  *tt_campaign_list  (TtDb        *db,
                               GError     **error);
TtCampaign *tt_campaign_get   (TtDb        *db,
                               gint64       id,
                               GError     **error);

G_END_DECLS
