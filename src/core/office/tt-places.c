/* tt-places.c — administrative units (2025 two-tier), villages, former units
 *
 * The official list of 34 provinces and 3,321 communes (Quyết định 19/2025/QĐ-TTg) ships in
 * the core resources and is loaded into every new office file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "tt-core-resources.h"
#include "tt-db-private.h"
#include "tt-places.h"
#include "tt-text.h"

#define OFFICIAL_LIST "/io/github/tuongthan/TuongThan/core/places-2025.tsv"
#define REFORM_DATE "2025-07-01"

static gboolean
insert_place (TtDb *db, const char *code, const char *name, const char *kind, gint64 parent,
              GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "INSERT INTO places (code, name, name_key, kind, parent_id, "
                                          "official, urban, valid_from) VALUES (?, ?, ?, ?, ?, 1, ?, ?) "
                                          "ON CONFLICT (code) DO NOTHING",
                                          error);
  g_autofree char *key = tt_text_fold (name);

  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, code);
  tt_bind_text (stmt, 2, name);
  tt_bind_text (stmt, 3, key);
  tt_bind_text (stmt, 4, kind);
  tt_bind_opt_id (stmt, 5, parent);
  tt_bind_int (stmt, 6, g_str_has_prefix (name, "Phường") || g_str_has_prefix (name, "Thành phố"));
  tt_bind_text (stmt, 7, REFORM_DATE);
  return tt_db_step_done (db, stmt, error);
}

gboolean
tt_places_load_official (TtDb    *db,
                         GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *last_province = NULL;
  gint64 province_id = 0;

  bytes = g_resource_lookup_data (tt_core_get_resource (), OFFICIAL_LIST,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);

  if (!tt_db_begin (db, error))
    return FALSE;
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;

      if (*lines[i] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (f) != 4)
        continue;
      if (g_strcmp0 (last_province, f[0]) != 0)
        {
          if (!insert_place (db, f[0], f[1], "province", 0, error))
            goto fail;
          province_id = tt_place_id_by_code (db, f[0]);
          g_free (last_province);
          last_province = g_strdup (f[0]);
        }
      if (!insert_place (db, f[2], f[3], "commune", province_id, error))
        goto fail;
    }
  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

/* One text column of the place @id, from a query "SELECT column FROM places WHERE id = ?". */
static char *
place_text (TtDb *db, const char *sql, gint64 id)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, NULL);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? tt_column_dup (stmt, 0) : NULL;
}

gint64
tt_place_id_by_code (TtDb       *db,
                     const char *code)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT id FROM places WHERE code = ?", NULL);

  if (stmt == NULL || code == NULL)
    return 0;
  tt_bind_text (stmt, 1, code);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

char *
tt_place_name (TtDb   *db,
               gint64  id)
{
  return place_text (db, "SELECT name FROM places WHERE id = ?", id);
}

static const TtValue kinds[] = {
  { "province", N_("Province"), "Tỉnh" }, { "commune", N_("Commune"), "Xã" },
  { "village", N_("Village"), "Thôn" },
  { "old_province", N_("Former province"), "Tỉnh cũ" }, { "old_district", N_("Former district"), "Huyện cũ" },
  { "old_commune", N_("Former commune"), "Xã cũ" },
};

static const TtValue former_kinds[] = {
  { "old_commune", N_("Former commune"), "Xã cũ" }, { "old_district", N_("Former district"), "Huyện cũ" },
  { "old_province", N_("Former province"), "Tỉnh cũ" },
};

const TtValueList tt_place_kinds = TT_VALUE_LIST (kinds);
const TtValueList tt_former_place_kinds = TT_VALUE_LIST (former_kinds);

const char *
tt_place_kind_label (const char *kind)
{
  return tt_values_label (&tt_place_kinds, kind);
}

static gboolean
kind_valid (const char *kind)
{
  return tt_values_index (&tt_place_kinds, kind) >= 0;
}

/* The kind of the unit a place of @kind sits under, or NULL when it stands alone. */
static const char *
parent_kind (const char *kind)
{
  if (g_str_equal (kind, "commune"))
    return "province";
  if (g_str_equal (kind, "village"))
    return "commune";
  if (g_str_equal (kind, "old_district"))
    return "old_province";
  if (g_str_equal (kind, "old_commune"))
    return "old_district";
  return NULL;
}

