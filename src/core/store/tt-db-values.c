/* tt-db-values.c — values into statements and out of them: binding, reading a column, queries
 * of one value, and the office's settings (one value per key)
 */
#include "config.h"

#include "tt-db-private.h"

void
tt_bind_text (TtStmt *stmt, int idx, const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, idx);
  else
    sqlite3_bind_text (stmt, idx, text, -1, SQLITE_TRANSIENT);
}

void
tt_bind_int (TtStmt *stmt, int idx, gint64 value)
{
  sqlite3_bind_int64 (stmt, idx, value);
}

void
tt_bind_opt_id (TtStmt *stmt, int idx, gint64 id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, idx, id);
  else
    sqlite3_bind_null (stmt, idx);
}

char *
tt_column_dup (TtStmt *stmt, int col)
{
  const unsigned char *text = sqlite3_column_text (stmt, col);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

gint64
tt_db_query_int (TtDb       *self,
                 const char *sql,
                 gint64      fallback)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (self, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return fallback;
  return sqlite3_column_int64 (stmt, 0);
}

/* The first column of the first row as text, or NULL. */
char *
tt_db_query_text (TtDb       *self,
                  const char *sql)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (self, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

char *
tt_db_get_setting (TtDb       *self,
                   const char *key)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (self, "SELECT value FROM settings WHERE key = ?", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return tt_column_dup (stmt, 0);
}

gboolean
tt_db_set_setting (TtDb        *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  g_autoptr(TtStmt) stmt = NULL;

  if (value == NULL)
    stmt = tt_db_prepare (self, "DELETE FROM settings WHERE key = ?1", error);
  else
    stmt = tt_db_prepare (self,
                          "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                          "WHERE value IS NOT excluded.value",
                          error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, key);
  if (value != NULL)
    tt_bind_text (stmt, 2, value);
  return tt_db_step_done (self, stmt, error);
}
