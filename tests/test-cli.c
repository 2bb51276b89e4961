/* test-cli.c — tuong-than-cli as scripts and people use it: output, exit codes, errors */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "tt-audit-private.h"
#include "tt-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *db_path;

/* Runs the CLI with @args, in the environment with @env (NAME=VALUE or NULL) added. */
static Run
run_argv_env (const char *env, const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = NULL;
  Run r = { 0 };
  int wait_status = 0;

  if (env != NULL)
    {
      g_auto(GStrv) pair = g_strsplit (env, "=", 2);
      envp = g_environ_setenv (g_get_environ (), pair[0], pair[1], TRUE);
    }

  g_ptr_array_add (argv, (char *) g_getenv ("TT_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &r.out, &r.err, &wait_status, &error));
  g_assert_no_error (error);
  r.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  return r;
}

static Run
run_argv (const char *const *args)
{
  return run_argv_env (NULL, args);
}

#define RUN(...) run_argv ((const char *const[]) { __VA_ARGS__, NULL })

static void
assert_one_error_line (const Run *r, const char *part)
{
  g_auto(GStrv) lines = g_strsplit (g_strchomp (r->err), "\n", -1);

  g_assert_cmpint (r->status, ==, 1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);
  g_assert_true (g_str_has_prefix (lines[0], "error: "));
  if (strstr (lines[0], part) == NULL)
    g_error ("“%s” lacks “%s”", lines[0], part);
}

static void
test_words_and_fold (void)
{
  {
    g_auto(Run) r = RUN ("words", "1.234.567");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng\n");
  }
  {
    g_auto(Run) r = RUN ("words", "1,5 triệu");
    g_assert_cmpstr (r.out, ==, "Một triệu năm trăm nghìn đồng\n");
  }
  {
    g_auto(Run) r = RUN ("words", "105", "--style", "lẻ,chẵn");
    g_assert_cmpstr (r.out, ==, "Một trăm lẻ năm đồng chẵn\n");
  }
  {
    g_auto(Run) r = RUN ("words", "-5");
    assert_one_error_line (&r, "negative");
  }
  {
    g_auto(Run) r = RUN ("words", "1.23");
    assert_one_error_line (&r, "ambiguous");
  }
  {
    g_auto(Run) r = RUN ("words", "1000000000000000");
    assert_one_error_line (&r, "too large");
  }
  {
    g_auto(Run) r = RUN ("fold", "Nguyễn Văn Đức");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "nguyen van duc\n");
  }
  {
    g_auto(Run) r = RUN ("fold", "\xc3\x90\xe1\xbb\xa9\x63");
    g_assert_cmpstr (r.out, ==, "duc\n");
  }
  {
    g_auto(Run) r = RUN ("period", "2024-Q1", "--year-start", "25/11");
    g_assert_cmpstr (r.out, ==, "25/11/2023\t24/02/2024\tQuý I năm 2024\n");
  }
}

static void
test_usage (void)
{
  {
    g_auto(Run) r = RUN ("frobnicate");
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", "1");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "usage"));
  }
  {
    g_auto(Run) r = RUN ("donor");
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donor", "add", "--name", "A", "--bogus", "x");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "[--kind person|business|agency|organization|group|unit|anonymous]"));
  }
  {
    /* The choices offered are core's value lists. */
    g_auto(Run) r = RUN ("--help");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "[--method cash|transfer|in_kind]"));
    g_assert_nonnull (strstr (r.out, "--kind gift|housing|livelihood|bhyt|scholarship|medical|wheelchair|monthly|disaster|other"));
    g_assert_nonnull (strstr (r.out, "[--status active|moved|escaped_poverty|deceased]"));
    g_assert_null (strstr (r.out, "{"));
  }
}

static void
test_ledger_flow (void)
{
  g_autofree char *donor_id = NULL;
  g_autofree char *receipt = NULL;
  g_autofree char *campaign = NULL;

  {
    g_auto(Run) r = RUN ("--db", db_path, "campaign", "add", "--name", "Tháng cao điểm 2026",
                         "--from", "17/10/2026", "--to", "18/11/2026");
    g_assert_cmpint (r.status, ==, 0);
    campaign = g_strchomp (g_strdup (r.out));
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "campaign", "list");
    g_autofree char *expected = g_strdup_printf ("%s\tTháng cao điểm 2026\t17/10/2026\t18/11/2026\t0\tfundraising\topen\n",
                                                 campaign);
    g_assert_cmpstr (r.out, ==, expected);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donor", "add", "--name", "Nguyễn Văn Đức", "--kind", "person",
                         "--phone", "0912 345 678", "--address", "Thôn 3, xã Hòa Bình");
    g_assert_cmpint (r.status, ==, 0);
    donor_id = g_strchomp (g_strdup (r.out));
    g_assert_cmpint (atoi (donor_id), >, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donor", "search", "nguyen van duc");
    g_autofree char *expected = g_strdup_printf ("%s\tNguyễn Văn Đức\n", donor_id);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, expected);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donor", "search", "Ðuc", "--limit", "5");
    g_assert_nonnull (strstr (r.out, "Nguyễn Văn Đức"));
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor_id, "--amount", "1,5 triệu",
                         "--date", "20/10/2026", "--method", "cash", "--campaign", campaign,
                         "--note", "Phong bì");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "2026-000001\n");
    receipt = g_strchomp (g_strdup (r.out));
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor_id, "--amount", "500k",
                         "--date", "2026-10-21", "--method", "transfer", "--bank-ref", "FT26294");
    g_assert_cmpstr (r.out, ==, "2026-000002\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor_id, "--amount", "500k",
                         "--method", "transfer", "--bank-ref", "FT26294");
    assert_one_error_line (&r, "2026-000002");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", "9999", "--amount", "5000");
    assert_one_error_line (&r, "no donor");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor_id, "--amount", "0");
    assert_one_error_line (&r, "greater than 0");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor_id, "--amount", "5000",
                         "--date", "31/02/2026");
    assert_one_error_line (&r, "does not exist");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donor", "add", "--name", "   ");
    assert_one_error_line (&r, "must not be empty");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "void", receipt, "--reason", "Ghi sai người nộp");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "void", receipt, "--reason", "again");
    assert_one_error_line (&r, "already voided");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "list");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==,
                     "2026-000001\t20/10/2026\tNguyễn Văn Đức\t1500000\tvoid\n"
                     "2026-000002\t21/10/2026\tNguyễn Văn Đức\t500000\tvalid\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "check");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "ok:"));
  }
  {
    g_autofree char *pdf = g_strconcat (db_path, ".receipt.pdf", NULL);
    g_auto(Run) r = RUN ("--db", db_path, "receipt", "pdf", "2026-000002", "-o", pdf);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "receipt", "pdf", "2026-000777", "-o", "/tmp/none.pdf");
    assert_one_error_line (&r, "no receipt 2026-000777");
  }
  {
    g_autofree char *pdf = g_strconcat (db_path, ".void-certificate.pdf", NULL);
    g_auto(Run) r = RUN ("--db", db_path, "receipt", "pdf", receipt, "--certificate", "-o", pdf);
    assert_one_error_line (&r, "a void receipt gets no certificate of thanks");
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
}

