/* tt-gifts.c — Tết gift packages, distribution lists and coverage
 *
 * One package per household per campaign: the schema's partial unique index refuses a second
 * entry unless the clerk gives a reason for the extra one. Coverage compares the poor and
 * near-poor households of the year with the entries of the campaign.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-figures.h"
#include "tt-gifts.h"
#include "tt-gifts-private.h"
#include "tt-households-private.h"
#include "tt-places.h"
#include "tt-text.h"

static const TtValue statuses[] = {
  { "pending", N_("Not yet delivered"), "Chưa nhận" },
  { "delivered", N_("Delivered"), "Đã nhận" },
  { "absent", N_("Absent"), "Vắng mặt" },
  { "refused", N_("Refused"), "Từ chối" },
};

const TtValueList tt_gift_statuses = TT_VALUE_LIST (statuses);

void
tt_gift_package_free (TtGiftPackage *p)
{
  if (p == NULL)
    return;
  g_free (p->name);
  g_free (p->contents);
  g_free (p);
}

void
tt_gift_list_free (TtGiftList *l)
{
  if (l == NULL)
    return;
  g_free (l->campaign_name);
  g_free (l->package_name);
  g_free (l->name);
  g_free (l->place_name);
  g_free (l->criteria);
  g_free (l->created_at);
  g_free (l);
}

void
tt_gift_entry_free (TtGiftEntry *e)
{
  if (e == NULL)
    return;
  g_free (e->head_name);
  g_free (e->id_number);
  g_free (e->village_name);
  g_free (e->commune_name);
  g_free (e->address);
  g_free (e->category);
  g_free (e->status);
  g_free (e->status_on);
  g_free (e->proxy_name);
  g_free (e->proxy_relation);
  g_free (e->extra_reason);
  g_free (e);
}

void
tt_gift_coverage_clear (TtGiftCoverage *c)
{
  g_clear_pointer (&c->missing, g_array_unref);
}

const char *
tt_gift_status_label (const char *status)
{
  return tt_values_label (&tt_gift_statuses, status);
}

const char *
tt_gift_status_printed (const char *status)
{
  const TtValue *v = tt_values_find (&tt_gift_statuses, status);

  return v != NULL ? v->printed : "";
}

gint64
tt_gift_package_add (TtDb        *db,
                     gint64       campaign_id,
                     const char  *name,
                     gint64       cash_value,
                     gint64       goods_value,
                     const char  *contents,
                     GError     **error)
{
  g_autoptr(TtCampaign) campaign = tt_campaign_get (db, campaign_id, error);
  g_autofree char *clean = NULL;
  g_autofree char *what = NULL;
  g_autoptr(TtStmt) stmt = NULL;

  if (campaign == NULL)
    return 0;
  if ((clean = tt_text_clean_name (name, _("Package name"), error)) == NULL ||
      !tt_text_clean_field (contents, _("Contents"), 500, &what, error))
    return 0;
  if (cash_value < 0 || goods_value < 0 || cash_value + goods_value <= 0 ||
      cash_value + goods_value > 1000000000)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("A package is worth more than 0 and at most 1,000,000,000 đồng."));
      return 0;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO gift_packages (campaign_id, name, cash_value, goods_value, contents) "
                        "VALUES (?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return 0;
  tt_bind_int (stmt, 1, campaign_id);
  tt_bind_text (stmt, 2, clean);
  tt_bind_int (stmt, 3, cash_value);
  tt_bind_int (stmt, 4, goods_value);
  tt_bind_text (stmt, 5, what);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (tt_db_get_handle (db)) == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                       _("The campaign already has a package named “%s”."), clean);
          return 0;
        }
      tt_db_set_error (db, error, _("Adding the package"));
      return 0;
    }
  return sqlite3_last_insert_rowid (tt_db_get_handle (db));
}

GPtrArray *
tt_gift_packages (TtDb    *db,
                  gint64   campaign_id,
                  GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT id, campaign_id, name, cash_value, goods_value, contents "
                                          "FROM gift_packages WHERE ?1 = 0 OR campaign_id = ?1 ORDER BY id",
                                          error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, campaign_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_gift_package_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtGiftPackage *p = g_new0 (TtGiftPackage, 1);
      p->id = sqlite3_column_int64 (stmt, 0);
      p->campaign_id = sqlite3_column_int64 (stmt, 1);
      p->name = tt_column_dup (stmt, 2);
      p->cash_value = sqlite3_column_int64 (stmt, 3);
      p->goods_value = sqlite3_column_int64 (stmt, 4);
      p->contents = tt_column_dup (stmt, 5);
      g_ptr_array_add (out, p);
    }
  return out;
}

/* The classification year a campaign's lists use by default: the year it starts in. */
int
tt_gift_campaign_year (TtDb   *db,
                       gint64  campaign_id)
{
  g_autoptr(TtCampaign) c = tt_campaign_get (db, campaign_id, NULL);

  return c ? tt_date_year (c->starts_on) : 0;
}

