/* tt-backup.c — rotating, verified backups beside the office file, and restore
 *
 * Backups live in a `backups` folder beside the office file, named
 * OFFICE-YYYYMMDD-HHMMSS-mmm-REASON.db (reasons: close, upgrade, import, manual, restore). Each is
 * written with SQLite's online backup, readable by its owner only, then opened and checked
 * before it counts. Only the newest few (the office setting `backup-count`, default 10) are
 * kept, and only files with names this module makes are ever removed.
 *
 * Restoring one is tt-restore.c's, above the check it needs.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <string.h>

#include "tt-backup.h"
#include "tt-db-private.h"

const char *const tt_backup_reasons[] = { "close", "upgrade", "import", "manual", "restore", NULL };

char *
tt_backup_dir (const char *office_path)
{
  g_autofree char *dir = g_path_get_dirname (office_path);

  return g_build_filename (dir, "backups", NULL);
}

char *
tt_backup_office_stem (const char *office_path)
{
  g_autofree char *base = g_path_get_basename (office_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

/* Whether @name is one of ours for the office @stem: STEM-YYYYMMDD-HHMMSS-REASON.db. */
static gboolean
is_backup_name (const char *name, const char *stem)
{
  gsize n = strlen (stem);
  const char *p = name + n;

  if (strncmp (name, stem, n) != 0 || *p++ != '-')
    return FALSE;
  for (int i = 0; i < 19; i++, p++)
    if (i == 8 || i == 15 ? *p != '-' : !g_ascii_isdigit (*p))
      return FALSE;
  if (*p++ != '-')
    return FALSE;
  for (guint r = 0; tt_backup_reasons[r] != NULL; r++)
    {
      gsize len = strlen (tt_backup_reasons[r]);
      if (strncmp (p, tt_backup_reasons[r], len) == 0 && g_str_equal (p + len, ".db"))
        return TRUE;
    }
  return FALSE;
}

/* Newest first: the names differ after the office's name by their stamp, which sorts as text. */
static int
compare_names (gconstpointer a, gconstpointer b)
{
  return -g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The backups of the office, newest first, as full paths. */
GPtrArray *
tt_backup_list (const char *office_path)
{
  g_autofree char *dir = tt_backup_dir (office_path);
  g_autofree char *stem = tt_backup_office_stem (office_path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (is_backup_name (name, stem))
      g_ptr_array_add (out, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (out, compare_names);
  return out;
}

/* Opens @path read-only and checks that it is a sound office file of a schema this version
 * knows. */
gboolean
tt_backup_verify (const char  *backup_path,
                  GError     **error)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int version = -1;

  if (sqlite3_open_v2 (backup_path, &handle, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (handle, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
    {
      sqlite3_finalize (stmt);
      stmt = NULL;
      if (sqlite3_prepare_v2 (handle, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        version = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      stmt = NULL;
      ok = version >= 1 && version <= TT_SCHEMA_VERSION &&
           sqlite3_prepare_v2 (handle, "SELECT count(*) FROM settings", -1, &stmt, NULL) == SQLITE_OK &&
           sqlite3_step (stmt) == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  if (!ok)
    {
      if (version > TT_SCHEMA_VERSION)
        g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_TOO_NEW,
                     _("The backup “%s” was made by a newer version of Tương Thân."), backup_path);
      else
        g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_CORRUPT,
                     _("The backup “%s” is damaged or is not a backup of an office: it cannot be used."),
                     backup_path);
    }
  return ok;
}

static guint
backup_count (TtDb *db)
{
  g_autofree char *text = tt_db_get_setting (db, "backup-count");
  guint64 n = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, 1000, &n, NULL))
    return TT_BACKUP_DEFAULT_COUNT;
  return (guint) n;
}

/* Writes a verified backup of the office for @reason and keeps only the newest ones. Returns
 * its path. */
char *
tt_backup_take (TtDb        *db,
                const char  *reason,
                GError     **error)
{
  g_autofree char *dir = tt_backup_dir (tt_db_get_path (db));
  g_autofree char *stem = tt_backup_office_stem (tt_db_get_path (db));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("%s-%s-%03d-%s.db", stem, stamp,
                                           g_date_time_get_microsecond (now) / 1000, reason);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) all = NULL;
  guint keep;

  g_return_val_if_fail (g_strv_contains (tt_backup_reasons, reason), NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO, _("Cannot create the backup folder “%s”: %s"),
                   dir, g_strerror (errno));
      return NULL;
    }
  if (!tt_db_backup (db, path, error))
    return NULL;
  if (!tt_backup_verify (path, error))
    {
      g_unlink (path);
      return NULL;
    }
  all = tt_backup_list (tt_db_get_path (db));
  keep = backup_count (db);
  for (guint i = keep; i < all->len; i++)
    g_unlink (all->pdata[i]);
  return g_steal_pointer (&path);
}
