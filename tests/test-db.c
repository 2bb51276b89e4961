/* test-db.c — opening, migrations, pragmas, backup, append-only audit log */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tt-db-private.h"
#include "tt-backup.h"
#include "tt-check.h"
#include "tt-restore.h"
#include "tt-households.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-series.h"
#include "tt-text.h"
#include "tt-test-util.h"

#define SCHEMA_VERSION 22

static void
test_migrate_empty (void)
{
  g_autofree char *path = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (&path);
  struct stat st;

  g_assert_cmpint (tt_db_get_schema_version (db), ==, SCHEMA_VERSION);
  g_assert_cmpint (tt_test_count (db, "PRAGMA user_version"), ==, SCHEMA_VERSION);
  g_assert_cmpstr (tt_db_get_journal_mode (db), ==, "wal");
  g_assert_cmpint (tt_test_count (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "PRAGMA synchronous"), ==, 2);
  /* A write waits while another program holds the file, rather than failing at once. */
  {
    int ready[2];
    char c = 0;
    pid_t child;

    g_assert_cmpint (pipe (ready), ==, 0);
    child = fork ();
    if (child == 0)
      {
        sqlite3 *other = NULL;
        sqlite3_open (path, &other);
        sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
        if (write (ready[1], "x", 1) != 1)
          _exit (1);
        g_usleep (400 * 1000);
        sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close (other);
        _exit (0);
      }
    g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
    g_assert_true (tt_office_set (db, "clerk", "Người chờ", NULL));
    waitpid (child, NULL, 0);
    close (ready[0]);
    close (ready[1]);
  }

  /* Every table of the mission is there, STRICT. */
  {
    const char *tables[] = {
      "settings", "places", "place_map", "campaigns", "campaign_targets", "campaign_activities",
      "donors", "doc_series", "donation_batches", "donations", "poverty_standards", "households",
      "household_personal", "household_sensitive", "household_members",
      "household_classifications", "commune_totals", "gift_packages", "gift_lists",
      "gift_entries", "payment_vouchers", "housing_projects", "housing_stage_events",
      "housing_funding", "housing_disbursements", "livelihood_models", "livelihood_assignments",
      "bhyt_cards", "humanitarian_addresses", "support_events", "support_combinations",
      "export_log", "audit_log",
    };
    for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT strict FROM pragma_table_list WHERE name = '%s'",
                                                tables[i]);
        g_assert_cmpint (tt_test_count (db, sql), ==, 1);
      }
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                      "AND name LIKE 'audit_%'"), >, 50);

  /* The official 2025 list of units is loaded. */
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE kind = 'province'"), ==, 34);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE kind = 'commune'"), ==, 3321);

  /* The office file is readable by its owner only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);
}

static void
test_reopen (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) again = NULL;
  g_autofree char *name = NULL;

  g_object_unref (tt_test_new_db (&path));
  again = tt_db_open (path, &error);
  g_assert_no_error (error);
  name = tt_office_get (again, "name");
  g_assert_cmpstr (name, ==, "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm");
  g_assert_null (tt_db_get_last_backup (again));
}

/* An office file of schema 1 with donations is backed up, then upgraded: the donor totals
 * table is filled from the existing donations and kept up to date afterwards. */
