/* tt-donors.c — donors: add, edit, search, merge */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-donors.h"
#include "tt-text.h"

static const TtValue kinds[] = {
  { "person", N_("Person"), "Cá nhân" },
  { "business", N_("Business"), "Doanh nghiệp" },
  { "agency", N_("Agency"), "Cơ quan" },
  { "organization", N_("Organisation"), "Tổ chức" },
  { "group", N_("Group"), "Nhóm" },
  { "unit", N_("Armed-forces unit"), "Đơn vị lực lượng vũ trang" },
  { "anonymous", N_("Anonymous"), "Ẩn danh" },
};

const TtValueList tt_donor_kinds = TT_VALUE_LIST (kinds);

void
tt_donor_free (TtDonor *donor)
{
  if (donor == NULL)
    return;
  g_free (donor->uuid);
  g_free (donor->kind);
  g_free (donor->name);
  g_free (donor->phone);
  g_free (donor->email);
  g_free (donor->address);
  g_free (donor->tax_code);
  g_free (donor->note);
  g_free (donor->last_gift);
  g_free (donor);
}

gboolean
tt_donor_kind_valid (const char *kind)
{
  return tt_values_index (&tt_donor_kinds, kind) >= 0;
}

/* The donor kinds in display order; NULL past the last. */
const char *
tt_donor_kind_nth (guint i)
{
  return tt_values_code (&tt_donor_kinds, i);
}

const char *
tt_donor_kind_label (const char *kind)
{
  return tt_values_find (&tt_donor_kinds, kind) ? tt_values_label (&tt_donor_kinds, kind) : kind;
}

typedef struct
{
  char *kind, *name, *name_key, *phone, *email, *address, *tax_code, *note;
} CleanDonor;

static void
clean_donor_clear (CleanDonor *c)
{
  g_free (c->kind);
  g_free (c->name);
  g_free (c->name_key);
  g_free (c->phone);
  g_free (c->email);
  g_free (c->address);
  g_free (c->tax_code);
  g_free (c->note);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanDonor, clean_donor_clear)

static gboolean
clean_input (const TtDonorInput *in, CleanDonor *out, GError **error)
{
  const char *kind = in->kind ? in->kind : "person";

  if (!tt_donor_kind_valid (kind))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown donor kind “%s”: use person, business, agency, organization, "
                     "group, unit or anonymous."),
                   kind);
      return FALSE;
    }
  out->kind = g_strdup (kind);

  if (g_str_equal (kind, "anonymous") && (in->name == NULL || *in->name == '\0'))
    out->name = g_strdup ("Nhà hảo tâm ẩn danh");
  else if ((out->name = tt_text_clean_name (in->name, _("Donor name"), error)) == NULL)
    return FALSE;
  out->name_key = tt_text_fold (out->name);

  if (!tt_text_clean_field (in->phone, _("Phone"), 40, &out->phone, error) ||
      !tt_text_clean_field (in->email, _("E-mail"), 200, &out->email, error) ||
      !tt_text_clean_field (in->address, _("Address"), 500, &out->address, error) ||
      !tt_text_clean_field (in->tax_code, _("Tax code"), 20, &out->tax_code, error) ||
      !tt_text_clean_note (in->note, _("Note"), 2000, &out->note, error))
    return FALSE;

  if (out->phone != NULL && !tt_text_check_phone (out->phone, error))
    return FALSE;
  if (out->email != NULL && strchr (out->email, '@') == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("E-mail “%s” is not an e-mail address."), out->email);
      return FALSE;
    }
  return TRUE;
}

gint64
tt_donor_add (TtDb               *db,
              const TtDonorInput *input,
              GError            **error)
{
  g_auto(CleanDonor) c = { 0 };
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *uuid = NULL;

  if (!clean_input (input, &c, error))
    return 0;

  stmt = tt_db_prepare (db,
                        "INSERT INTO donors (uuid, kind, name, name_key, phone, email, address, "
                        "tax_code, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return 0;
  uuid = tt_new_uuid ();
  tt_bind_text (stmt, 1, uuid);
  tt_bind_text (stmt, 2, c.kind);
  tt_bind_text (stmt, 3, c.name);
  tt_bind_text (stmt, 4, c.name_key);
  tt_bind_text (stmt, 5, c.phone);
  tt_bind_text (stmt, 6, c.email);
  tt_bind_text (stmt, 7, c.address);
  tt_bind_text (stmt, 8, c.tax_code);
  tt_bind_text (stmt, 9, c.note);
  if (!tt_db_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tt_db_get_handle (db));
}

static gboolean
no_such_donor (gint64 id, GError **error)
{
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
               _("There is no donor with number %lld."), (long long) id);
  return FALSE;
}

