/* tt-support.c — the support each household had, from every programme, and the check that
 * no household is helped twice in kinds that do not go together
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-households.h"
#include "tt-support.h"
#include "tt-text.h"

static const TtValue support_kinds[] = {
  { "gift", N_("Gift package") }, { "housing", N_("Housing") }, { "livelihood", N_("Livelihood model") },
  { "bhyt", N_("Health-insurance card") }, { "scholarship", N_("Scholarship") },
  { "medical", N_("Medical aid") }, { "wheelchair", N_("Wheelchair") },
  { "monthly", N_("Monthly help") }, { "disaster", N_("Disaster relief") }, { "other", N_("Other support") },
};

const TtValueList tt_support_kinds = TT_VALUE_LIST (support_kinds);

const char *
tt_support_kind_label (const char *kind)
{
  return tt_values_label (&tt_support_kinds, kind);
}

static gboolean
support_kind_valid (const char *kind)
{
  return tt_values_index (&tt_support_kinds, kind) >= 0;
}

static gboolean
set_kind_error (const char *kind, GError **error)
{
  g_autofree char *known = tt_values_codes (&tt_support_kinds, ", ", _(" or "));

  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("Unknown kind of support “%s”: use %s."), kind ? kind : "", known);
  return FALSE;
}

/* Support the household had in the campaign's period from other programmes, in kinds that the
 * table of allowed combinations does not allow with @kind; one line of text each. */
GPtrArray *
tt_support_conflicts (TtDb        *db,
                      gint64       household_id,
                      const char  *kind,
                      gint64       campaign_id,
                      GError     **error)
{
  g_autoptr(TtCampaign) campaign = tt_campaign_get (db, campaign_id, error);
  g_autoptr(TtStmt) stmt = NULL;
  GPtrArray *out;

  if (campaign == NULL)
    return NULL;
  stmt = tt_db_prepare (db,
                        "SELECT kind, what, on_date FROM ("
                        " SELECT 'gift' AS kind, c.name AS what, coalesce(e.status_on, c.starts_on) AS on_date "
                        "  FROM gift_entries e JOIN campaigns c ON c.id = e.campaign_id WHERE e.household_id = ?1 "
                        "  AND e.campaign_id <> ?2 AND e.status <> 'refused' AND c.starts_on <= ?4 AND c.ends_on >= ?3 "
                        " UNION ALL SELECT s.kind, coalesce(s.programme, ''), s.given_on FROM support_events s "
                        "  WHERE s.household_id = ?1 AND s.campaign_id IS NOT ?2 AND s.given_on BETWEEN ?3 AND ?4 "
                        " UNION ALL SELECT 'housing', coalesce(c.name, ''), coalesce(h.handed_over_on, h.started_on, h.decision_on) "
                        "  FROM housing_projects h LEFT JOIN campaigns c ON c.id = h.campaign_id WHERE h.household_id = ?1 "
                        "  AND h.stage <> 'cancelled' AND coalesce(h.handed_over_on, h.started_on, h.decision_on) BETWEEN ?3 AND ?4 "
                        " UNION ALL SELECT 'bhyt', '', b.valid_from FROM bhyt_cards b WHERE b.household_id = ?1 "
                        "  AND b.valid_from <= ?4 AND b.valid_to >= ?3 "
                        " UNION ALL SELECT 'livelihood', m.description, a.received_on FROM livelihood_assignments a "
                        "  JOIN livelihood_models m ON m.id = a.model_id WHERE a.household_id = ?1 "
                        "  AND a.received_on BETWEEN ?3 AND ?4 "
                        " UNION ALL SELECT x.kind, 'Địa chỉ nhân đạo', x.given_on FROM address_helps x "
                        "  JOIN humanitarian_addresses a ON a.id = x.address_id WHERE a.household_id = ?1 "
                        "  AND x.given_on BETWEEN ?3 AND ?4) "
                        "WHERE NOT EXISTS (SELECT 1 FROM support_combinations WHERE (kind_a = ?5 AND kind_b = kind) "
                        " OR (kind_b = ?5 AND kind_a = kind)) ORDER BY on_date",
                        error);
  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, household_id);
  tt_bind_int (stmt, 2, campaign_id);
  tt_bind_text (stmt, 3, campaign->starts_on);
  tt_bind_text (stmt, 4, campaign->ends_on);
  tt_bind_text (stmt, 5, kind);
  out = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *what = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *date = tt_date_display ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (out, *what
                         ? g_strdup_printf ("%s (%s), %s", tt_support_kind_label ((const char *) sqlite3_column_text (stmt, 0)), what, date)
                         : g_strdup_printf ("%s, %s", tt_support_kind_label ((const char *) sqlite3_column_text (stmt, 0)), date));
    }
  return out;
}

/* Records support a household had from another programme, so the cross-programme check sees it. */
gint64
tt_support_add (TtDb        *db,
                gint64       household_id,
                const char  *kind,
                const char  *programme,
                const char  *date,
                gint64       amount,
                GError     **error)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, household_id, error);
  g_autofree char *prog = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  char iso[11];

  if (h == NULL)
    return 0;
  if (!support_kind_valid (kind))
    return set_kind_error (kind, error);
  if (!tt_date_parse (date, iso, error) ||
      !tt_text_clean_field (programme, _("Programme"), 200, &prog, error))
    return 0;
  if (amount < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("The amount cannot be negative."));
      return 0;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO support_events (household_id, kind, programme, given_on, amount) VALUES (?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return 0;
  tt_bind_int (stmt, 1, household_id);
  tt_bind_text (stmt, 2, kind);
  tt_bind_text (stmt, 3, prog);
  tt_bind_text (stmt, 4, iso);
  tt_bind_int (stmt, 5, amount);
  if (!tt_db_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tt_db_get_handle (db));
}