static void
test_office_and_backup (void)
{
  g_autofree char *copy = g_strconcat (db_path, ".backup", NULL);

  {
    g_auto(Run) r = RUN ("--db", db_path, "office", "set", "head", "Nguyễn Thị Hạnh");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "office", "set", "bank-bin", "12");
    assert_one_error_line (&r, "6 digits");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "office", "show");
    g_assert_nonnull (strstr (r.out, "name\tBan vận động Quỹ Vì người nghèo xã Thử Nghiệm\n"));
    g_assert_nonnull (strstr (r.out, "head\tNguyễn Thị Hạnh\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "backup", "-o", copy);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) r = RUN ("--db", copy, "office", "show");
    g_assert_nonnull (strstr (r.out, "head\tNguyễn Thị Hạnh\n"));
  }
}

static void
test_missing_and_init (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);

  {
    g_auto(Run) r = RUN ("--db", path, "donor", "add", "--name", "A");
    assert_one_error_line (&r, "no office file");
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) r = RUN ("--db", path, "init", "--office", "");
    assert_one_error_line (&r, "must not be empty");
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) r = RUN ("--db", path, "init", "--office", "Hội Chữ thập đỏ phường Ba Đình");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", path, "init", "--office", "Again");
    assert_one_error_line (&r, "already holds");
  }
}

static void
test_demo (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);

  {
    g_auto(Run) r = RUN ("--db", path, "demo", "--donors", "300", "--donations", "2000",
                         "--households", "200");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", path, "check");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "300 donors, 2000 receipts"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TtDb) db = tt_db_open (path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 200);
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donors WHERE name_key <> name AND name GLOB '*[^ -~]*'"), >, 100);
    g_assert_cmpint (tt_test_count (db, "SELECT count(DISTINCT substr(received_on, 1, 4)) FROM donations"), >=, 3);
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM household_classifications"), ==, 400);
  }
}

/* A stack of three slips declared as 3 for 600.000 đ: only two typed → closing is refused with
 * the difference; the third typed → it closes; a closed batch takes no more receipts. */
static void
test_batches (void)
{
  g_autofree char *donor = NULL;
  g_autofree char *batch = NULL;

  {
    g_auto(Run) r = RUN ("--db", db_path, "donor", "add", "--name", "Phạm Thị Lô");
    g_assert_cmpint (r.status, ==, 0);
    donor = g_strchomp (g_strdup (r.out));
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "batch", "open", "--count", "3", "--total", "600 nghìn");
    g_assert_cmpint (r.status, ==, 0);
    batch = g_strchomp (g_strdup (r.out));
  }
  for (int i = 0; i < 2; i++)
    {
      g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor, "--amount", "200000",
                           "--batch", batch);
      g_assert_cmpint (r.status, ==, 0);
    }
  {
    g_auto(Run) r = RUN ("--db", db_path, "batch", "close", batch);
    assert_one_error_line (&r, "has 2 receipts for 400.000 đ, but 3 slips for 600.000 đ were declared");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "batch", "show", batch);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "status\topen\n"));
    g_assert_nonnull (strstr (r.out, "count\t2\ntotal\t400000\n"));
    g_assert_nonnull (strstr (r.out, "mismatch\t"));
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor, "--amount", "200.000",
                         "--batch", batch);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "batch", "close", batch);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donation", "add", "--donor", donor, "--amount", "1000",
                         "--batch", batch);
    assert_one_error_line (&r, "already closed");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "batch", "open", "--count", "0", "--total", "1000");
    assert_one_error_line (&r, "number of slips must be a positive whole number");
  }
  {
    g_auto(Run) r = RUN ("--db", db_path, "donor", "list", "--sort", "total", "--search", "pham thi lo");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "\tPhạm Thị Lô\t600000\t"));
    g_assert_cmpint (strchr (r.out, '\n') - r.out + 1, ==, strlen (r.out));
  }
}

static char *
first_field (const char *out)
{
  return g_strndup (out, strcspn (out, "\t\n"));
}