static void
test_migrate_from_v1 (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) again = NULL;
  sqlite3 *backup = NULL;

  {
    g_autoptr(TtDb) db = tt_test_new_db (&path);
    g_assert_true (tt_db_exec (db,
      "INSERT INTO donors (uuid, name, name_key) VALUES ('u1', 'An', 'an');"
      "INSERT INTO doc_series (doc_kind, code, year, last_number) VALUES ('receipt', '2026', 2026, 2);"
      "INSERT INTO donations (uuid, series_id, number, received_on, donor_id, payer_name, amount) "
      "  VALUES ('d1', 1, 1, '2026-03-01', 1, 'An', 500000), ('d2', 1, 2, '2026-04-02', 1, 'An', 250000);"
      "DROP TRIGGER donor_stats_ai; DROP TRIGGER donor_stats_au; DROP TABLE donor_stats;"
      "DROP INDEX households_identity; DROP INDEX gift_entries_campaign;"
      "DROP INDEX gift_entries_list_status; CREATE INDEX gift_entries_list ON gift_entries (list_id);"
      "DROP INDEX donations_collector;"
      "CREATE INDEX households_name_key ON households (head_name_key, head_name);"
      "DROP INDEX households_phone_key; ALTER TABLE households DROP COLUMN phone_key;"
      "DROP INDEX households_commune_status; CREATE INDEX households_commune ON households (commune_id);"
      "INSERT INTO households (uuid, head_name, head_name_key, phone) VALUES ('h1', 'An', 'an', '+84 (912) 345-678.');"
      "DROP TRIGGER audit_log_seal; DROP TRIGGER audit_log_no_update;"
      "ALTER TABLE audit_log DROP COLUMN row_hash; ALTER TABLE audit_log DROP COLUMN hash;"
      "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
      "  SELECT RAISE (ABORT, 'the audit log is append-only'); END;"
      "DROP INDEX donors_phone_digits; DROP INDEX donors_current;"
      "DROP TRIGGER audit_household_classifications_update; DROP TRIGGER audit_household_classifications_delete;"
      "ALTER TABLE household_classifications DROP COLUMN lacking;"
      "DROP TRIGGER campaign_stats_ai; DROP TRIGGER campaign_stats_au; DROP TRIGGER campaign_stats_ad;"
      "DROP TABLE campaign_stats;"
      "CREATE INDEX donors_phone ON donors (phone) WHERE phone IS NOT NULL;"
      "DROP TRIGGER audit_campaigns_update; DROP TRIGGER audit_campaigns_insert; DROP TRIGGER audit_campaigns_delete;"
      "ALTER TABLE campaigns DROP COLUMN level; ALTER TABLE campaigns DROP COLUMN fund;"
      "DROP TABLE book_openings; DROP INDEX payment_vouchers_method_date; DROP INDEX donations_method_date;"
      "DROP TRIGGER audit_payment_vouchers_update; DROP TRIGGER audit_payment_vouchers_insert;"
      "DROP TRIGGER guard_payment_vouchers_delete;"
      "ALTER TABLE payment_vouchers DROP COLUMN print_count;"
      "DROP TRIGGER audit_campaign_targets_insert; DROP TRIGGER audit_campaign_targets_update;"
      "DROP TRIGGER IF EXISTS audit_campaign_targets_delete; DROP TABLE campaign_targets;"
      "CREATE TABLE campaign_targets (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns (id),"
      "  metric TEXT NOT NULL, level TEXT, place_id INTEGER REFERENCES places (id), label TEXT,"
      "  target INTEGER NOT NULL CHECK (target >= 0), note TEXT) STRICT;"
      "CREATE INDEX campaign_targets_campaign ON campaign_targets (campaign_id);"
      "INSERT INTO campaigns (uuid, name, name_key, starts_on, ends_on) VALUES ('c1', 'Tết', 'tet', '2026-01-01', '2026-02-28');"
      "INSERT INTO campaign_targets (campaign_id, metric, target) VALUES (1, 'coverage_pct', 100), (1, 'money', 15000000000);"
      "DROP TRIGGER audit_support_combinations_insert; DROP TRIGGER audit_support_combinations_update;"
      "DROP TRIGGER IF EXISTS audit_support_combinations_delete;"
      "DELETE FROM support_combinations WHERE kind_a = 'bhyt' AND kind_b = 'bhyt';"
      "DROP TABLE address_helps; DROP INDEX humanitarian_addresses_profiled;"
      "DROP TRIGGER audit_humanitarian_addresses_update; DROP TRIGGER audit_humanitarian_addresses_insert;"
      "DROP TRIGGER IF EXISTS audit_humanitarian_addresses_delete;"
      "ALTER TABLE humanitarian_addresses DROP COLUMN need; ALTER TABLE humanitarian_addresses DROP COLUMN commitment;"
      "ALTER TABLE humanitarian_addresses DROP COLUMN sponsored_from;"
      "ALTER TABLE humanitarian_addresses DROP COLUMN inhandao_code;"
      "DROP INDEX bhyt_cards_valid_to; DROP INDEX livelihood_models_campaign;"
      "DROP TRIGGER audit_livelihood_assignments_update; DROP TRIGGER audit_livelihood_assignments_insert;"
      "DROP TRIGGER IF EXISTS audit_livelihood_assignments_delete;"
      "ALTER TABLE livelihood_assignments DROP COLUMN what;"
      "DROP TRIGGER housing_paid_tranche; DROP TRIGGER housing_paid_void;"
      "DROP TRIGGER audit_housing_projects_update; DROP TRIGGER audit_housing_projects_insert;"
      "DROP TRIGGER IF EXISTS audit_housing_projects_delete;"
      "ALTER TABLE housing_projects DROP COLUMN inspection_team; ALTER TABLE housing_projects DROP COLUMN area_m2;"
      "ALTER TABLE housing_projects DROP COLUMN floor; ALTER TABLE housing_projects DROP COLUMN frame;"
      "ALTER TABLE housing_projects DROP COLUMN walls; ALTER TABLE housing_projects DROP COLUMN roof;"
      "ALTER TABLE housing_projects DROP COLUMN three_hard;"
      "ALTER TABLE housing_projects DROP COLUMN paid;"
      "DROP TABLE housing_norms; DROP INDEX housing_projects_stage;"
      "ALTER TABLE housing_projects DROP COLUMN stream; ALTER TABLE housing_projects DROP COLUMN support;"
      "ALTER TABLE housing_projects DROP COLUMN reason; ALTER TABLE housing_projects DROP COLUMN paused_reason;"
      "PRAGMA user_version = 1;", &error));
    g_assert_no_error (error);
  }
  again = tt_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tt_db_get_schema_version (again), ==, SCHEMA_VERSION);
  g_assert_nonnull (tt_db_get_last_backup (again));
  g_assert_true (g_file_test (tt_db_get_last_backup (again), G_FILE_TEST_EXISTS));
  g_assert_cmpint (tt_test_count (again, "SELECT total FROM donor_stats WHERE donor_id = 1"), ==, 750000);
  g_assert_cmpint (tt_test_count (again, "SELECT gifts FROM donor_stats WHERE donor_id = 1"), ==, 2);
  /* Schema 20: a list's entries are counted by list and status from one index. */
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                         "AND name IN ('gift_entries_list_status', 'gift_entries_list')"), ==, 1);
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM pragma_index_info ('gift_entries_list_status')"), ==, 2);
  /* Schema 21: the collectors of a period are found from an index of those named. */
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM pragma_index_info ('donations_collector')"), ==, 2);
  /* Schema 5: the entries written before are sealed into the chain, and check finds it whole. */
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM audit_log WHERE hash IS NULL"), ==, 0);
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM audit_log WHERE table_name = 'donations' "
                                         "AND length(row_hash) = 8"), ==, 2);
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_assert_true (tt_check_run (again, &problems, NULL));
    for (guint i = 0; i < problems->len; i++)
      g_printerr ("problem: %s\n", (char *) problems->pdata[i]);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  /* Schema 15: targets by measure, percentages in hundredths. */
  g_assert_cmpint (tt_test_count (again, "SELECT value FROM campaign_targets WHERE measure = 'gift-coverage-percent'"), ==, 10000);
  g_assert_cmpint (tt_test_count (again, "SELECT value FROM campaign_targets WHERE measure = 'money'"), ==, 15000000000);
  /* Schema 3: the register's identity index replaces the name-only one. */
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM sqlite_master WHERE name = 'households_identity'"), ==, 1);
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM sqlite_master WHERE name = 'households_name_key'"), ==, 0);
  /* Schema 4: the phone's digits, indexed, for search by phone. */
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM households WHERE phone_key = '84912345678'"), ==, 1);
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM sqlite_master WHERE name = 'households_phone_key'"), ==, 1);
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM sqlite_master WHERE name = 'households_commune_status'"), ==, 1);
  g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM sqlite_master WHERE name = 'households_commune'"), ==, 0);

  /* The backup is the untouched schema 1 file. */
  g_assert_cmpint (sqlite3_open_v2 (tt_db_get_last_backup (again), &backup, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (backup, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (backup);

  g_assert_true (tt_db_exec (again, "UPDATE donations SET status = 'void', void_reason = 'x' WHERE id = 1", &error));
  g_assert_cmpint (tt_test_count (again, "SELECT total FROM donor_stats WHERE donor_id = 1"), ==, 250000);

  /* That schema 1 backup restores: it is upgraded on a private copy, and nothing but the
   * office's own named backups is left in the folder. */
  {
    g_autofree char *v1 = g_strdup (tt_db_get_last_backup (again));
    g_autofree char *dir = tt_backup_dir (path);
    g_autoptr(GDir) d = NULL;
    g_autoptr(GPtrArray) ours = NULL;
    g_autoptr(TtDb) restored = NULL;
    const char *name;
    guint n = 0;

    g_clear_object (&again);
    g_assert_true (tt_backup_restore (path, v1, FALSE, NULL, &error));
    g_assert_no_error (error);
    restored = tt_db_open (path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (tt_test_count (restored, "SELECT total FROM donor_stats WHERE donor_id = 1"), ==, 750000);
    ours = tt_backup_list (path);
    d = g_dir_open (dir, 0, NULL);
    while ((name = g_dir_read_name (d)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, ours->len);
  }
}

static void
test_too_new (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  TtDb *db = tt_test_new_db (&path);

  g_assert_true (tt_db_exec (db, "PRAGMA user_version = 99", NULL));
  g_object_unref (db);
  g_assert_null (tt_db_open (path, &error));
  g_assert_error (error, TT_DB_ERROR, TT_DB_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
}

static void
test_not_ours (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  sqlite3 *other = NULL;

  sqlite3_open (path, &other);
  sqlite3_exec (other, "CREATE TABLE x (a)", NULL, NULL, NULL);
  sqlite3_close (other);
  g_assert_null (tt_db_open (path, &e1));
  g_assert_error (e1, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS);

  g_assert_true (g_file_set_contents (text, "this is not a database, just some words in a file", -1, NULL));
  g_assert_null (tt_db_open (text, &e2));
  g_assert_nonnull (e2);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The names in @dir, sorted, one a line: what a refused open must leave as it found it. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static char *
file_digest (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* Refuses @path with an error of @code whose message names the file and contains @part; the
 * folder and the file are exactly as before. */
static void
assert_refused (const char *dir, const char *path, int code, const char *part)
{
  g_autofree char *before = list_dir (dir);
  g_autofree char *digest = file_digest (path);
  g_autofree char *after = NULL;
  g_autofree char *digest_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (path);

  g_assert_null (tt_db_open (path, &error));
  g_assert_error (error, TT_DB_ERROR, code);
  if (strstr (error->message, base) == NULL || strstr (error->message, part) == NULL)
    g_error ("“%s” lacks the file name or “%s”", error->message, part);
  after = list_dir (dir);
  g_assert_cmpstr (before, ==, after);
  digest_after = file_digest (path);
  g_assert_cmpstr (digest, ==, digest_after);
}

/* An existing file that is empty, not SQLite, damaged, read-only, of another program or that
 * cannot be upgraded is refused with one sentence naming it, and nothing is created or changed
 * beside it. */
static void
test_refused_files (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *text = g_build_filename (dir, "text.db", NULL);
  g_autofree char *damaged = NULL;
  g_autofree char *readonly = NULL;
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *odd = g_build_filename (dir, "odd.db", NULL);
  sqlite3 *handle = NULL;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (dir, empty, TT_DB_ERROR_NOT_OURS, "empty");

  g_assert_true (g_file_set_contents (text, "Số liệu quỹ năm 2025, không phải tệp văn phòng", -1, NULL));
  assert_refused (dir, text, TT_DB_ERROR_NOT_OURS, "not a Tương Thân office file");

  {
    TtDb *db = tt_test_new_db (&damaged);
    g_object_unref (db);
    FILE *f = fopen (damaged, "r+b");
    char junk[3000];
    memset (junk, 0xff, sizeof junk);
    fseek (f, 100, SEEK_SET);
    fwrite (junk, 1, sizeof junk, f);
    fclose (f);
    g_autofree char *ddir = g_path_get_dirname (damaged);
    assert_refused (ddir, damaged, TT_DB_ERROR_CORRUPT, "damaged");
  }
  {
    TtDb *db = tt_test_new_db (&readonly);
    g_object_unref (db);
    g_assert_cmpint (g_chmod (readonly, 0444), ==, 0);
    g_autofree char *rdir = g_path_get_dirname (readonly);
    assert_refused (rdir, readonly, TT_DB_ERROR_READONLY, "read-only");
  }

  sqlite3_open (other, &handle);
  sqlite3_exec (handle, "CREATE TABLE notes (a)", NULL, NULL, NULL);
  sqlite3_close (handle);
  assert_refused (dir, other, TT_DB_ERROR_NOT_OURS, "another program");

  /* Claims an old schema but holds a table the upgrade creates: the upgrade fails whole, and
   * the copy made for it is not left behind. */
  sqlite3_open (odd, &handle);
  sqlite3_exec (handle, "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT); CREATE TABLE audit_log (id);"
                       "CREATE TABLE donor_stats (a); PRAGMA user_version = 1", NULL, NULL, NULL);
  sqlite3_close (handle);
  assert_refused (dir, odd, TT_DB_ERROR_NOT_OURS, "could not be upgraded");
}

/* A backup is readable by its owner only from the moment its partial copy appears. */
static void
test_backup_private_while_written (void)
{
  g_autofree char *path = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (&path);
  g_autofree char *copy = g_strconcat (path, ".copy", NULL);
  g_autofree char *part = g_strconcat (copy, ".part", NULL);
  GStatBuf st;
  gboolean seen = FALSE;
  pid_t child;

  /* Pages enough that the copy takes a while. */
  g_assert_true (tt_db_exec (db, "CREATE TABLE bulk (a); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                 "SELECT i + 1 FROM n WHERE i < 200000) INSERT INTO bulk SELECT randomblob(200) FROM n",
                             NULL));
  umask (022);
  child = fork ();
  if (child == 0)
    {
      for (;;)
        {
          g_unlink (copy);
          tt_db_backup (db, copy, NULL);
        }
    }
  for (int i = 0; i < 200000 && !seen; i++)
    if (g_stat (part, &st) == 0)
      {
        seen = TRUE;
        g_assert_cmpint (st.st_mode & 0077, ==, 0);
      }
  kill (child, SIGKILL);
  waitpid (child, NULL, 0);
  g_assert_true (seen);
  if (g_stat (part, &st) == 0)
    g_assert_cmpint (st.st_mode & 0077, ==, 0);
}

/* Rotating backups: verified copies in the backups folder, the newest kept, nothing else
 * touched; a restore checks the backup, keeps what it replaces, refuses another office's and a
 * damaged one. */
static void
test_backups_and_restore (void)
{
  g_autofree char *path = NULL;
  TtDb *db = tt_test_new_db (&path);
  g_autofree char *dir = tt_backup_dir (path);
  g_autofree char *notes = NULL;
  g_autofree char *lookalike = NULL;
  g_autofree char *first = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;

  g_assert_true (tt_office_set (db, "head", "Nguyễn Văn Một", NULL));
  first = tt_backup_take (db, "manual", NULL);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_prefix (first, dir));
  notes = g_build_filename (dir, "ghi-chu.txt", NULL);
  lookalike = g_build_filename (dir, "office-bản-chép-tay.db", NULL);
  g_assert_true (g_file_set_contents (notes, "sổ tay", -1, NULL));
  g_assert_true (g_file_set_contents (lookalike, "bản chép tay", -1, NULL));
  g_assert_true (tt_db_set_setting (db, "backup-count", "3", NULL));
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *b = tt_backup_take (db, i % 2 ? "close" : "import", NULL);
      g_assert_nonnull (b);
      g_usleep (2000);
    }
  all = tt_backup_list (path);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (notes, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (lookalike, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < all->len; i++)
    g_assert_true (tt_backup_verify (all->pdata[i], NULL));

  /* The office moves on; the newest backup comes back, the replaced file is kept. */
  g_assert_true (tt_office_set (db, "head", "Trần Văn Hai", NULL));
  g_object_unref (db);
  g_assert_true (tt_backup_restore (path, all->pdata[0], FALSE, &saved, NULL));
  g_assert_true (g_file_test (saved, G_FILE_TEST_EXISTS));
  db = tt_db_open (path, NULL);
  {
    g_autofree char *head = tt_office_get (db, "head");
    g_assert_cmpstr (head, ==, "Nguyễn Văn Một");
  }
  g_object_unref (db);

  /* Another office's backup: refused unless forced. */
  {
    g_autofree char *other_path = NULL;
    TtDb *other = tt_test_new_db (&other_path);
    g_autofree char *theirs = tt_backup_take (other, "manual", NULL);
    g_autofree char *before = file_digest (path);
    g_autofree char *after = NULL;
    g_object_unref (other);
    g_assert_false (tt_backup_restore (path, theirs, FALSE, NULL, &e1));
    g_assert_error (e1, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS);
    g_assert_nonnull (strstr (e1->message, "another office"));
    after = file_digest (path);
    g_assert_cmpstr (before, ==, after);
  }

  /* A damaged backup is refused and the office stays as it is. */
  damaged = g_strdup (all->pdata[1]);
  {
    FILE *f = fopen (damaged, "r+b");
    char junk[3000];
    memset (junk, 0xff, sizeof junk);
    fseek (f, 100, SEEK_SET);
    fwrite (junk, 1, sizeof junk, f);
    fclose (f);
  }
  {
    g_autofree char *before = file_digest (path);
    g_autofree char *after = NULL;
    g_assert_false (tt_backup_restore (path, damaged, TRUE, NULL, &e2));
    g_assert_nonnull (strstr (e2->message, "damaged"));
    after = file_digest (path);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_false (tt_backup_verify (damaged, &e3));
}

static void
test_backup (void)
{
  g_autofree char *path = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (&path);
  g_autofree char *copy = g_strconcat (path, ".copy", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) restored = NULL;
  g_autofree char *name = NULL;
  struct stat st;

  g_assert_true (tt_db_backup (db, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);
  restored = tt_db_open (copy, &error);
  g_assert_no_error (error);
  name = tt_office_get (restored, "name");
  g_assert_cmpstr (name, ==, "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm");
  g_assert_cmpint (tt_test_count (restored, "SELECT count(*) FROM places"), ==,
                   tt_test_count (db, "SELECT count(*) FROM places"));
}

static void
test_audit_append_only (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  gint64 n;

  tt_db_set_actor (db, "ke-toan-1");
  g_assert_true (tt_office_set (db, "head", "Nguyễn Văn Hùng", NULL));
  n = tt_test_count (db, "SELECT count(*) FROM audit_log");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE table_name = 'settings' "
                                      "AND actor = 'ke-toan-1' AND new_values LIKE '%Nguyễn Văn Hùng%'"), ==, 1);
  g_assert_false (tt_db_exec (db, "UPDATE audit_log SET actor = 'x'", &e1));
  g_assert_nonnull (strstr (e1->message, "append-only"));
  g_assert_false (tt_db_exec (db, "DELETE FROM audit_log", &e2));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log"), ==, n);
}

static void
test_transactions_nest (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);

  g_assert_true (tt_db_begin (db, NULL));
  g_assert_true (tt_office_set (db, "head", "A", NULL));
  g_assert_true (tt_db_begin (db, NULL));
  g_assert_true (tt_office_set (db, "clerk", "B", NULL));
  tt_db_rollback (db);
  g_assert_true (tt_db_commit (db, NULL));
  g_assert_false (tt_db_in_transaction (db));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM settings WHERE key = 'head'"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM settings WHERE key = 'clerk'"), ==, 0);
}

/* A snapshot for several reads: what another connection writes meanwhile is seen only after it;
 * inside a unit of work no second transaction is begun, and the unit goes on. */
static void
test_read_snapshot (void)
{
  g_autofree char *path = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (&path);
  g_autoptr(TtDb) other = NULL;
  g_autoptr(GError) error = NULL;
  gboolean begun;

  g_assert_true (tt_office_set (db, "clerk", "Trước", &error));
  other = tt_db_open (path, &error);
  g_assert_no_error (error);
  begun = tt_db_read_begin (db);
  g_assert_true (begun);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM settings WHERE value = 'Trước'"), ==, 1);
  g_assert_true (tt_office_set (other, "clerk", "Sau", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM settings WHERE value = 'Sau'"), ==, 0);
  tt_db_read_end (db, begun);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM settings WHERE value = 'Sau'"), ==, 1);

  g_assert_true (tt_db_begin (db, &error));
  g_assert_false (tt_db_read_begin (db));
  tt_db_read_end (db, FALSE);
  g_assert_true (tt_office_set (db, "head", "Trưởng", &error));
  g_assert_true (tt_db_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tt_test_count (other, "SELECT count(*) FROM settings WHERE value = 'Trưởng'"), ==, 1);
}

static int
refuse_commit (void *data)
{
  return 1;
}

/* A commit the database refuses (a commit hook here; a full disk or a busy file alike) is
 * undone once and reported: at the top and around a unit of work of core, the file is exactly
 * as before and the connection usable. G_DEBUG=fatal-warnings turns any assertion into a crash. */
static void
test_commit_fails (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TtHouseholdInput in = { .head_name = "Lò Thị Mai", .head_birth_year = 1970, .head_gender = "female" };
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;

  g_assert_true (tt_office_set (db, "commune-code", "00004", NULL));
  in.commune_id = tt_place_resolve (db, "00004", NULL);
  in.village_name = "Thôn Mới";
  before = tt_test_dump (db);
  sqlite3_commit_hook (tt_db_get_handle (db), refuse_commit, NULL);

  /* A user action alone: its own commit fails. */
  g_assert_cmpint (tt_household_save (db, 0, &in, 2025, "poor", &e1), ==, 0);
  g_assert_error (e1, TT_DB_ERROR, TT_DB_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (e1->message, "nothing was written"));
  g_assert_false (tt_db_in_transaction (db));

  /* A user action nested in an outer unit of work: the outer commit fails. */
  g_assert_true (tt_db_begin (db, NULL));
  g_assert_true (tt_office_set (db, "head", "Nguyễn Văn An", NULL));
  g_assert_cmpint (tt_household_save (db, 0, &in, 2025, "poor", NULL), >, 0);
  g_assert_true (tt_db_in_transaction (db));
  g_assert_false (tt_db_commit (db, &e2));
  g_assert_error (e2, TT_DB_ERROR, TT_DB_ERROR_CONSTRAINT);
  g_assert_false (tt_db_in_transaction (db));

  sqlite3_commit_hook (tt_db_get_handle (db), NULL, NULL);
  after = tt_test_dump (db);
  g_assert_cmpstr (before, ==, after);

  /* And the connection goes on working. */
  g_assert_cmpint (tt_household_save (db, 0, &in, 2025, "poor", NULL), >, 0);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households WHERE head_name = 'Lò Thị Mai'"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE name = 'Thôn Mới'"), ==, 1);
}

static void
add_voucher (TtDb *db, const char *series, int year, gint64 expect)
{
  g_autofree char *sql = NULL;
  g_autofree char *uuid = tt_new_uuid ();
  gint64 series_id = 0;

  g_assert_true (tt_db_begin (db, NULL));
  g_assert_cmpint (tt_series_take (db, "voucher", series, year, &series_id, NULL), ==, expect);
  sql = g_strdup_printf ("INSERT INTO payment_vouchers (uuid, series_id, number, paid_on, payee_name, amount, "
                         "purpose, reason) VALUES ('%s', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", "
                         "'2026-03-02', 'Lò Văn Páo', 30000000, 'housing', 'Sửa nhà')", uuid, series_id, expect);
  g_assert_true (tt_db_exec (db, sql, NULL));
  g_assert_true (tt_db_commit (db, NULL));
}

/* One numbering for every kind of document: payment vouchers count on their own from 1 beside
 * the receipts of the same year, a closed series refuses, and check finds a gap in any kind. */
static void
test_series_any_kind (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) closed = NULL;
  gint64 series_id = 0;

  g_assert_true (tt_db_begin (db, NULL));
  g_assert_cmpint (tt_series_take (db, "receipt", "2026", 2026, &series_id, NULL), ==, 1);
  tt_db_rollback (db);
  add_voucher (db, "2026", 2026, 1);
  add_voucher (db, "2026", 2026, 2);
  add_voucher (db, "XD", 0, 1);
  g_assert_true (tt_check_run (db, &problems, NULL));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_true (tt_db_exec (db, "UPDATE doc_series SET last_number = 4 WHERE doc_kind = 'voucher' AND code = '2026'",
                             NULL));
  g_assert_true (tt_check_run (db, &problems, NULL));
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (problems->pdata[0], ==, "Payment-voucher series 2026: counter at 4 but 2 vouchers numbered 1 to 2; "
                                         "numbers are missing or out of range.");
  g_assert_cmpstr (problems->pdata[1], ==, "Payment voucher 2026-000003 is missing from its series.");
  g_assert_cmpstr (problems->pdata[2], ==, "Payment voucher 2026-000004 is missing from its series.");

  g_assert_true (tt_db_exec (db, "UPDATE doc_series SET active = 0 WHERE doc_kind = 'voucher' AND code = 'XD'", NULL));
  g_assert_true (tt_db_begin (db, NULL));
  g_assert_cmpint (tt_series_take (db, "voucher", "XD", 0, &series_id, &closed), ==, 0);
  tt_db_rollback (db);
  g_assert_error (closed, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE);
  g_assert_cmpstr (closed->message, ==, "The payment-voucher series “XD” is closed.");
}

static void
test_office_settings (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  const char *bad[][2] = {
    { "colour", "red" }, { "bank-bin", "12" }, { "bank-account", "12-34" }, { "name", "  " },
    { "words-style", "euro" }, { "year-start", "31/02" }, { "receipt-paper", "Letter" },
    { "province-code", "99" }, { "level", "district" }, { "province-code", "00004" }, { "commune-code", "01" },
  };
  g_autofree char *style = NULL;
  g_autofree char *before = tt_test_dump (db);
  g_autofree char *after = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (tt_office_set (db, bad[i][0], bad[i][1], &error));
      g_assert_nonnull (error);
    }
  after = tt_test_dump (db);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (tt_office_set (db, "words-style", "lẻ,ngàn", NULL));
  style = tt_office_get (db, "words-style");
  g_assert_cmpstr (style, ==, "lẻ,ngàn,tư");
  g_assert_true (tt_office_set (db, "province-code", "01", NULL));
  g_assert_true (tt_office_set (db, "commune-code", "00004", NULL));
}

