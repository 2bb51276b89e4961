/* tt-db-private.h — the store's inside, for core only: statements, units of work, the raw
 * handle. The app and the CLI never include it (a build test checks). */
#pragma once

#include <sqlite3.h>

#include "tt-db.h"

G_BEGIN_DECLS

TtDb      *tt_db_open_copy   (const char  *path,
                              GError     **error);

#define TT_SCHEMA_VERSION 22

/* A statement from the per-connection cache: never finalize it, it is reset on scope exit. */
typedef sqlite3_stmt TtStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtStmt, sqlite3_reset)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3  *tt_db_get_handle     (TtDb        *self);
void      tt_db_sqlite_setup   (void);
gpointer  tt_db_get_audit_functions (TtDb  *self);
TtStmt   *tt_db_prepare        (TtDb        *self,
                                const char  *sql,
                                GError     **error);
gboolean  tt_db_exec           (TtDb        *self,
                                const char  *sql,
                                GError     **error);
gboolean  tt_db_step_done      (TtDb        *self,
                                TtStmt      *stmt,
                                GError     **error);
GArray   *tt_db_step_ids       (TtDb        *self,
                                TtStmt      *stmt,
                                const char  *what,
                                GError     **error);
gboolean  tt_db_sqlite_error   (GError     **error,
                                const char  *path,
                                int          code,
                                const char  *what,
                                const char  *detail);
gboolean  tt_db_set_error      (TtDb        *self,
                                GError     **error,
                                const char  *what);
gint64    tt_db_query_int      (TtDb        *self,
                                const char  *sql,
                                gint64       fallback);
char     *tt_db_query_text     (TtDb        *self,
                                const char  *sql);

/* Units of work. tt_db_begin() opens a transaction, or a savepoint inside one. End each level
 * exactly once: tt_db_commit() (on failure it has already undone that level and set @error;
 * do not roll back again) or tt_db_rollback(). tt_db_end() does either from one flag. */
gboolean  tt_db_begin          (TtDb        *self,
                                GError     **error);
gboolean  tt_db_commit         (TtDb        *self,
                                GError     **error);
void      tt_db_rollback       (TtDb        *self);
gboolean  tt_db_end            (TtDb        *self,
                                gboolean     ok,
                                GError     **error);
gboolean  tt_db_in_transaction (TtDb        *self);
/* Several reads from one snapshot: a read transaction, unless a transaction is under way
 * already. TRUE when one was begun; tt_db_read_end() ends it. Nothing is written inside. */
gboolean  tt_db_read_begin     (TtDb        *self);
void      tt_db_read_end       (TtDb        *self,
                                gboolean     begun);

char     *tt_migrations_checks_without_lists (const char *sql);
gboolean  tt_migrations_run    (TtDb        *db,
                                int          from_version,
                                GError     **error);
char     *tt_new_uuid          (void);

/* Convenience binders for cached statements. */
void  tt_bind_text   (TtStmt *stmt, int idx, const char *text);
void  tt_bind_int    (TtStmt *stmt, int idx, gint64 value);
void  tt_bind_opt_id (TtStmt *stmt, int idx, gint64 id);
char *tt_column_dup  (TtStmt *stmt, int col);

G_END_DECLS