static gint64
package_campaign (TtDb *db, gint64 package_id)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT campaign_id FROM gift_packages WHERE id = ?", NULL);

  if (stmt == NULL)
    return 0;
  tt_bind_int (stmt, 1, package_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static char *
criteria_text (TtDb *db, const TtHouseholdFilter *f, int year)
{
  g_autofree char *place = f->place_id ? tt_place_name (db, f->place_id) : NULL;

  return g_strdup_printf ("year=%d;categories=%s;place=%s", year,
                          f->categories && *f->categories ? f->categories : "poor,near-poor",
                          place ? place : "");
}

/* A list for the campaign with every active household matching @criteria (by default the poor
 * and near-poor of the campaign's year) that has no package of this campaign yet. */
gint64
tt_gift_list_create (TtDb                    *db,
                     gint64                   campaign_id,
                     gint64                   package_id,
                     const char              *name,
                     const TtHouseholdFilter *criteria,
                     gint64                  *added,
                     gint64                  *already,
                     GError                 **error)
{
  TtHouseholdFilter f = *criteria;
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(TtCampaign) campaign = tt_campaign_get (db, campaign_id, error);
  g_autofree char *cls = NULL;
  g_autofree char *place = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *list_name = NULL;
  g_autofree char *criteria_str = NULL;
  g_autofree char *uuid = tt_new_uuid ();
  g_autoptr(sqlite3_stmt) fill = NULL;
  g_autoptr(sqlite3_stmt) count = NULL;
  g_autoptr(TtStmt) insert = NULL;
  gint64 list_id, matching;

  if (campaign == NULL)
    return 0;
  if (package_campaign (db, package_id) != campaign_id)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH,
                   _("Package %lld is not a package of campaign %lld."), (long long) package_id,
                   (long long) campaign_id);
      return 0;
    }
  if (f.categories == NULL || *f.categories == '\0')
    f.categories = "poor,near-poor";
  if (f.year == 0)
    f.year = tt_date_year (campaign->starts_on);
  if (!tt_household_filter_categories (f.categories, codes, error))
    return 0;
  cls = tt_household_category_condition ((const char *const *) codes->pdata, codes->len, f.year);
  place = tt_household_place_condition (db, f.place_id);
  criteria_str = criteria_text (db, &f, f.year);
  if (name != NULL && *name != '\0')
    list_name = tt_text_clean_name (name, _("List name"), error);
  else
    {
      g_autofree char *pname = f.place_id ? tt_place_name (db, f.place_id) : NULL;
      list_name = pname ? g_strdup_printf ("%s — %s", campaign->name, pname) : g_strdup (campaign->name);
    }
  if (list_name == NULL || !tt_db_begin (db, error))
    return 0;

  insert = tt_db_prepare (db,
                          "INSERT INTO gift_lists (uuid, campaign_id, package_id, name, place_id, criteria) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          error);
  if (insert == NULL)
    goto fail;
  tt_bind_text (insert, 1, uuid);
  tt_bind_int (insert, 2, campaign_id);
  tt_bind_int (insert, 3, package_id);
  tt_bind_text (insert, 4, list_name);
  tt_bind_opt_id (insert, 5, f.place_id);
  tt_bind_text (insert, 6, criteria_str);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  list_id = sqlite3_last_insert_rowid (tt_db_get_handle (db));

  /* Prepared here, not cached: the text changes with the criteria. */
  sql = g_strdup_printf ("SELECT count(*) FROM households h WHERE h.status = 'active' AND %s AND %s", place, cls);
  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &count, NULL) != SQLITE_OK ||
      sqlite3_step (count) != SQLITE_ROW)
    {
      tt_db_set_error (db, error, _("Building the list"));
      goto fail;
    }
  matching = sqlite3_column_int64 (count, 0);
  g_free (sql);
  /* In the households' order: the list is read in its printed order wherever it is shown
   * (tt-gift-entries.c), entries alike in it by their ids. Sorted here by village in natural
   * order, SQLite called that comparison for every pair: 0.4 s for 100,000 households. */
  sql = g_strdup_printf ("INSERT INTO gift_entries (list_id, campaign_id, household_id, package_id) "
                         "SELECT ?1, ?2, h.id, ?3 FROM households h "
                         "WHERE h.status = 'active' AND %s AND %s AND NOT EXISTS (SELECT 1 FROM gift_entries e "
                         "WHERE e.campaign_id = ?2 AND e.household_id = h.id) ORDER BY h.id",
                         place, cls);
  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &fill, NULL) != SQLITE_OK)
    {
      tt_db_set_error (db, error, _("Building the list"));
      goto fail;
    }
  sqlite3_bind_int64 (fill, 1, list_id);
  sqlite3_bind_int64 (fill, 2, campaign_id);
  sqlite3_bind_int64 (fill, 3, package_id);
  if (sqlite3_step (fill) != SQLITE_DONE)
    {
      tt_db_set_error (db, error, _("Building the list"));
      goto fail;
    }
  *added = sqlite3_changes (tt_db_get_handle (db));
  *already = matching - *added;
  return tt_db_commit (db, error) ? list_id : 0;