static void
test_households_and_gifts (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "gifts.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "list.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *bad2 = g_build_filename (dir, "bad2.csv", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "sheet.xlsx", NULL);
  g_autofree char *campaign = NULL;
  g_autofree char *package = NULL;
  g_autofree char *list = NULL;

  g_assert_true (g_file_set_contents (csv,
                                      "\xEF\xBB\xBF" "DANH SÁCH HỘ NGHÈO NĂM 2026\n"
                                      "STT;Chủ hộ;Năm sinh;CCCD;Mã xã;Thôn;Loại hộ;Năm\n"
                                      "1;Nguyễn Văn An;1965;001065012345;00004;Thôn Đông;Hộ nghèo;2026\n"
                                      "2;Trần Thị Bình;1970;001170012346;00004;Thôn Đông;Hộ cận nghèo;2026\n"
                                      "3;Lê Văn Cường;1958;;00004;Thôn Tây;Hộ nghèo;2026\n"
                                      "4;Phạm Thị Dung;1980;;00004;Thôn Tây;Hoàn cảnh khó khăn;2026\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad,
                                      "Họ tên,Năm sinh,Mã xã,Phân loại\n"
                                      "Đỗ Văn Em,1990,00004,Hộ nghèo\n"
                                      "Vũ Thị Hoa,19x5,00004,Hộ nghèo\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad2,
                                      "Họ tên,Ngày sinh,Mã xã,Phân loại\n"
                                      "Đỗ Văn Em,31/02/1970,00004,Hộ nghèo\n"
                                      "Vũ Thị Hoa,19x5,00004,Hộ nghèo\n", -1, NULL));
  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ban vận động phường Ba Đình");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", bad);
    g_assert_cmpint (r.status, ==, 1);
    /* Refused: the problems and that nothing was imported, no counts of rows "imported". */
    g_assert_cmpstr (r.out, ==, "row 3, column “Năm sinh”: “19x5” is not a birth year.\n"
                                "nothing imported: 1 row has a problem\n");
    g_assert_nonnull (strstr (r.err, "error: 1 row has a problem: nothing was imported."));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", bad, "--dry-run");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, "row 3, column “Năm sinh”: “19x5” is not a birth year.\n"
                                "nothing would be imported: 1 row has a problem\n");
    g_assert_nonnull (strstr (r.err, "error: 1 row has a problem: nothing would be imported."));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", bad2);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, "row 2, column “Ngày sinh”: “31/02/1970” is not a date.\n"
                                "row 3, column “Ngày sinh”: “19x5” is not a birth year.\n"
                                "nothing imported: 2 rows have problems\n");
  }
  {
    /* A header with a long note in brackets is found, and quoted cut short in the problem. */
    g_autofree char *bad3 = g_build_filename (dir, "bad3.csv", NULL);
    g_assert_true (g_file_set_contents (bad3,
                                        "Họ tên,Năm sinh (ghi đúng như trên căn cước công dân hoặc giấy khai sinh của chủ hộ),Mã xã\n"
                                        "Đỗ Văn Em,31/02/1970,00004\n", -1, NULL));
    {
      g_auto(Run) r = RUN ("--db", db, "import", "households", bad3);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "row 2, column “Năm sinh (ghi đúng như trên căn cước công dân hoặc giấy khai…”: "
                                  "“31/02/1970” is not a date.\n"
                                  "nothing imported: 1 row has a problem\n");
    }
  }
  {
    /* Leaving bad rows out, a dry run counts what the import would write. */
    g_auto(Run) r = RUN ("--db", db, "import", "households", bad, "--dry-run", "--skip-bad-rows");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "imported 1, updated 0, skipped 0, errors 1\n"
                                "row 3, column “Năm sinh”: “19x5” is not a birth year.\n");
    g_assert_nonnull (strstr (r.err, "Dry run: nothing was written."));
  }
  {
    /* A list longer than what is kept in memory, with no temporary folder to keep the rest in:
     * refused with the reason, nothing written. */
    g_autofree char *longer = g_build_filename (dir, "longer.csv", NULL);
    g_autoptr(GString) text = g_string_new ("Họ tên,Năm sinh,Mã xã,Phân loại\n");
    for (int i = 1; i <= 100; i++)
      g_string_append_printf (text, "Hà Văn %d,1960,00004,Hộ nghèo\n", i);
    g_assert_true (g_file_set_contents (longer, text->str, text->len, NULL));
    {
      g_auto(Run) r = run_argv_env ("TMPDIR=/nonexistent/tuong-than",
                                    (const char *const[]) { "--db", db, "import", "households", longer, NULL });
      assert_one_error_line (&r, "The list could not be kept in a temporary file while it is read: ");
    }
  }
  {
    /* Every row with a problem: the first thousand are listed, then how many more. */
    g_autofree char *all_bad = g_build_filename (dir, "all-bad.csv", NULL);
    g_autoptr(GString) text = g_string_new ("Họ tên,Năm sinh,Mã xã,Phân loại\n");
    for (int i = 1; i <= 1003; i++)
      g_string_append_printf (text, "Hà Văn %d,19x5,00004,Hộ nghèo\n", i);
    g_assert_true (g_file_set_contents (all_bad, text->str, text->len, NULL));
    {
      g_auto(Run) r = RUN ("--db", db, "import", "households", all_bad);
      g_auto(GStrv) lines = g_strsplit (r.out, "\n", -1);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpuint (g_strv_length (lines), ==, 1003);
      g_assert_cmpstr (lines[0], ==, "row 2, column “Năm sinh”: “19x5” is not a birth year.");
      g_assert_cmpstr (lines[999], ==, "row 1001, column “Năm sinh”: “19x5” is not a birth year.");
      g_assert_cmpstr (lines[1000], ==, "… and 3 more problems, not listed");
      g_assert_cmpstr (lines[1001], ==, "nothing imported: 1003 rows have problems");
    }
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "list");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", csv, "--dry-run");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "imported 4, updated 0, skipped 0, errors 0\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", csv);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "imported 4, updated 0, skipped 0, errors 0\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", csv, "--duplicates", "skip");
    g_assert_cmpstr (r.out, ==, "imported 0, updated 0, skipped 4, errors 0\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "list", "--place", "Thôn Tây", "--category", "poor,near-poor",
                         "--year", "2026");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "3\tLê Văn Cường\tThôn Tây\tpoor\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "list", "--place", "00004");
    g_auto(GStrv) lines = g_strsplit (r.out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_cmpstr (lines[0], ==, "3\tLê Văn Cường\tThôn Tây\tpoor");
    g_assert_cmpstr (lines[3], ==, "2\tTrần Thị Bình\tThôn Đông\tnear-poor");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "edit", "4", "--status", "moved", "--phone", "0912 345 678");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "show", "4");
    g_assert_nonnull (strstr (r.out, "status\tmoved\n"));
    g_assert_nonnull (strstr (r.out, "village\tThôn Tây\n"));
    g_assert_nonnull (strstr (r.out, "phone\t0912 345 678\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "list", "--place", "Thôn Tây");
    g_auto(Run) all = RUN ("--db", db, "household", "list", "--place", "Thôn Tây", "--all");
    g_assert_cmpstr (r.out, ==, "3\tLê Văn Cường\tThôn Tây\tpoor\n");
    g_assert_nonnull (strstr (all.out, "4\tPhạm Thị Dung\tThôn Tây\thardship\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "edit", "4", "--id-number", "123");
    assert_one_error_line (&r, "must have 12 digits");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "total", "--commune", "00004", "--count", "400", "--year", "2026");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "stats", "--year", "2026");
    g_assert_nonnull (strstr (r.out, "00004\tPhường Ba Đình\t400\t2\t0.50\t1\t0.25\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "add", "--name", "Tết Bính Ngọ 2026", "--from", "2026-01-01",
                         "--to", "2026-02-28", "--kind", "tet");
    campaign = first_field (r.out);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "package", "add", "--campaign", campaign, "--name", "Suất quà Tết",
                         "--value", "500.000");
    g_assert_cmpint (r.status, ==, 0);
    package = first_field (r.out);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "create", "--campaign", campaign, "--package", package,
                         "--place", "Thôn Đông");
    g_assert_cmpint (r.status, ==, 0);
    list = first_field (r.out);
    g_assert_true (g_str_has_suffix (r.out, "\t2\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "coverage", "--campaign", campaign);
    g_assert_cmpstr (r.out, ==, "covered 2 of 3 (66.7 %)\n3\tLê Văn Cường\tThôn Tây\tpoor\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "add", list, "--household", "1");
    assert_one_error_line (&r, "already has a package of this campaign");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "support", "add", "--household", "3", "--kind", "gift", "--date", "2026-01-15",
                         "--programme", "Hội Chữ thập đỏ");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "add", list, "--household", "3");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.err, "warning: household 3 already had support in this period"));
    g_assert_nonnull (strstr (r.err, "Hội Chữ thập đỏ"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "deliver", list, "--household", "1", "--proxy", "Nguyễn Văn Bảo",
                         "--date", "10/02/2026");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "show", list);
    g_assert_nonnull (strstr (r.out, "1\tNguyễn Văn An\tThôn Đông\tpoor\t1\t500000\tdelivered\t2026-02-10\tNguyễn Văn Bảo\n"));
    g_assert_nonnull (strstr (r.out, "total\t3\t3\t1500000\tdelivered\t1\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "coverage", "--campaign", campaign, "--place", "00004");
    g_assert_cmpstr (r.out, ==, "covered 3 of 3 (100 %)\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "pdf", list, "-o", pdf);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "xlsx", list, "-o", xlsx);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list", "show", "99");
    assert_one_error_line (&r, "There is no gift list 99");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "gifts", "list");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "gifts list create --campaign ID --package ID"));
  }
}