/* The official code of a place, or NULL when it has none. */
char *
tt_place_code (TtDb   *db,
               gint64  id)
{
  return place_text (db, "SELECT code FROM places WHERE id = ?", id);
}

char *
tt_place_kind (TtDb   *db,
               gint64  id)
{
  return place_text (db, "SELECT kind FROM places WHERE id = ?", id);
}

static gint64
parent_of (TtDb *db, gint64 id)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT coalesce(parent_id, 0) FROM places WHERE id = ?", NULL);

  if (stmt == NULL)
    return 0;
  tt_bind_int (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Adds a place the clerk names: a village under a commune, a former unit, or a unit missing
 * from the official list. Returns its id. */
gint64
tt_place_add (TtDb        *db,
              const char  *kind,
              const char  *code,
              const char  *name,
              gint64       parent_id,
              GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *key = NULL;
  g_autofree char *pkind = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  const char *want = NULL;

  if (!kind_valid (kind))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown kind of place “%s”: use province, commune, village, old_province, "
                     "old_district or old_commune."), kind ? kind : "");
      return 0;
    }
  if ((clean = tt_text_clean_name (name, _("Place name"), error)) == NULL)
    return 0;
  if (code != NULL && *code != '\0' && !tt_text_all_digits (code, 1, 10))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Place code “%s” must be digits only."), code);
      return 0;
    }
  if (code != NULL && *code != '\0' && tt_place_id_by_code (db, code) != 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Place code %s is already used: codes are never reused."), code);
      return 0;
    }
  want = parent_kind (kind);
  pkind = parent_id ? tt_place_kind (db, parent_id) : NULL;
  if ((want == NULL && parent_id != 0) || (want != NULL && g_strcmp0 (pkind, want) != 0 &&
                                            !(g_str_equal (kind, "old_commune") && parent_id == 0) &&
                                            !(g_str_equal (kind, "old_district") && parent_id == 0)))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH,
                   _("A place of kind %s must sit under a %s."), kind, want ? want : "nothing");
      return 0;
    }
  key = tt_text_fold (clean);
  if (g_str_equal (kind, "village") && tt_place_find_child (db, parent_id, "village", clean) != 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("The commune already has a village named “%s”."), clean);
      return 0;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO places (code, name, name_key, kind, parent_id, urban) VALUES (?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return 0;
  tt_bind_text (stmt, 1, code && *code ? code : NULL);
  tt_bind_text (stmt, 2, clean);
  tt_bind_text (stmt, 3, key);
  tt_bind_text (stmt, 4, kind);
  tt_bind_opt_id (stmt, 5, parent_id);
  tt_bind_int (stmt, 6, g_str_has_prefix (clean, "Tổ dân phố") || g_str_has_prefix (clean, "Phường"));
  if (!tt_db_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tt_db_get_handle (db));
}

gboolean
tt_place_rename (TtDb        *db,
                 gint64       id,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *clean = tt_text_clean_name (name, _("Place name"), error);
  g_autofree char *key = NULL;
  g_autoptr(TtStmt) stmt = NULL;

  if (clean == NULL)
    return FALSE;
  key = tt_text_fold (clean);
  stmt = tt_db_prepare (db,
                        "UPDATE places SET name = ?, name_key = ?, "
                        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND official = 0",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, clean);
  tt_bind_text (stmt, 2, key);
  tt_bind_int (stmt, 3, id);
  if (!tt_db_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (tt_db_get_handle (db)) == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Place %lld does not exist or is an official unit, whose name is fixed by law."),
                   (long long) id);
      return FALSE;
    }
  return TRUE;
}

/* Records that the former unit @old_id became (part of) @new_id on 1 July 2025. */
/* A former unit (district, old commune) recorded and mapped to the unit it @became_id, in one
 * unit of work. Returns its id, or 0 and nothing written. */
gint64
tt_place_add_former (TtDb        *db,
                     const char  *kind,
                     const char  *name,
                     gint64       became_id,
                     GError     **error)
{
  gint64 id;

  if (!tt_db_begin (db, error))
    return 0;
  id = tt_place_add (db, kind, NULL, name, 0, error);
  return tt_db_end (db, id != 0 && tt_place_map (db, id, became_id, error), error) ? id : 0;
}

