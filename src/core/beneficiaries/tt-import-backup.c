/* tt-import-backup.c — the backup a real import starts from, taken while its rows are checked
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-backup.h"
#include "tt-db-private.h"
#include "tt-import-private.h"
#include "tt-thread.h"

/* A real import starts from a verified backup of the office as it was. With a write-ahead log,
 * the backup is taken on a thread of its own, from a connection whose read transaction began
 * before the import's first write: it copies the office as it was while the rows are checked and
 * written (a province's office, 1 GB, takes seconds to copy and check), and the import is
 * committed only once the backup is done and verified. */
struct _TtImportBackup
{
  TtDb    *db;       /* the backup's own connection, reading the office as it was */
  GThread *thread;
  char    *path;     /* the backup, once taken */
  GError  *error;
};

static gpointer
backup_thread (gpointer data)
{
  TtImportBackup *b = data;

  tt_thread_set_background ();
  b->path = tt_backup_take (b->db, "import", &b->error);
  tt_db_read_end (b->db, TRUE);
  return NULL;
}

/* Starts the backup of the office @db is open on, before the import's transaction (*@out is NULL
 * when it was taken at once, without a write-ahead log); FALSE with @error when it cannot be. */
gboolean
tt_import_backup_start (TtDb *db, TtImportBackup **out, GError **error)
{
  g_autofree char *path = NULL;
  TtImportBackup *b;

  *out = NULL;
  if (g_strcmp0 (tt_db_get_journal_mode (db), "wal") != 0)
    return (path = tt_backup_take (db, "import", error)) != NULL;
  b = g_new0 (TtImportBackup, 1);
  b->db = tt_db_open_scanner (tt_db_get_path (db), error);
  if (b->db == NULL || !tt_db_read_begin (b->db) ||
      tt_db_query_int (b->db, "SELECT count(*) FROM settings", -1) < 0)
    {
      if (b->db != NULL && (error == NULL || *error == NULL))
        tt_db_set_error (b->db, error, _("Reading the office to back it up"));
      g_clear_object (&b->db);
      g_free (b);
      return FALSE;
    }
  b->thread = g_thread_new ("tt-import-backup", backup_thread, b);
  *out = b;
  return TRUE;
}

/* Waits for the backup (NULL: none under way) and frees it; FALSE with @error when it failed. */
gboolean
tt_import_backup_finish (TtImportBackup *b, GError **error)
{
  gboolean ok;

  if (b == NULL)
    return TRUE;
  g_thread_join (b->thread);
  ok = b->path != NULL;
  if (!ok)
    g_propagate_prefixed_error (error, g_steal_pointer (&b->error),
                                _("The office could not be backed up before the import, so nothing was imported: "));
  g_clear_error (&b->error);
  g_free (b->path);
  g_object_unref (b->db);
  g_free (b);
  return ok;
}