fail:
  tt_db_rollback (db);
  return 0;
}

gint64
tt_gift_list_campaign (TtDb *db, gint64 list_id, gint64 *package_id, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT campaign_id, package_id FROM gift_lists WHERE id = ?", error);

  if (stmt == NULL)
    return 0;
  tt_bind_int (stmt, 1, list_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no gift list %lld."), (long long) list_id);
      return 0;
    }
  if (package_id)
    *package_id = sqlite3_column_int64 (stmt, 1);
  return sqlite3_column_int64 (stmt, 0);
}

/* Adds a household by hand. A second package in the same campaign needs @extra_reason. */
gboolean
tt_gift_list_add (TtDb        *db,
                  gint64       list_id,
                  gint64       household_id,
                  int          quantity,
                  const char  *extra_reason,
                  GError     **error)
{
  gint64 package_id = 0;
  gint64 campaign_id = tt_gift_list_campaign (db, list_id, &package_id, error);
  g_autoptr(TtHousehold) h = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(TtStmt) prior = NULL;
  g_autoptr(TtStmt) stmt = NULL;

  if (campaign_id == 0 || (h = tt_household_get (db, household_id, error)) == NULL)
    return FALSE;
  if (!tt_text_clean_field (extra_reason, C_("extra package", "Reason"), 300, &reason, error))
    return FALSE;
  if (!g_str_equal (h->status, "active"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Household %lld (%s) is not active: %s."), (long long) household_id,
                   h->head_name, tt_household_status_label (h->status));
      return FALSE;
    }
  if (quantity < 1 || quantity > 20)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The number of packages must be between 1 and 20."));
      return FALSE;
    }
  prior = tt_db_prepare (db,
                         "SELECT e.list_id, l.name FROM gift_entries e JOIN gift_lists l ON l.id = e.list_id "
                         "WHERE e.campaign_id = ? AND e.household_id = ? ORDER BY e.id LIMIT 1",
                         error);
  if (prior == NULL)
    return FALSE;
  tt_bind_int (prior, 1, campaign_id);
  tt_bind_int (prior, 2, household_id);
  if (sqlite3_step (prior) == SQLITE_ROW && reason == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Household %lld (%s) already has a package of this campaign on list %lld (%s); "
                     "give a reason to add another."),
                   (long long) household_id, h->head_name, (long long) sqlite3_column_int64 (prior, 0),
                   (const char *) sqlite3_column_text (prior, 1));
      return FALSE;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO gift_entries (list_id, campaign_id, household_id, package_id, quantity, "
                        "extra_reason) VALUES (?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, list_id);
  tt_bind_int (stmt, 2, campaign_id);
  tt_bind_int (stmt, 3, household_id);
  tt_bind_int (stmt, 4, package_id);
  tt_bind_int (stmt, 5, quantity);
  tt_bind_text (stmt, 6, reason);
  return tt_db_step_done (db, stmt, error);
}

