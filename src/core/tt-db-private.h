/* tt-db-private.h — internals shared by the core modules */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_SCHEMA_VERSION 3

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

gboolean tt_migrations_run (TtDb *db, int from_version, GError **error);

/* Convenience binders for cached statements. */
void tt_bind_text   (TtStmt *stmt, int idx, const char *text);
void tt_bind_int    (TtStmt *stmt, int idx, gint64 value);
void tt_bind_opt_id (TtStmt *stmt, int idx, gint64 id);
char *tt_column_dup (TtStmt *stmt, int col);

G_END_DECLS
