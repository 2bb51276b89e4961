/* tt-household-query.c — reading the register: one household, the ids a filter selects (in
 * register order), duplicates, and the per-commune figures
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-households-private.h"
#include "tt-places.h"
#include "tt-text.h"

#define HOUSEHOLD_COLUMNS \
  "h.id, h.code, h.head_name, coalesce(h.head_birth_year, 0), h.head_gender, coalesce(h.commune_id, 0), " \
  "c.name, coalesce(h.village_id, 0), v.name, h.address, h.phone, h.member_count, p.id_number, h.status, " \
  "h.note, coalesce(k.year, 0), k.category "

TtHousehold *
tt_household_get (TtDb    *db,
                  gint64   id,
                  GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT " HOUSEHOLD_COLUMNS
                                          "FROM households h LEFT JOIN places c ON c.id = h.commune_id "
                                          "LEFT JOIN places v ON v.id = h.village_id "
                                          "LEFT JOIN household_personal p ON p.household_id = h.id "
                                          "LEFT JOIN household_classifications k ON k.id = (SELECT id FROM "
                                          "household_classifications WHERE household_id = h.id ORDER BY year DESC, id DESC LIMIT 1) "
                                          "WHERE h.id = ?",
                                          error);
  TtHousehold *h;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no household %lld."), (long long) id);
      return NULL;
    }
  h = g_new0 (TtHousehold, 1);
  h->id = sqlite3_column_int64 (stmt, 0);
  h->code = tt_column_dup (stmt, 1);
  h->head_name = tt_column_dup (stmt, 2);
  h->head_birth_year = sqlite3_column_int (stmt, 3);
  h->head_gender = tt_column_dup (stmt, 4);
  h->commune_id = sqlite3_column_int64 (stmt, 5);
  h->commune_name = tt_column_dup (stmt, 6);
  h->village_id = sqlite3_column_int64 (stmt, 7);
  h->village_name = tt_column_dup (stmt, 8);
  h->address = tt_column_dup (stmt, 9);
  h->phone = tt_column_dup (stmt, 10);
  h->member_count = sqlite3_column_int (stmt, 11);
  h->id_number = tt_column_dup (stmt, 12);
  h->status = tt_column_dup (stmt, 13);
  h->note = tt_column_dup (stmt, 14);
  h->year = sqlite3_column_int (stmt, 15);
  h->category = tt_column_dup (stmt, 16);
  return h;
}

/* Every classification of the household, latest year first. */
GPtrArray *
tt_household_classifications (TtDb    *db,
                              gint64   id,
                              GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT year, standard, category, deficits, decision_ref, coalesce(lacking, -1) FROM "
                                          "household_classifications WHERE household_id = ? ORDER BY year DESC, id DESC",
                                          error);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_classification_free);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtClassification *c = g_new0 (TtClassification, 1);
      c->year = sqlite3_column_int (stmt, 0);
      c->standard = tt_column_dup (stmt, 1);
      c->category = tt_column_dup (stmt, 2);
      c->deficits = sqlite3_column_int (stmt, 3);
      c->decision_ref = tt_column_dup (stmt, 4);
      c->lacking = sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (out, c);
    }
  return g_steal_pointer (&out);
}

/* The household already in the register that is the same as the one described: same ID
 * number, or same folded head name, birth year and village. 0 when there is none. */
gint64
tt_household_find_duplicate (TtDb       *db,
                             const char *id_number,
                             const char *head_name,
                             int         birth_year,
                             gint64      village_id)
{
  g_autofree char *key = NULL;
  gint64 owner;

  if (id_number != NULL && (owner = tt_household_id_number_owner (db, id_number)) != 0)
    return owner;
  if (head_name == NULL || birth_year == 0 || village_id == 0)
    return 0;
  key = tt_text_fold (head_name);
  return tt_household_find_by_identity (db, key, birth_year, village_id);
}

/* The household (not merged away) whose folded head name is @name_key, born in @birth_year,
 * living in @village_id; 0 when there is none. */
gint64
tt_household_find_by_identity (TtDb       *db,
                               const char *name_key,
                               int         birth_year,
                               gint64      village_id)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT id FROM households WHERE head_name_key = ? AND head_birth_year = ? "
                                          "AND village_id = ? AND status <> 'merged' ORDER BY id LIMIT 1",
                                          NULL);

  if (stmt == NULL)
    return 0;
  tt_bind_text (stmt, 1, name_key);
  tt_bind_int (stmt, 2, birth_year);
  tt_bind_int (stmt, 3, village_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Parses "poor,near-poor" into category codes. */
gboolean
tt_household_filter_categories (const char  *text,
                                GPtrArray   *out,
                                GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *code;
      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      code = tt_category_parse (parts[i]);
      if (code == NULL)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Unknown category “%s”: use poor, near-poor, hardship, policy, "
                         "social-protection or not-poor."), parts[i]);
          return FALSE;
        }
      g_ptr_array_add (out, (gpointer) code);
    }
  return TRUE;
}