/* Places are found as a clerk types them: part of the name without accents, or the start of
 * the code; within a province when one is given. */
static void
test_place_search (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 hanoi = tt_place_id_by_code (db, "01");
  struct { const char *kind; gint64 parent; const char *query; guint limit; guint n; const char *first; } cases[] = {
    { "province", 0, "", 0, 34, NULL },
    { "province", 0, "ha noi", 0, 1, "01" },
    { "commune", 0, "ba dinh", 0, 3, NULL },
    { "commune", hanoi, "ba dinh", 0, 1, "00004" },
    { "commune", hanoi, "  BA   ĐÌNH ", 0, 1, "00004" },
    { "commune", hanoi, "", 0, 126, NULL },
    { "commune", hanoi, "", 10, 10, NULL },
    { "commune", 0, "00025", 0, 1, "00025" },
    { "commune", 0, "0000", 0, 2, "00004" },
    { "commune", hanoi, "16171", 0, 0, NULL },
    { "commune", 0, "", 0, 3321, NULL },
    { "commune", 0, "không có xã này", 0, 0, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = tt_place_search (db, cases[i].kind, cases[i].parent, cases[i].query,
                                                    cases[i].limit, NULL);
      g_assert_nonnull (found);
      g_assert_cmpuint (found->len, ==, cases[i].n);
      if (cases[i].first != NULL)
        g_assert_cmpstr (((TtPlace *) found->pdata[0])->code, ==, cases[i].first);
      for (guint k = 0; k < found->len; k++)
        g_assert_cmpstr (((TtPlace *) found->pdata[k])->kind, ==, cases[i].kind);
    }
  /* A name with a word starting with the text comes before one that only holds it. */
  {
    g_autoptr(GPtrArray) found = tt_place_search (db, "commune", hanoi, "an", 0, NULL);
    g_autofree char *first = tt_text_fold (((TtPlace *) found->pdata[0])->name);
    g_assert_true (g_str_has_prefix (first, "an") || strstr (first, " an") != NULL);
  }
}

/* The office file opened a second time in the same process (the app's worker threads do) and
 * closed again must not drop the first connection's locks: another program that opens and
 * closes the file afterwards would take the write-ahead log for unused, and the next change
 * written through the first connection would be lost. */
static void
test_second_open_keeps_locks (void)
{
  g_autofree char *path = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (&path);
  g_autoptr(GError) error = NULL;
  g_autofree char *clerk = NULL;
  int status = 0;

  g_assert_cmpstr (tt_db_get_journal_mode (db), ==, "wal");
  g_assert_true (tt_office_set (db, "clerk", "Trước", &error));
  g_object_unref (tt_db_open (path, &error));
  g_assert_no_error (error);

  /* Another program (not a fork: that would share this process's idea of its locks) opens and
   * closes the file; then the change made here is seen by the next program at once. */
  {
    const char *argv[] = { g_getenv ("TT_CLI"), "--db", path, "office", "show", NULL };

    g_autofree char *out = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                                 &status, &error));
    g_assert_true (tt_office_set (db, "clerk", "Sau", &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                                 &status, &error));
    g_assert_nonnull (strstr (out, "clerk\tSau"));
  }
  g_clear_object (&db);
  db = tt_db_open (path, &error);
  g_assert_no_error (error);
  clerk = tt_office_get (db, "clerk");
  g_assert_cmpstr (clerk, ==, "Sau");
}

