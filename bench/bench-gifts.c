/* bench-gifts.c — import a province-scale household list, then build and print its gift list
 *
 *   bench-gifts [--rows N] [--dir DIR] [--profile] [--import-only | --write-only]
 *
 * Writes a CSV of N households (100,000 by default) as the labour department sends them,
 * imports it into a new office, times a dry run and the real import, the same file with one
 * bad row (nothing may be written), the rows the import wrote copied by SQLite in bulk into the
 * office as it was before (the floor under any import of them), a gift list over every
 * household, and the signing sheet as PDF and XLSX. --write-only writes the office and the CSV and stops there.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "tt-db-private.h"
#include "tt-campaigns.h"
#include "tt-gifts.h"
#include "tt-import.h"
#include "tt-office.h"
#include "tt-signing-sheet.h"

#include "bench-util.h"

static const char *const family[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
                                      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };
static const char *const middle[] = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Xuân" };
static const char *const given[] = { "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa",
                                     "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Tâm",
                                     "Thảo", "Trung", "Tuấn", "Vân", "Yến", "Đức" };
static const char *const kinds[] = { "Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hoàn cảnh khó khăn" };

static char *
write_csv (const char *dir, int rows, gboolean one_bad, GPtrArray *communes)
{
  char *path = g_build_filename (dir, one_bad ? "bad.csv" : "list.csv", NULL);
  GString *s = g_string_new ("\xEF\xBB\xBF" "DANH SÁCH HỘ NGHÈO, CẬN NGHÈO NĂM 2026\n");
  GRand *r = g_rand_new_with_seed (7);

  g_string_append (s, "STT;Họ và tên chủ hộ;Năm sinh;Giới tính;Số CCCD;Số nhân khẩu;Mã xã;Thôn;Phân loại;Ghi chú\n");
  for (int i = 0; i < rows; i++)
    {
      const char *commune = communes->pdata[g_rand_int_range (r, 0, communes->len)];
      /* Names and birth years go round so that no two rows are the same household; past every
       * name and year (184,320 rows) a second given name starts. */
      int year = 1940 + (i / 3072) % 60, round = i / 184320;
      g_string_append_printf (s, "%d;%s %s %s%s%s;%d;%s;0%02d%d%02d%06d;%d;%s;Thôn %d;%s;%s\n", i + 1,
                              family[i % G_N_ELEMENTS (family)], middle[(i / 16) % G_N_ELEMENTS (middle)],
                              given[(i / 128) % G_N_ELEMENTS (given)], round ? " " : "",
                              round ? given[(round - 1) % G_N_ELEMENTS (given)] : "",
                              one_bad && i == rows - 7 ? 1850 : year, i % 2 ? "Nữ" : "Nam", 1, i % 2,
                              year % 100, i, g_rand_int_range (r, 1, 9), commune, g_rand_int_range (r, 1, 13),
                              kinds[i % G_N_ELEMENTS (kinds)], i % 10 == 0 ? "\"Neo đơn; già yếu\"" : "");
    }
  g_assert_true (g_file_set_contents (path, s->str, s->len, NULL));
  g_string_free (s, TRUE);
  g_rand_free (r);
  return path;
}

static gboolean profile;
static double last_cpu;   /* the last import's processor time, user and system (s) */

static double
cpu_seconds (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static double
import (TtDb *db, const char *path, gboolean dry_run, TtImportCounts *counts)
{
  double secs;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) t = g_timer_new ();
  double cpu = cpu_seconds ();
  TtTable *table = tt_table_read_file (path, &error);
  g_autoptr(TtImport) imp = table ? tt_import_new (db, table, &error) : NULL;

  if (imp == NULL)
    g_error ("%s", error->message);
  tt_import_set_year (imp, 2026);
  if (profile)
    bench_sql_profile_start (tt_db_get_handle (db));
  tt_import_run (imp, dry_run, counts, NULL);
  secs = g_timer_elapsed (t, NULL);
  last_cpu = cpu_seconds () - cpu;
  if (profile)
    bench_sql_profile_print (tt_db_get_handle (db), secs);
  return secs;
}

static void
floor_exec (sqlite3 *handle, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("bulk floor: %s", message);
}