gboolean
tt_donor_exists (TtDb    *db,
                 gint64   id,
                 GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT merged_into FROM donors WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return no_such_donor (id, error);
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Donor %lld was merged into donor %lld."),
                   (long long) id, (long long) sqlite3_column_int64 (stmt, 0));
      return FALSE;
    }
  return TRUE;
}

gboolean
tt_donor_update (TtDb               *db,
                 gint64              id,
                 const TtDonorInput *input,
                 GError            **error)
{
  g_auto(CleanDonor) c = { 0 };
  g_autoptr(TtStmt) stmt = NULL;

  if (!tt_donor_exists (db, id, error) || !clean_input (input, &c, error))
    return FALSE;

  stmt = tt_db_prepare (db,
                        "UPDATE donors SET kind = ?, name = ?, name_key = ?, phone = ?, email = ?, "
                        "address = ?, tax_code = ?, note = ?, "
                        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, c.kind);
  tt_bind_text (stmt, 2, c.name);
  tt_bind_text (stmt, 3, c.name_key);
  tt_bind_text (stmt, 4, c.phone);
  tt_bind_text (stmt, 5, c.email);
  tt_bind_text (stmt, 6, c.address);
  tt_bind_text (stmt, 7, c.tax_code);
  tt_bind_text (stmt, 8, c.note);
  tt_bind_int (stmt, 9, id);
  return tt_db_step_done (db, stmt, error);
}

TtDonor *
tt_donor_get (TtDb    *db,
              gint64   id,
              GError **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  TtDonor *d;

  stmt = tt_db_prepare (db,
                        "SELECT id, uuid, kind, name, phone, email, address, tax_code, note, "
                        "merged_into, coalesce(s.total, 0), coalesce(s.gifts, 0), s.last_gift "
                        "FROM donors d LEFT JOIN donor_stats s ON s.donor_id = d.id WHERE d.id = ?",
                        error);
  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      no_such_donor (id, error);
      return NULL;
    }
  d = g_new0 (TtDonor, 1);
  d->id = sqlite3_column_int64 (stmt, 0);
  d->uuid = tt_column_dup (stmt, 1);
  d->kind = tt_column_dup (stmt, 2);
  d->name = tt_column_dup (stmt, 3);
  d->phone = tt_column_dup (stmt, 4);
  d->email = tt_column_dup (stmt, 5);
  d->address = tt_column_dup (stmt, 6);
  d->tax_code = tt_column_dup (stmt, 7);
  d->note = tt_column_dup (stmt, 8);
  d->merged_into = sqlite3_column_int64 (stmt, 9);
  d->total = sqlite3_column_int64 (stmt, 10);
  d->gift_count = sqlite3_column_int64 (stmt, 11);
  d->last_gift = tt_column_dup (stmt, 12);
  return d;
}

static void
add_hits (TtStmt *stmt, GPtrArray *out, GHashTable *seen, int limit)
{
  while ((int) out->len < limit && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TtDonor *d;

      if (g_hash_table_contains (seen, GINT_TO_POINTER (id)))
        continue;
      g_hash_table_add (seen, GINT_TO_POINTER (id));
      d = g_new0 (TtDonor, 1);
      d->id = id;
      d->name = tt_column_dup (stmt, 1);
      d->kind = tt_column_dup (stmt, 2);
      d->phone = tt_column_dup (stmt, 3);
      d->address = tt_column_dup (stmt, 4);
      g_ptr_array_add (out, d);
    }
}

/* Best matches first: names that start with the folded query (in name order), then phones
 * that start or end with the digits typed (four or more for the end: the last digits of a
 * phone), then names where every typed word starts a word of the name (in name order). */
