/* tt-housing.c — housing support: norms, projects and their stages
 *
 * A project builds or repairs the house of one household, in a stream (people with merit, the
 * national target programme, the fund's own campaign). Its approved support is checked against
 * the norm of the household's province for that kind of work and target group on the day: more
 * than the norm needs a decision number or a reason, and so does a household's second house.
 * Stages are recorded in order — survey, approved, started, completed, handed over — each on a
 * day no earlier than the stage before; a project can be paused (with its reason) and resumes
 * with its next stage, or be cancelled with a reason.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-housing.h"
#include "tt-housing-private.h"
#include "tt-households-private.h"
#include "tt-money.h"
#include "tt-places.h"
#include "tt-text.h"

static const TtValue kinds[] = {
  { "new", N_("New build"), "Xây mới" },
  { "repair", N_("Repair"), "Sửa chữa" },
};

static const TtValue streams[] = {
  { "campaign", N_("Poor and near-poor households (the fund's campaign)"), "Hộ nghèo, cận nghèo" },
  { "national", N_("National target programme"), "Chương trình mục tiêu quốc gia" },
  { "merit", N_("People with meritorious service"), "Người có công" },
};

const TtValueList tt_housing_kinds = TT_VALUE_LIST (kinds);
const TtValueList tt_housing_streams = TT_VALUE_LIST (streams);

static const char *const stages[] = { "survey", "approved", "started", "completed", "handed_over" };

int
tt_housing_stage_index (const char *stage)
{
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_strcmp0 (stages[i], stage) == 0)
      return (int) i;
  return -1;
}

const char *
tt_housing_stage_words (const char *stage)
{
  static const char *const words[] = { N_("survey"), N_("approval"), N_("start of work"), N_("completion"),
                                       N_("handover") };
  int i = tt_housing_stage_index (stage);

  return i >= 0 ? _(words[i]) : stage;
}

void
tt_housing_project_free (TtHousingProject *p)
{
  if (p == NULL)
    return;
  g_free (p->head_name);
  g_free (p->village);
  g_free (p->kind);
  g_free (p->stream);
  g_free (p->stage);
  g_free (p->paused_reason);
  g_free (p->decision_no);
  g_free (p->reason);
  g_free (p->last_on);
  g_free (p->inspection_team);
  g_free (p->floor);
  g_free (p->frame);
  g_free (p->walls);
  g_free (p->roof);
  g_free (p);
}

static gboolean
check_kind (const char *kind, GError **error)
{
  if (g_strcmp0 (kind, "new") == 0 || g_strcmp0 (kind, "repair") == 0)
    return TRUE;
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown kind of housing work “%s”: use new or repair."),
               kind ? kind : "");
  return FALSE;
}

/* The norm of @province_code for @kind of work (and @group, or any group) from @from on. */
gboolean
tt_housing_norm_set (TtDb        *db,
                     const char  *province_code,
                     const char  *kind,
                     const char  *group,
                     gint64       amount,
                     const char  *from,
                     GError     **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  char on[11];

  if (province_code == NULL || tt_place_id_by_code (db, province_code) <= 0)
    {
      g_autofree char *quoted = tt_text_quote_short (province_code ? province_code : "");
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no province with code %s."), quoted);
      return FALSE;
    }
  if (!check_kind (kind, error))
    return FALSE;
  if (group != NULL && !g_str_equal (group, "poor") && !g_str_equal (group, "near-poor") &&
      !g_str_equal (group, "hardship") && !g_str_equal (group, "merit"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown target group “%s”: use poor, near-poor, hardship or merit."), group);
      return FALSE;
    }
  if (amount <= 0 || amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("The norm must be more than 0 đồng."));
      return FALSE;
    }
  if (!tt_date_parse (from, on, error))
    {
      g_prefix_error (error, _("From: "));
      return FALSE;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO housing_norms (province_code, kind, target_group, amount, effective_from) "
                        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (province_code, kind, target_group, effective_from) "
                        "DO UPDATE SET amount = ?4",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, province_code);
  tt_bind_text (stmt, 2, kind);
  tt_bind_text (stmt, 3, group ? group : "");
  tt_bind_int (stmt, 4, amount);
  tt_bind_text (stmt, 5, on);
  return tt_db_step_done (db, stmt, error);
}