/* The least any import of these rows could cost in SQLite: the households, ID numbers,
 * classifications, audit entries and search index the import wrote into @office, copied into
 * @copy (the office as it was before) by one statement each, in one transaction, with the
 * office's settings. Returns the seconds from BEGIN to the end of COMMIT. */
static double
bulk_floor (const char *copy, const char *office)
{
  sqlite3 *handle = NULL;
  g_autofree char *attach = g_strdup_printf ("ATTACH '%s' AS s", office);
  g_autoptr(GTimer) t = NULL;
  double secs;

  if (sqlite3_open (copy, &handle) != SQLITE_OK)
    g_error ("bulk floor: cannot open %s", copy);
  floor_exec (handle, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
                      "PRAGMA cache_size = -262144");
  floor_exec (handle, attach);
  /* The villages the import added, and the triggers the import suspends (the entries come sealed). */
  floor_exec (handle, "INSERT INTO places SELECT * FROM s.places WHERE id > (SELECT max(id) FROM main.places);"
                      "DROP TRIGGER households_fts_ai; DROP TRIGGER audit_households_insert; "
                      "DROP TRIGGER audit_household_personal_insert; "
                      "DROP TRIGGER audit_household_classifications_insert; DROP TRIGGER audit_log_seal");
  t = g_timer_new ();
  floor_exec (handle,
              "BEGIN;"
              "INSERT INTO households (id, uuid, code, head_name, head_name_key, head_birth_year, head_gender, "
              "commune_id, village_id, address, phone, member_count, status, status_on, note, created_at, updated_at) "
              "SELECT id, uuid, code, head_name, head_name_key, head_birth_year, head_gender, commune_id, village_id, "
              "address, phone, member_count, status, status_on, note, created_at, updated_at FROM s.households "
              "ORDER BY id;"
              "INSERT INTO household_personal SELECT * FROM s.household_personal ORDER BY household_id;"
              "INSERT INTO household_classifications SELECT * FROM s.household_classifications ORDER BY id;"
              "INSERT INTO audit_log SELECT * FROM s.audit_log WHERE id > (SELECT max(id) FROM main.audit_log) "
              "ORDER BY id;"
              "INSERT INTO households_fts (rowid, head_name_key) SELECT id, head_name_key FROM households;"
              "COMMIT");
  secs = g_timer_elapsed (t, NULL);
  sqlite3_close (handle);
  return secs;
}