/* The text of a PDF with every run of white space made one space, as a reader sees it. */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  parts = g_regex_split_simple ("\\s+", out, 0, 0);
  return g_strjoinv (" ", parts);
}

static void
assert_has (const char *where, const char *text, const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("%s lacks “%s”:\n%s", where, part, text);
}

/* Whatever words style the office chose, the amount in words on screen (donation show), on
 * the receipt, on the certificate and on the statement is one and the same text. */
static void
test_words_everywhere (void)
{
  const char *styles[] = { "linh,nghìn,tư", "lẻ,ngàn", "lẻ,nghìn,bốn", "linh,ngàn,bốn,chẵn" };
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "words.db", NULL);

  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ủy ban MTTQ xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  for (gsize i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autofree char *name = g_strdup_printf ("Nhà hảo tâm %zu", i);
      g_autofree char *receipt_pdf = g_strdup_printf ("%s/r%zu.pdf", dir, i);
      g_autofree char *cert_pdf = g_strdup_printf ("%s/c%zu.pdf", dir, i);
      g_autofree char *statement_pdf = g_strdup_printf ("%s/s%zu.pdf", dir, i);
      g_autofree char *donor = NULL;
      g_autofree char *receipt = NULL;
      g_autofree char *words = NULL;
      g_autofree char *line = NULL;
      g_autofree char *text = NULL;

      {
        g_auto(Run) r = RUN ("--db", db, "office", "set", "words-style", styles[i]);
        g_assert_cmpint (r.status, ==, 0);
      }
      {
        g_auto(Run) r = RUN ("words", "1024005", "--style", styles[i]);
        g_assert_cmpint (r.status, ==, 0);
        words = g_strdup (g_strchomp (r.out));
      }
      {
        g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", name);
        g_assert_cmpint (r.status, ==, 0);
        donor = g_strdup (g_strchomp (r.out));
      }
      {
        g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", donor, "--amount", "1024005");
        g_assert_cmpint (r.status, ==, 0);
        receipt = g_strdup (g_strchomp (r.out));
      }
      {
        g_auto(Run) r = RUN ("--db", db, "donation", "show", receipt);
        g_assert_cmpint (r.status, ==, 0);
        line = g_strdup_printf ("\nwords\t%s\n", words);
        assert_has ("donation show", r.out, line);
      }
      {
        g_auto(Run) r = RUN ("--db", db, "receipt", "pdf", receipt, "-o", receipt_pdf);
        g_assert_cmpint (r.status, ==, 0);
        text = pdf_text (receipt_pdf);
        assert_has ("the receipt", text, words);
        g_clear_pointer (&text, g_free);
      }
      {
        g_auto(Run) r = RUN ("--db", db, "receipt", "pdf", receipt, "--certificate", "-o", cert_pdf);
        g_assert_cmpint (r.status, ==, 0);
        text = pdf_text (cert_pdf);
        assert_has ("the certificate", text, words);
        g_clear_pointer (&text, g_free);
      }
      {
        g_auto(Run) r = RUN ("--db", db, "donor", "statement", donor, "-o", statement_pdf);
        g_assert_cmpint (r.status, ==, 0);
        text = pdf_text (statement_pdf);
        assert_has ("the statement", text, words);
      }
    }
}

