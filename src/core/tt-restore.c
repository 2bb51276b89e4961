/* tt-restore.c — putting a backup in place of the office file
 *
 * A restore checks the backup whole (integrity, the schema, the application's invariants, the
 * office it belongs to) on a private copy, keeps the file it replaces as a backup, and then
 * puts the copy in place with one rename.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <unistd.h>

#include "tt-backup.h"
#include "tt-check.h"
#include "tt-db-private.h"
#include "tt-restore.h"

/* The write-ahead log and shared memory SQLite keeps beside a database file. */
static void
remove_side_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
}

static char *
office_uuid (TtDb *db)
{
  return tt_db_get_setting (db, "office-uuid");
}

/* Puts @backup_path in place of the office file @office_path: the backup is checked whole on a
 * private copy first, the replaced file is kept as a backup (its path in @out_saved), and a
 * backup of another office is refused unless @force. The office file must not be open. */
gboolean
tt_backup_restore (const char  *office_path,
                   const char  *backup_path,
                   gboolean     force,
                   char       **out_saved,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (office_path);
  g_autofree char *tmp = g_build_filename (dir, ".restore-XXXXXX.db", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (backup_path);
  g_autoptr(GFile) to = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *saved = NULL;
  TtDb *copy = NULL;
  int fd;

  if (!tt_backup_verify (backup_path, error))
    return FALSE;
  fd = g_mkstemp_full (tmp, O_RDWR, 0600);
  if (fd < 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO, _("Cannot write in “%s”: %s"), dir, g_strerror (errno));
      return FALSE;
    }
  close (fd);
  to = g_file_new_for_path (tmp);
  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    goto fail;

  /* The copy is opened as an office (an older schema is upgraded on it, not on the backup) and
   * checked like any office file. */
  copy = tt_db_open_copy (tmp, error);
  if (copy == NULL || !tt_check_run (copy, &problems, error))
    goto fail;
  if (problems->len > 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_INVARIANT,
                   _("The backup “%s” fails the office check, so it was not restored: %s"),
                   backup_path, (const char *) problems->pdata[0]);
      goto fail;
    }
  theirs = office_uuid (copy);

  if (g_file_test (office_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(TtDb) current = tt_db_open (office_path, NULL);

      if (current != NULL)
        {
          ours = office_uuid (current);
          if (!force && ours != NULL && theirs != NULL && !g_str_equal (ours, theirs))
            {
              g_autofree char *name = tt_db_get_setting (copy, "name");
              g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                           _("The backup “%s” belongs to another office (%s): restore it only with --force."),
                           backup_path, name ? name : "?");
              goto fail;
            }
          if ((saved = tt_backup_take (current, "restore", error)) == NULL)
            goto fail;
        }
      else
        {
          /* A damaged office file is kept aside as it is. */
          if ((saved = tt_backup_path (office_path, "restore", error)) == NULL)
            goto fail;
          if (g_rename (office_path, saved) != 0)
            {
              g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO, _("Cannot move “%s” aside: %s"),
                           office_path, g_strerror (errno));
              g_clear_pointer (&saved, g_free);
              goto fail;
            }
        }
    }
  g_clear_object (&copy);
  remove_side_files (office_path);
  if (g_rename (tmp, office_path) != 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO, _("Cannot put the backup in place of “%s”: %s"),
                   office_path, g_strerror (errno));
      goto fail;
    }
  if (out_saved != NULL)
    *out_saved = g_steal_pointer (&saved);
  return TRUE;

fail:
  g_clear_object (&copy);
  g_unlink (tmp);
  remove_side_files (tmp);
  return FALSE;
}
