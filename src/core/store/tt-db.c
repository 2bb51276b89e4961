/* tt-db.c — the office database: open, migrate, statements, transactions, backup
 *
 * One SQLite file per office. Every connection runs with foreign keys on, WAL (or a rollback
 * journal with exclusive locking on network file systems), synchronous=FULL and a busy
 * timeout. Statements are prepared once per connection and cached by their SQL text.
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include "tt-audit-private.h"
#include "tt-backup.h"
#include "tt-db-private.h"
#include "tt-text.h"

#define BUSY_TIMEOUT_MS 10000

struct _TtDb
{
  GObject     parent_instance;

  sqlite3    *handle;
  char       *path;
  char       *actor;
  char       *journal_mode;
  char       *last_backup;
  GHashTable *stmts;          /* SQL text → sqlite3_stmt */
  gpointer    audit;          /* what the audit log's functions keep (tt-audit.c) */
  struct
  {
    const char   *sql;
    sqlite3_stmt *stmt;
  } recent[256];              /* by the address of the SQL text: most calls pass the same literal */
  guint       depth;          /* transaction nesting */
  int         schema_version;
  gboolean    network_fs;
  gint64      changes_at_open;
  TtDbBusyFunc busy_func;
  gpointer    busy_data;
  gboolean    in_busy_func;   /* the busy function runs: the connection is not to be used */
};

G_DEFINE_FINAL_TYPE (TtDb, tt_db, G_TYPE_OBJECT)

static gboolean
is_network_fs (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statfs st;

  if (statfs (dir, &st) != 0)
    return FALSE;

  switch ((unsigned long) st.f_type)
    {
    case 0x6969UL:      /* NFS */
    case 0x517BUL:      /* SMB */
    case 0xFF534D42UL:  /* CIFS */
    case 0xFE534D42UL:  /* SMB2 */
    case 0x564C4D4AUL:  /* 9P */
    case 0x65735546UL:  /* FUSE (sshfs, gvfs) */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Waits for another program's write to end, up to BUSY_TIMEOUT_MS; once a wait has lasted half
 * a second, calls the busy function before each further pause (first = TRUE the first time), so
 * the CLI can say so and the app can show it and keep drawing. While it runs, the connection
 * refuses statements (SQLite's busy handler must not use its connection). */
static int
on_busy (void *data, int count)
{
  TtDb *self = data;
  int delay = count < 10 ? 5 + 5 * count : 50;
  gint64 waited = count < 10 ? 5 * count + 25 * count * (count - 1) / 10 : 275 + 50 * (count - 10);

  if (waited >= BUSY_TIMEOUT_MS)
    return 0;
  if (self->busy_func != NULL && waited + delay >= 500)
    {
      self->in_busy_func = TRUE;
      self->busy_func (self, waited < 500, self->busy_data);
      self->in_busy_func = FALSE;
    }
  g_usleep (delay * 1000);
  return 1;
}

static void
actor_func (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  TtDb *self = sqlite3_user_data (ctx);

  sqlite3_result_text (ctx, self->actor, -1, SQLITE_TRANSIENT);
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
tt_db_finalize (GObject *object)
{
  TtDb *self = TT_DB (object);

  g_clear_pointer (&self->stmts, g_hash_table_unref);
  if (self->handle != NULL)
    {
      tt_audit_unregister_functions (self->handle);
      self->audit = NULL;
      sqlite3_close_v2 (self->handle);
    }
  g_free (self->path);
  g_free (self->actor);
  g_free (self->journal_mode);
  g_free (self->last_backup);

  G_OBJECT_CLASS (tt_db_parent_class)->finalize (object);
}

static void
tt_db_class_init (TtDbClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_db_finalize;
}

/* SQLite's count of the memory it uses takes a lock on every allocation (and Debian's SQLite has
 * no lookaside, so every allocation is one); nothing reads it. Set before SQLite starts, which
 * it refuses once started: the first call into SQLite, even the look at a file's first bytes
 * before opening it, starts it. */
void
tt_db_sqlite_setup (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

static void
tt_db_init (TtDb *self)
{
  self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       finalize_stmt);
  self->actor = g_strdup (g_get_user_name ());
}

/* One sentence a clerk can act on for what SQLite reported; SQLite's own English words are
 * kept out of it. */
gboolean
tt_db_sqlite_error (GError **error, const char *path, int code, const char *what, const char *detail)
{
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_BUSY,
                   _("The office file is busy in another program; try again in a moment (%s)."), what);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                   _("“%s” is not a Tương Thân office file or it is damaged."), path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_CORRUPT,
                   _("The office file “%s” is damaged: restore it from a backup. Nothing was changed."), path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_READONLY,
                   _("The office file “%s” cannot be written (it or its folder is read-only): check its "
                     "permissions, or copy it to a folder you can write to."), path);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO,
                   _("The office file “%s” cannot be opened: check that its folder exists and that you "
                     "may read and write there."), path);
      break;
    case SQLITE_FULL:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO,
                   _("The disk holding “%s” is full: nothing was written. Free some space and try again."),
                   path);
      break;
    case SQLITE_IOERR:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_IO,
                   _("The office file “%s” could not be read or written (a disk or network error) while %s: "
                     "nothing was written."), path, what);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_CONSTRAINT, _("Database error while %s: %s"), what, detail);
      break;
    default:
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_FAILED, _("Database error while %s: %s"), what, detail);
      break;
    }
  return FALSE;
}