/* Marks the household's entry on the list delivered, absent, refused or back to pending. */
gboolean
tt_gift_list_set_status (TtDb        *db,
                         gint64       list_id,
                         gint64       household_id,
                         const char  *status,
                         const char  *date,
                         const char  *proxy_name,
                         const char  *proxy_relation,
                         GError     **error)
{
  char iso[11];
  g_autofree char *proxy = NULL;
  g_autofree char *relation = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  gboolean known = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
    known |= g_strcmp0 (statuses[i].code, status) == 0;
  if (!known)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown delivery status “%s”: use pending, delivered, absent or refused."),
                   status ? status : "");
      return FALSE;
    }
  if (date != NULL && *date != '\0')
    {
      if (!tt_date_parse (date, iso, error))
        return FALSE;
    }
  else
    tt_date_today (iso);
  if (!tt_text_clean_field (proxy_name, _("Proxy recipient"), 200, &proxy, error) ||
      !tt_text_clean_field (proxy_relation, _("Relation"), 100, &relation, error))
    return FALSE;
  if (tt_gift_list_campaign (db, list_id, NULL, error) == 0)
    return FALSE;
  stmt = tt_db_prepare (db,
                        "UPDATE gift_entries SET status = ?3, status_on = CASE WHEN ?3 = 'pending' THEN NULL ELSE ?4 END, "
                        "proxy_name = ?5, proxy_relation = ?6 WHERE list_id = ?1 AND household_id = ?2",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, list_id);
  tt_bind_int (stmt, 2, household_id);
  tt_bind_text (stmt, 3, status);
  tt_bind_text (stmt, 4, iso);
  tt_bind_text (stmt, 5, g_str_equal (status, "delivered") ? proxy : NULL);
  tt_bind_text (stmt, 6, g_str_equal (status, "delivered") ? relation : NULL);
  if (!tt_db_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (tt_db_get_handle (db)) == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("Household %lld is not on gift list %lld."), (long long) household_id, (long long) list_id);
      return FALSE;
    }
  return TRUE;
}

#define LIST_SELECT \
  "SELECT l.id, l.campaign_id, c.name, l.package_id, p.name, p.cash_value + p.goods_value, l.name, " \
  "coalesce(l.place_id, 0), pl.name, l.criteria, l.created_at, " \
  "(SELECT count(*) FROM gift_entries e WHERE e.list_id = l.id), " \
  "(SELECT count(*) FROM gift_entries e WHERE e.list_id = l.id AND e.status = 'delivered') " \
  "FROM gift_lists l JOIN campaigns c ON c.id = l.campaign_id JOIN gift_packages p ON p.id = l.package_id " \
  "LEFT JOIN places pl ON pl.id = l.place_id "

static TtGiftList *
read_list (sqlite3_stmt *stmt)
{
  TtGiftList *l = g_new0 (TtGiftList, 1);
  const char *y;

  l->id = sqlite3_column_int64 (stmt, 0);
  l->campaign_id = sqlite3_column_int64 (stmt, 1);
  l->campaign_name = tt_column_dup (stmt, 2);
  l->package_id = sqlite3_column_int64 (stmt, 3);
  l->package_name = tt_column_dup (stmt, 4);
  l->package_value = sqlite3_column_int64 (stmt, 5);
  l->name = tt_column_dup (stmt, 6);
  l->place_id = sqlite3_column_int64 (stmt, 7);
  l->place_name = tt_column_dup (stmt, 8);
  l->criteria = tt_column_dup (stmt, 9);
  l->created_at = tt_column_dup (stmt, 10);
  l->households = sqlite3_column_int64 (stmt, 11);
  l->delivered = sqlite3_column_int64 (stmt, 12);
  y = l->criteria ? strstr (l->criteria, "year=") : NULL;
  l->year = y ? atoi (y + 5) : 0;
  return l;
}

TtGiftList *
tt_gift_list_get (TtDb    *db,
                  gint64   list_id,
                  GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, LIST_SELECT "WHERE l.id = ?", error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, list_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no gift list %lld."), (long long) list_id);
      return NULL;
    }
  return read_list (stmt);
}

GPtrArray *
tt_gift_lists (TtDb    *db,
               gint64   campaign_id,
               GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, LIST_SELECT "WHERE ?1 = 0 OR l.campaign_id = ?1 ORDER BY l.id DESC", error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, campaign_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_gift_list_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, read_list (stmt));
  return out;
}

/* A household left out, as their list shows them: by village (ranked: its name in natural
 * order, then its id; none first), by the head's name folded, then as written, then by id. */
typedef struct
{
  gint64             id;
  const TtGiftPlace *village;
  const char        *key;
  const char        *name;
} LeftOut;

static int
compare_left_out (gconstpointer a, gconstpointer b)
{
  const LeftOut *x = a, *y = b;
  int r;

  if (tt_gift_place_rank (x->village) != tt_gift_place_rank (y->village))
    return tt_gift_place_rank (x->village) < tt_gift_place_rank (y->village) ? -1 : 1;
  if ((r = strcmp (x->key, y->key)) != 0 || (r = strcmp (x->name, y->name)) != 0)
    return r;
  return (x->id > y->id) - (x->id < y->id);
}

