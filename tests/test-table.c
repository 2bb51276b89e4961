/* test-table.c — long lists: read a block at a time, their rows kept on disk past the first */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "tt-error.h"
#include "tt-import.h"
#include "tt-key-index.h"
#include "tt-office.h"
#include "tt-table.h"
#include "tt-table-private.h"
#include "tt-test-util.h"

/* Enough rows of long quoted cells for the text to span several of the reader's blocks, so
 * that blocks end inside quoted fields, inside line breaks of fields and inside characters. */
#define N_ROWS 12000

/* The long cell of row @i: a name repeated to a length that differs from row to row. */
static char *
long_cell (guint i)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint k = 0; k < i % 97 + 1; k++)
    g_string_append (s, "Đặng Thị Ánh, ");
  g_string_append_printf (s, "%u", i);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The list as a spreadsheet writes it: a header line, then N_ROWS records of two lines each (a
 * quoted line break), with quotes doubled, CRLF line ends on every third record, and a blank
 * line after every 1000th. */
static char *
long_csv (gsize *length)
{
  GString *s = g_string_new ("STT,Họ và tên chủ hộ,Ghi chú\n");

  for (guint i = 1; i <= N_ROWS; i++)
    {
      g_autofree char *cell = long_cell (i);
      const char *eol = i % 3 == 0 ? "\r\n" : "\n";
      g_string_append_printf (s, "%u,\"Nguyễn \"\"Út\"\" %u%sdòng hai\",\"%s\"%s", i, i, eol, cell, eol);
      if (i % 1000 == 0)
        g_string_append (s, eol);
    }
  *length = s->len;
  return g_string_free (s, FALSE);
}

/* The line of the file where record @i starts. */
static guint
line_of (guint i)
{
  return 2 + 2 * (i - 1) + (i - 1) / 1000;
}

static void
assert_record (const TtTable *t, guint i)
{
  g_autofree char *name = g_strdup_printf ("Nguyễn \"Út\" %u\ndòng hai", i);
  g_autofree char *cell = long_cell (i);
  g_autofree char *number = g_strdup_printf ("%u", i);

  g_assert_cmpuint (tt_table_n_cells (t, i), ==, 3);
  g_assert_cmpstr (tt_table_cell (t, i, 0), ==, number);
  g_assert_cmpstr (tt_table_cell (t, i, 1), ==, name);
  g_assert_cmpstr (tt_table_cell (t, i, 2), ==, cell);
  g_assert_cmpstr (tt_table_cell (t, i, 3), ==, "");
  g_assert_cmpuint (tt_table_row_number (t, i), ==, line_of (i));
}

/* Every record as written, read in order, then backwards and by leaps. */
static void
assert_long_table (const TtTable *t)
{
  g_assert_cmpuint (tt_table_n_rows (t), ==, N_ROWS + 1);
  g_assert_cmpstr (tt_table_cell (t, 0, 1), ==, "Họ và tên chủ hộ");
  for (guint i = 1; i <= N_ROWS; i++)
    assert_record (t, i);
  for (int i = N_ROWS; i >= 1; i -= 7)
    assert_record (t, i);
  for (guint i = 1; i <= N_ROWS; i += 1999)
    {
      assert_record (t, N_ROWS + 1 - i);
      assert_record (t, i);
    }
  g_assert_false (tt_table_failed (t));
  g_assert_cmpuint (tt_table_n_cells (t, N_ROWS + 1), ==, 0);
  g_assert_cmpstr (tt_table_cell (t, N_ROWS + 1, 0), ==, "");
}

static char *
write_file (const char *name, const char *data, gsize length)
{
  g_autofree char *dir = tt_test_tmpdir ();
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  return path;
}

static void
test_long_csv (void)
{
  gsize length = 0;
  g_autofree char *text = long_csv (&length);
  g_autofree char *path = write_file ("long.csv", text, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) from_file = NULL;
  g_autoptr(TtTable) from_memory = NULL;

  /* Several blocks of the reader. */
  g_assert_cmpuint (length, >, 3 * 1024 * 1024);
  from_file = tt_table_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_file->encoding, ==, "UTF-8");
  g_assert_cmpint (from_file->delimiter, ==, ',');
  assert_long_table (from_file);
  from_memory = tt_table_read_csv (text, length, &error);
  g_assert_no_error (error);
  assert_long_table (from_memory);
}

static void
test_long_utf16 (void)
{
  gsize length = 0, n = 0;
  g_autofree char *text = long_csv (&length);
  g_autofree char *body = g_convert (text, (gssize) length, "UTF-16LE", "UTF-8", NULL, &n, NULL);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = NULL;

  g_byte_array_append (bytes, (const guint8 *) "\xFF\xFE", 2);
  g_byte_array_append (bytes, (const guint8 *) body, n);
  path = write_file ("long-utf16.csv", (const char *) bytes->data, bytes->len);
  t = tt_table_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (t->encoding, ==, "UTF-16LE");
  assert_long_table (t);
}

