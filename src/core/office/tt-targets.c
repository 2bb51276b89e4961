/* tt-targets.c — a campaign's targets as the plans write them
 *
 * "Vận động 15 tỷ đồng (cấp tỉnh 5 tỷ)", "ít nhất 1.000 mô hình (mỗi hội 20)", "100 % hộ nghèo
 * có quà", "giảm tỷ lệ hộ nghèo từ 5,63 % xuống 4,63 %": a target is a measure, a value and a unit
 * — the office as a whole, a place (a province or commune of the office), or a member
 * organisation (Hội LHPN, Hội Nông dân, Đoàn TN, Hội CTĐ…). One target per measure and unit of a
 * campaign. What was achieved is never typed: reports/tt-progress computes it from the records.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-db-private.h"
#include "tt-money.h"
#include "tt-places.h"
#include "tt-targets.h"
#include "tt-text.h"

static const TtValue measures[] = {
  { "money", N_("Money raised"), "Tiền vận động" },
  { "gift-packages", N_("Gift packages delivered"), "Suất quà đã trao" },
  { "gift-coverage-percent", N_("Poor and near-poor households with a gift (%)"), "Hộ nghèo, cận nghèo có quà (%)" },
  { "houses-new", N_("New houses finished"), "Nhà xây mới hoàn thành" },
  { "houses-repair", N_("Houses repaired"), "Nhà sửa chữa hoàn thành" },
  { "houses-percent-of-need", N_("Houses finished of those surveyed (%)"), "Nhà hoàn thành trên số cần hỗ trợ (%)" },
  { "livelihood-models", N_("Livelihood models"), "Mô hình sinh kế" },
  { "bhyt-cards", N_("Health-insurance cards"), "Thẻ BHYT" },
  { "bhyt-coverage-percent", N_("Poor people with a health-insurance card (%)"), "Người nghèo có thẻ BHYT (%)" },
  { "addresses-new", N_("Humanitarian addresses profiled"), "Địa chỉ nhân đạo mới" },
  { "addresses-helped-percent", N_("Humanitarian addresses helped (%)"), "Địa chỉ nhân đạo được giúp đỡ (%)" },
  { "addresses-connected", N_("Addresses connected to iNhandao"), "Địa chỉ kết nối iNhandao" },
  { "poverty-rate", N_("Poverty rate (%)"), "Tỷ lệ hộ nghèo (%)" },
  { "housing-adequate-percent", N_("Poor households with an adequate house (%)"), "Hộ nghèo có nhà ở đạt chuẩn (%)" },
  { "clean-water-percent", N_("Poor households with clean water (%)"), "Hộ nghèo có nước sinh hoạt hợp vệ sinh (%)" },
  { "latrine-percent", N_("Poor households with a hygienic latrine (%)"), "Hộ nghèo có nhà tiêu hợp vệ sinh (%)" },
};

const TtValueList tt_target_measures = TT_VALUE_LIST (measures);

void
tt_target_free (TtTarget *t)
{
  if (t == NULL)
    return;
  g_free (t->measure);
  g_free (t->organisation);
  g_free (t->unit);
  g_free (t->note);
  g_free (t);
}

TtMeasureKind
tt_target_measure_kind (const char *measure)
{
  if (g_strcmp0 (measure, "money") == 0)
    return TT_MEASURE_MONEY;
  if (g_strcmp0 (measure, "poverty-rate") == 0)
    return TT_MEASURE_RATE;
  if (measure != NULL && strstr (measure, "-percent") != NULL)
    return TT_MEASURE_PERCENT;
  return TT_MEASURE_COUNT;
}

/* Whether a member organisation's figure of @measure can be counted: the money it collected and
 * the livelihood models it mobilised; everything else is counted per place. */
gboolean
tt_target_measure_by_organisation (const char *measure)
{
  return g_strcmp0 (measure, "money") == 0 || g_strcmp0 (measure, "livelihood-models") == 0;
}

/* Whether a place's figure of @measure can be counted: everything given to households is
 * counted where they live; money is the office's (or an organisation's). */
gboolean
tt_target_measure_by_place (const char *measure)
{
  return g_strcmp0 (measure, "money") != 0;
}

static gboolean
set_measure_error (const char *measure, GError **error)
{
  g_autofree char *known = tt_values_codes (&tt_target_measures, ", ", _(" or "));

  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown measure “%s”: use %s."),
               measure ? measure : "", known);
  return FALSE;
}