gboolean
tt_place_map (TtDb    *db,
              gint64   old_id,
              gint64   new_id,
              GError **error)
{
  g_autofree char *old_kind = tt_place_kind (db, old_id);
  g_autofree char *new_kind = tt_place_kind (db, new_id);
  g_autoptr(TtStmt) stmt = NULL;

  if (old_kind == NULL || !g_str_has_prefix (old_kind, "old_") || new_kind == NULL ||
      g_str_has_prefix (new_kind, "old_") || g_str_equal (new_kind, "village"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH,
                   _("Map a former unit to a current province or commune."));
      return FALSE;
    }
  stmt = tt_db_prepare (db, "INSERT OR IGNORE INTO place_map (old_place_id, new_place_id) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, old_id);
  tt_bind_int (stmt, 2, new_id);
  return tt_db_step_done (db, stmt, error);
}

/* Strips the unit word a name may carry ("Xã", "Phường", "Thôn", "Bản", "Tổ dân phố"…) from a
 * folded name so "Tân Lập" and "Xã Tân Lập" compare equal. */
static const char *
bare_key (const char *key)
{
  static const char *const words[] = {
    "thanh pho ", "tinh ", "xa ", "phuong ", "dac khu ", "thi tran ", "thon ", "ban ", "to dan pho ",
    "khu pho ", "to ", "ap ", "xom ", "khu ", "lang ", "huyen ", "quan ", "thi xa ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (key, words[i]) && key[strlen (words[i])] != '\0')
      return key + strlen (words[i]);
  return key;
}

/* The place of @kind under @parent_id (0: anywhere) whose name matches @name, ignoring
 * accents, case and the unit word; 0 when none, -1 when several match. */
gint64
tt_place_find_child (TtDb       *db,
                     gint64      parent_id,
                     const char *kind,
                     const char *name)
{
  g_autofree char *key = tt_text_fold (name ? name : "");
  const char *bare = bare_key (key);
  /* Two texts, so that a parent's children are read through the (parent, kind) index rather
   * than by a scan of every place (an import looks up each of its villages). */
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          parent_id != 0
                                            ? "SELECT id, name_key FROM places WHERE parent_id = ?2 AND kind = ?1 "
                                              "AND (name_key = ?3 OR name_key LIKE '% ' || ?3)"
                                            : "SELECT id, name_key FROM places WHERE kind = ?1 AND ?2 = 0 "
                                              "AND (name_key = ?3 OR name_key LIKE '% ' || ?3)",
                                          NULL);
  gint64 found = 0;

  if (stmt == NULL || *bare == '\0')
    return 0;
  tt_bind_text (stmt, 1, kind);
  tt_bind_int (stmt, 2, parent_id);
  tt_bind_text (stmt, 3, bare);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (!g_str_equal (bare_key ((const char *) sqlite3_column_text (stmt, 1)), bare))
        continue;
      if (found != 0)
        return -1;
      found = sqlite3_column_int64 (stmt, 0);
    }
  return found;
}

/* The village named @name in the commune, added when the commune has none by that name. */
gint64
tt_place_village_ensure (TtDb        *db,
                         gint64       commune_id,
                         const char  *name,
                         gboolean    *created,
                         GError     **error)
{
  gint64 id = tt_place_find_child (db, commune_id, "village", name);

  if (created)
    *created = FALSE;
  if (id > 0)
    return id;
  if (id < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_AMBIGUOUS,
                   _("Several villages of the commune are named “%s”."), name);
      return 0;
    }
  id = tt_place_add (db, "village", NULL, name, commune_id, error);
  if (id != 0 && created)
    *created = TRUE;
  return id;
}

/* What the clerk types for an area: a province or commune code, or the name of a commune or a
 * village (in the office's province when it is set). */
gint64
tt_place_resolve (TtDb        *db,
                  const char  *text,
                  GError     **error)
{
  g_autofree char *province_code = tt_db_get_setting (db, "province-code");
  gint64 province = tt_place_id_by_code (db, province_code);
  gint64 id;

  if (text == NULL || *text == '\0')
    return 0;
  if (tt_text_all_digits (text, 1, 10))
    {
      if ((id = tt_place_id_by_code (db, text)) != 0)
        return id;
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no administrative unit with code %s."), text);
      return 0;
    }
  id = tt_place_find_child (db, province, "commune", text);
  if (id == 0)
    {
      g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                              "SELECT v.id, v.name_key FROM places v JOIN places c ON c.id = v.parent_id "
                                              "WHERE v.kind = 'village' AND (?1 = 0 OR c.parent_id = ?1)",
                                              error);
      g_autofree char *key = tt_text_fold (text);
      const char *bare = bare_key (key);
      if (stmt == NULL)
        return 0;
      tt_bind_int (stmt, 1, province);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        if (g_str_equal (bare_key ((const char *) sqlite3_column_text (stmt, 1)), bare))
          {
            if (id != 0)
              {
                id = -1;
                break;
              }
            id = sqlite3_column_int64 (stmt, 0);
          }
    }
  if (id < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_AMBIGUOUS,
                   _("Several places are named “%s”: give the commune code instead."), text);
      return 0;
    }
  if (id == 0)
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                 _("There is no commune or village named “%s”."), text);
  return id;
}

