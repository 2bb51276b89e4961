/* tt-targets.h — a campaign's targets as the plans write them */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* What a target measures: money raised, counts of things given, percentages of a part of the
 * register, or the poverty rate to bring down. */
extern const TtValueList tt_target_measures;

typedef enum
{
  TT_MEASURE_MONEY,      /* đồng */
  TT_MEASURE_COUNT,
  TT_MEASURE_PERCENT,    /* hundredths of a per cent: 80 % is 8000 */
  TT_MEASURE_RATE,       /* a rate to bring down, hundredths of a per cent, from a baseline */
} TtMeasureKind;

typedef struct
{
  const char *measure;
  const char *unit;      /* a province or commune (code or name), a member organisation, or NULL */
  const char *value;     /* as typed: 15 tỷ, 100.000, 80, 4,63 */
  const char *baseline;  /* the rate a poverty-rate target starts from, as typed */
  const char *note;
} TtTargetInput;

typedef struct
{
  gint64  id;
  gint64  campaign_id;
  char   *measure;
  gint64  place_id;      /* 0 unless the unit is a place */
  char   *organisation;  /* NULL unless the unit is a member organisation */
  char   *unit;          /* the unit as shown: the place's name, the organisation, or NULL */
  gint64  value;
  gint64  baseline;      /* -1 when none */
  char   *note;
} TtTarget;

void           tt_target_free         (TtTarget            *target);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtTarget, tt_target_free)

TtMeasureKind  tt_target_measure_kind (const char          *measure);
gboolean       tt_target_measure_by_organisation (const char *measure);
gboolean       tt_target_measure_by_place (const char *measure);
gboolean       tt_target_parse_value  (const char          *measure,
                                       const char          *text,
                                       gint64              *out,
                                       GError             **error);
char          *tt_target_format_value (const char          *measure,
                                       gint64               value);
gint64         tt_target_add          (TtDb                *db,
                                       gint64               campaign_id,
                                       const TtTargetInput *input,
                                       GError             **error);
gboolean       tt_target_unit_is_each_commune (const char *unit);
gboolean       tt_target_add_each_commune (TtDb                *db,
                                           gint64               campaign_id,
                                           const TtTargetInput *input,
                                           GArray              *ids,
                                           GError             **error);
gboolean       tt_target_remove       (TtDb                *db,
                                       gint64               id,
                                       GError             **error);
GPtrArray     *tt_target_list         (TtDb                *db,
                                       gint64               campaign_id,
                                       GError             **error);

G_END_DECLS
