/* tt-test-util.c — helpers shared by the test programs */
#include "config.h"

#include <glib/gstdio.h>

#include "tt-office.h"
#include "tt-test-util.h"

char *
tt_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tt-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

TtDb *
tt_test_new_db (char **out_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  TtDb *db = tt_db_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (tt_office_init (db, "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm", &error));
  g_assert_no_error (error);
  if (out_path)
    *out_path = g_steal_pointer (&path);
  return db;
}

gint64
tt_test_count (TtDb       *db,
               const char *sql)
{
  return tt_db_query_int (db, sql, -1);
}

/* A fingerprint of every user table's content, to prove that a refused action wrote nothing. */
char *
tt_test_dump (TtDb *db)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;

  sqlite3_prepare_v2 (tt_db_get_handle (db),
                      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                      "AND name NOT LIKE '%fts%' ORDER BY name", -1, &tables, NULL);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*), total(rowid) FROM \"%s\"",
                                              sqlite3_column_text (tables, 0));
      sqlite3_stmt *stmt = NULL;
      sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (out, "%s:%lld:%.0f\n", sqlite3_column_text (tables, 0),
                                sqlite3_column_int64 (stmt, 0), sqlite3_column_double (stmt, 1));
      sqlite3_finalize (stmt);
    }
  sqlite3_finalize (tables);
  return g_string_free (out, FALSE);
}