/* The norm in force on @date (ISO): the group's own when it has one, else the one for any
 * group; 0 when none is set. */
gint64
tt_housing_norm_for (TtDb       *db,
                     const char *province_code,
                     const char *kind,
                     const char *group,
                     const char *date)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT amount FROM housing_norms WHERE province_code = ?1 AND kind = ?2 "
                                          "AND target_group IN (?3, '') AND effective_from <= ?4 "
                                          "ORDER BY target_group = '', effective_from DESC LIMIT 1",
                                          NULL);

  if (stmt == NULL)
    return 0;
  tt_bind_text (stmt, 1, province_code);
  tt_bind_text (stmt, 2, kind);
  tt_bind_text (stmt, 3, group ? group : "");
  tt_bind_text (stmt, 4, date);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* The household's province code and its latest category as a target group. */
static gboolean
household_facts (TtDb *db, gint64 household_id, char **province, char **group, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT h.commune_id, (SELECT category FROM household_classifications c "
                                          "WHERE c.household_id = h.id ORDER BY year DESC LIMIT 1) "
                                          "FROM households h WHERE h.id = ?1",
                                          error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, household_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no household with number %lld."),
                   (long long) household_id);
      return FALSE;
    }
  {
    gint64 commune = sqlite3_column_int64 (stmt, 0);
    gint64 province_id = commune > 0 ? tt_place_province_of (db, commune) : 0;
    *province = province_id > 0 ? tt_place_code (db, province_id) : NULL;
    *group = tt_column_dup (stmt, 1);
  }
  return TRUE;
}

/* The norm today for @kind of work on the house of @household_id (0 when none applies). */
gint64
tt_housing_norm_for_household (TtDb       *db,
                               gint64      household_id,
                               const char *kind)
{
  g_autofree char *province = NULL;
  g_autofree char *group = NULL;
  char today[11];

  if (!household_facts (db, household_id, &province, &group, NULL) || province == NULL)
    return 0;
  tt_date_today (today);
  if (group != NULL && g_str_equal (group, "near_poor"))
    {
      g_free (group);
      group = g_strdup ("near-poor");
    }
  return tt_housing_norm_for (db, province, kind, group, today);
}