static gint64
count_rows (const char *db, const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

static void
actor_func (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  sqlite3_result_text (ctx, "sqlite3", -1, SQLITE_STATIC);
}

/* Data as another program (or an older version) may have left it. */
static void
sqlite_exec (const char *db, const char *sql)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  sqlite3_create_function (handle, "tt_actor", 0, SQLITE_UTF8, NULL, actor_func, NULL, NULL);
  tt_audit_register_functions (handle);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  tt_audit_unregister_functions (handle);
  sqlite3_close (handle);
}

/* Hostile input through the CLI: ids past 2^63 are refused, not clamped; an option's value is
 * never taken as an option; single-line fields refuse control characters and the record lines
 * escape what older data may hold; a huge bad input is quoted short. */
static void
test_hostile_input (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "hostile.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *db_opt = g_strconcat ("--db=", other, NULL);
  g_autofree char *huge = g_strnfill (120000, '9');

  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ủy ban MTTQ xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Phạm Thị Thu");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "show", "99999999999999999999");
    assert_one_error_line (&r, "not “99999999999999999999”");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "18446744073709551617", "--amount", "100000");
    assert_one_error_line (&r, "not “18446744073709551617”");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "show", "2026-99999999999999999999");
    assert_one_error_line (&r, "is not a receipt number");
  }
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM donations"), ==, 0);

  /* Values that look like options stay values. */
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "-h");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "2\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Lê Văn Tám", "--note", db_opt);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "3\n");
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--help");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "usage: tuong-than-cli [--db FILE] donor add --name NAME"));
  }
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM donors"), ==, 3);

  /* Control characters: refused in single-line fields, kept apart in the output. */
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Hà Văn Bốn", "--address", "Thôn 1\nxã Hòa");
    assert_one_error_line (&r, "Address must be one line, without tabs or control characters");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Hà Văn Bốn", "--phone", "0912\t345678");
    assert_one_error_line (&r, "Phone must be one line");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "100000", "--series", "A\x1b[31m");
    assert_one_error_line (&r, "Receipt series must be one line");
  }
  sqlite_exec (db, "UPDATE donors SET address = 'Thôn 2' || char(9) || 'xã Hòa' || char(10) || 'C:\\ghi' WHERE id = 1");
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "show", "1");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "\naddress\tThôn 2\\txã Hòa\\nC:\\\\ghi\n"));
  }

  /* A huge bad input: one short error line. */
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "show", huge);
    assert_one_error_line (&r, "…");
    g_assert_cmpuint (strlen (r.err), <, 400);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", huge);
    assert_one_error_line (&r, "is not an amount of money");
    g_assert_cmpuint (strlen (r.err), <, 400);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "show", huge);
    g_assert_cmpuint (strlen (r.err), <, 400);
    assert_one_error_line (&r, "must be a positive whole number");
  }
}

/* Edits with sqlite3 after dropping every trigger: the schema's guards are gone, but check
 * still finds each change and names it. */
static void
tamper (const char *db, const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT 'DROP TRIGGER ' || name FROM sqlite_master "
                                               "WHERE type = 'trigger'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (drops, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < drops->len; i++)
    g_assert_cmpint (sqlite3_exec (handle, drops->pdata[i], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
}

static void
test_tamper_evident (void)
{
  static const struct { const char *what; const char *sql; const char *found; } cases[] = {
    { "a donation's amount", "UPDATE donations SET amount = 9000000 WHERE id = 1",
      "is not as the audit log last recorded it: it was changed outside Tương Thân" },
    { "an audit entry", "UPDATE audit_log SET actor = 'ai-do' WHERE id = 3",
      "The audit log is broken at entry 3" },
    { "a household's ID number", "UPDATE household_personal SET id_number = '001099000999' WHERE household_id = 1",
      "Household 1 is not as the audit log last recorded it" },
    { "the order of two entries", "UPDATE audit_log SET id = -1 WHERE id = 4; UPDATE audit_log SET id = 4 WHERE id = 5; "
      "UPDATE audit_log SET id = 5 WHERE id = -1", "The audit log is broken at entry 4" },
    { "a removed entry", "DELETE FROM audit_log WHERE id = 2", "The audit log is broken at entry 3" },
  };
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "sound.db", NULL);
  g_autofree char *receipt = NULL;

  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ủy ban MTTQ xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "office", "set", "commune-code", "00004");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Trịnh Văn Sơn");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "2.000.000");
    g_assert_cmpint (r.status, ==, 0);
    receipt = g_strdup (g_strchomp (r.out));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "add", "--head", "Giàng A Páo", "--birth-year", "1968",
                         "--commune", "00004", "--id-number", "001068012345", "--category", "poor");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "void", receipt, "--reason", "Ghi nhầm người nộp");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "check");
    g_assert_cmpint (r.status, ==, 0);
  }
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *copy = g_strdup_printf ("%s/copy-%zu.db", dir, i);
      g_autoptr(GFile) from = g_file_new_for_path (db);
      g_autoptr(GFile) to = g_file_new_for_path (copy);
      g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
      tamper (copy, cases[i].sql);
      {
        g_auto(Run) r = RUN ("--db", copy, "check");
        if (r.status != 1 || strstr (r.err, cases[i].found) == NULL)
          g_error ("check after changing %s: status %d, “%s”", cases[i].what, r.status, r.err);
      }
    }
}

/* Campaigns kept from the CLI (level, fund, edit, close), a gift without --campaign going to the
 * campaign running on its date, and donors found by the digits of their phone. */
