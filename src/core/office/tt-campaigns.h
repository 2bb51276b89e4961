/* tt-campaigns.h — campaigns with their period */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* Kinds of campaign: fundraising, tet, housing, humanitarian, disaster, other. */
extern const TtValueList tt_campaign_kinds;

typedef struct
{
  const char *name;
  const char *kind;       /* NULL: fundraising */
  const char *starts_on;  /* as typed: 17/10/2026 or ISO */
  const char *ends_on;
  const char *level;      /* an office level (tt_office_levels), or NULL */
  const char *fund;       /* NULL: the office's fund */
} TtCampaignInput;

typedef struct
{
  gint64    id;
  char     *name;
  char     *kind;
  char     *starts_on;
  char     *ends_on;
  char     *level;
  char     *fund;
  gboolean  closed;
  gint64    raised;       /* valid donations, đồng */
  gint64    gifts;
} TtCampaign;

void        tt_campaign_free  (TtCampaign *campaign);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtCampaign, tt_campaign_free)

gint64      tt_campaign_add   (TtDb        *db,
                               const char  *name,
                               const char  *kind,
                               const char  *from,
                               const char  *to,
                               GError     **error);
gint64      tt_campaign_save  (TtDb                  *db,
                               gint64                 id,
                               const TtCampaignInput *input,
                               GError               **error);
gboolean    tt_campaign_set_closed (TtDb        *db,
                                    gint64       id,
                                    gboolean     closed,
                                    GError     **error);
gint64      tt_campaign_running_on (TtDb        *db,
                                    const char  *date,
                                    const char  *kind);
gint64      tt_campaign_for_donation (TtDb       *db,
                                      const char *date);
GPtrArray  *tt_campaign_list  (TtDb        *db,
                               GError     **error);
TtCampaign *tt_campaign_get   (TtDb        *db,
                               gint64       id,
                               GError     **error);

G_END_DECLS