/* The province a place lies in (itself for a province), or 0. */
gint64
tt_place_province_of (TtDb   *db,
                      gint64  id)
{
  for (int depth = 0; id != 0 && depth < 4; depth++)
    {
      g_autofree char *kind = tt_place_kind (db, id);
      if (g_strcmp0 (kind, "province") == 0)
        return id;
      id = parent_of (db, id);
    }
  return 0;
}

void
tt_place_free (TtPlace *place)
{
  if (place == NULL)
    return;
  g_free (place->code);
  g_free (place->name);
  g_free (place->kind);
  g_free (place);
}

/* The places a query selecting id, code, name, kind and official returns, in its order. */
static GPtrArray *
read_places (sqlite3_stmt *stmt)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_place_free);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtPlace *p = g_new0 (TtPlace, 1);
      p->id = sqlite3_column_int64 (stmt, 0);
      p->code = tt_column_dup (stmt, 1);
      p->name = tt_column_dup (stmt, 2);
      p->kind = tt_column_dup (stmt, 3);
      p->official = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (out, p);
    }
  return out;
}

/* The places under @parent_id (the former units mapped to it when @kind starts with "old_"),
 * by name. */
GPtrArray *
tt_place_children (TtDb        *db,
                   gint64       parent_id,
                   const char  *kind,
                   GError     **error)
{
  gboolean former = g_str_has_prefix (kind, "old_");
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, former
                                          ? "SELECT p.id, p.code, p.name, p.kind, p.official FROM places p JOIN place_map m "
                                            "ON m.old_place_id = p.id WHERE m.new_place_id = ?1 AND p.kind = ?2 "
                                            "ORDER BY p.name_key COLLATE tt_natural, p.name_key, p.id"
                                          : "SELECT id, code, name, kind, official FROM places WHERE parent_id = ?1 "
                                            "AND kind = ?2 ORDER BY name_key COLLATE tt_natural, name_key, id",
                                          error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, parent_id);
  tt_bind_text (stmt, 2, kind);
  return read_places (stmt);
}

/* The places of @kind under @parent_id (0: anywhere) that match what the clerk types: the start
 * of their code, or part of their name ignoring accents and case ("ngoc ha" finds Phường Ngọc
 * Hà). The code typed in full comes first, then names with a word starting with the text, each
 * by name in counting order (Phường 2 before Phường 10); at most @limit (0: no limit). An empty
 * @query lists them all. */
GPtrArray *
tt_place_search (TtDb        *db,
                 const char  *kind,
                 gint64       parent_id,
                 const char  *query,
                 guint        limit,
                 GError     **error)
{
  g_autofree char *key = tt_text_fold (query);
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT id, code, name, kind, official FROM places "
                                          "WHERE kind = ?1 AND (?2 = 0 OR parent_id = ?2) AND (?3 = '' "
                                          "OR instr(name_key, ?3) > 0 OR (?4 AND substr(code, 1, length(?3)) = ?3)) "
                                          "ORDER BY coalesce(code = ?3, 0) DESC, instr(' ' || name_key, ' ' || ?3) = 0, "
                                          "name_key COLLATE tt_natural, name_key, id LIMIT ?5",
                                          error);

  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, kind);
  tt_bind_int (stmt, 2, parent_id);
  tt_bind_text (stmt, 3, key);
  tt_bind_int (stmt, 4, tt_text_all_digits (key, 1, 10));
  tt_bind_int (stmt, 5, limit > 0 ? (gint64) limit : -1);
  return read_places (stmt);
}

/* Whether place @id is of @kind; its parent in @parent when asked. */
gboolean
tt_place_kind_is (TtDb *db, gint64 id, const char *kind, gint64 *parent)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT kind, coalesce(parent_id, 0) FROM places WHERE id = ?", NULL);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), kind) != 0)
    return FALSE;
  if (parent)
    *parent = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}