/* A new project for a household, checked against the norm and the household's other houses. */
gint64
tt_housing_add (TtDb                 *db,
                const TtHousingInput *in,
                GError              **error)
{
  g_autofree char *province = NULL;
  g_autofree char *group = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(TtStmt) other = NULL;
  g_autoptr(TtStmt) insert = NULL;
  const char *stream = in->stream ? in->stream : "campaign";
  gint64 norm = 0;

  if (!check_kind (in->kind, error) || !household_facts (db, in->household_id, &province, &group, error))
    return 0;
  if (!g_str_equal (stream, "merit") && !g_str_equal (stream, "national") && !g_str_equal (stream, "campaign"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown stream “%s”: use merit, national or campaign."), stream);
      return 0;
    }
  if (in->support < 0 || in->support > TT_MONEY_MAX || in->estimate < 0 || in->estimate > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Amounts must be 0 đồng or more."));
      return 0;
    }
  if (!tt_text_clean_field (in->reason, _("Reason"), 500, &reason, error) ||
      !tt_text_clean_field (in->decision_no, _("Decision number"), 100, &decision, error))
    return 0;
  norm = tt_housing_norm_for_household (db, in->household_id, in->kind);
  if (norm > 0 && in->support > norm && decision == NULL && reason == NULL)
    {
      g_autofree char *support = tt_money_format (in->support);
      g_autofree char *shown = tt_money_format (norm);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   g_str_equal (in->kind, "new")
                   ? _("The support of %s is more than the norm of %s for a new house: give the decision number "
                       "or the reason.")
                   : _("The support of %s is more than the norm of %s for a repair: give the decision number "
                       "or the reason."),
                   support, shown);
      return 0;
    }

  if (!tt_db_begin (db, error))
    return 0;
  /* A second house, in any programme or year, needs its reason. */
  other = tt_db_prepare (db, "SELECT id FROM housing_projects WHERE household_id = ?1 AND stage <> 'cancelled' "
                             "ORDER BY id LIMIT 1", error);
  if (other == NULL)
    goto fail;
  tt_bind_int (other, 1, in->household_id);
  if (sqlite3_step (other) == SQLITE_ROW && reason == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Household %lld already has housing project %lld: a second house needs its reason."),
                   (long long) in->household_id, (long long) sqlite3_column_int64 (other, 0));
      goto fail;
    }
  insert = tt_db_prepare (db,
                          "INSERT INTO housing_projects (uuid, household_id, campaign_id, kind, stream, norm_amount, "
                          "estimated_cost, support, decision_no, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                          error);
  if (insert == NULL)
    goto fail;
  uuid = tt_new_uuid ();
  tt_bind_text (insert, 1, uuid);
  tt_bind_int (insert, 2, in->household_id);
  tt_bind_opt_id (insert, 3, in->campaign_id);
  tt_bind_text (insert, 4, in->kind);
  tt_bind_text (insert, 5, stream);
  tt_bind_int (insert, 6, norm);
  if (in->estimate > 0)
    tt_bind_int (insert, 7, in->estimate);
  else
    sqlite3_bind_null (insert, 7);
  tt_bind_int (insert, 8, in->support);
  tt_bind_text (insert, 9, decision);
  tt_bind_text (insert, 10, reason);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  {
    gint64 id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
    return tt_db_commit (db, error) ? id : 0;
  }

fail:
  tt_db_rollback (db);
  return 0;
}

/* The stage and day last recorded for a project (NULL when none yet). */
static gboolean
last_event (TtDb *db, gint64 project_id, char **stage, char on[11], GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT stage, happened_on FROM housing_stage_events WHERE project_id = ?1 "
                                          "AND stage NOT IN ('paused') ORDER BY id DESC LIMIT 1",
                                          error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, project_id);
  *stage = NULL;
  on[0] = '\0';
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *stage = tt_column_dup (stmt, 0);
      g_strlcpy (on, (const char *) sqlite3_column_text (stmt, 1), 11);
    }
  return TRUE;
}

/* Records @stage of a project on @date: stages come in order, never on a day before the stage
 * they follow; a pause and a cancellation need their reason (@note). */