GPtrArray *
tt_donor_search (TtDb        *db,
                 const char  *query,
                 int          limit,
                 GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_donor_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autofree char *key = tt_text_fold (query);
  g_autofree char *fts = tt_text_fts_query (query);
  g_autofree char *number = tt_text_number_query (key);
  g_autofree char *upper = NULL;

  if (limit <= 0)
    limit = 50;

  if (*key == '\0')
    {
      g_autoptr(TtStmt) all = tt_db_prepare (db,
                                             "SELECT id, name, kind, phone, address FROM donors "
                                             "WHERE merged_into IS NULL ORDER BY name_key, name LIMIT ?",
                                             error);
      if (all == NULL)
        return NULL;
      tt_bind_int (all, 1, limit);
      add_hits (all, out, seen, limit);
      return g_steal_pointer (&out);
    }

  {
    g_autoptr(TtStmt) prefix = tt_db_prepare (db,
                                              "SELECT id, name, kind, phone, address FROM donors "
                                              "WHERE name_key >= ?1 AND name_key < ?2 AND merged_into IS NULL "
                                              "ORDER BY name_key, name LIMIT ?3",
                                              error);
    if (prefix == NULL)
      return NULL;
    upper = g_strconcat (key, "\xf4\x8f\xbf\xbf", NULL);
    tt_bind_text (prefix, 1, key);
    tt_bind_text (prefix, 2, upper);
    tt_bind_int (prefix, 3, limit);
    add_hits (prefix, out, seen, limit);
  }

  if ((int) out->len < limit && number != NULL)
    {
      g_autoptr(TtStmt) phones = tt_db_prepare (db,
                                                "SELECT id, name, kind, phone, address FROM donors "
                                                "WHERE merged_into IS NULL AND phone IS NOT NULL AND ("
                                                TT_DONOR_PHONE_DIGITS ("phone") " >= ?1 AND "
                                                TT_DONOR_PHONE_DIGITS ("phone") " < ?1 || ':' OR length (?1) >= 4 AND "
                                                TT_DONOR_PHONE_DIGITS ("phone") " LIKE '%' || ?1) "
                                                "ORDER BY name_key, name LIMIT ?2",
                                                error);
      if (phones == NULL)
        return NULL;
      tt_bind_text (phones, 1, number);
      tt_bind_int (phones, 2, limit);
      add_hits (phones, out, seen, limit);
    }

  if ((int) out->len < limit && *fts != '\0')
    {
      g_autoptr(TtStmt) words = tt_db_prepare (db,
                                               "SELECT d.id, d.name, d.kind, d.phone, d.address "
                                               "FROM donors_fts f JOIN donors d ON d.id = f.rowid "
                                               "WHERE donors_fts MATCH ?1 AND d.merged_into IS NULL "
                                               "ORDER BY d.name_key, d.name LIMIT ?2",
                                               error);
      if (words == NULL)
        return NULL;
      tt_bind_text (words, 1, fts);
      tt_bind_int (words, 2, limit + (gint64) out->len);
      add_hits (words, out, seen, limit);
    }

  return g_steal_pointer (&out);
}

gboolean
tt_donor_merge (TtDb    *db,
                gint64   keep_id,
                gint64   duplicate_id,
                GError **error)
{
  g_autoptr(TtStmt) move = NULL;
  g_autoptr(TtStmt) mark = NULL;
  g_autoptr(TtStmt) note = NULL;
  g_autofree char *json = NULL;
  gint64 moved;

  if (keep_id == duplicate_id)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("A donor cannot be merged into itself."));
      return FALSE;
    }
  if (!tt_donor_exists (db, keep_id, error) || !tt_donor_exists (db, duplicate_id, error))
    return FALSE;
  if (!tt_db_begin (db, error))
    return FALSE;

  move = tt_db_prepare (db, "UPDATE donations SET donor_id = ?1 WHERE donor_id = ?2", error);
  if (move == NULL)
    goto fail;
  tt_bind_int (move, 1, keep_id);
  tt_bind_int (move, 2, duplicate_id);
  if (!tt_db_step_done (db, move, error))
    goto fail;
  moved = sqlite3_changes (tt_db_get_handle (db));

  mark = tt_db_prepare (db,
                        "UPDATE donors SET merged_into = ?1, "
                        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2",
                        error);
  if (mark == NULL)
    goto fail;
  tt_bind_int (mark, 1, keep_id);
  tt_bind_int (mark, 2, duplicate_id);
  if (!tt_db_step_done (db, mark, error))
    goto fail;

  note = tt_db_prepare (db,
                        "INSERT INTO audit_log (actor, table_name, row_id, action, old_values, new_values, note) "
                        "VALUES (tt_actor(), 'donors', ?1, 'merge', json_object('donor_id', ?2), "
                        "json_object('donor_id', ?1, 'donations_moved', ?3), ?4)",
                        error);
  if (note == NULL)
    goto fail;
  json = g_strdup_printf ("merged donor %" G_GINT64_FORMAT " into %" G_GINT64_FORMAT,
                          duplicate_id, keep_id);
  tt_bind_int (note, 1, keep_id);
  tt_bind_int (note, 2, duplicate_id);
  tt_bind_int (note, 3, moved);
  tt_bind_text (note, 4, json);
  if (!tt_db_step_done (db, note, error))
    goto fail;

  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

/* The ordered ids of the donors that match @query (all donors when it is empty): names that
 * start with the folded query, names where every typed word starts a word, or a phone
 * number that starts with the typed digits or ends with four or more of them. Merged-away
 * donors are left out. */