char *
tt_household_place_condition (TtDb *db, gint64 place_id)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT kind FROM places WHERE id = ?", NULL);
  const char *kind;

  if (place_id == 0 || stmt == NULL)
    return g_strdup ("1");
  tt_bind_int (stmt, 1, place_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup ("0");
  kind = (const char *) sqlite3_column_text (stmt, 0);
  if (g_str_equal (kind, "province"))
    return g_strdup_printf ("h.commune_id IN (SELECT id FROM places WHERE parent_id = %" G_GINT64_FORMAT ")", place_id);
  if (g_str_equal (kind, "commune"))
    return g_strdup_printf ("h.commune_id = %" G_GINT64_FORMAT, place_id);
  if (g_str_equal (kind, "village"))
    return g_strdup_printf ("h.village_id = %" G_GINT64_FORMAT, place_id);
  /* A former unit: the communes it became. */
  return g_strdup_printf ("h.commune_id IN (SELECT new_place_id FROM place_map WHERE old_place_id = %"
                          G_GINT64_FORMAT ")", place_id);
}

/* The SQL condition on household `h` for categories and a year (no user text in it: the
 * category codes come from the fixed table). */
char *
tt_household_category_condition (const char *const *codes,
                                  guint              n_codes,
                                  int                year)
{
  GString *sql = g_string_new (NULL);

  if (n_codes == 0 && year == 0)
    return g_string_free (g_string_append (sql, "1"), FALSE);
  g_string_append (sql, "EXISTS (SELECT 1 FROM household_classifications k WHERE k.household_id = h.id AND ");
  if (year != 0)
    g_string_append_printf (sql, "k.year = %d", year);
  else
    g_string_append (sql, "k.year = (SELECT max(year) FROM household_classifications WHERE household_id = h.id)");
  if (n_codes > 0)
    {
      g_string_append (sql, " AND k.category IN (");
      for (guint i = 0; i < n_codes; i++)
        g_string_append_printf (sql, "%s'%s'", i ? ", " : "", codes[i]);
      g_string_append (sql, ")");
    }
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

/* Ids of the households that match @filter, by the head's name. The query's matches are
 * gathered from the indexes that hold them (name prefix, full-text words, phone digits, code,
 * ID number) before the filters and the order are applied, so a search reads only its
 * matches. */
GArray *
tt_household_ids (TtDb                    *db,
                  const TtHouseholdFilter *filter,
                  GError                 **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autofree char *key = tt_text_fold (filter->query ? filter->query : "");
  g_autofree char *fts = tt_text_fts_query (filter->query ? filter->query : "");
  g_autofree char *upper = g_strconcat (key, "\xf4\x8f\xbf\xbf", NULL);
  g_autofree char *number = tt_text_number_query (key);
  g_autofree char *number_upper = number ? g_strconcat (number, ":", NULL) : NULL;
  g_autofree char *place = tt_household_place_condition (db, filter->place_id);
  g_autofree char *cls = NULL;
  g_autoptr(GString) sql = g_string_new ("SELECT h.id FROM households h WHERE ");
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!tt_household_filter_categories (filter->categories, codes, error))
    return NULL;
  cls = tt_household_category_condition ((const char *const *) codes->pdata, codes->len, filter->year);
  g_string_append_printf (sql, "%s AND %s AND %s ",
                          filter->include_inactive ? "h.status <> 'merged'" : "h.status = 'active'", place, cls);
  if (*key != '\0')
    {
      g_string_append (sql, "AND h.id IN (SELECT id FROM households WHERE head_name_key >= ?1 AND head_name_key < ?2");
      if (*fts != '\0')
        g_string_append (sql, " UNION ALL SELECT rowid FROM households_fts WHERE households_fts MATCH ?3");
      if (number != NULL)
        g_string_append (sql, " UNION ALL SELECT id FROM households WHERE phone_key >= ?4 AND phone_key < ?5"
                              " UNION ALL SELECT id FROM households WHERE code = ?1"
                              " UNION ALL SELECT household_id FROM household_personal"
                              " WHERE id_number >= ?4 AND id_number < ?5");
      g_string_append (sql, ") ");
    }
  g_string_append (sql, "ORDER BY h.head_name_key, h.head_name, h.id");
  /* Not cached: the text varies with the filter. */
  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    {
      tt_db_set_error (db, error, _("Listing households"));
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, upper, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, fts, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, number, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, number_upper, -1, SQLITE_STATIC);
  for (int rc = sqlite3_step (stmt); ; rc = sqlite3_step (stmt))
    {
      gint64 id;
      if (rc == SQLITE_DONE)
        break;
      if (rc != SQLITE_ROW)
        {
          tt_db_set_error (db, error, _("Listing households"));
          return NULL;
        }
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

/* Poor and near-poor households per commune for @year (under the standard of that year),
 * with the commune's total number of households; communes with neither are left out. */
GPtrArray *
tt_household_stats (TtDb    *db,
                    int      year,
                    gint64   province_id,
                    GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "WITH cls AS (SELECT h.commune_id AS cid, sum(k.category = 'poor') AS poor, "
                                          "  sum(k.category = 'near_poor') AS near_poor FROM household_classifications k "
                                          "  JOIN households h ON h.id = k.household_id WHERE k.year = ?1 AND k.standard IS ?2 "
                                          "  GROUP BY h.commune_id), "
                                          "reg AS (SELECT commune_id AS cid, count(*) AS n FROM households WHERE status = 'active' "
                                          "  GROUP BY commune_id) "
                                          "SELECT p.id, p.code, p.name, coalesce(t.total_households, 0), coalesce(r.n, 0), "
                                          "  coalesce(c.poor, 0), coalesce(c.near_poor, 0) "
                                          "FROM places p LEFT JOIN commune_totals t ON t.place_id = p.id AND t.year = ?1 "
                                          "LEFT JOIN reg r ON r.cid = p.id LEFT JOIN cls c ON c.cid = p.id "
                                          "WHERE p.kind = 'commune' AND (?3 = 0 OR p.parent_id = ?3) "
                                          "AND (t.place_id IS NOT NULL OR r.cid IS NOT NULL OR c.cid IS NOT NULL) "
                                          "ORDER BY p.code, p.name_key COLLATE tt_natural, p.id",
                                          error);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_commune_stats_free);
  g_autofree char *standard = tt_poverty_standard_for (db, year);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, year);
  tt_bind_text (stmt, 2, standard);
  tt_bind_int (stmt, 3, province_id);
  for (int rc = sqlite3_step (stmt); rc != SQLITE_DONE; rc = sqlite3_step (stmt))
    {
      TtCommuneStats *s;
      if (rc != SQLITE_ROW)
        {
          tt_db_set_error (db, error, _("Counting households"));
          return NULL;
        }
      s = g_new0 (TtCommuneStats, 1);
      s->commune_id = sqlite3_column_int64 (stmt, 0);
      s->commune_code = tt_column_dup (stmt, 1);
      s->commune_name = tt_column_dup (stmt, 2);
      s->total = sqlite3_column_int64 (stmt, 3);
      s->registered = sqlite3_column_int64 (stmt, 4);
      s->poor = sqlite3_column_int64 (stmt, 5);
      s->near_poor = sqlite3_column_int64 (stmt, 6);
      s->poor_rate = tt_rate (s->poor, s->total);
      s->near_poor_rate = tt_rate (s->near_poor, s->total);
      g_ptr_array_add (out, s);
    }
  return g_steal_pointer (&out);
}

/* The number of households living in the commune in @year: the denominator of its rates. */
gboolean
tt_commune_total_set (TtDb    *db,
                      gint64   commune_id,
                      int      year,
                      gint64   total,
                      GError **error)
{
  g_autoptr(TtStmt) stmt = NULL;

  if (!tt_place_kind_is (db, commune_id, "commune", NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("Place %lld is not a commune."), (long long) commune_id);
      return FALSE;
    }
  if (total < 0 || total > 10000000 || year < 2000 || year > 2100)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The total must be between 0 and 10,000,000 households and the year between 2000 and 2100."));
      return FALSE;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO commune_totals (place_id, year, total_households) VALUES (?1, ?2, ?3) "
                        "ON CONFLICT (place_id, year) DO UPDATE SET total_households = ?3",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, commune_id);
  tt_bind_int (stmt, 2, year);
  tt_bind_int (stmt, 3, total);
  return tt_db_step_done (db, stmt, error);
}
