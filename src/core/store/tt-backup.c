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
#include <unistd.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

#include "tt-backup.h"
#include "tt-db-private.h"

const char *const tt_backup_reasons[] = { "close", "upgrade", "import", "manual", "restore", NULL };

/* A consistent copy of the office at @dest_path, made with SQLite's online backup while others
 * may be writing, readable by its owner only from its first byte. */
gboolean
tt_db_backup (TtDb        *self,
              const char  *dest_path,
              GError     **error)
{
  g_autofree char *tmp = g_strconcat (dest_path, ".part", NULL);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;
  int fd;

  /* The copy is readable by its owner only from its first byte: a backup killed midway leaves
   * no partial copy others can read. */
  g_unlink (tmp);
  fd = g_open (tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO, _("Cannot write the backup “%s”: %s"),
                   dest_path, g_strerror (errno));
      return FALSE;
    }
  close (fd);
  if (sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      tt_db_sqlite_error (error, dest_path, dest ? sqlite3_errcode (dest) : SQLITE_CANTOPEN,
                        _("writing the backup"), dest ? sqlite3_errmsg (dest) : "");
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", tt_db_get_handle (self), "main");
  if (backup == NULL)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_FAILED, _("Cannot start the backup: %s"),
                   sqlite3_errmsg (dest));
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, 1024);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_FAILED, _("The backup failed: %s"),
                   sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }
  /* A backup is a self-contained single file. */
  sqlite3_exec (dest, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  sqlite3_close (dest);
  g_chmod (tmp, 0600);

  if (g_rename (tmp, dest_path) != 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_FAILED, _("Cannot write the backup “%s”: %s"),
                   dest_path, g_strerror (errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

char *
tt_backup_dir (const char *office_path)
{
  g_autofree char *dir = g_path_get_dirname (office_path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
office_stem (const char *office_path)
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
  g_autofree char *stem = office_stem (office_path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (is_backup_name (name, stem))
      g_ptr_array_add (out, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (out, compare_names);
  return out;
}

/* When a backup named by this module was made (local time) and why (one of tt_backup_reasons):
 * FALSE for any other name. */
gboolean
tt_backup_describe (const char  *backup_path,
                    GDateTime  **when,
                    const char **reason)
{
  g_autofree char *name = g_path_get_basename (backup_path);
  gsize len = strlen (name);
  const char *stamp;
  int f[7];

  for (guint r = 0; tt_backup_reasons[r] != NULL; r++)
    {
      g_autofree char *tail = g_strdup_printf ("-%s.db", tt_backup_reasons[r]);
      gsize n = strlen (tail);

      if (len < n + 19 + 1 || !g_str_has_suffix (name, tail))
        continue;
      stamp = name + len - n - 19;
      if (stamp[-1] != '-' || sscanf (stamp, "%4d%2d%2d-%2d%2d%2d-%3d", &f[0], &f[1], &f[2], &f[3], &f[4],
                                      &f[5], &f[6]) != 7)
        return FALSE;
      if (when != NULL)
        *when = g_date_time_new_local (f[0], f[1], f[2], f[3], f[4], f[5] + f[6] / 1000.0);
      if (reason != NULL)
        *reason = tt_backup_reasons[r];
      return when == NULL || *when != NULL;
    }
  return FALSE;
}

/* The office a backup belongs to: its identity and name as its settings hold them. */
gboolean
tt_backup_read_office (const char  *backup_path,
                       char       **uuid,
                       char       **name,
                       GError     **error)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  *uuid = NULL;
  *name = NULL;
  tt_db_sqlite_setup ();
  if (sqlite3_open_v2 (backup_path, &handle, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (handle, "SELECT key, value FROM settings WHERE key IN ('office-uuid', 'name')",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      int rc;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *key = (const char *) sqlite3_column_text (stmt, 0);
          char **out = g_strcmp0 (key, "name") == 0 ? name : uuid;

          g_free (*out);
          *out = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
      ok = rc == SQLITE_DONE;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  if (!ok)
    {
      g_clear_pointer (uuid, g_free);
      g_clear_pointer (name, g_free);
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_CORRUPT,
                   _("The backup “%s” is damaged or is not a backup of an office: it cannot be used."),
                   backup_path);
    }
  return ok;
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

  tt_db_sqlite_setup ();
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

/* Where a backup of the office file @office_path made now for @reason goes (its folder is
 * made): backups/OFFICE-YYYYMMDD-HHMMSS-mmm-REASON.db. */
char *
tt_backup_path (const char  *office_path,
                const char  *reason,
                GError     **error)
{
  g_autofree char *dir = tt_backup_dir (office_path);
  g_autofree char *stem = office_stem (office_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("%s-%s-%03d-%s.db", stem, stamp,
                                           g_date_time_get_microsecond (now) / 1000, reason);

  g_return_val_if_fail (g_strv_contains (tt_backup_reasons, reason), NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO, _("Cannot create the backup folder “%s”: %s"),
                   dir, g_strerror (errno));
      return NULL;
    }
  return g_build_filename (dir, name, NULL);
}

/* Writes a verified backup of the office for @reason and keeps only the newest ones. Returns
 * its path. */
char *
tt_backup_take (TtDb        *db,
                const char  *reason,
                GError     **error)
{
  g_autofree char *path = tt_backup_path (tt_db_get_path (db), reason, error);
  g_autoptr(GPtrArray) all = NULL;
  guint keep;

  if (path == NULL || !tt_db_backup (db, path, error))
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