static void
test_campaigns_and_phones (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "campaigns.db", NULL);

  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ủy ban MTTQ xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "add", "--name", "Tháng cao điểm 2026", "--from", "17/10/2026",
                         "--to", "18/11/2026", "--level", "commune", "--fund", "Quỹ Vì người nghèo xã");
    g_assert_cmpstr (r.out, ==, "1\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "add", "--name", "Tết vì người nghèo", "--from", "01/12/2026",
                         "--to", "15/02/2027", "--kind", "tet");
    g_assert_cmpstr (r.out, ==, "2\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "add", "--name", "X", "--from", "01/12/2026", "--to", "02/12/2026",
                         "--level", "galaxy");
    assert_one_error_line (&r, "galaxy");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Đỗ Văn Hùng", "--phone", "0912 685 908");
    g_assert_cmpstr (r.out, ==, "1\n");
  }
  /* The full number, the number as typed with spaces, and its last digits all find the donor. */
  for (const char *const *q = (const char *const[]) { "0912685908", "0912 685 908", "5908", "685908", NULL }; *q; q++)
    {
      g_auto(Run) r = RUN ("--db", db, "donor", "search", *q);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.out, ==, "1\tĐỗ Văn Hùng\n");
    }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "search", "908");
    g_assert_cmpstr (r.out, ==, "");
  }
  /* A gift in the peak month goes to it; one in Tết goes to the Tết campaign (the only one
   * running); --no-campaign keeps it out of both. */
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "200000", "--date", "20/10/2026");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "300000", "--date", "05/12/2026");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "50000", "--date", "21/10/2026",
                         "--no-campaign");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "list");
    g_assert_cmpstr (r.out, ==, "2\tTết vì người nghèo\t01/12/2026\t15/02/2027\t300000\ttet\topen\n"
                                "1\tTháng cao điểm 2026\t17/10/2026\t18/11/2026\t200000\tfundraising\topen\n");
  }
  /* An edit keeps what it is not given; a closed campaign takes no gift by default. */
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "edit", "1", "--to", "30/11/2026");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "close", "1");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "70000", "--date", "25/11/2026");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "list");
    g_assert_cmpstr (r.out, ==, "2\tTết vì người nghèo\t01/12/2026\t15/02/2027\t300000\ttet\topen\n"
                                "1\tTháng cao điểm 2026\t17/10/2026\t30/11/2026\t200000\tfundraising\tclosed\n");
  }
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM campaigns WHERE id = 1 AND level = 'commune' "
                                   "AND fund = 'Quỹ Vì người nghèo xã' AND name = 'Tháng cao điểm 2026'"), ==, 1);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM donations WHERE campaign_id IS NULL"), ==, 2);
}

/* Money out: a voucher numbered in its own series, the cash and bank books with their running
 * balance, a void voucher kept at zero, a payment beyond the balance refused unless allowed. */
