/* tt-test-util.c — helpers shared by the test programs */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tt-office.h"
#include "tt-test-util.h"

static GPtrArray *made_dirs;
static pid_t made_by;

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

/* The folders a test program made go when it ends well; a failed test aborts and leaves them
 * to be looked at, as does TT_TEST_KEEP=1. */
static void
remove_made_dirs (void)
{
  if (getpid () != made_by || g_getenv ("TT_TEST_KEEP") != NULL)
    return;
  for (guint i = 0; i < made_dirs->len; i++)
    remove_tree (made_dirs->pdata[i]);
}

char *
tt_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tt-test-XXXXXX", &error);

  g_assert_no_error (error);
  if (made_dirs == NULL)
    {
      made_dirs = g_ptr_array_new_with_free_func (g_free);
      made_by = getpid ();
      atexit (remove_made_dirs);
    }
  g_ptr_array_add (made_dirs, g_strdup (dir));
  return dir;
}

/* The number the query (a printf format) gives. */
gint64
tt_test_countf (TtDb       *db,
                const char *sql_format,
                ...)
{
  va_list ap;
  g_autofree char *sql = NULL;

  va_start (ap, sql_format);
  sql = g_strdup_vprintf (sql_format, ap);
  va_end (ap);
  return tt_test_count (db, sql);
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

/* The words a reader sees on the pages of @pdf, in pdftotext's reading order, joined by single
 * spaces. Text cut off with "…" is still in the file (cairo keeps the whole text behind the
 * ellipsis), where pdftotext reports it as one narrow "word": such a word is given as "…". */
char *
tt_test_pdf_seen (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GString *seen = g_string_new (NULL);
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (g_regex_match (word, out, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *x0 = g_match_info_fetch (match, 1);
      g_autofree char *x1 = g_match_info_fetch (match, 2);
      g_autofree char *text = g_match_info_fetch (match, 3);
      g_autoptr(GString) w = g_string_new (text);
      double width = g_ascii_strtod (x1, NULL) - g_ascii_strtod (x0, NULL);
      glong chars;

      g_string_replace (w, "&quot;", "\"", 0);
      g_string_replace (w, "&apos;", "'", 0);
      g_string_replace (w, "&lt;", "<", 0);
      g_string_replace (w, "&gt;", ">", 0);
      g_string_replace (w, "&amp;", "&", 0);
      chars = g_utf8_strlen (w->str, -1);
      if (seen->len > 0)
        g_string_append_c (seen, ' ');
      if (strchr (w->str, ' ') != NULL || (chars >= 3 && width < 1.5 * chars))
        g_string_append (seen, "…");
      else
        g_string_append (seen, w->str);
    }
  return g_string_free (seen, FALSE);
}