gboolean
tt_db_set_error (TtDb       *self,
                 GError    **error,
                 const char *what)
{
  return tt_db_sqlite_error (error, self->path, sqlite3_extended_errcode (self->handle), what,
                           sqlite3_errmsg (self->handle));
}

/* FALSE (with the busy error) while the connection waits for another program inside its busy
 * function: whatever the app does meanwhile must not touch the waiting connection. */
static gboolean
tt_db_usable (TtDb *self, GError **error)
{
  if (!self->in_busy_func)
    return TRUE;
  g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_BUSY,
               _("The office file is busy in another program; try again in a moment."));
  return FALSE;
}

TtStmt *
tt_db_prepare (TtDb        *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt;
  gsize slot;

  g_return_val_if_fail (TT_IS_DB (self), NULL);

  if (!tt_db_usable (self, error))
    return NULL;
  /* The same address may hold another text by now (a string built and freed): compared whole,
   * which costs less than hashing it. */
  /* Literals lie next to each other: the address is mixed, lest neighbours share a slot. */
  slot = (guint64) GPOINTER_TO_SIZE (sql) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) >> 56;
  if (self->recent[slot].sql == sql && strcmp (sqlite3_sql (self->recent[slot].stmt), sql) == 0)
    stmt = self->recent[slot].stmt;
  else if ((stmt = g_hash_table_lookup (self->stmts, sql)) != NULL)
    {
      self->recent[slot].sql = sql;
      self->recent[slot].stmt = stmt;
    }
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      tt_db_set_error (self, error, _("preparing a query"));
      return NULL;
    }
  g_hash_table_insert (self->stmts, g_strdup (sql), stmt);
  return stmt;
}

