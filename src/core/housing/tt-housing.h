/* tt-housing.h — housing support: norms, projects and their stages */
#pragma once

#include "tt-db.h"

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
} TtHousingProject;

void              tt_housing_project_free (TtHousingProject *project);
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
TtHousingProject *tt_housing_get      (TtDb                 *db,
                                       gint64                project_id,
                                       GError              **error);
GPtrArray        *tt_housing_list     (TtDb                 *db,
                                       const char           *stage,
                                       gint64                campaign_id,
                                       GError              **error);

G_END_DECLS