static void
test_vouchers_and_books (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);

  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ủy ban MTTQ xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "book", "opening", "--account", "cash", "--date", "01/01/2026", "--amount", "1.000.000");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Phan Văn Lộc");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "500000", "--date", "05/01/2026",
                         "--no-campaign", "--reason", "Ủng hộ");
    g_assert_cmpstr (r.out, ==, "2026-000001\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "2000000", "--date", "06/01/2026",
                         "--method", "transfer", "--bank-ref", "FT1", "--no-campaign", "--reason", "Ủng hộ");
    g_assert_cmpstr (r.out, ==, "2026-000002\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "voucher", "add", "--to", "Lê Văn Cường", "--amount", "1,2 triệu", "--reason",
                         "Hỗ trợ xây nhà", "--date", "07/01/2026", "--purpose", "housing");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "PC2026-000001\n");
  }
  /* 300.000 left in cash from 7/1: a payment of 400.000 on 3/1 is refused, then allowed. */
  {
    g_auto(Run) r = RUN ("--db", db, "voucher", "add", "--to", "Hộ B", "--amount", "400000", "--reason", "Quà",
                         "--date", "03/01/2026");
    assert_one_error_line (&r, "300.000 đ");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "voucher", "add", "--to", "Hộ B", "--amount", "400000", "--reason", "Quà",
                         "--date", "03/01/2026", "--allow-negative");
    g_assert_cmpstr (r.out, ==, "PC2026-000002\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "voucher", "void", "PC2026-000002", "--reason", "Ghi nhầm");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "book", "show", "--account", "cash");
    g_assert_cmpstr (r.out, ==,
                     "opening\t\t\t\t\t1000000\n"
                     "03/01/2026\tPC2026-000002\tHộ B — Quà (void)\t0\t0\t1000000\n"
                     "05/01/2026\t2026-000001\tPhan Văn Lộc — Ủng hộ\t500000\t0\t1500000\n"
                     "07/01/2026\tPC2026-000001\tLê Văn Cường — Hỗ trợ xây nhà\t0\t1200000\t300000\n"
                     "total\t\t\t500000\t1200000\t300000\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "book", "show", "--account", "bank", "--period", "2026-01");
    g_assert_cmpstr (r.out, ==,
                     "opening\t\t\t\t\t0\n"
                     "06/01/2026\t2026-000002\tPhan Văn Lộc — Ủng hộ\t2000000\t0\t2000000\n"
                     "total\t\t\t2000000\t0\t2000000\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "journal", "--period", "2026-01");
    g_assert_cmpstr (r.out, ==, "2026-000001\t05/01/2026\tPhan Văn Lộc\tcash\t500000\tvalid\n"
                                "2026-000002\t06/01/2026\tPhan Văn Lộc\ttransfer\t2000000\tvalid\n"
                                "total\t\t2 valid, 0 void\t\t2500000\t\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "journal", "--method", "transfer");
    g_assert_cmpstr (r.out, ==, "2026-000002\t06/01/2026\tPhan Văn Lộc\ttransfer\t2000000\tvalid\n"
                                "total\t\t1 valid, 0 void\t\t2000000\t\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "journal", "--status", "lost");
    assert_one_error_line (&r, "valid or void");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "voucher", "list");
    g_assert_cmpstr (r.out, ==, "PC2026-000002\t03/01/2026\tHộ B\t400000\tvoid\n"
                                "PC2026-000001\t07/01/2026\tLê Văn Cường\t1200000\tvalid\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "voucher", "show", "PC2026-000001");
    g_assert_nonnull (strstr (r.out, "words\tMột triệu hai trăm nghìn đồng\n"));
    g_assert_nonnull (strstr (r.out, "purpose\thousing\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "voucher", "show", "2026-000001");
    assert_one_error_line (&r, "no payment voucher");
  }
  {
    g_autofree char *pdf = g_build_filename (dir, "pc.pdf", NULL);
    g_autofree char *bytes = NULL;
    gsize len = 0;
    g_auto(Run) r = RUN ("--db", db, "voucher", "pdf", "PC2026-000001", "-o", pdf, "--paper", "A4");

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_get_contents (pdf, &bytes, &len, NULL));
    g_assert_true (len > 1000 && memcmp (bytes, "%PDF-", 5) == 0);
    g_assert_cmpint (count_rows (db, "SELECT print_count FROM payment_vouchers WHERE number = 1"), ==, 1);
  }
  for (const char *const *kind = (const char *const[]) { "pdf", "xlsx", NULL }; *kind; kind++)
    {
      g_autofree char *file = g_strdup_printf ("%s/book.%s", dir, *kind);
      g_autofree char *bytes = NULL;
      gsize len = 0;
      g_auto(Run) r = RUN ("--db", db, "book", *kind, "--account", "cash", "--period", "2026", "-o", file);

      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (g_file_get_contents (file, &bytes, &len, NULL));
      g_assert_true (len > 1000 && memcmp (bytes, g_str_equal (*kind, "pdf") ? "%PDF-" : "PK", 2) == 0);
    }
  {
    g_auto(Run) r = RUN ("--db", db, "book", "pdf", "--account", "cash", "-o", "/nonexistent/book.pdf");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpint (count_rows (db, "SELECT count(*) FROM export_log WHERE what = 'cash-book'"), ==, 2);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "check");
    g_assert_cmpint (r.status, ==, 0);
  }
}

/* Another program holds the file for a while: the CLI says it is waiting, then records the gift;
 * nothing is lost. */
static void
test_busy_waits (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "busy.db", NULL);
  sqlite3 *holder = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GPid pid;
  int out_fd, err_fd, status = 0;

  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ủy ban MTTQ xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Đoàn Văn Bận");
    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_cmpint (sqlite3_open (db, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_ptr_array_add (argv, (char *) g_getenv ("TT_CLI"));
  for (const char *const *a = (const char *const[]) { "--db", db, "donation", "add", "--donor", "1", "--amount",
                                                       "300000", NULL }; *a; a++)
    g_ptr_array_add (argv, (char *) *a);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, NULL, &out_fd, &err_fd, &error));
  g_usleep (1500 * 1000);
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);
  waitpid (pid, &status, 0);
  {
    g_autoptr(GIOChannel) o = g_io_channel_unix_new (out_fd);
    g_autoptr(GIOChannel) e = g_io_channel_unix_new (err_fd);
    g_io_channel_set_close_on_unref (o, TRUE);
    g_io_channel_set_close_on_unref (e, TRUE);
    g_io_channel_read_to_end (o, &out, NULL, NULL);
    g_io_channel_read_to_end (e, &err, NULL, NULL);
  }
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_nonnull (strstr (err, "busy in another program; waiting"));
  g_assert_true (g_str_has_suffix (g_strchomp (out), "-000001"));
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM donations WHERE amount = 300000"), ==, 1);
}

/* A file that is no office is refused with one line naming it; nothing is made of it. */
static void
test_refused_office_files (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *empty = g_build_filename (dir, "z.db", NULL);
  GStatBuf st;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  {
    g_auto(Run) r = RUN ("--db", empty, "donor", "add", "--name", "A");
    assert_one_error_line (&r, "z.db” is empty");
  }
  g_assert_cmpint (g_stat (empty, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  {
    g_autofree char *wal = g_strconcat (empty, "-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
}

/* The fund's name is the office's: a Red Cross chapter's papers name its own campaign. */
static void
test_fund_name (void)
{
  const char *fund = "Cuộc vận động \"Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo\"";
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "fund.db", NULL);
  g_autofree char *cert_pdf = g_build_filename (dir, "c.pdf", NULL);
  g_autofree char *statement_pdf = g_build_filename (dir, "s.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *receipt = NULL;

  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Hội Chữ thập đỏ xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "office", "set", "fund", fund);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "add", "--name", "Trần Thị Hoa");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "add", "--donor", "1", "--amount", "300000");
    g_assert_cmpint (r.status, ==, 0);
    receipt = g_strdup (g_strchomp (r.out));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donation", "show", receipt);
    g_assert_cmpint (r.status, ==, 0);
    assert_has ("donation show", r.out, "\nreason\tỦng hộ Cuộc vận động \"Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo\"\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "receipt", "pdf", receipt, "--certificate", "-o", cert_pdf);
    g_assert_cmpint (r.status, ==, 0);
    text = pdf_text (cert_pdf);
    assert_has ("the certificate", text, "Hội Chữ thập đỏ xã Thử Nghiệm trân trọng cảm ơn");
    assert_has ("the certificate", text, "địa chỉ nhân đạo");
    g_assert_null (strstr (text, "Vì người nghèo"));
    g_clear_pointer (&text, g_free);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "donor", "statement", "1", "-o", statement_pdf);
    g_assert_cmpint (r.status, ==, 0);
    text = pdf_text (statement_pdf);
    assert_has ("the statement", text, "Hội Chữ thập đỏ xã Thử Nghiệm xác nhận đã nhận");
    g_assert_null (strstr (text, "Vì người nghèo"));
  }
}

/* What a poor household lacked, from its list or the command line, shown with the household and
 * counted by the targets of adequate housing, clean water and a hygienic latrine. */
static void
test_lacking (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "lacking.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "list.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *campaign = NULL;

  g_assert_true (g_file_set_contents (csv,
                                      "Chủ hộ;Năm sinh;Mã xã;Thôn;Phân loại;Năm;Các chỉ số thiếu hụt\n"
                                      "Nguyễn Văn An;1965;00004;Thôn Đông;Hộ nghèo;2026;Nước sinh hoạt, nhà tiêu\n"
                                      "Trần Thị Bình;1970;00004;Thôn Đông;Hộ nghèo;2026;\n"
                                      "Lê Văn Cường;1958;00004;Thôn Tây;Hộ nghèo;2026;7, 8\n"
                                      "Phạm Thị Dung;1980;00004;Thôn Tây;Hộ nghèo;2026;\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad,
                                      "Chủ hộ;Năm sinh;Mã xã;Phân loại;Chỉ số thiếu hụt\n"
                                      "Đỗ Văn Em;1990;00004;Hộ nghèo;13\n"
                                      "Vũ Thị Hoa;1985;00004;;Nước sinh hoạt\n", -1, NULL));
  {
    g_auto(Run) r = RUN ("--db", db, "init", "--office", "Ban vận động phường Ba Đình");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", bad, "--dry-run");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, "row 2, column “Chỉ số thiếu hụt”: “13” is not an indicator of the poverty "
                                "standard: write its name (Nước sinh hoạt, Nhà tiêu hợp vệ sinh…) or its number "
                                "from 1 to 12.\n"
                                "row 3, column “Chỉ số thiếu hụt”: The indicators lacking belong to the year’s "
                                "category: give the row its category.\n"
                                "nothing would be imported: 2 rows have problems\n");
  }
  {
    g_auto(Run) r = RUN ("--db", db, "import", "households", csv);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "show", "1");
    g_assert_nonnull (strstr (r.out, "lacking\t2026\twater, latrine\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "show", "3");
    g_assert_nonnull (strstr (r.out, "lacking\t2026\thousing-quality, housing-area\n"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "classify", "2", "--category", "poor", "--year", "2026",
                         "--lacking", "nước sạch");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "classify", "4", "--category", "poor", "--year", "2026",
                         "--lacking", "");
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Run) r = RUN ("--db", db, "household", "classify", "4", "--category", "poor", "--lacking", "mái nhà");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "“mái nhà” is not an indicator"));
  }
  {
    g_auto(Run) r = RUN ("--db", db, "campaign", "add", "--name", "An sinh 2026", "--from", "2026-01-01",
                         "--to", "2026-12-31");
    g_assert_cmpint (r.status, ==, 0);
    campaign = g_strdup (g_strchomp (r.out));
  }
  {
    static const char *const targets[][2] = {
      { "housing-adequate-percent", "74" }, { "clean-water-percent", "93,5" }, { "latrine-percent", "80" } };
    for (gsize i = 0; i < G_N_ELEMENTS (targets); i++)
      {
        g_auto(Run) r = RUN ("--db", db, "campaign", "target", "add", campaign, "--measure", targets[i][0],
                             "--value", targets[i][1]);
        g_assert_cmpint (r.status, ==, 0);
      }
  }
  {
    /* Four poor households surveyed: one lacks the house (3), two lack water (1, 2), one a latrine (1). */
    g_auto(Run) r = RUN ("--db", db, "campaign", "progress", campaign);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "housing-adequate-percent\t\t74.00\t75.00\t101.4\n"));
    g_assert_nonnull (strstr (r.out, "clean-water-percent\t\t93.50\t50.00\t53.5\n"));
    g_assert_nonnull (strstr (r.out, "latrine-percent\t\t80.00\t75.00\t93.8\n"));
  }
  {
    /* "Mỗi xã": one target per commune of the office's province, an id per line. */
    g_auto(Run) set = RUN ("--db", db, "office", "set", "province-code", "01");
    g_auto(Run) r = RUN ("--db", db, "campaign", "target", "add", campaign, "--measure", "houses-new",
                         "--value", "2", "--unit", "mỗi xã");
    g_auto(GStrv) lines = g_strsplit (r.out, "\n", -1);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpuint (g_strv_length (lines) - 1, >, 1);
  }
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  int rc;

  g_test_init (&argc, &argv, NULL);
  dir = tt_test_tmpdir ();
  db_path = g_build_filename (dir, "office.db", NULL);
  {
    g_auto(Run) r = RUN ("--db", db_path, "init", "--office", "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm");
    g_assert_cmpint (r.status, ==, 0);
  }
  g_test_add_func ("/cli/words-fold", test_words_and_fold);
  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/words-everywhere", test_words_everywhere);
  g_test_add_func ("/cli/fund-name", test_fund_name);
  g_test_add_func ("/cli/hostile-input", test_hostile_input);
  g_test_add_func ("/cli/refused-office-files", test_refused_office_files);
  g_test_add_func ("/cli/tamper-evident", test_tamper_evident);
  g_test_add_func ("/cli/busy-waits", test_busy_waits);
  g_test_add_func ("/cli/campaigns-and-phones", test_campaigns_and_phones);
  g_test_add_func ("/cli/vouchers-and-books", test_vouchers_and_books);
  g_test_add_func ("/cli/ledger-flow", test_ledger_flow);
  g_test_add_func ("/cli/office-backup", test_office_and_backup);
  g_test_add_func ("/cli/missing-and-init", test_missing_and_init);
  g_test_add_func ("/cli/demo", test_demo);
  g_test_add_func ("/cli/batches", test_batches);
  g_test_add_func ("/cli/households-gifts", test_households_and_gifts);
  g_test_add_func ("/cli/lacking", test_lacking);
  rc = g_test_run ();
  g_free (db_path);
  return rc;
}
