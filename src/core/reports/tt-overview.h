/* tt-overview.h — an office's year at a glance: balances, what needs attention, the latest gifts */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      campaign_id;    /* the campaign shown: the one asked for, or the one running today */
  char       *campaign_name;
  int         days_left;      /* to its end, counting today; 0 once it ended */
  int         days_to_start;  /* before it starts; 0 once it started */
  gint64      cash;           /* the cash book's balance today */
  gint64      bank;           /* the bank book's */
  gint64      idle_houses;    /* open housing projects with no stage for the office's idle days */
  gint64      cards_ending;   /* health-insurance cards ending within 30 days */
  gint64      gifts_pending;  /* the campaign's gift packages not yet delivered */
  GPtrArray  *recent;         /* TtDonation: the latest valid gifts, newest first */
} TtOverview;

void     tt_overview_clear (TtOverview  *overview);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TtOverview, tt_overview_clear)

gboolean tt_overview_load  (TtDb        *db,
                            gint64       campaign_id,
                            TtOverview  *out,
                            GError     **error);

G_END_DECLS
