/* tt-progress.h — how far a campaign is toward its targets, computed from the records */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   target_id;
  char    *measure;
  gint64   place_id;      /* the target's unit: a place, */
  char    *organisation;  /* or a member organisation, */
  char    *unit;          /* as shown; NULL for the office as a whole */
  gint64   target;        /* in the measure's unit (tt_target_format_value) */
  gint64   baseline;      /* a poverty-rate target's start, -1 for none */
  gint64   achieved;      /* the same unit; -1 when it cannot be known (no households' totals) */
  gint64   part;          /* for a percentage: what is counted, */
  gint64   whole;         /* of how many */
  double   percent;       /* of the way to the target, -1 when unknown */
} TtProgress;

void        tt_progress_free        (TtProgress  *progress);
GPtrArray  *tt_progress_of_campaign (TtDb        *db,
                                     gint64       campaign_id,
                                     const char  *unit,
                                     GError     **error);
gboolean    tt_progress_measure     (TtDb        *db,
                                     gint64       campaign_id,
                                     const char  *measure,
                                     gint64       place_id,
                                     const char  *organisation,
                                     gint64      *achieved,
                                     gint64      *part,
                                     gint64      *whole,
                                     GError     **error);

G_END_DECLS