/* A cell longer than the window rows are read through, among short rows past the head. */
static void
test_long_cell (void)
{
  g_autoptr(GString) s = g_string_new ("STT,Ghi chú\n");
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = NULL;

  while (big->len < 700 * 1024)
    g_string_append (big, "Hộ có người khuyết tật, ");
  for (guint i = 1; i <= 300; i++)
    g_string_append_printf (s, "%u,\"%s\"\n", i, i == 150 || i == 151 ? big->str : "ngắn");
  t = tt_table_read_csv (s->str, s->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tt_table_n_rows (t), ==, 301);
  for (int pass = 0; pass < 2; pass++)
    for (guint k = 1; k <= 300; k++)
      {
        guint i = pass == 0 ? k : 301 - k;
        g_autofree char *number = g_strdup_printf ("%u", i);
        g_assert_cmpstr (tt_table_cell (t, i, 0), ==, number);
        g_assert_cmpstr (tt_table_cell (t, i, 1), ==, i == 150 || i == 151 ? big->str : "ngắn");
        g_assert_cmpuint (tt_table_row_number (t, i), ==, i + 1);
      }
  g_assert_false (tt_table_failed (t));
}

/* A byte that is no UTF-8 far down a long file is found, with its row, and nothing is kept. */
static void
test_long_not_unicode (void)
{
  gsize length = 0;
  g_autofree char *text = long_csv (&length);
  g_autofree char *at = g_strdup_printf ("\n%u,\"Nguyễn", N_ROWS - 10);
  char *p = strstr (text, at);
  g_autofree char *path = NULL;
  g_autofree char *row = g_strdup_printf ("row %u ", line_of (N_ROWS - 10));
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = NULL;

  g_assert_nonnull (p);
  /* "Nguyễn" with "ễ" as one Windows-1258-like byte. */
  p[strlen (at) - 2] = (char) 0xE9;
  path = write_file ("long-latin.csv", text, length);
  t = tt_table_read_file (path, &error);
  g_assert_null (t);
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  if (strstr (error->message, row) == NULL || strstr (error->message, "UTF-8") == NULL)
    g_error ("“%s” does not name %s", error->message, row);
}

/* A quoted field left open at the end of a long file is refused with the row it starts on. */
static void
test_long_unclosed (void)
{
  gsize length = 0;
  g_autofree char *text = long_csv (&length);
  g_autoptr(GString) s = g_string_new_len (text, (gssize) length);
  g_autofree char *expected = g_strdup_printf ("Row %u:", line_of (N_ROWS) + 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = NULL;

  /* After the last record's two lines and a blank line. */
  g_string_append (s, "x,\"never closed\nat all\n");
  t = tt_table_read_csv (s->str, s->len, &error);
  g_assert_null (t);
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("“%s” does not start with %s", error->message, expected);
}

/* A workbook of @n rows, every tenth left out, the even ones with a category in column D. */
static void
long_xlsx (guint n, gboolean spooled)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "long.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "DS");
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = NULL;

  /* The texts past the first kilobyte are kept on disk. */
  tt_table_strings_set_memory_bytes (spooled ? 1024 : 8 * 1024 * 1024);
  worksheet_write_string (ws, 0, 0, "STT", NULL);
  worksheet_write_string (ws, 0, 1, "Họ và tên chủ hộ", NULL);
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Lò Văn %u", i);
      /* Every tenth row is left out: the sheet's row numbers are kept. */
      if (i % 10 == 0)
        continue;
      worksheet_write_number (ws, i, 0, i, NULL);
      worksheet_write_string (ws, i, 1, name, NULL);
      if (i % 2 == 0)
        worksheet_write_string (ws, i, 3, "Hộ nghèo", NULL);
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  t = tt_table_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tt_table_n_rows (t), ==, 1 + n - n / 10);
  for (guint r = tt_table_n_rows (t) - 1; r >= 1; r--)
    {
      guint i = r + (r - 1) / 9;
      g_autofree char *name = g_strdup_printf ("Lò Văn %u", i);
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_assert_cmpuint (tt_table_row_number (t, r), ==, i + 1);
      g_assert_cmpstr (tt_table_cell (t, r, 0), ==, number);
      g_assert_cmpstr (tt_table_cell (t, r, 1), ==, name);
      g_assert_cmpstr (tt_table_cell (t, r, 2), ==, "");
      g_assert_cmpstr (tt_table_cell (t, r, 3), ==, i % 2 == 0 ? "Hộ nghèo" : "");
      g_assert_cmpuint (tt_table_n_cells (t, r), ==, i % 2 == 0 ? 4 : 2);
    }
  g_assert_false (tt_table_failed (t));
  tt_table_strings_set_memory_bytes (8 * 1024 * 1024);
}

static void
test_long_xlsx (void)
{
  long_xlsx (5000, FALSE);
}

static void
test_long_xlsx_texts_on_disk (void)
{
  long_xlsx (3000, TRUE);
}

/* A list of thousands of rows, all past the rows kept in memory, goes into the register with
 * every row's own data; a problem far down is told with its row of the file, and so is a row
 * that names the household of an earlier row again, whether the import remembers the rows it
 * has read in memory or (past @memory_keys) on disk. */
