/* tt-db.h — the office database: open, migrate, statements, transactions, backup */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

#include "tt-error.h"

G_BEGIN_DECLS

#define TT_TYPE_DB (tt_db_get_type ())
G_DECLARE_FINAL_TYPE (TtDb, tt_db, TT, DB, GObject)

/* A statement from the per-connection cache: never finalize it, it is reset on scope exit. */
typedef sqlite3_stmt TtStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtStmt, sqlite3_reset)

TtDb          *tt_db_open               (const char  *path,
                                         GError     **error);
const char    *tt_db_get_path           (TtDb        *self);
sqlite3       *tt_db_get_handle         (TtDb        *self);
int            tt_db_get_schema_version (TtDb        *self);
const char    *tt_db_get_journal_mode   (TtDb        *self);
gboolean       tt_db_is_network_fs      (TtDb        *self);
const char    *tt_db_get_last_backup    (TtDb        *self);

void           tt_db_set_actor          (TtDb        *self,
                                         const char  *actor);
const char    *tt_db_get_actor          (TtDb        *self);

TtStmt        *tt_db_prepare            (TtDb        *self,
                                         const char  *sql,
                                         GError     **error);
gboolean       tt_db_exec               (TtDb        *self,
                                         const char  *sql,
                                         GError     **error);
gboolean       tt_db_step_done          (TtDb        *self,
                                         TtStmt      *stmt,
                                         GError     **error);
gboolean       tt_db_begin              (TtDb        *self,
                                         GError     **error);
gboolean       tt_db_commit             (TtDb        *self,
                                         GError     **error);
void           tt_db_rollback           (TtDb        *self);
gboolean       tt_db_in_transaction     (TtDb        *self);
gboolean       tt_db_set_error          (TtDb        *self,
                                         GError     **error,
                                         const char  *what);

gint64         tt_db_query_int          (TtDb        *self,
                                         const char  *sql,
                                         gint64       fallback);
char          *tt_db_query_text         (TtDb        *self,
                                         const char  *sql);
gboolean       tt_db_backup             (TtDb        *self,
                                         const char  *dest_path,
                                         GError     **error);

char          *tt_db_get_setting        (TtDb        *self,
                                         const char  *key);
gboolean       tt_db_set_setting        (TtDb        *self,
                                         const char  *key,
                                         const char  *value,
                                         GError     **error);

char          *tt_db_default_path       (void);
char          *tt_new_uuid              (void);

G_END_DECLS