gboolean
tt_housing_stage (TtDb        *db,
                  gint64       project_id,
                  const char  *stage,
                  const char  *date,
                  const char  *doc,
                  const char  *note,
                  GError     **error)
{
  g_autoptr(TtHousingProject) p = tt_housing_get (db, project_id, error);
  g_autofree char *last = NULL;
  g_autofree char *why = NULL;
  g_autofree char *document = NULL;
  g_autoptr(TtStmt) event = NULL;
  g_autoptr(TtStmt) update = NULL;
  gboolean pause = g_strcmp0 (stage, "paused") == 0, cancel = g_strcmp0 (stage, "cancelled") == 0;
  char on[11], last_on[11];
  int next;

  if (p == NULL)
    return FALSE;
  if (!pause && !cancel && tt_housing_stage_index (stage) < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown stage “%s”: use survey, approved, started, completed, handed-over, paused or cancelled."),
                   stage ? stage : "");
      return FALSE;
    }
  if (!tt_date_parse (date, on, error))
    {
      g_prefix_error (error, _("Date: "));
      return FALSE;
    }
  if (!tt_text_clean_field (note, _("Note"), 500, &why, error) ||
      !tt_text_clean_field (doc, _("Document number"), 100, &document, error))
    return FALSE;
  if ((pause || cancel) && why == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY,
                   pause ? _("A pause needs its reason (--note).") : _("A cancellation needs its reason (--note)."));
      return FALSE;
    }
  if (g_str_equal (p->stage, "cancelled") || g_str_equal (p->stage, "handed_over"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   g_str_equal (p->stage, "cancelled") ? _("Housing project %lld was cancelled: it takes no other stage.")
                                                       : _("Housing project %lld was handed over: it takes no other stage."),
                   (long long) project_id);
      return FALSE;
    }
  if (!last_event (db, project_id, &last, last_on, error))
    return FALSE;
  next = last != NULL ? tt_housing_stage_index (last) + 1 : 0;
  if (!pause && !cancel && tt_housing_stage_index (stage) != next)
    {
      if (last == NULL)
        g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                     _("Housing project %lld has no stage yet: the first is its %s, not its %s."),
                     (long long) project_id, tt_housing_stage_words (stages[0]), tt_housing_stage_words (stage));
      else
        g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                     _("Housing project %lld is at its %s: the next stage is its %s, not its %s."),
                     (long long) project_id, tt_housing_stage_words (last), tt_housing_stage_words (stages[next]), tt_housing_stage_words (stage));
      return FALSE;
    }
  if (last != NULL && strcmp (on, last_on) < 0)
    {
      g_autofree char *shown = tt_date_display (last_on);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The date is before the project's %s on %s: a stage never comes before the one it follows."),
                   tt_housing_stage_words (last), shown);
      return FALSE;
    }

  if (!tt_db_begin (db, error))
    return FALSE;
  event = tt_db_prepare (db, "INSERT INTO housing_stage_events (project_id, stage, happened_on, doc_ref, note) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (event == NULL)
    goto fail;
  tt_bind_int (event, 1, project_id);
  tt_bind_text (event, 2, stage);
  tt_bind_text (event, 3, on);
  tt_bind_text (event, 4, document);
  tt_bind_text (event, 5, why);
  if (!tt_db_step_done (db, event, error))
    goto fail;
  update = tt_db_prepare (db,
                          "UPDATE housing_projects SET stage = CASE WHEN ?2 = 'paused' THEN stage ELSE ?2 END, "
                          "paused_reason = CASE WHEN ?2 = 'paused' THEN ?4 ELSE NULL END, "
                          "surveyed_on = CASE WHEN ?2 = 'survey' THEN ?3 ELSE surveyed_on END, "
                          "decision_on = CASE WHEN ?2 = 'approved' THEN ?3 ELSE decision_on END, "
                          "started_on = CASE WHEN ?2 = 'started' THEN ?3 ELSE started_on END, "
                          "completed_on = CASE WHEN ?2 = 'completed' THEN ?3 ELSE completed_on END, "
                          "handed_over_on = CASE WHEN ?2 = 'handed_over' THEN ?3 ELSE handed_over_on END, "
                          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1",
                          error);
  if (update == NULL)
    goto fail;
  tt_bind_int (update, 1, project_id);
  tt_bind_text (update, 2, stage);
  tt_bind_text (update, 3, on);
  tt_bind_text (update, 4, why);
  if (!tt_db_step_done (db, update, error))
    goto fail;
  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

/* Records what the completion inspection found: the team, the floor area, the floor, frame,
 * walls and roof, and whether the house meets "3 cứng". Once work has started, and not on a
 * cancelled project. */
gboolean
tt_housing_inspect (TtDb                      *db,
                    gint64                     project_id,
                    const TtHousingInspection *in,
                    GError                   **error)
{
  g_autoptr(TtHousingProject) p = tt_housing_get (db, project_id, error);
  g_autofree char *team = NULL;
  g_autofree char *floor = NULL;
  g_autofree char *frame = NULL;
  g_autofree char *walls = NULL;
  g_autofree char *roof = NULL;
  char **parts[4] = { &floor, &frame, &walls, &roof };
  const char *given[4] = { in->floor, in->frame, in->walls, in->roof };
  const char *labels[4] = { N_("Floor"), N_("Frame"), N_("Walls"), N_("Roof") };
  g_autoptr(TtStmt) update = NULL;
  double area = 0;

  if (p == NULL)
    return FALSE;
  if (g_str_equal (p->stage, "cancelled") || tt_housing_stage_index (p->stage) < tt_housing_stage_index ("started"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Housing project %lld has not started: there is no house to inspect yet."), (long long) project_id);
      return FALSE;
    }
  if (in->area != NULL && *in->area != '\0')
    {
      g_autofree char *dotted = g_strdelimit (g_strstrip (g_strdup (in->area)), ",", '.');
      char *end = NULL;
      area = g_ascii_strtod (dotted, &end);
      if (end == dotted || *end != '\0' || !(area > 0 && area < 10000))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Area: give the floor area in square metres, e.g. 36 or 36,5."));
          return FALSE;
        }
    }
  if (!tt_text_clean_field (in->team, _("Inspection team"), 500, &team, error))
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!tt_text_clean_field (given[i], _(labels[i]), 200, parts[i], error))
      return FALSE;

  if (!tt_db_begin (db, error))
    return FALSE;
  update = tt_db_prepare (db,
                          "UPDATE housing_projects SET inspection_team = coalesce(?2, inspection_team), "
                          "area_m2 = coalesce(?3, area_m2), floor = coalesce(?4, floor), frame = coalesce(?5, frame), "
                          "walls = coalesce(?6, walls), roof = coalesce(?7, roof), "
                          "three_hard = CASE WHEN ?8 < 0 THEN three_hard ELSE ?8 END, "
                          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1",
                          error);
  if (update == NULL)
    goto fail;
  tt_bind_int (update, 1, project_id);
  tt_bind_text (update, 2, team);
  if (area > 0)
    sqlite3_bind_double (update, 3, area);
  for (int i = 0; i < 4; i++)
    tt_bind_text (update, 4 + i, *parts[i]);
  sqlite3_bind_int (update, 8, in->three_hard);
  if (!tt_db_step_done (db, update, error))
    goto fail;
  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

#define PROJECT_SELECT                                                                            \
  "SELECT p.id, p.household_id, h.head_name, v.name, p.kind, p.stream, p.stage, p.paused_reason, "  \
  "coalesce(p.campaign_id, 0), coalesce(p.estimated_cost, 0), p.support, p.norm_amount, p.decision_no, " \
  "p.reason, (SELECT coalesce(sum(amount), 0) FROM housing_funding f WHERE f.project_id = p.id), "  \
  "p.paid, "                                                                                        \
  "coalesce((SELECT max(e.happened_on) FROM housing_stage_events e WHERE e.project_id = p.id), "    \
  "  substr(p.created_at, 1, 10)), p.inspection_team, coalesce(p.area_m2, 0), p.floor, p.frame, "    \
  "p.walls, p.roof, coalesce(p.three_hard, -1) "                                                    \
  "FROM housing_projects p JOIN households h ON h.id = p.household_id "                             \
  "LEFT JOIN places v ON v.id = h.village_id "

static TtHousingProject *
read_project (TtStmt *stmt)
{
  TtHousingProject *p = g_new0 (TtHousingProject, 1);

  p->id = sqlite3_column_int64 (stmt, 0);
  p->household_id = sqlite3_column_int64 (stmt, 1);
  p->head_name = tt_column_dup (stmt, 2);
  p->village = tt_column_dup (stmt, 3);
  p->kind = tt_column_dup (stmt, 4);
  p->stream = tt_column_dup (stmt, 5);
  p->stage = tt_column_dup (stmt, 6);
  p->paused_reason = tt_column_dup (stmt, 7);
  p->campaign_id = sqlite3_column_int64 (stmt, 8);
  p->estimate = sqlite3_column_int64 (stmt, 9);
  p->support = sqlite3_column_int64 (stmt, 10);
  p->norm = sqlite3_column_int64 (stmt, 11);
  p->decision_no = tt_column_dup (stmt, 12);
  p->reason = tt_column_dup (stmt, 13);
  p->funded = sqlite3_column_int64 (stmt, 14);
  p->paid = sqlite3_column_int64 (stmt, 15);
  p->last_on = tt_column_dup (stmt, 16);
  p->inspection_team = tt_column_dup (stmt, 17);
  p->area_m2 = sqlite3_column_double (stmt, 18);
  p->floor = tt_column_dup (stmt, 19);
  p->frame = tt_column_dup (stmt, 20);
  p->walls = tt_column_dup (stmt, 21);
  p->roof = tt_column_dup (stmt, 22);
  p->three_hard = sqlite3_column_int (stmt, 23);
  return p;
}

TtHousingProject *
tt_housing_get (TtDb    *db,
                gint64   project_id,
                GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, PROJECT_SELECT "WHERE p.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, project_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no housing project %lld."),
                   (long long) project_id);
      return NULL;
    }
  return read_project (stmt);
}