/* Schema 22: a CHECK that a column is one of three or more texts is said with comparisons, which
 * refuse and accept exactly what the list did; an office written before is rewritten on opening. */
static void
test_checks_without_lists (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one = tt_migrations_checks_without_lists (
    "CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y',\n   'z')), b INTEGER CHECK (b IN (0, 1)), "
    "c TEXT CHECK (c IN ('p', 'q')), d TEXT CHECK (d IS NULL OR d IN ('', 'e-f', 'g h')))");

  g_assert_cmpstr (one, ==, "CREATE TABLE t (a TEXT CHECK ((a = 'x' OR a = 'y' OR a = 'z')), b INTEGER CHECK (b IN (0, 1)), "
                            "c TEXT CHECK (c IN ('p', 'q')), d TEXT CHECK (d IS NULL OR (d = '' OR d = 'e-f' OR d = 'g h')))");
  /* Where comparisons in parentheses would not mean what the list meant, it is left alone. */
  for (const char *const *kept = (const char *const[]) {
         "CREATE TABLE t (k TEXT CHECK (t.k IN ('a', 'b', 'c')))",
         "CREATE TABLE t (k TEXT CHECK ('x' || k IN ('xa', 'xb', 'xc')))",
         "CREATE TABLE t (k TEXT CHECK (k NOT IN ('a', 'b', 'c')))", NULL };
       *kept; kept++)
    {
      g_autofree char *same = tt_migrations_checks_without_lists (*kept);
      g_assert_cmpstr (same, ==, *kept);
    }
  {
    g_autoptr(TtDb) db = tt_test_new_db (&path);
    g_autoptr(TtStmt) tables = tt_db_prepare (db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL",
                                              &error);
    static const char *const refused[] = {
      "INSERT INTO households (uuid, head_name, head_name_key, head_gender) VALUES ('h2', 'An', 'an', 'nam')",
      "INSERT INTO households (uuid, head_name, head_name_key, status) VALUES ('h3', 'An', 'an', 'gone')",
      "INSERT INTO household_classifications (household_id, year, standard, category) "
      "  SELECT 1, 2026, code, 'rich' FROM poverty_standards LIMIT 1",
      "INSERT INTO audit_log (actor, table_name, row_id, action) VALUES ('x', 'households', 1, 'erase')",
      "INSERT INTO donations (uuid, series_id, number, received_on, donor_id, payer_name, amount, method) "
      "  VALUES ('d9', 1, 2, '2026-03-01', 1, 'An', 1000, 'cheque')",
    };

    /* No table keeps a list of three or more texts. */
    while (sqlite3_step (tables) == SQLITE_ROW)
      {
        const char *sql = (const char *) sqlite3_column_text (tables, 0);
        g_autofree char *again = tt_migrations_checks_without_lists (sql);
        g_assert_cmpstr (again, ==, sql);
      }
    g_assert_true (tt_db_exec (db,
      "INSERT INTO households (uuid, head_name, head_name_key, head_gender, status) VALUES ('h1', 'An', 'an', 'female', 'moved');"
      "INSERT INTO household_classifications (household_id, year, standard, category) "
      "  SELECT 1, 2026, code, 'near_poor' FROM poverty_standards LIMIT 1;"
      "INSERT INTO doc_series (doc_kind, code, year, last_number) VALUES ('receipt', '2026', 2026, 2);"
      "INSERT INTO donors (uuid, name, name_key) VALUES ('u1', 'An', 'an');"
      "INSERT INTO donations (uuid, series_id, number, received_on, donor_id, payer_name, amount, method) "
      "  VALUES ('d1', 1, 1, '2026-03-01', 1, 'An', 1000, 'transfer');", &error));
    g_assert_no_error (error);
    for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_assert_false (tt_db_exec (db, refused[i], &error));
        g_assert_nonnull (strstr (error->message, "CHECK"));
        g_clear_error (&error);
      }
    /* The office as schema 21 wrote it: its register's CHECKs with their lists. */
    g_assert_true (tt_db_exec (db,
      "PRAGMA writable_schema = ON;"
      "UPDATE sqlite_schema SET sql = replace (replace (sql, "
      "  '(head_gender = ''male'' OR head_gender = ''female'' OR head_gender = ''other'')', "
      "  'head_gender IN (''male'', ''female'', ''other'')'), "
      "  '(status = ''active'' OR status = ''moved'' OR status = ''escaped_poverty'' OR status = ''deceased'' "
      "OR status = ''merged'')', 'status IN (''active'', ''moved'', ''escaped_poverty'', ''deceased'', ''merged'')') "
      "  WHERE name = 'households';"
      "PRAGMA writable_schema = OFF;"
      "PRAGMA user_version = 21;", &error));
    g_assert_no_error (error);
    {
      g_autofree char *sql = tt_db_query_text (db, "SELECT sql FROM sqlite_schema WHERE name = 'households'");
      g_assert_nonnull (strstr (sql, "head_gender IN ('male', 'female', 'other')"));
    }
  }
  {
    g_autoptr(TtDb) again = tt_db_open (path, &error);
    g_autofree char *sql = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (tt_db_get_schema_version (again), ==, SCHEMA_VERSION);
    sql = tt_db_query_text (again, "SELECT sql FROM sqlite_schema WHERE name = 'households'");
    g_assert_nonnull (strstr (sql, "(head_gender = 'male' OR head_gender = 'female' OR head_gender = 'other')"));
    g_assert_null (strstr (sql, " IN ("));
    g_assert_cmpint (tt_test_count (again, "SELECT count(*) FROM households WHERE status = 'moved'"), ==, 1);
    g_assert_false (tt_db_exec (again, "UPDATE households SET head_gender = 'nữ'", &error));
    g_assert_nonnull (strstr (error->message, "CHECK"));
    g_clear_error (&error);
    {
      g_autofree char *check = tt_db_query_text (again, "PRAGMA integrity_check");
      g_assert_cmpstr (check, ==, "ok");
    }
  }
}

