/* tt-housing.h — housing support: norms, projects and their stages */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      household_id;
  const char *kind;          /* new, repair */
  const char *stream;        /* merit, national, campaign (default) */
  gint64      campaign_id;   /* 0 for none */
  gint64      estimate;      /* đồng, 0 when not known */
  gint64      support;       /* approved support, đồng */
  const char *decision_no;
  const char *reason;        /* beyond the norm, or a second house */
} TtHousingInput;

/* Filters of the project list; zero/NULL fields do not filter. */
typedef struct
{
  const char *stage;         /* survey, approved, started, completed, handed_over, cancelled */
  gint64      campaign_id;
  gint64      place_id;      /* the household's province, commune or village */
  const char *stream;
  const char *kind;
  int         idle_days;     /* open projects with no stage for this many days */
  const char *query;         /* accent-free search on the head of household's name */
  guint       limit;         /* at most this many, newest first; 0: all, oldest first */
} TtHousingFilter;

/* One stage of the pipeline: how many projects stand there and their money. */
typedef struct
{
  const char *stage;         /* survey … handed_over, cancelled */
  gint64      count;
  gint64      support;
  gint64      paid;
  gint64      paused;
} TtHousingStageSum;

#define TT_HOUSING_N_STAGES 6

/* One funding line: where part of the house's value comes from. */
typedef struct
{
  const char *source;        /* fund-central, fund-province, fund-commune, state, sponsor, household,
                              * labour, other */
  gint64      amount;        /* đồng; for labour the value of one day's work */
  const char *donation;      /* the receipt of an earmarked donation, or NULL */
  gint64      donor_id;      /* the sponsor, 0 for none */
  int         days;          /* labour days */
  const char *note;
} TtHousingFundInput;

typedef struct
{
  gint64  id;
  char   *source;            /* as stored: fund_central, state_budget, community, … */
  gint64  amount;
  gint64  donor_id;
  char   *donor_name;
  char   *receipt;           /* the linked donation's receipt, or NULL */
  int     days;
  char   *note;
} TtHousingFunding;

typedef struct
{
  int     tranche;
  char   *voucher;           /* as shown, e.g. PC2026-000012 */
  gint64  voucher_id;
  char   *paid_on;
  gint64  amount;
  char   *method;
  char   *status;            /* valid or void */
} TtHousingPayment;

typedef struct
{
  char   *stage;
  char   *happened_on;
  char   *doc_ref;
  char   *note;
} TtHousingEvent;

typedef struct
{
  gint64  id;
  gint64  household_id;
  char   *head_name;
  char   *village;
  char   *kind;
  char   *stream;
  char   *stage;
  char   *paused_reason;
  gint64  campaign_id;
  gint64  estimate;
  gint64  support;
  gint64  norm;
  char   *decision_no;
  char   *reason;
  gint64  funded;
  gint64  paid;
  char   *last_on;           /* the day of the latest stage (or the day it was made) */
  char   *inspection_team;   /* what the completion inspection found; NULL where not recorded */
  double  area_m2;           /* 0 when not recorded */
  char   *floor;
  char   *frame;
  char   *walls;
  char   *roof;
  int     three_hard;        /* "3 cứng": 1 met, 0 not met, -1 not recorded */
} TtHousingProject;

/* What the completion inspection found; NULL (or -1) keeps what was recorded. */
typedef struct
{
  const char *team;
  const char *area;          /* square metres as typed: 36, 36,5 or 36.5 */
  const char *floor;
  const char *frame;
  const char *walls;
  const char *roof;
  int         three_hard;    /* 1 met, 0 not met, -1 unchanged */
} TtHousingInspection;

/* Kinds of work (new, repair) and streams (campaign, national, merit), as forms show them. */
extern const TtValueList tt_housing_kinds;
extern const TtValueList tt_housing_streams;

/* The funding sources in the order forms show them. */
extern const TtValueList tt_housing_sources;

void              tt_housing_project_free (TtHousingProject *project);
void              tt_housing_funding_free (TtHousingFunding *line);
void              tt_housing_payment_free (TtHousingPayment *payment);
void              tt_housing_event_free   (TtHousingEvent   *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtHousingProject, tt_housing_project_free)

gboolean          tt_housing_norm_set (TtDb                 *db,
                                       const char           *province_code,
                                       const char           *kind,
                                       const char           *group,
                                       gint64                amount,
                                       const char           *from,
                                       GError              **error);
gint64            tt_housing_norm_for (TtDb                 *db,
                                       const char           *province_code,
                                       const char           *kind,
                                       const char           *group,
                                       const char           *date);
gint64            tt_housing_norm_for_household (TtDb        *db,
                                                 gint64       household_id,
                                                 const char  *kind);
gint64            tt_housing_add      (TtDb                 *db,
                                       const TtHousingInput *input,
                                       GError              **error);
gboolean          tt_housing_stage    (TtDb                 *db,
                                       gint64                project_id,
                                       const char           *stage,
                                       const char           *date,
                                       const char           *doc,
                                       const char           *note,
                                       GError              **error);
gboolean          tt_housing_inspect  (TtDb                 *db,
                                       gint64                project_id,
                                       const TtHousingInspection *inspection,
                                       GError              **error);
TtHousingProject *tt_housing_get      (TtDb                 *db,
                                       gint64                project_id,
                                       GError              **error);
GPtrArray        *tt_housing_list     (TtDb                 *db,
                                       const TtHousingFilter *filter,
                                       GError              **error);
gboolean          tt_housing_pipeline (TtDb                 *db,
                                       const TtHousingFilter *filter,
                                       TtHousingStageSum     out[TT_HOUSING_N_STAGES],
                                       GError              **error);
int               tt_housing_idle_days (TtDb                *db);
gint64            tt_housing_count    (TtDb                 *db);
const char       *tt_housing_stage_label (const char        *stage);
GPtrArray        *tt_housing_events   (TtDb                 *db,
                                       gint64                project_id,
                                       GError              **error);

gint64            tt_housing_fund     (TtDb                 *db,
                                       gint64                project_id,
                                       const TtHousingFundInput *input,
                                       GError              **error);
gint64            tt_housing_pay      (TtDb                 *db,
                                       gint64                project_id,
                                       gint64                amount,
                                       const char           *date,
                                       const char           *method,
                                       gboolean              allow_negative,
                                       char                **out_number,
                                       GError              **error);
GPtrArray        *tt_housing_funding  (TtDb                 *db,
                                       gint64                project_id,
                                       GError              **error);
GPtrArray        *tt_housing_payments (TtDb                 *db,
                                       gint64                project_id,
                                       GError              **error);
/* The share of the support paid on start of work and after completion, in percent. */
void              tt_housing_tranches (TtDb                 *db,
                                       int                  *on_start,
                                       int                  *on_completion);
gboolean          tt_housing_check    (TtDb                 *db,
                                       GPtrArray            *problems,
                                       GError              **error);

G_END_DECLS
