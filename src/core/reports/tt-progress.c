/* tt-progress.c — how far a campaign is toward its targets, computed from the records
 *
 * Every figure is counted from the records of the campaign, never typed: money from its valid
 * receipts, gift packages from deliveries, houses from projects finished (completed or handed
 * over), models and cards from those recorded for the campaign, addresses from those profiled in
 * its period. Percentages are of a part of the register of the campaign's year (the year it
 * starts in, as the lists and the gifts' coverage read it): poor and near-poor households with a gift,
 * poor people (members of poor households) holding a card valid on the campaign's last day (or
 * today while it runs), houses finished of those surveyed, addresses helped. The poverty rate is
 * poor households (under the year's poverty standard, as the communes' figures count them) over
 * the households of the communes whose totals are set for the year. Adequate housing, clean water
 * and a hygienic latrine are shares of the year's poor households whose survey recorded the
 * indicators they lack (Nghị định 07/2021/NĐ-CP): those lacking neither the quality nor the area
 * of the house, the water source, the latrine.
 *
 * A unit narrows a figure: a place to the households in it, a member organisation to the money
 * it collected and the models it mobilised. Money is the office's or an organisation's.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-households.h"
#include "tt-places.h"
#include "tt-progress.h"
#include "tt-targets.h"
#include "tt-text.h"

/* Parameters of every query: ?1 campaign, ?2 its first day, ?3 its last day, ?4 a place (0: all),
 * ?5 an organisation (NULL: none), ?6 the register's year, ?7 the day cards are counted on,
 * ?8 the year's poverty standard. */
#define UNDER "WITH RECURSIVE under(id) AS (SELECT ?4 UNION ALL SELECT p.id FROM places p " \
              "JOIN under u ON p.parent_id = u.id) "
#define IN_PLACE "(?4 = 0 OR h.commune_id IN under)"
/* Not correlated: the year's classified households are read once through their index. */
#define CLASSED(categories) "h.status = 'active' AND h.id IN (SELECT household_id FROM household_classifications " \
                            "WHERE year = ?6 AND category IN (" categories "))"
#define FINISHED "x.stage IN ('completed', 'handed_over')"
/* Poor households of the year whose lacks were recorded, and those not lacking @bits. */
#define NOT_LACKING(bits) \
  UNDER "SELECT count(*) FILTER (WHERE c.lacking & " bits " = 0), count(*) FROM households h " \
  "JOIN household_classifications c ON c.household_id = h.id AND c.year = ?6 AND c.category = 'poor' " \
  "AND c.lacking IS NOT NULL WHERE h.status = 'active' AND " IN_PLACE
#define HELPED "(a.status = 'helped' OR EXISTS (SELECT 1 FROM address_helps y WHERE y.address_id = a.id))"

typedef struct
{
  const char *measure;
  const char *sql;              /* one row: the figure (or the part), and the whole or NULL */
} Measure;