int
main (int argc, char **argv)
{
  int rows = 100000;
  const char *dir_arg = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *floor_path = NULL;
  g_autoptr(TtDb) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GTimer) t = g_timer_new ();
  TtImportCounts counts;
  TtHouseholdFilter everyone = { .categories = "poor,near-poor,hardship" };
  gint64 campaign, package, list, added, already, before;
  double secs;
  gboolean import_only = FALSE, write_only = FALSE;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--rows") && i + 1 < argc)
      rows = atoi (argv[++i]);
    else if (g_str_equal (argv[i], "--profile"))
      profile = TRUE;
    else if (g_str_equal (argv[i], "--import-only"))
      import_only = TRUE;
    else if (g_str_equal (argv[i], "--write-only"))
      write_only = TRUE;
    else if (g_str_equal (argv[i], "--dir") && i + 1 < argc)
      dir_arg = argv[++i];
  dir = dir_arg ? g_strdup (dir_arg) : g_dir_make_tmp ("tt-bench-gifts-XXXXXX", NULL);
  db_path = g_build_filename (dir, "office.db", NULL);
  g_unlink (db_path);
  db = tt_db_open (db_path, &error);
  if (db == NULL || !tt_office_init (db, "Ban vận động tỉnh Thử Nghiệm", &error) ||
      !tt_office_set (db, "province-code", "01", &error))
    g_error ("%s", error->message);
  {
    sqlite3_stmt *stmt;
    sqlite3_prepare_v2 (tt_db_get_handle (db), "SELECT code FROM places WHERE kind = 'commune' AND code LIKE '00%' "
                        "ORDER BY code LIMIT 40", -1, &stmt, NULL);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (communes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    sqlite3_finalize (stmt);
  }
  csv = write_csv (dir, rows, FALSE, communes);
  if (write_only)
    {
      g_print ("%s\n", csv);
      return 0;
    }
  bad = write_csv (dir, rows, TRUE, communes);
  g_print ("%d rows, CSV %s\n", rows, csv);

  secs = import (db, csv, TRUE, &counts);
  g_print ("%-36s %7.2f s   imported %u, errors %u   (processor %.2f s)\n", "import, dry run", secs, counts.imported,
           counts.errors, last_cpu);
  before = tt_db_query_int (db, "SELECT count(*) FROM households", -1);
  secs = import (db, bad, FALSE, &counts);
  g_print ("%-36s %7.2f s   errors %u, households written %lld   (processor %.2f s)\n", "import with one bad row", secs,
           counts.errors, (long long) (tt_db_query_int (db, "SELECT count(*) FROM households", -1) - before), last_cpu);
  floor_path = g_build_filename (dir, "floor.db", NULL);
  g_unlink (floor_path);
  {
    g_autofree char *copy = g_strdup_printf ("VACUUM INTO '%s'", floor_path);
    if (!tt_db_exec (db, copy, &error))
      g_error ("%s", error->message);
  }
  secs = import (db, csv, FALSE, &counts);
  g_print ("%-36s %7.2f s   imported %u, new villages %u   (processor %.2f s)\n", "import", secs, counts.imported,
           counts.new_villages, last_cpu);
  secs = bulk_floor (floor_path, db_path);
  g_print ("%-36s %7.2f s   (the rows the import wrote, copied by SQLite in bulk: no reading, checking, "
           "looking up or hashing)\n", "bulk floor", secs);
  secs = import (db, csv, FALSE, &counts);
  g_print ("%-36s %7.2f s   updated %u   (processor %.2f s)\n", "import again (all duplicates)", secs, counts.updated,
           last_cpu);
  if (import_only)
    return 0;

  campaign = tt_campaign_add (db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error);
  package = tt_gift_package_add (db, campaign, "Suất quà Tết", 500000, 0, NULL, &error);
  g_timer_start (t);
  list = tt_gift_list_create (db, campaign, package, NULL, &everyone, &added, &already, &error);
  if (list == 0)
    g_error ("%s", error->message);
  g_print ("%-36s %7.2f s   %lld households\n", "gift list from criteria", g_timer_elapsed (t, NULL), (long long) added);
  {
    g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
    g_autofree char *xlsx = g_build_filename (dir, "sheet.xlsx", NULL);
    GStatBuf st;
    g_autofree char *written = g_build_filename (dir, "sheet-read-first.xlsx", NULL);
    g_autoptr(TtSheetDoc) doc = NULL;
    g_timer_start (t);
    doc = tt_sheet_doc_load (db, list, &error);
    g_print ("%-36s %7.2f s   (part of each below)\n", "signing sheet: the list read", g_timer_elapsed (t, NULL));
    /* What libxlsxwriter alone takes for the sheet's rows: its XML and its compression. */
    g_timer_start (t);
    if (doc == NULL || !tt_signing_sheet_write_xlsx (doc, written, &error))
      g_error ("%s", error->message);
    g_print ("%-36s %7.2f s   (the list read before: libxlsxwriter alone)\n", "signing sheet XLSX, writing only",
             g_timer_elapsed (t, NULL));
    g_timer_start (t);
    if (!tt_sheet_export (db, list, "gift-list-pdf", pdf, tt_signing_sheet_write_pdf, &error))
      g_error ("%s", error->message);
    g_stat (pdf, &st);
    g_print ("%-36s %7.2f s   %.1f MB  %s\n", "signing sheet PDF", g_timer_elapsed (t, NULL),
             st.st_size / 1048576.0, pdf);
    g_timer_start (t);
    if (!tt_sheet_export (db, list, "gift-list-xlsx", xlsx, tt_signing_sheet_write_xlsx, &error))
      g_error ("%s", error->message);
    g_stat (xlsx, &st);
    g_print ("%-36s %7.2f s   %.1f MB  %s\n", "signing sheet XLSX", g_timer_elapsed (t, NULL),
             st.st_size / 1048576.0, xlsx);
  }
  return 0;
}