/* A percentage as typed (80, 93,5, 4.63 %) in hundredths of a per cent. */
static gboolean
parse_percent (const char *text, gint64 *out)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  char *end = NULL;
  double v;

  for (const char *p = text; *p; p++)
    if (*p == ',')
      g_string_append_c (clean, '.');
    else if (*p != ' ' && *p != '%')
      g_string_append_c (clean, *p);
  if (clean->len == 0)
    return FALSE;
  v = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (v) || v < 0 || v > 100)
    return FALSE;
  *out = (gint64) llround (v * 100);
  return TRUE;
}

/* A count as typed, thousands grouped or not: 1000, 1.000, 100 000. */
static gboolean
parse_count (const char *text, gint64 *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 v = 0;

  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
    else if (*p != '.' && *p != ' ')
      return FALSE;
  if (digits->len == 0 || digits->len > 12 || !g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT64, &v, NULL))
    return FALSE;
  *out = (gint64) v;
  return TRUE;
}

/* The value of a target of @measure as typed, in the measure's unit; an error names what the
 * measure takes. */
gboolean
tt_target_parse_value (const char  *measure,
                       const char  *text,
                       gint64      *out,
                       GError     **error)
{
  if (tt_values_index (&tt_target_measures, measure) < 0)
    return set_measure_error (measure, error);
  switch (tt_target_measure_kind (measure))
    {
    case TT_MEASURE_MONEY:
      if (tt_money_parse (text, out, error))
        return TRUE;
      g_prefix_error (error, _("Target: "));
      return FALSE;
    case TT_MEASURE_COUNT:
      if (text != NULL && parse_count (text, out))
        return TRUE;
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Target “%s”: %s counts things, give a whole number, e.g. 1.000."), text ? text : "",
                   tt_values_label (&tt_target_measures, measure));
      return FALSE;
    case TT_MEASURE_PERCENT:
    case TT_MEASURE_RATE:
    default:
      if (text != NULL && parse_percent (text, out))
        return TRUE;
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Target “%s”: %s is a percentage from 0 to 100, e.g. 80 or 4,63."), text ? text : "",
                   tt_values_label (&tt_target_measures, measure));
      return FALSE;
    }
}

/* A value of @measure as shown and printed: 15.000.000.000 đ, 1.000, 80,0 %. */
char *
tt_target_format_value (const char *measure,
                        gint64      value)
{
  switch (tt_target_measure_kind (measure))
    {
    case TT_MEASURE_MONEY:
      return tt_money_format (value);
    case TT_MEASURE_COUNT:
      return tt_money_format_plain (value);
    case TT_MEASURE_PERCENT:
    case TT_MEASURE_RATE:
    default:
      if (value % 10 != 0)
        return g_strdup_printf ("%" G_GINT64_FORMAT ",%02d %%", value / 100, (int) (value % 100));
      return g_strdup_printf ("%" G_GINT64_FORMAT ",%d %%", value / 100, (int) (value % 100) / 10);
    }
}

/* The unit as typed: a province or commune code, a commune's name in the office's province, or
 * else the name of a member organisation. */
static gboolean
resolve_unit (TtDb *db, const char *text, gint64 *place, char **organisation, GError **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *province_code = NULL;

  *place = 0;
  *organisation = NULL;
  if (!tt_text_clean_field (text, _("Unit"), 200, &clean, error))
    return FALSE;
  if (clean == NULL)
    return TRUE;
  if (tt_text_all_digits (clean, 1, 10))
    {
      g_autofree char *kind = NULL;
      if ((*place = tt_place_id_by_code (db, clean)) == 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                       _("There is no administrative unit with code %s."), clean);
          return FALSE;
        }
      kind = tt_place_kind (db, *place);
      if (g_strcmp0 (kind, "province") != 0 && g_strcmp0 (kind, "commune") != 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Unit %s: a target is for a province, a commune or a member organisation."), clean);
          return FALSE;
        }
      return TRUE;
    }
  province_code = tt_db_get_setting (db, "province-code");
  *place = tt_place_find_child (db, tt_place_id_by_code (db, province_code), "commune", clean);
  if (*place > 0)
    return TRUE;
  *place = 0;
  *organisation = g_steal_pointer (&clean);
  return TRUE;
}