static const Measure measures[] = {
  { "money",
    "SELECT coalesce(sum(d.amount), 0), NULL FROM donations d "
    "WHERE d.campaign_id = ?1 AND d.status = 'valid' AND (?5 IS NULL OR d.collected_by = ?5)" },
  { "gift-packages",
    UNDER "SELECT coalesce(sum(g.quantity), 0), NULL FROM gift_entries g JOIN households h ON h.id = g.household_id "
    "WHERE g.campaign_id = ?1 AND g.status = 'delivered' AND " IN_PLACE },
  { "gift-coverage-percent",
    UNDER "SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM gift_entries g WHERE g.household_id = h.id "
    "AND g.campaign_id = ?1 AND g.status = 'delivered')), count(*) FROM households h "
    "WHERE " IN_PLACE " AND " CLASSED ("'poor', 'near_poor'") },
  { "houses-new",
    UNDER "SELECT count(*), NULL FROM housing_projects x JOIN households h ON h.id = x.household_id "
    "WHERE x.campaign_id = ?1 AND x.kind = 'new' AND " FINISHED " AND " IN_PLACE },
  { "houses-repair",
    UNDER "SELECT count(*), NULL FROM housing_projects x JOIN households h ON h.id = x.household_id "
    "WHERE x.campaign_id = ?1 AND x.kind = 'repair' AND " FINISHED " AND " IN_PLACE },
  { "houses-percent-of-need",
    UNDER "SELECT count(*) FILTER (WHERE " FINISHED "), count(*) FROM housing_projects x "
    "JOIN households h ON h.id = x.household_id WHERE x.campaign_id = ?1 AND x.stage <> 'cancelled' AND " IN_PLACE },
  { "livelihood-models",
    UNDER "SELECT count(*), NULL FROM livelihood_models m JOIN livelihood_assignments f ON f.model_id = m.id "
    "AND f.id = (SELECT min(id) FROM livelihood_assignments WHERE model_id = m.id) "
    "JOIN households h ON h.id = f.household_id WHERE m.campaign_id = ?1 AND " IN_PLACE
    " AND (?5 IS NULL OR m.unit = ?5)" },
  { "bhyt-cards",
    UNDER "SELECT count(*), NULL FROM bhyt_cards b JOIN households h ON h.id = b.household_id "
    "WHERE b.campaign_id = ?1 AND " IN_PLACE },
  { "bhyt-coverage-percent",
    UNDER "SELECT (SELECT count(DISTINCT b.household_id || '.' || coalesce(b.member_id, 0)) FROM bhyt_cards b "
    "JOIN households h ON h.id = b.household_id WHERE b.valid_from <= ?7 AND b.valid_to >= ?7 AND " IN_PLACE
    " AND " CLASSED ("'poor'") "), (SELECT coalesce(sum(h.member_count), 0) FROM households h WHERE "
    IN_PLACE " AND " CLASSED ("'poor'") ")" },
  { "addresses-new",
    UNDER "SELECT count(*), NULL FROM humanitarian_addresses a JOIN households h ON h.id = a.household_id "
    "WHERE a.profiled_on BETWEEN ?2 AND ?3 AND " IN_PLACE },
  { "addresses-helped-percent",
    UNDER "SELECT count(*) FILTER (WHERE " HELPED "), count(*) FROM humanitarian_addresses a "
    "JOIN households h ON h.id = a.household_id WHERE a.profiled_on BETWEEN ?2 AND ?3 AND " IN_PLACE },
  { "addresses-connected",
    UNDER "SELECT count(*), NULL FROM humanitarian_addresses a JOIN households h ON h.id = a.household_id "
    "WHERE a.inhandao_connected = 1 AND a.profiled_on BETWEEN ?2 AND ?3 AND " IN_PLACE },
  { "poverty-rate",
    UNDER "SELECT (SELECT count(*) FROM households h WHERE " IN_PLACE " AND h.id IN (SELECT household_id FROM "
    "household_classifications WHERE year = ?6 AND standard IS ?8 AND category = 'poor') "
    "AND h.commune_id IN (SELECT place_id FROM commune_totals WHERE year = ?6)), "
    "(SELECT coalesce(sum(t.total_households), 0) FROM commune_totals t WHERE t.year = ?6 "
    "AND (?4 = 0 OR t.place_id IN under))" },
  /* Bits of tt_deficit_indicators: 64 the quality of the house, 128 its area, 256 water,
   * 512 the latrine. */
  { "housing-adequate-percent", NOT_LACKING ("192") },
  { "clean-water-percent", NOT_LACKING ("256") },
  { "latrine-percent", NOT_LACKING ("512") },
};

void
tt_progress_free (TtProgress *p)
{
  if (p == NULL)
    return;
  g_free (p->measure);
  g_free (p->organisation);
  g_free (p->unit);
  g_free (p);
}

static const Measure *
find_measure (const char *measure)
{
  for (gsize i = 0; i < G_N_ELEMENTS (measures); i++)
    if (g_strcmp0 (measures[i].measure, measure) == 0)
      return &measures[i];
  return NULL;
}