static void
long_import (guint memory_keys)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GString) s = g_string_new ("DANH SÁCH HỘ NGHÈO NĂM 2026\n\nSTT;Họ và tên chủ hộ;Năm sinh;Thôn;Phân loại\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(TtImport) import = NULL;
  TtImportCounts counts;
  GPtrArray *problems;
  guint n = 3000;

  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  g_assert_true (tt_office_set (db, "commune-code", "00004", &error));
  for (guint i = 1; i <= n; i++)
    {
      guint j = i == 2950 ? 1950 : i;
      g_string_append_printf (s, "%u;Hà Văn %u;%u;Thôn %u;%s\n", i, j, i == 2900 ? 1850 : 1940 + j % 60, j % 7 + 1,
                              i % 3 ? "Hộ nghèo" : "Hộ cận nghèo");
    }
  tt_key_index_set_memory_keys (memory_keys);
  import = tt_import_new (db, tt_table_read_csv (s->str, s->len, &error), &error);
  g_assert_no_error (error);
  tt_import_set_year (import, 2026);
  g_assert_false (tt_import_run (import, TRUE, &counts, &error));
  g_assert_cmpstr (error->message, ==, "2 rows have problems: nothing would be imported.");
  g_clear_error (&error);
  problems = tt_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpuint (((TtImportProblem *) problems->pdata[0])->row, ==, 2900 + 3);
  g_assert_nonnull (strstr (((TtImportProblem *) problems->pdata[0])->message, "1850"));
  g_assert_cmpuint (((TtImportProblem *) problems->pdata[1])->row, ==, 2950 + 3);
  g_assert_cmpstr (((TtImportProblem *) problems->pdata[1])->message, ==,
                   "The same household as row 1953 (same ID number, or same name, birth year and village).");

  tt_import_set_skip_bad_rows (import, TRUE);
  g_assert_true (tt_import_run (import, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.imported, ==, n - 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, n - 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households h JOIN places v ON v.id = h.village_id "
                                      "WHERE h.head_name = 'Hà Văn 2999' AND v.name = 'Thôn 4'"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households WHERE head_name = 'Hà Văn 2900'"), ==, 0);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM household_classifications c "
                                      "JOIN households h ON h.id = c.household_id "
                                      "WHERE c.year = 2026 AND h.head_name = 'Hà Văn 3000'"), ==, 1);
  /* What was kept on disk is gone with the import; temporary tables are kept in memory again. */
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM temp.sqlite_master"), ==, 0);
  g_assert_cmpint (tt_test_count (db, "PRAGMA temp_store"), ==, 2);
  tt_key_index_set_memory_keys (TT_KEY_INDEX_MEMORY_KEYS);
}

static void
test_long_import (void)
{
  long_import (TT_KEY_INDEX_MEMORY_KEYS);
}

static void
test_long_import_on_disk (void)
{
  long_import (100);
}

/* A list whose every row has a problem (a column mapped wrong) is told by its first problems
 * and a count of the others. */
static void
test_many_problems (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GString) s = g_string_new ("Họ và tên chủ hộ;Năm sinh;Mã xã\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(TtImport) import = NULL;
  TtImportCounts counts;
  GPtrArray *problems;

  for (guint i = 1; i <= 2500; i++)
    g_string_append_printf (s, "Hà Văn %u;19x%u;00004\n", i, i % 10);
  import = tt_import_new (db, tt_table_read_csv (s->str, s->len, &error), &error);
  g_assert_no_error (error);
  tt_import_set_year (import, 2026);
  g_assert_false (tt_import_run (import, TRUE, &counts, &error));
  g_assert_cmpstr (error->message, ==, "2500 rows have problems: nothing would be imported.");
  g_assert_cmpuint (counts.errors, ==, 2500);
  problems = tt_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, TT_IMPORT_MAX_PROBLEMS);
  g_assert_cmpuint (tt_import_problems_left_out (import), ==, 1500);
  g_assert_cmpuint (((TtImportProblem *) problems->pdata[0])->row, ==, 2);
  g_assert_cmpuint (((TtImportProblem *) problems->pdata[999])->row, ==, 1001);
  g_assert_cmpint (tt_import_row_state (import, 2500), ==, TT_IMPORT_ROW_ERROR);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/table/long-csv", test_long_csv);
  g_test_add_func ("/table/long-utf16", test_long_utf16);
  g_test_add_func ("/table/long-cell", test_long_cell);
  g_test_add_func ("/table/long-not-unicode", test_long_not_unicode);
  g_test_add_func ("/table/long-unclosed", test_long_unclosed);
  g_test_add_func ("/table/long-xlsx", test_long_xlsx);
  g_test_add_func ("/table/long-xlsx-texts-on-disk", test_long_xlsx_texts_on_disk);
  g_test_add_func ("/import/long", test_long_import);
  g_test_add_func ("/import/long-on-disk", test_long_import_on_disk);
  g_test_add_func ("/import/many-problems", test_many_problems);
  return g_test_run ();
}