gint64
tt_target_add (TtDb                *db,
               gint64               campaign_id,
               const TtTargetInput *in,
               GError             **error)
{
  g_autoptr(TtCampaign) campaign = tt_campaign_get (db, campaign_id, error);
  g_autofree char *organisation = NULL;
  g_autofree char *note = NULL;
  g_autoptr(TtStmt) twin = NULL;
  g_autoptr(TtStmt) insert = NULL;
  gint64 place = 0, value = 0, baseline = -1;

  if (campaign == NULL)
    return 0;
  if (tt_values_index (&tt_target_measures, in->measure) < 0)
    return set_measure_error (in->measure, error);
  if (!tt_target_parse_value (in->measure, in->value, &value, error) ||
      !resolve_unit (db, in->unit, &place, &organisation, error) ||
      !tt_text_clean_note (in->note, _("Note"), 500, &note, error))
    return 0;
  if (place != 0 && !tt_target_measure_by_place (in->measure))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("%s is counted for the office as a whole or per member organisation (the money it "
                     "collected), not per place."),
                   _(tt_values_label (&tt_target_measures, in->measure)));
      return 0;
    }
  if (organisation != NULL && !tt_target_measure_by_organisation (in->measure))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("“%s” is not a province or commune of the office, and %s is not counted per member "
                     "organisation (an organisation's figures are the money it collected and the livelihood "
                     "models it mobilised)."),
                   organisation, _(tt_values_label (&tt_target_measures, in->measure)));
      return 0;
    }
  if (in->baseline != NULL)
    {
      if (tt_target_measure_kind (in->measure) != TT_MEASURE_RATE)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Only a poverty-rate target starts from a baseline rate."));
          return 0;
        }
      if (!parse_percent (in->baseline, &baseline))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Baseline “%s”: give the rate the campaign starts from, e.g. 5,63."), in->baseline);
          return 0;
        }
      if (baseline <= value)
        {
          g_autofree char *from = tt_target_format_value (in->measure, baseline);
          g_autofree char *to = tt_target_format_value (in->measure, value);
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                       _("The poverty rate is brought down: %s is not below the baseline %s."), to, from);
          return 0;
        }
    }
  twin = tt_db_prepare (db, "SELECT id FROM campaign_targets WHERE campaign_id = ?1 AND measure = ?2 "
                            "AND coalesce(place_id, 0) = ?3 AND coalesce(organisation, '') = coalesce(?4, '')",
                        error);
  if (twin == NULL)
    return 0;
  tt_bind_int (twin, 1, campaign_id);
  tt_bind_text (twin, 2, in->measure);
  tt_bind_int (twin, 3, place);
  tt_bind_text (twin, 4, organisation);
  if (sqlite3_step (twin) == SQLITE_ROW)
    {
      g_autofree char *unit = place ? tt_place_name (db, place) : g_strdup (organisation);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("The campaign already has a target for %s%s%s (target %lld): remove it first."),
                   _(tt_values_label (&tt_target_measures, in->measure)), unit ? ", " : "",
                   unit ? unit : "", (long long) sqlite3_column_int64 (twin, 0));
      return 0;
    }
  /* One statement: written whole or not at all. */
  insert = tt_db_prepare (db, "INSERT INTO campaign_targets (campaign_id, measure, place_id, organisation, value, "
                              "baseline, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                          error);
  if (insert == NULL)
    return 0;
  tt_bind_int (insert, 1, campaign_id);
  tt_bind_text (insert, 2, in->measure);
  tt_bind_opt_id (insert, 3, place);
  tt_bind_text (insert, 4, organisation);
  tt_bind_int (insert, 5, value);
  if (baseline >= 0)
    tt_bind_int (insert, 6, baseline);
  tt_bind_text (insert, 7, note);
  return tt_db_step_done (db, insert, error) ? sqlite3_last_insert_rowid (tt_db_get_handle (db)) : 0;
}

gboolean
tt_target_remove (TtDb    *db,
                  gint64   id,
                  GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "DELETE FROM campaign_targets WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  if (!tt_db_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (tt_db_get_handle (db)) == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no target %lld."), (long long) id);
      return FALSE;
    }
  return TRUE;
}

/* The campaign's targets: the office's first, then places, then organisations, each in the
 * order they were set. */
