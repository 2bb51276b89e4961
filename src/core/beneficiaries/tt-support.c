/* tt-support.c — the support each household had, from every programme, and the check that
 * no household is helped twice in kinds that do not go together
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-gifts.h"
#include "tt-households.h"
#include "tt-office-profile.h"
#include "tt-support.h"
#include "tt-text.h"

static const TtValue support_kinds[] = {
  { "gift", N_("Gift package"), "Suất quà" }, { "housing", N_("Housing"), "Nhà ở" },
  { "livelihood", N_("Livelihood model"), "Mô hình sinh kế" }, { "bhyt", N_("Health-insurance card"), "Thẻ BHYT" },
  { "scholarship", N_("Scholarship"), "Học bổng" }, { "medical", N_("Medical aid"), "Hỗ trợ khám chữa bệnh" },
  { "wheelchair", N_("Wheelchair"), "Xe lăn" }, { "monthly", N_("Monthly help"), "Trợ cấp hằng tháng" },
  { "disaster", N_("Disaster relief"), "Cứu trợ thiên tai" }, { "other", N_("Other support"), "Hỗ trợ khác" },
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

/* Support the household had between @from and @to (ISO) from other programmes than @campaign_id,
 * in kinds that the table of allowed combinations does not allow with @kind; one line each. */
static GPtrArray *
conflicts_between (TtDb        *db,
                   gint64       household_id,
                   const char  *kind,
                   gint64       campaign_id,
                   const char  *from,
                   const char  *to,
                   GError     **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  GPtrArray *out;

  if (!support_kind_valid (kind))
    {
      set_kind_error (kind, error);
      return NULL;
    }
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
                        " UNION ALL SELECT 'bhyt', b.card_number, b.valid_from FROM bhyt_cards b WHERE b.household_id = ?1 "
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
  tt_bind_text (stmt, 3, from);
  tt_bind_text (stmt, 4, to);
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

  if (campaign == NULL)
    return NULL;
  return conflicts_between (db, household_id, kind, campaign_id, campaign->starts_on, campaign->ends_on, error);
}

/* The same check for support of @kind given on @date (as typed; NULL: today): over the
 * campaign's period when it belongs to one, else over the reporting year holding the date. */