/* Record ids are UUIDs of version 7: 36 lowercase hexadecimal digits and dashes, the version and
 * variant in their places, their first 48 bits the time in milliseconds, never twice the same. */
static void
test_uuid_form (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRegex) form = g_regex_new ("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                                        0, 0, NULL);
  guint64 before = (guint64) (g_get_real_time () / 1000);
  g_autofree char *last = NULL;

  for (int i = 0; i < 2000; i++)
    {
      char *uuid = tt_new_uuid ();
      g_autofree char *hex = g_strndup (uuid, 8);
      guint64 ms;

      g_assert_true (g_regex_match (form, uuid, 0, NULL));
      ms = g_ascii_strtoull (hex, NULL, 16) << 16 | g_ascii_strtoull (uuid + 9, NULL, 16);
      g_assert_cmpuint (ms, >=, before);
      g_assert_cmpuint (ms, <=, (guint64) (g_get_real_time () / 1000));
      if (last != NULL)
        g_assert_cmpint (strncmp (last, uuid, 13), <=, 0);
      g_free (last);
      last = g_strdup (uuid);
      g_assert_true (g_hash_table_add (seen, uuid));
    }
}


int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/db/migrate-empty", test_migrate_empty);
  g_test_add_func ("/db/reopen", test_reopen);
  g_test_add_func ("/db/second-open-keeps-locks", test_second_open_keeps_locks);
  g_test_add_func ("/db/migrate-from-v1", test_migrate_from_v1);
  g_test_add_func ("/db/checks-without-lists", test_checks_without_lists);
  g_test_add_func ("/db/too-new", test_too_new);
  g_test_add_func ("/db/not-ours", test_not_ours);
  g_test_add_func ("/db/backup", test_backup);
  g_test_add_func ("/db/refused-files", test_refused_files);
  g_test_add_func ("/db/backups-and-restore", test_backups_and_restore);
  g_test_add_func ("/db/backup-private-while-written", test_backup_private_while_written);
  g_test_add_func ("/db/audit-append-only", test_audit_append_only);
  g_test_add_func ("/db/transactions-nest", test_transactions_nest);
  g_test_add_func ("/db/read-snapshot", test_read_snapshot);
  g_test_add_func ("/db/commit-fails", test_commit_fails);
  g_test_add_func ("/db/series-any-kind", test_series_any_kind);
  g_test_add_func ("/db/office-settings", test_office_settings);
  g_test_add_func ("/db/place-search", test_place_search);
  g_test_add_func ("/db/uuid-form", test_uuid_form);
  return g_test_run ();
}