static gboolean
measure_of (TtDb *db, const TtCampaign *c, const char *measure, gint64 place_id, const char *organisation,
            gint64 *achieved, gint64 *part, gint64 *whole, GError **error)
{
  const Measure *m = find_measure (measure);
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *standard = NULL;
  char today[11], on[11];
  int year = tt_date_year (c->starts_on);

  *achieved = *part = *whole = 0;
  if (m == NULL)
    {
      g_autofree char *known = tt_values_codes (&tt_target_measures, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown measure “%s”: use %s."),
                   measure ? measure : "", known);
      return FALSE;
    }
  if (place_id != 0 && !tt_target_measure_by_place (measure))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("%s is not counted per place."),
                   _(tt_values_label (&tt_target_measures, measure)));
      return FALSE;
    }
  if (organisation != NULL && !tt_target_measure_by_organisation (measure))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("%s is not counted per member organisation: an organisation's figures are the money it "
                     "collected and the livelihood models it mobilised."),
                   _(tt_values_label (&tt_target_measures, measure)));
      return FALSE;
    }
  if ((stmt = tt_db_prepare (db, m->sql, error)) == NULL)
    return FALSE;
  tt_date_today (today);
  g_strlcpy (on, strcmp (today, c->ends_on) < 0 ? today : c->ends_on, sizeof on);
  standard = tt_poverty_standard_for (db, year);
  tt_bind_int (stmt, 1, c->id);
  tt_bind_text (stmt, 2, c->starts_on);
  tt_bind_text (stmt, 3, c->ends_on);
  tt_bind_int (stmt, 4, place_id);
  tt_bind_text (stmt, 5, organisation);
  tt_bind_int (stmt, 6, year);
  tt_bind_text (stmt, 7, on);
  tt_bind_text (stmt, 8, standard);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tt_db_set_error (db, error, _("counting a campaign's progress"));
  *part = sqlite3_column_int64 (stmt, 0);
  if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    {
      *achieved = *part;
      return TRUE;
    }
  *whole = sqlite3_column_int64 (stmt, 1);
  /* A share in hundredths of a per cent, rounded; unknown when there is nothing to share. */
  *achieved = *whole > 0 ? (*part * 10000 + *whole / 2) / *whole : -1;
  return TRUE;
}

/* What the records say for @measure of the campaign in a unit (a place, an organisation or, with
 * neither, the office): the figure in the measure's unit (-1 when it cannot be known), and for a
 * percentage the part counted and the whole it is of. */
gboolean
tt_progress_measure (TtDb        *db,
                     gint64       campaign_id,
                     const char  *measure,
                     gint64       place_id,
                     const char  *organisation,
                     gint64      *achieved,
                     gint64      *part,
                     gint64      *whole,
                     GError     **error)
{
  g_autoptr(TtCampaign) c = tt_campaign_get (db, campaign_id, error);

  return c != NULL && measure_of (db, c, measure, place_id, organisation, achieved, part, whole, error);
}

/* How far toward @target: the share of it reached, or for a rate brought down from a baseline,
 * the share of the way from the baseline to the target. */
static double
percent_of (const char *measure, gint64 target, gint64 baseline, gint64 achieved)
{
  if (achieved < 0)
    return -1;
  if (tt_target_measure_kind (measure) == TT_MEASURE_RATE)
    {
      if (baseline > target)
        return MAX (0.0, 100.0 * (double) (baseline - achieved) / (double) (baseline - target));
      return achieved <= target ? 100.0 : 100.0 * (double) target / (double) achieved;
    }
  if (target <= 0)
    return 100.0;
  return 100.0 * (double) achieved / (double) target;
}

static gboolean
unit_matches (const TtTarget *t, const char *wanted, gint64 wanted_place)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (wanted == NULL)
    return TRUE;
  if (wanted_place != 0)
    return t->place_id == wanted_place;
  if (t->unit == NULL)
    return FALSE;
  a = tt_text_fold (t->unit);
  b = tt_text_fold (wanted);
  return g_str_equal (a, b);
}

/* Every target of the campaign with what the records say of it, narrowed to targets of @unit
 * (a place's code or name, or an organisation) when it is given. */
GPtrArray *
tt_progress_of_campaign (TtDb        *db,
                         gint64       campaign_id,
                         const char  *unit,
                         GError     **error)
{
  g_autoptr(TtCampaign) c = tt_campaign_get (db, campaign_id, error);
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) out = NULL;
  gint64 wanted_place = 0;

  if (c == NULL || (targets = tt_target_list (db, campaign_id, error)) == NULL)
    return NULL;
  if (unit != NULL && tt_text_all_digits (unit, 1, 10))
    wanted_place = tt_place_id_by_code (db, unit);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_progress_free);
  for (guint i = 0; i < targets->len; i++)
    {
      TtTarget *t = targets->pdata[i];
      TtProgress *p;

      if (!unit_matches (t, unit, wanted_place))
        continue;
      p = g_new0 (TtProgress, 1);
      p->target_id = t->id;
      p->measure = g_strdup (t->measure);
      p->place_id = t->place_id;
      p->organisation = g_strdup (t->organisation);
      p->unit = g_strdup (t->unit);
      p->target = t->value;
      p->baseline = t->baseline;
      g_ptr_array_add (out, p);
      if (!measure_of (db, c, t->measure, t->place_id, t->organisation, &p->achieved, &p->part, &p->whole, error))
        return NULL;
      p->percent = percent_of (t->measure, t->value, t->baseline, p->achieved);
    }
  return g_steal_pointer (&out);
}