/* The WHERE clause of a filter over projects `p` of households `h`; binds ?1…?6. */
static char *
filter_condition (TtDb *db, const TtHousingFilter *filter, const char *folded)
{
  g_autofree char *place = tt_household_place_condition (db, filter->place_id);

  return g_strdup_printf (
    "(?1 IS NULL OR p.stage = ?1) AND (?2 = 0 OR p.campaign_id = ?2) "
    "AND (?3 IS NULL OR p.stream = ?3) AND (?4 IS NULL OR p.kind = ?4) AND %s "
    "AND (?5 = 0 OR (p.stage NOT IN ('handed_over', 'cancelled') AND "
    "  coalesce((SELECT max(e.happened_on) FROM housing_stage_events e WHERE e.project_id = p.id), "
    "  substr(p.created_at, 1, 10)) <= date('now', '-' || ?5 || ' days'))) "
    "AND %s",
    place ? place : "1", folded ? "instr (h.head_name_key, ?6) > 0" : "?6 IS NULL");
}

static void
bind_filter (TtStmt *stmt, const TtHousingFilter *filter, const char *folded)
{
  tt_bind_text (stmt, 1, filter->stage);
  tt_bind_int (stmt, 2, filter->campaign_id);
  tt_bind_text (stmt, 3, filter->stream);
  tt_bind_text (stmt, 4, filter->kind);
  tt_bind_int (stmt, 5, filter->idle_days);
  tt_bind_text (stmt, 6, folded);
}