gboolean
tt_db_exec (TtDb        *self,
            const char  *sql,
            GError     **error)
{
  char *message = NULL;

  if (!tt_db_usable (self, error))
    return FALSE;
  if (sqlite3_exec (self->handle, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_autofree char *detail = g_strdup (message ? message : sqlite3_errmsg (self->handle));
      sqlite3_free (message);
      return tt_db_sqlite_error (error, self->path, sqlite3_extended_errcode (self->handle), _("saving"), detail);
    }
  return TRUE;
}

gboolean
tt_db_step_done (TtDb    *self,
                 TtStmt  *stmt,
                 GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tt_db_set_error (self, error, _("saving"));
  return TRUE;
}

/* The first column of every row @stmt gives, as ids; NULL (and @error, saying it happened
 * while @what) when reading failed. */
GArray *
tt_db_step_ids (TtDb       *self,
                TtStmt     *stmt,
                const char *what,
                GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      tt_db_set_error (self, error, what);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gboolean
tt_db_begin (TtDb    *self,
             GError **error)
{
  g_autofree char *sql = NULL;

  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT tt_%u", self->depth);

  if (!tt_db_exec (self, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

/* Undoes the innermost level. After a failed COMMIT SQLite may already have rolled the
 * whole transaction back (a refusing commit hook, some I/O errors): then there is nothing
 * left to undo and the level is only forgotten. */
static void
undo_level (TtDb *self)
{
  if (self->depth == 1)
    {
      if (!sqlite3_get_autocommit (self->handle))
        sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("ROLLBACK TO tt_%u; RELEASE tt_%u",
                                              self->depth - 1, self->depth - 1);
      sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
    }
  self->depth--;
}

/* Ends the innermost level and keeps its changes. When that fails, the level is undone once,
 * here, and @error says why: the caller must not roll back again. */
gboolean
tt_db_commit (TtDb    *self,
              GError **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE tt_%u", self->depth - 1);

  if (!tt_db_exec (self, sql, &local))
    {
      undo_level (self);
      g_set_error (error, TT_DB_ERROR, local->code,
                   _("The change could not be saved and nothing was written (%s)."), local->message);
      return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
tt_db_rollback (TtDb *self)
{
  g_return_if_fail (self->depth > 0);
  undo_level (self);
}

gboolean
tt_db_read_begin (TtDb *self)
{
  return self->depth == 0 && sqlite3_get_autocommit (self->handle) &&
         sqlite3_exec (self->handle, "BEGIN DEFERRED", NULL, NULL, NULL) == SQLITE_OK;
}

void
tt_db_read_end (TtDb     *self,
                gboolean  begun)
{
  if (begun && !sqlite3_get_autocommit (self->handle) &&
      sqlite3_exec (self->handle, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);   /* never left open */
}

/* Commits the innermost level when @ok, else rolls it back; TRUE only when it was kept. */
gboolean
tt_db_end (TtDb     *self,
           gboolean  ok,
           GError  **error)
{
  if (!ok)
    {
      tt_db_rollback (self);
      return FALSE;
    }
  return tt_db_commit (self, error);
}

/* @func is called while a wait for another program's write lasts beyond half a second. */
void
tt_db_set_busy_func (TtDb         *self,
                     TtDbBusyFunc  func,
                     gpointer      data)
{
  self->busy_func = func;
  self->busy_data = data;
}

/* Whether anything was written through this connection since it was opened. */
gboolean
tt_db_has_changes (TtDb *self)
{
  return sqlite3_total_changes64 (self->handle) > self->changes_at_open;
}

gboolean
tt_db_in_transaction (TtDb *self)
{
  return self->depth > 0;
}

static gboolean
configure_connection (TtDb    *self,
                      GError **error)
{
  sqlite3_create_function (self->handle, "tt_actor", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                           self, actor_func, NULL, NULL);
  self->audit = tt_audit_register_functions (self->handle);
  sqlite3_create_collation (self->handle, "tt_natural", SQLITE_UTF8, NULL, tt_text_natural_collate);
  self->network_fs = is_network_fs (self->path);
  if (self->network_fs && !tt_db_exec (self, "PRAGMA locking_mode=EXCLUSIVE", error))
    return FALSE;

  return tt_db_exec (self,
                     "PRAGMA foreign_keys=ON;"
                     "PRAGMA synchronous=FULL;"
                     "PRAGMA temp_store=MEMORY;"
                     "PRAGMA cache_size=-32000;",
                     error);
}

/* WAL, or a rollback journal on a network file system; set once the file is known to be a
 * sound office file at the current schema, so a refused file keeps its own. */
static gboolean
set_journal_mode (TtDb    *self,
                  GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (self->network_fs)
    {
      if (!tt_db_exec (self, "PRAGMA journal_mode=DELETE", error))
        return FALSE;
    }
  else if (sqlite3_prepare_v2 (self->handle, "PRAGMA journal_mode=WAL", -1, &stmt, NULL) != SQLITE_OK ||
           sqlite3_step (stmt) != SQLITE_ROW)
    return tt_db_set_error (self, error, _("opening the office file"));

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (sqlite3_prepare_v2 (self->handle, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    self->journal_mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return TRUE;
}

/* The first bytes of @path, read through SQLite's own file layer. The file may be open in this
 * process already (the app's window, a search on a worker thread): closing a descriptor of our
 * own would drop every POSIX lock the process holds on it, and another program would then take
 * the write-ahead log for unused and delete it. SQLite's layer keeps such a descriptor open until
 * the locks are gone. */
static gboolean
read_head (const char *path, char head[16])
{
  sqlite3_vfs *vfs = sqlite3_vfs_find (NULL);
  sqlite3_file *file = g_malloc0 (vfs->szOsFile);
  gboolean ok = FALSE;
  int flags = 0;

  if (vfs->xOpen (vfs, path, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags) == SQLITE_OK)
    {
      ok = file->pMethods->xRead (file, head, 16, 0) == SQLITE_OK;
      file->pMethods->xClose (file);
    }
  g_free (file);
  return ok;
}

/* Refuses, before SQLite touches it or writes anything beside it, an existing file that cannot
 * be an office file: a folder, an empty file, a file of another kind, or one that cannot be
 * written. */
static gboolean
probe_existing (const char *path, const char *dir, GError **error)
{
  static const char magic[16] = "SQLite format 3";
  char head[16] = { 0 };
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return tt_db_sqlite_error (error, path, SQLITE_CANTOPEN, _("opening the office file"), g_strerror (errno));
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                   _("“%s” is not a file: choose an office file (.db)."), path);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                   _("“%s” is empty, so it holds no office (a copy may have been cut short): restore it "
                     "from a backup, or open another file. Nothing was changed."), path);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    return tt_db_sqlite_error (error, path, errno == EACCES ? SQLITE_PERM : SQLITE_CANTOPEN,
                               _("opening the office file"), g_strerror (errno));
  if (!read_head (path, head) || memcmp (head, magic, sizeof magic) != 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                   _("“%s” is not a Tương Thân office file or it is damaged."), path);
      return FALSE;
    }
  /* A file marked read-only is left alone even by a user who could override it. */
  if ((st.st_mode & 0222) == 0 || g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0)
    return tt_db_sqlite_error (error, path, SQLITE_READONLY, _("opening the office file"), NULL);
  return TRUE;
}

static TtDb *
open_office (const char  *path,
             gboolean     backup_upgrade,
             GError     **error)
{
  g_autoptr(TtDb) self = NULL;
  g_autofree char *dir = NULL;
  gboolean existed;
  int version;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  tt_db_sqlite_setup ();
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_FAILED,
                   _("Cannot create the folder “%s” for the office file: %s"),
                   dir, g_strerror (errno));
      return NULL;
    }

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  if (existed && !probe_existing (path, dir, error))
    return NULL;
  self = g_object_new (TT_TYPE_DB, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | (existed ? 0 : SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      tt_db_sqlite_error (error, path, rc, _("opening the office file"), sqlite3_errstr (rc));
      return NULL;
    }
  if (!existed)
    g_chmod (path, 0600);
  /* The file is looked at before anything is set on it: a file of another program keeps its
   * journal mode. */
  sqlite3_busy_handler (self->handle, on_busy, self);
  sqlite3_extended_result_codes (self->handle, 1);

  version = (int) tt_db_query_int (self, "PRAGMA user_version", -1);
  if (version < 0 || tt_db_query_int (self, "SELECT count(*) FROM sqlite_schema", -1) < 0)
    {
      tt_db_set_error (self, error, _("opening the office file"));
      return NULL;
    }
  if (version > TT_SCHEMA_VERSION)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_TOO_NEW,
                   _("The office file “%s” was made by a newer version of Tương Thân (schema %d); "
                     "this version understands schema %d. Please update the application."),
                   path, version, TT_SCHEMA_VERSION);
      return NULL;
    }
  if (version == 0 && tt_db_query_int (self, "SELECT count(*) FROM sqlite_schema", 0) > 0)
    {
      g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                   _("“%s” is an SQLite database of another program, not a Tương Thân office file."),
                   path);
      return NULL;
    }
  if (!configure_connection (self, error))
    return NULL;

  if (version < TT_SCHEMA_VERSION)
    {
      if (version > 0 && tt_db_query_int (self, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                                "AND name IN ('settings', 'audit_log')", 0) != 2)
        {
          g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                       _("“%s” is not a Tương Thân office file or it is damaged."), path);
          return NULL;
        }
      if (version > 0 && backup_upgrade && (self->last_backup = tt_backup_take (self, "upgrade", error)) == NULL)
        return NULL;
      if (!tt_migrations_run (self, version, error))
        {
          /* The file is as it was: the copy made for the upgrade is not needed. */
          if (self->last_backup != NULL)
            {
              g_autofree char *backups = g_path_get_dirname (self->last_backup);
              g_unlink (self->last_backup);
              g_rmdir (backups);
            }
          return NULL;
        }
    }
  if (!set_journal_mode (self, error))
    return NULL;
  self->schema_version = (int) tt_db_query_int (self, "PRAGMA user_version", 0);
  self->changes_at_open = sqlite3_total_changes64 (self->handle);

  return g_steal_pointer (&self);
}

TtDb *
tt_db_open (const char  *path,
            GError     **error)
{
  return open_office (path, TRUE, error);
}

/* The office opened as tt_db_open() does, then set up by @pragmas. */
static TtDb *
open_tuned (const char *path, const char *pragmas, GError **error)
{
  TtDb *db = tt_db_open (path, error);

  if (db != NULL && !tt_db_exec (db, pragmas, error))
    g_clear_object (&db);
  return db;
}

/* Opens the office for a worker that reads it once (figures added up, a chart's series): the same
 * file and checks, with a page cache of 8 MB rather than 32 so that several such readers at once
 * do not weigh on the machine, and sorts larger than that spilling to temporary files rather than
 * to memory (a million donations grouped by month). */
TtDb *
tt_db_open_reader (const char  *path,
                   GError     **error)
{
  return open_tuned (path, "PRAGMA cache_size=-8000; PRAGMA temp_store=FILE", error);
}

/* Opens the office for a worker that reads a table from end to end once (the register's search
 * index): each page is read once, so a page cache of 2 MB does as well as a larger one. */
TtDb *
tt_db_open_scanner (const char  *path,
                    GError     **error)
{
  return open_tuned (path, "PRAGMA cache_size=-2000; PRAGMA temp_store=FILE", error);
}

/* Opens a private copy of an office (a backup being checked before a restore): an older schema
 * is upgraded on the copy without a backup of it, which would be a backup of a copy. */
TtDb *
tt_db_open_copy (const char  *path,
                 GError     **error)
{
  return open_office (path, FALSE, error);
}

const char *
tt_db_get_path (TtDb *self)
{
  return self->path;
}

sqlite3 *
tt_db_get_handle (TtDb *self)
{
  return self->handle;
}

gpointer
tt_db_get_audit_functions (TtDb *self)
{
  return self->audit;
}

int
tt_db_get_schema_version (TtDb *self)
{
  return self->schema_version;
}

const char *
tt_db_get_journal_mode (TtDb *self)
{
  return self->journal_mode;
}

gboolean
tt_db_is_network_fs (TtDb *self)
{
  return self->network_fs;
}

const char *
tt_db_get_last_backup (TtDb *self)
{
  return self->last_backup;
}

void
tt_db_set_actor (TtDb       *self,
                 const char *actor)
{
  g_return_if_fail (actor != NULL && *actor != '\0');
  g_free (self->actor);
  self->actor = g_strdup (actor);
}

const char *
tt_db_get_actor (TtDb *self)
{
  return self->actor;
}

char *
tt_db_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "tuong-than", "office.db", NULL);
}