GArray *
tt_donor_ids (TtDb         *db,
              const char   *query,
              TtDonorSort   sort,
              GError      **error)
{
  static const char *orders[] = {
    [TT_DONOR_SORT_NAME] = "d.name_key, d.name, d.id",
    [TT_DONOR_SORT_TOTAL] = "coalesce(s.total, 0) DESC, d.name_key, d.name, d.id",
    [TT_DONOR_SORT_LAST_GIFT] = "coalesce(s.last_gift, '') DESC, d.name_key, d.name, d.id",
  };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *key = tt_text_fold (query ? query : "");
  g_autofree char *fts = tt_text_fts_query (query ? query : "");
  g_autofree char *upper = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *number = NULL;

  g_return_val_if_fail (sort <= TT_DONOR_SORT_LAST_GIFT, NULL);

  number = tt_text_number_query (key);
  if (*key == '\0')
    sql = g_strdup_printf ("SELECT d.id FROM donors d %s WHERE d.merged_into IS NULL ORDER BY %s",
                           sort == TT_DONOR_SORT_NAME ? "" : "LEFT JOIN donor_stats s ON s.donor_id = d.id",
                           orders[sort]);
  else
    sql = g_strdup_printf ("SELECT d.id FROM donors d LEFT JOIN donor_stats s ON s.donor_id = d.id "
                           "WHERE d.merged_into IS NULL AND ("
                           "(d.name_key >= ?1 AND d.name_key < ?2) "
                           "OR d.id IN (SELECT rowid FROM donors_fts WHERE donors_fts MATCH ?3) "
                           "OR (?4 IS NOT NULL AND d.phone IS NOT NULL AND (" TT_DONOR_PHONE_DIGITS ("d.phone") " >= ?4 AND "
                           TT_DONOR_PHONE_DIGITS ("d.phone") " < ?4 || ':' OR length (?4) >= 4 AND "
                           TT_DONOR_PHONE_DIGITS ("d.phone") " LIKE '%%' || ?4))) "
                           "ORDER BY %s", orders[sort]);
  stmt = tt_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (*key != '\0')
    {
      upper = g_strconcat (key, "\xf4\x8f\xbf\xbf", NULL);
      tt_bind_text (stmt, 1, key);
      tt_bind_text (stmt, 2, upper);
      tt_bind_text (stmt, 3, *fts != '\0' ? fts : "\"\"");
      tt_bind_text (stmt, 4, number);
    }
  for (int rc = sqlite3_step (stmt); ; rc = sqlite3_step (stmt))
    {
      gint64 id;

      if (rc == SQLITE_DONE)
        break;
      if (rc != SQLITE_ROW)
        {
          tt_db_set_error (db, error, _("Listing donors"));
          return NULL;
        }
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

/* Donors that were merged into @id, oldest merge first, with the time of the merge. */
GPtrArray *
tt_donor_merged_from (TtDb    *db,
                      gint64   id,
                      GError **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_donor_free);
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT d.id, d.name, "
                                          "(SELECT max(a.at) FROM audit_log a WHERE a.table_name = 'donors' "
                                          "  AND a.action = 'merge' AND a.row_id = ?1 "
                                          "  AND json_extract(a.old_values, '$.donor_id') = d.id) "
                                          "FROM donors d WHERE d.merged_into = ?1 ORDER BY 3, d.id",
                                          error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtDonor *d = g_new0 (TtDonor, 1);
      d->id = sqlite3_column_int64 (stmt, 0);
      d->name = tt_column_dup (stmt, 1);
      d->last_gift = tt_column_dup (stmt, 2);   /* the time of the merge */
      d->merged_into = id;
      g_ptr_array_add (out, d);
    }
  return g_steal_pointer (&out);
}

/* Donors that @input may be a second record of: the same tax code, or the same name (folded)
 * with the same phone digits, or the same name where either has no phone. Asked about before a
 * donor is added, so a clerk picks the existing one instead of making a twin. */
GPtrArray *
tt_donor_twins (TtDb               *db,
                const TtDonorInput *input,
                GError            **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_donor_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autofree char *name = tt_text_nfc (input->name ? input->name : "");
  g_autofree char *key = tt_text_fold (g_strstrip (name));
  g_autofree char *phone = tt_text_fold (input->phone ? input->phone : "");
  g_autofree char *digits = tt_text_number_query (phone);
  g_autofree char *tax = g_strstrip (g_strdup (input->tax_code ? input->tax_code : ""));
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT id, name, kind, phone, address FROM donors "
                                          "WHERE merged_into IS NULL AND ("
                                          "(?1 <> '' AND tax_code = ?1) OR "
                                          "(?2 <> '' AND name_key = ?2 AND (?3 IS NULL OR phone IS NULL OR "
                                          TT_DONOR_PHONE_DIGITS ("phone") " = ?3))) "
                                          "ORDER BY id LIMIT 20",
                                          error);

  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, tax);
  tt_bind_text (stmt, 2, key);
  tt_bind_text (stmt, 3, digits);
  add_hits (stmt, out, seen, 20);
  return g_steal_pointer (&out);
}