static char *
folded_query (const TtHousingFilter *filter)
{
  g_autofree char *folded = filter->query ? tt_text_fold (filter->query) : NULL;

  return folded != NULL && *g_strstrip (folded) != '\0' ? g_steal_pointer (&folded) : NULL;
}

/* The projects the filter keeps: all in the order they were made, or the latest @limit. */
GPtrArray *
tt_housing_list (TtDb                  *db,
                 const TtHousingFilter *filter,
                 GError               **error)
{
  g_autofree char *folded = folded_query (filter);
  g_autofree char *where = filter_condition (db, filter, folded);
  g_autofree char *sql = filter->limit > 0
    ? g_strdup_printf (PROJECT_SELECT "WHERE %s ORDER BY p.id DESC LIMIT %u", where, filter->limit)
    : g_strdup_printf (PROJECT_SELECT "WHERE %s ORDER BY p.id", where);
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, filter, folded);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_housing_project_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, read_project (stmt));
  return out;
}

/* How many projects the office has, cancelled ones included. */
gint64
tt_housing_count (TtDb *db)
{
  return tt_db_query_int (db, "SELECT count(*) FROM housing_projects", 0);
}

int
tt_housing_idle_days (TtDb *db)
{
  g_autofree char *value = tt_db_get_setting (db, "housing-idle-days");
  gint64 days = value ? g_ascii_strtoll (value, NULL, 10) : 0;

  return days > 0 ? (int) days : 60;
}