/* Adds or removes a pair of support kinds a household may receive in one period. */
gboolean
tt_support_allow (TtDb        *db,
                  const char  *kind_a,
                  const char  *kind_b,
                  gboolean     allowed,
                  GError     **error)
{
  g_autoptr(TtStmt) stmt = NULL;

  if (!support_kind_valid (kind_a))
    return set_kind_error (kind_a, error);
  if (!support_kind_valid (kind_b))
    return set_kind_error (kind_b, error);
  stmt = tt_db_prepare (db, allowed
                        ? "INSERT OR IGNORE INTO support_combinations (kind_a, kind_b) VALUES (min(?1, ?2), max(?1, ?2))"
                        : "DELETE FROM support_combinations WHERE (kind_a = ?1 AND kind_b = ?2) OR (kind_a = ?2 AND kind_b = ?1)",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, kind_a);
  tt_bind_text (stmt, 2, kind_b);
  return tt_db_step_done (db, stmt, error);
}

/* The allowed pairs as "kind_a\tkind_b" strings. */
GPtrArray *
tt_support_combinations (TtDb    *db,
                         GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT kind_a, kind_b FROM support_combinations ORDER BY 1, 2", error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, g_strdup_printf ("%s\t%s", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1)));
  return out;
}

void
tt_support_event_free (TtSupportEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->given_on);
  g_free (event->kind);
  g_free (event->programme);
  g_free (event->campaign);
  g_free (event->goods);
  g_free (event);
}

/* The household's support ledger, newest first: the gift packages delivered to it, its houses
 * (at their approved support), its health-insurance cards, the livelihood models it held (a
 * model's value counted with its first holder only, however many it reaches) and support from
 * any other programme, with the campaign each came from. */
GPtrArray *
tt_support_of_household (TtDb    *db,
                         gint64   household_id,
                         GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT given_on, kind, programme, campaign, amount, goods FROM ("
                                          "SELECT e.given_on, e.kind, e.programme, c.name AS campaign, e.amount, e.goods, "
                                          "  e.id AS n FROM support_events e LEFT JOIN campaigns c ON c.id = e.campaign_id "
                                          "  WHERE e.household_id = ?1 "
                                          "UNION ALL SELECT coalesce(g.status_on, substr(g.created_at, 1, 10)), 'gift', p.name, "
                                          "  c.name, (p.cash_value + p.goods_value) * g.quantity, p.contents, g.id "
                                          "  FROM gift_entries g JOIN gift_packages p ON p.id = g.package_id "
                                          "  JOIN campaigns c ON c.id = g.campaign_id "
                                          "  WHERE g.household_id = ?1 AND g.status = 'delivered' "
                                          "UNION ALL SELECT coalesce(h.handed_over_on, h.started_on, h.decision_on, "
                                          "  h.surveyed_on, substr(h.created_at, 1, 10)), 'housing', "
                                          "  CASE h.kind WHEN 'new' THEN 'Xây mới nhà ở' ELSE 'Sửa chữa nhà ở' END, "
                                          "  c.name, h.support, NULL, h.id FROM housing_projects h "
                                          "  LEFT JOIN campaigns c ON c.id = h.campaign_id "
                                          "  WHERE h.household_id = ?1 AND h.stage <> 'cancelled' "
                                          "UNION ALL SELECT b.valid_from, 'bhyt', 'Thẻ BHYT ' || b.card_number || "
                                          "  ' đến ' || strftime('%d/%m/%Y', b.valid_to), "
                                          "  c.name, b.amount, NULL, b.id FROM bhyt_cards b "
                                          "  LEFT JOIN campaigns c ON c.id = b.campaign_id WHERE b.household_id = ?1 "
                                          "UNION ALL SELECT a.received_on, 'livelihood', m.description, c.name, "
                                          "  CASE WHEN a.id = (SELECT min(f.id) FROM livelihood_assignments f "
                                          "   WHERE f.model_id = m.id) THEN m.value ELSE 0 END, NULL, a.id "
                                          "  FROM livelihood_assignments a JOIN livelihood_models m ON m.id = a.model_id "
                                          "  LEFT JOIN campaigns c ON c.id = m.campaign_id WHERE a.household_id = ?1 "
                                          "UNION ALL SELECT x.given_on, x.kind, 'Địa chỉ nhân đạo: ' || a.need, NULL, "
                                          "  x.amount, NULL, x.id FROM address_helps x "
                                          "  JOIN humanitarian_addresses a ON a.id = x.address_id "
                                          "  WHERE a.household_id = ?1) "
                                          "ORDER BY given_on DESC, n DESC",
                                          error);
  GPtrArray *out;
  int rc;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, household_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_support_event_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TtSupportEvent *e = g_new0 (TtSupportEvent, 1);

      e->given_on = tt_column_dup (stmt, 0);
      e->kind = tt_column_dup (stmt, 1);
      e->programme = tt_column_dup (stmt, 2);
      e->campaign = tt_column_dup (stmt, 3);
      e->amount = sqlite3_column_int64 (stmt, 4);
      e->goods = tt_column_dup (stmt, 5);
      g_ptr_array_add (out, e);
    }
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (out);
      tt_db_set_error (db, error, _("reading the support of a household"));
      return NULL;
    }
  return out;
}