/* Poor and near-poor households of @year in the area (active ones) and how many of them have
 * a package of the campaign; the others by village and name. */
gboolean
tt_gift_coverage (TtDb           *db,
                  gint64          campaign_id,
                  gint64          place_id,
                  int             year,
                  TtGiftCoverage *out,
                  GError        **error)
{
  static const char *const codes[] = { "poor", "near_poor" };
  g_autoptr(TtCampaign) campaign = tt_campaign_get (db, campaign_id, error);
  g_autofree char *cls = NULL;
  g_autofree char *place = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (LeftOut));
  g_autoptr(GStringChunk) texts = g_string_chunk_new (1 << 16);
  g_autoptr(GHashTable) villages = tt_gift_places_new ();
  int rc;

  *out = (TtGiftCoverage) { 0 };
  if (campaign == NULL)
    return FALSE;
  if (year == 0)
    year = tt_date_year (campaign->starts_on);
  cls = tt_household_category_condition (codes, 2, year);
  place = tt_household_place_condition (db, place_id);
  sql = g_strdup_printf ("SELECT h.id, (SELECT max(e.status = 'delivered') FROM gift_entries e "
                         "WHERE e.campaign_id = ?1 AND e.household_id = h.id) AS got, "
                         "coalesce(h.village_id, 0), h.head_name_key, h.head_name FROM households h "
                         "WHERE h.status = 'active' AND %s AND %s",
                         place, cls);
  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("Checking coverage"));
  sqlite3_bind_int64 (stmt, 1, campaign_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      out->eligible++;
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        {
          LeftOut l = {
            .id = sqlite3_column_int64 (stmt, 0),
            .village = tt_gift_place (db, villages, sqlite3_column_int64 (stmt, 2)),
            .key = g_string_chunk_insert (texts, (const char *) sqlite3_column_text (stmt, 3)),
            .name = g_string_chunk_insert (texts, (const char *) sqlite3_column_text (stmt, 4)),
          };
          g_array_append_val (left, l);
        }
      else
        {
          out->covered++;
          out->delivered += sqlite3_column_int (stmt, 1);
        }
    }
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("Checking coverage"));
  /* Only those left out are sorted, their villages ranked once: SQLite's sort of every
   * eligible household by village in natural order took 0.4 s of 0.76 s for 75,000. */
  tt_gift_places_rank (villages);
  g_array_sort (left, compare_left_out);
  out->missing = g_array_sized_new (FALSE, FALSE, sizeof (gint64), left->len);
  for (guint i = 0; i < left->len; i++)
    g_array_append_val (out->missing, g_array_index (left, LeftOut, i).id);
  out->rate = out->eligible > 0 ? tt_rate (out->covered, out->eligible) : 100.0;
  return TRUE;
}

/* Gives a list another name (as printed on its signing sheet). */
gboolean
tt_gift_list_rename (TtDb        *db,
                     gint64       list_id,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(TtGiftList) list = tt_gift_list_get (db, list_id, error);
  g_autofree char *clean = NULL;
  g_autoptr(TtStmt) stmt = NULL;

  if (list == NULL || (clean = tt_text_clean_name (name, _("List name"), error)) == NULL)
    return FALSE;
  stmt = tt_db_prepare (db, "UPDATE gift_lists SET name = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, clean);
  tt_bind_int (stmt, 2, list_id);
  return tt_db_step_done (db, stmt, error);
}

/* Whether @list may be deleted: only while it holds no household, since its entries are the
 * record of who was to receive a package. */
gboolean
tt_gift_list_deletable (const TtGiftList *list,
                        GError          **error)
{
  if (list->households > 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   g_dngettext (GETTEXT_PACKAGE, "The list “%s” still has %lld household: only an empty list can be deleted.",
                                "The list “%s” still has %lld households: only an empty list can be deleted.",
                                (gulong) list->households),
                   list->name, (long long) list->households);
      return FALSE;
    }
  return TRUE;
}

/* Deletes a list made by mistake, while it holds no household. */
gboolean
tt_gift_list_delete (TtDb    *db,
                     gint64   list_id,
                     GError **error)
{
  g_autoptr(TtGiftList) list = tt_gift_list_get (db, list_id, error);
  g_autoptr(TtStmt) stmt = NULL;

  if (list == NULL || !tt_gift_list_deletable (list, error))
    return FALSE;
  stmt = tt_db_prepare (db, "DELETE FROM gift_lists WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, list_id);
  return tt_db_step_done (db, stmt, error);
}