GPtrArray *
tt_support_conflicts_on (TtDb        *db,
                         gint64       household_id,
                         const char  *kind,
                         const char  *date,
                         gint64       campaign_id,
                         GError     **error)
{
  g_autoptr(TtOfficeProfile) profile = NULL;
  char iso[11];
  TtPeriod year;

  if (campaign_id != 0)
    return tt_support_conflicts (db, household_id, kind, campaign_id, error);
  if (date == NULL)
    tt_date_today (iso);
  else if (!tt_date_parse (date, iso, error))
    return NULL;
  profile = tt_office_profile_load (db);
  if (!tt_period_make (TT_PERIOD_YEAR, tt_period_year_of (iso, &profile->year_start), 0, &profile->year_start,
                       &year, error))
    return NULL;
  return conflicts_between (db, household_id, kind, 0, year.start, year.end, error);
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

/* Every entry of every household's support ledger: household_id, given_on, kind, programme,
 * campaign_id, amount, goods, item (the thing given: a model is one item however many
 * households it reaches), n (the order of entries of one day) and until (the last day it
 * covers: a card's end, else the day it was given). A model's value is counted
 * with its first holder only, a house once at its approved support, a gift at its package's
 * value; each entry belongs to one campaign at most, so no value is counted twice. */
#define LEDGER_SQL \
  "SELECT e.household_id, e.given_on, e.kind, e.programme, e.campaign_id, e.amount, e.goods, " \
  "  'e' || e.id AS item, e.id AS n, e.given_on AS until FROM support_events e " \
  "UNION ALL SELECT g.household_id, coalesce(g.status_on, substr(g.created_at, 1, 10)), 'gift', p.name, " \
  "  g.campaign_id, (p.cash_value + p.goods_value) * g.quantity, p.contents, 'g' || g.id, g.id, " \
  "  coalesce(g.status_on, substr(g.created_at, 1, 10)) " \
  "  FROM gift_entries g JOIN gift_packages p ON p.id = g.package_id WHERE g.status = 'delivered' " \
  "UNION ALL SELECT h.household_id, coalesce(h.handed_over_on, h.started_on, h.decision_on, " \
  "  h.surveyed_on, substr(h.created_at, 1, 10)), 'housing', " \
  "  CASE h.kind WHEN 'new' THEN 'Xây mới nhà ở' ELSE 'Sửa chữa nhà ở' END, " \
  "  h.campaign_id, h.support, NULL, 'h' || h.id, h.id, coalesce(h.handed_over_on, h.started_on, " \
  "  h.decision_on, h.surveyed_on, substr(h.created_at, 1, 10)) FROM housing_projects h " \
  "  WHERE h.stage <> 'cancelled' " \
  "UNION ALL SELECT b.household_id, b.valid_from, 'bhyt', 'Thẻ BHYT ' || b.card_number || " \
  "  ' đến ' || strftime('%d/%m/%Y', b.valid_to), b.campaign_id, b.amount, NULL, 'b' || b.id, b.id, " \
  "  b.valid_to " \
  "  FROM bhyt_cards b " \
  "UNION ALL SELECT a.household_id, a.received_on, 'livelihood', m.description, m.campaign_id, " \
  "  CASE WHEN a.id = (SELECT min(f.id) FROM livelihood_assignments f " \
  "   WHERE f.model_id = m.id) THEN m.value ELSE 0 END, NULL, 'm' || m.id, a.id, a.received_on " \
  "  FROM livelihood_assignments a JOIN livelihood_models m ON m.id = a.model_id " \
  "UNION ALL SELECT a.household_id, x.given_on, x.kind, 'Địa chỉ nhân đạo: ' || a.need, NULL, " \
  "  x.amount, NULL, 'x' || x.id, x.id, x.given_on FROM address_helps x " \
  "  JOIN humanitarian_addresses a ON a.id = x.address_id"

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
                                          "SELECT l.given_on, l.kind, l.programme, c.name, l.amount, l.goods "
                                          "FROM (" LEDGER_SQL ") l LEFT JOIN campaigns c ON c.id = l.campaign_id "
                                          "WHERE l.household_id = ?1 ORDER BY l.given_on DESC, l.n DESC",
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

void
tt_support_total_free (TtSupportTotal *total)
{
  if (total == NULL)
    return;
  g_free (total->kind);
  g_free (total);
}

static int
by_kind_order (gconstpointer a, gconstpointer b)
{
  const TtSupportTotal *x = *(TtSupportTotal *const *) a, *y = *(TtSupportTotal *const *) b;
  int i = x->kind ? tt_values_index (&tt_support_kinds, x->kind) : G_MAXINT / 2;
  int j = y->kind ? tt_values_index (&tt_support_kinds, y->kind) : G_MAXINT / 2;

  return (i > j) - (i < j);
}

/* Support given between @from and @to (ISO, inclusive), of one campaign or (@campaign_id 0) of
 * all: per kind, the things given (a model once however many households it reaches), the
 * households reached and the value; then a last row with kind NULL for every kind together,
 * each household counted once. A card counts in every period it covers, its value in the
 * period it starts; every value is counted once. */
GPtrArray *
tt_support_totals (TtDb        *db,
                   const char  *from,
                   const char  *to,
                   gint64       campaign_id,
                   GError     **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "WITH l AS MATERIALIZED (SELECT * FROM (" LEDGER_SQL ") "
                                          "  WHERE given_on <= ?2 AND until >= ?1 AND (?3 = 0 OR campaign_id = ?3)) "
                                          "SELECT kind, count(DISTINCT item), count(DISTINCT household_id), "
                                          "  sum(CASE WHEN given_on >= ?1 THEN amount ELSE 0 END) FROM l GROUP BY kind "
                                          "UNION ALL SELECT NULL, count(DISTINCT item), count(DISTINCT household_id), "
                                          "  coalesce(sum(CASE WHEN given_on >= ?1 THEN amount ELSE 0 END), 0) FROM l",
                                          error);
  GPtrArray *out;
  int rc;

  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, from);
  tt_bind_text (stmt, 2, to);
  tt_bind_int (stmt, 3, campaign_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_support_total_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TtSupportTotal *t = g_new0 (TtSupportTotal, 1);

      t->kind = tt_column_dup (stmt, 0);
      t->given = sqlite3_column_int64 (stmt, 1);
      t->households = sqlite3_column_int64 (stmt, 2);
      t->value = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (out, t);
    }
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (out);
      tt_db_set_error (db, error, _("adding up the support given"));
      return NULL;
    }
  /* The kinds in their usual order, the row of all kinds last. */
  if (out->len > 1)
    g_ptr_array_sort (out, by_kind_order);
  return out;
}

typedef struct
{
  TtDb                *db;
  gint64               campaign_id;
  guint                limit;
  guint                checked;
  TtGiftConflictFunc   func;
  gpointer             data;
} ConflictsCheck;

static gboolean
check_entry (const TtGiftEntry *e, gpointer data)
{
  ConflictsCheck *c = data;
  g_autoptr(GPtrArray) other = NULL;

  if (c->limit > 0 && c->checked >= c->limit)
    return FALSE;   /* the rest of the list is not read */
  c->checked++;
  other = tt_support_conflicts (c->db, e->household_id, "gift", c->campaign_id, NULL);
  if (other != NULL && other->len > 0)
    c->func (e, other, c->data);
  return TRUE;
}

/* Calls @func for each household on gift list @list_id (in its printed order; the first @limit
 * of them, 0 for all) that had support in the campaign's period from another programme that the
 * table of allowed combinations does not allow with a gift, with those supports as text. */
gboolean
tt_gift_list_conflicts (TtDb               *db,
                        gint64              list_id,
                        guint               limit,
                        TtGiftConflictFunc  func,
                        gpointer            data,
                        GError            **error)
{
  g_autoptr(TtGiftList) list = tt_gift_list_get (db, list_id, error);
  ConflictsCheck c = { db, 0, limit, 0, func, data };

  if (list == NULL)
    return FALSE;
  c.campaign_id = list->campaign_id;
  return tt_gift_list_foreach_entry (db, list_id, check_entry, &c, error);
}