GPtrArray *
tt_target_list (TtDb    *db,
                gint64   campaign_id,
                GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT t.id, t.measure, coalesce(t.place_id, 0), t.organisation, "
                                          "coalesce(p.name, t.organisation), t.value, coalesce(t.baseline, -1), t.note "
                                          "FROM campaign_targets t LEFT JOIN places p ON p.id = t.place_id "
                                          "WHERE t.campaign_id = ?1 "
                                          "ORDER BY t.place_id IS NOT NULL, t.organisation IS NOT NULL, p.code, "
                                          "t.organisation, t.id",
                                          error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, campaign_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_target_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtTarget *t = g_new0 (TtTarget, 1);

      t->id = sqlite3_column_int64 (stmt, 0);
      t->campaign_id = campaign_id;
      t->measure = tt_column_dup (stmt, 1);
      t->place_id = sqlite3_column_int64 (stmt, 2);
      t->organisation = tt_column_dup (stmt, 3);
      t->unit = tt_column_dup (stmt, 4);
      t->value = sqlite3_column_int64 (stmt, 5);
      t->baseline = sqlite3_column_int64 (stmt, 6);
      t->note = tt_column_dup (stmt, 7);
      g_ptr_array_add (out, t);
    }
  return out;
}

/* Whether @unit asks for every commune: "mỗi xã", "các xã", "every commune", "each commune". */
gboolean
tt_target_unit_is_each_commune (const char *unit)
{
  static const char *const words[] = { "moi xa", "cac xa", "tung xa", "moi xa phuong", "every commune",
                                       "each commune", "all communes" };
  g_autofree char *folded = unit ? tt_text_fold (unit) : NULL;

  for (gsize i = 0; folded != NULL && i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (g_strstrip (folded), words[i]))
      return TRUE;
  return FALSE;
}

/* "Mỗi xã 50": a target of @in's measure and value for every commune of the office (of its
 * province, or else those with households in the register) that has none of that measure yet.
 * A plan's exceptions ("two named ones 30") are entered first, as targets of their own; this
 * fills in the rest. The ids added go to @ids; none added is an error. One transaction. */
gboolean
tt_target_add_each_commune (TtDb                *db,
                            gint64               campaign_id,
                            const TtTargetInput *in,
                            GArray              *ids,
                            GError             **error)
{
  g_autofree char *province_code = tt_db_get_setting (db, "province-code");
  gint64 province = tt_place_id_by_code (db, province_code);
  g_autoptr(TtStmt) communes = NULL;
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;
  int rc;

  if (!tt_target_measure_by_place (in->measure))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("%s is counted for the office as a whole or per member organisation (the money it "
                     "collected), not per place."),
                   _(tt_values_label (&tt_target_measures, in->measure)));
      return FALSE;
    }
  communes = tt_db_prepare (db,
                            "SELECT p.id FROM places p WHERE p.kind = 'commune' AND (CASE WHEN ?1 <> 0 "
                            "THEN p.parent_id = ?1 ELSE p.id IN (SELECT commune_id FROM households) END) "
                            "AND NOT EXISTS (SELECT 1 FROM campaign_targets t WHERE t.campaign_id = ?2 "
                            "AND t.measure = ?3 AND t.place_id = p.id) ORDER BY p.code",
                            error);
  if (communes == NULL)
    return FALSE;
  tt_bind_int (communes, 1, province);
  tt_bind_int (communes, 2, campaign_id);
  tt_bind_text (communes, 3, in->measure);
  while ((rc = sqlite3_step (communes)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (communes, 0);
      g_array_append_val (places, id);
    }
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("Reading the communes"));
  if (places->len == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Every commune of the office already has a target of %s."),
                   _(tt_values_label (&tt_target_measures, in->measure)));
      return FALSE;
    }
  ok = tt_db_begin (db, error);
  for (guint i = 0; ok && i < places->len; i++)
    {
      g_autofree char *code = tt_place_code (db, g_array_index (places, gint64, i));
      TtTargetInput one = *in;
      gint64 id;

      one.unit = code;
      ok = (id = tt_target_add (db, campaign_id, &one, error)) > 0;
      if (ok)
        g_array_append_val (ids, id);
    }
  if (!ok)
    g_array_set_size (ids, 0);
  return tt_db_end (db, ok, error);
}