const char *
tt_housing_stage_label (const char *stage)
{
  static const char *const labels[] = { N_("Survey"), N_("Approved"), N_("Started"), N_("Completed"),
                                        N_("Handed Over") };
  int i = tt_housing_stage_index (stage);

  if (i >= 0)
    return _(labels[i]);
  return g_strcmp0 (stage, "cancelled") == 0 ? _("Cancelled") : stage;
}

/* The pipeline: per stage, the projects the filter keeps (its stage ignored), their approved
 * support, what was paid and how many are paused, in one pass over the projects. */
gboolean
tt_housing_pipeline (TtDb                  *db,
                     const TtHousingFilter *filter,
                     TtHousingStageSum      out[TT_HOUSING_N_STAGES],
                     GError               **error)
{
  static const char *const order[TT_HOUSING_N_STAGES] = { "survey", "approved", "started", "completed",
                                                          "handed_over", "cancelled" };
  TtHousingFilter any = *filter;
  g_autofree char *where = NULL;
  g_autofree char *folded = folded_query (filter);
  const char *households = filter->place_id != 0 || folded != NULL ? "JOIN households h ON h.id = p.household_id " : "";
  g_autofree char *counts_sql = NULL;
  g_autoptr(TtStmt) counts = NULL;

  any.stage = NULL;
  where = filter_condition (db, &any, folded);
  counts_sql = g_strdup_printf ("SELECT p.stage, count(*), sum(p.support), sum(p.paid), count(p.paused_reason) "
                                "FROM housing_projects p %sWHERE %s GROUP BY p.stage", households, where);
  if ((counts = tt_db_prepare (db, counts_sql, error)) == NULL)
    return FALSE;
  bind_filter (counts, &any, folded);
  memset (out, 0, sizeof (TtHousingStageSum) * TT_HOUSING_N_STAGES);
  for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
    out[i].stage = order[i];
  while (sqlite3_step (counts) == SQLITE_ROW)
    for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
      if (g_strcmp0 (order[i], (const char *) sqlite3_column_text (counts, 0)) == 0)
        {
          out[i].count = sqlite3_column_int64 (counts, 1);
          out[i].support = sqlite3_column_int64 (counts, 2);
          out[i].paid = sqlite3_column_int64 (counts, 3);
          out[i].paused = sqlite3_column_int64 (counts, 4);
        }
  return TRUE;
}

void
tt_housing_event_free (TtHousingEvent *e)
{
  if (e == NULL)
    return;
  g_free (e->stage);
  g_free (e->happened_on);
  g_free (e->doc_ref);
  g_free (e->note);
  g_free (e);
}

/* The project's timeline: every stage, pause and cancellation in the order recorded. */
GPtrArray *
tt_housing_events (TtDb    *db,
                   gint64   project_id,
                   GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT stage, happened_on, doc_ref, note FROM housing_stage_events "
                                              "WHERE project_id = ?1 ORDER BY id", error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, project_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_housing_event_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtHousingEvent *e = g_new0 (TtHousingEvent, 1);
      e->stage = tt_column_dup (stmt, 0);
      e->happened_on = tt_column_dup (stmt, 1);
      e->doc_ref = tt_column_dup (stmt, 2);
      e->note = tt_column_dup (stmt, 3);
      g_ptr_array_add (out, e);
    }
  return out;
}
