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
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT name FROM places WHERE id = ?", NULL);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return tt_column_dup (stmt, 0);
}
