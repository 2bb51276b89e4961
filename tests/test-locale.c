/* test-locale.c — the files tuong-than-cli writes are the same in every locale, and the
 * program speaks Vietnamese under a Vietnamese locale when started from the build tree
 *
 * Each export is written twice from one office, under vi_VN.UTF-8 (decimal comma) and under
 * C.UTF-8, and the two files are compared part by part. vi_VN.UTF-8 must exist on the machine
 * (tools/dev generates it); without it this test fails rather than proving nothing.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tt-locale.h"
#include "tt-test-util.h"

#define VI "vi_VN.UTF-8"
#define C "C.UTF-8"

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

static char *dir;
static char *db_path;

/* Runs @argv with the locale given as a user would have it: LC_ALL and LANG set to @lc_all
 * (NULL: LC_ALL unset, LANG=@lang), LANGUAGE as given (NULL: unset). */
static Run
run_in (const char *lc_all, const char *lang, const char *language, const char *const *argv)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  Run r = { 0 };
  int wait_status = 0;

  env = g_environ_unsetenv (env, "LC_ALL");
  env = g_environ_unsetenv (env, "LC_MESSAGES");
  env = g_environ_unsetenv (env, "LC_NUMERIC");
  env = g_environ_unsetenv (env, "LANGUAGE");
  if (lc_all != NULL)
    env = g_environ_setenv (env, "LC_ALL", lc_all, TRUE);
  env = g_environ_setenv (env, "LANG", lang, TRUE);
  if (language != NULL)
    env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &r.out, &r.err,
                               &wait_status, &error));
  g_assert_no_error (error);
  r.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  return r;
}

/* tuong-than-cli --db office.db ARGS... under @locale. */
#define CLI(locale, ...) \
  run_in ((locale), (locale), NULL, (const char *const[]) { g_getenv ("TT_CLI"), "--db", db_path, __VA_ARGS__, NULL })

static void
assert_ok (const Run *r)
{
  if (r->status != 0)
    g_error ("tuong-than-cli failed (%d): %s", r->status, r->err);
}

static char *
first_field (const char *out)
{
  return g_strndup (out, strcspn (out, "\t\n"));
}

static GBytes *
unzip_member (const char *zip, const char *member)
{
  /* unzip takes member names as patterns: "[Content_Types].xml" needs its bracket quoted. */
  g_auto(GStrv) parts = g_strsplit (member, "[", -1);
  g_autofree char *pattern = g_strjoinv ("[[]", parts);
  const char *argv[] = { g_getenv ("TT_UNZIP"), "-p", zip, pattern, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) p = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate (p, NULL, NULL, &bytes, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 0);
  return g_steal_pointer (&bytes);
}

static char **
zip_members (const char *zip)
{
  const char *argv[] = { g_getenv ("TT_UNZIP"), "-Z1", zip, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  char **members;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                               &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  members = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (members), >, 3);
  return members;
}

/* A copy of @bytes where what follows each @key up to @stop is blanked out: the moment the file
 * was made differs between two runs. */
static GBytes *
blank_dates (GBytes *bytes, const char *key, char stop)
{
  gsize len, key_len = strlen (key);
  guint8 *data = g_bytes_unref_to_data (g_bytes_ref (bytes), &len);

  for (gsize i = 0; i + key_len <= len; i++)
    if (memcmp (data + i, key, key_len) == 0)
      for (i += key_len; i < len && data[i] != stop; i++)
        data[i] = '*';
  return g_bytes_new_take (data, len);
}

/* Numbers in the workbook's XML: attribute values and cell values. */
static void
assert_no_decimal_comma (const char *member, GBytes *xml)
{
  g_autoptr(GRegex) re = g_regex_new ("(=\"[-+0-9.Ee]*[0-9],[0-9][^\"]*\")|(<v>[^<]*,[^<]*</v>)",
                                      G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);

  if (g_regex_match_full (re, data, len, 0, 0, &match, NULL))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);
      g_error ("%s has a number with a decimal comma: %s", member, found);
    }
}

static void
assert_same_workbook (const char *vi, const char *c)
{
  g_auto(GStrv) members = zip_members (vi);
  g_auto(GStrv) c_members = zip_members (c);
  guint n_checked = 0;

  g_assert_cmpstrv (members, c_members);
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_autoptr(GBytes) a = unzip_member (vi, members[i]);
      g_autoptr(GBytes) b = unzip_member (c, members[i]);

      if (g_str_equal (members[i], "docProps/core.xml"))
        {
          g_autoptr(GBytes) da = blank_dates (a, "dcterms:W3CDTF\">", '<');
          g_autoptr(GBytes) db = blank_dates (b, "dcterms:W3CDTF\">", '<');
          g_assert_true (g_bytes_equal (da, db));
          continue;
        }
      if (!g_bytes_equal (a, b))
        g_error ("%s differs between %s and %s", members[i], VI, C);
      if (g_str_has_prefix (members[i], "xl/worksheets/") || g_str_equal (members[i], "xl/styles.xml"))
        {
          assert_no_decimal_comma (members[i], a);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >=, 2);
}

/* Two PDFs are the same but for the moment they were made. */
static void
assert_same_pdf (const char *vi, const char *c)
{
  g_autoptr(GMappedFile) fa = g_mapped_file_new (vi, FALSE, NULL);
  g_autoptr(GMappedFile) fb = g_mapped_file_new (c, FALSE, NULL);
  g_autoptr(GBytes) a = NULL, b = NULL;

  g_assert_nonnull (fa);
  g_assert_nonnull (fb);
  {
    g_autoptr(GBytes) ra = g_mapped_file_get_bytes (fa);
    g_autoptr(GBytes) rb = g_mapped_file_get_bytes (fb);
    g_autoptr(GBytes) ca = blank_dates (ra, "/CreationDate (", ')');
    g_autoptr(GBytes) cb = blank_dates (rb, "/CreationDate (", ')');
    a = blank_dates (ca, "/ModDate (", ')');
    b = blank_dates (cb, "/ModDate (", ')');
  }
  g_assert_cmpuint (g_bytes_get_size (a), >, 1000);
  g_assert_true (memcmp (g_bytes_get_data (a, NULL), "%PDF-", 5) == 0);
  if (!g_bytes_equal (a, b))
    g_error ("%s and %s differ beyond their dates", vi, c);
}

static char *
out_path (const char *name, const char *locale)
{
  g_autofree char *file = g_strdup_printf ("%s-%s", locale, name);
  return g_build_filename (dir, file, NULL);
}

static void
test_exports_same_in_every_locale (void)
{
  const char *locales[] = { VI, C };
  g_autofree char *campaign = NULL, *package = NULL, *list = NULL, *donor = NULL, *receipt = NULL;

  {
    g_auto(Run) r = CLI (C, "office", "set", "commune-code", "00004");
    assert_ok (&r);
  }
  {
    const char *heads[] = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường" };
    const char *villages[] = { "Thôn Đông", "Thôn Đông", "Thôn Tây" };
    for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
      {
        g_autofree char *id_number = g_strdup_printf ("00106101234%u", i);
        g_auto(Run) r = CLI (C, "household", "add", "--head", heads[i], "--birth-year", "1961",
                             "--id-number", id_number, "--commune", "00004", "--village", villages[i],
                             "--category", i == 1 ? "near-poor" : "poor", "--year", "2026");
        assert_ok (&r);
      }
  }
  {
    g_auto(Run) r = CLI (C, "household", "total", "--commune", "00004", "--count", "7", "--year", "2026");
    assert_ok (&r);
  }
  {
    g_auto(Run) r = CLI (C, "campaign", "add", "--name", "Tết Bính Ngọ 2026", "--from", "2026-01-01",
                         "--to", "2026-02-28", "--kind", "tet");
    assert_ok (&r);
    campaign = first_field (r.out);
  }
  {
    g_auto(Run) r = CLI (C, "gifts", "package", "add", "--campaign", campaign, "--name", "Suất quà Tết",
                         "--value", "1,5 triệu");
    assert_ok (&r);
    package = first_field (r.out);
  }
  {
    g_auto(Run) r = CLI (C, "gifts", "list", "create", "--campaign", campaign, "--package", package);
    assert_ok (&r);
    list = first_field (r.out);
  }
  {
    g_auto(Run) r = CLI (C, "gifts", "list", "deliver", list, "--household", "1", "--proxy", "Nguyễn Văn Bảo",
                         "--date", "10/02/2026");
    assert_ok (&r);
  }
  {
    g_auto(Run) r = CLI (C, "donor", "add", "--name", "Phạm Thị Dung");
    assert_ok (&r);
    donor = first_field (r.out);
  }
  {
    g_auto(Run) r = CLI (C, "donation", "add", "--donor", donor, "--amount", "2.750.000", "--date", "2026-01-20");
    assert_ok (&r);
    receipt = first_field (r.out);
  }
  {
    g_auto(Run) r = CLI (C, "office", "set", "bank-bin", "970436");
    assert_ok (&r);
  }
  {
    g_auto(Run) r = CLI (C, "office", "set", "bank-account", "0011004455667");
    assert_ok (&r);
  }

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *xlsx = out_path ("sheet.xlsx", locales[i]);
      g_autofree char *sheet = out_path ("sheet.pdf", locales[i]);
      g_autofree char *copy = out_path ("receipt.pdf", locales[i]);
      g_autofree char *thanks = out_path ("thanks.pdf", locales[i]);
      g_autofree char *statement = out_path ("statement.pdf", locales[i]);
      g_auto(Run) a = CLI (locales[i], "gifts", "list", "xlsx", list, "-o", xlsx);
      g_auto(Run) b = CLI (locales[i], "gifts", "list", "pdf", list, "-o", sheet);
      g_auto(Run) c = CLI (locales[i], "receipt", "pdf", receipt, "--copy", "-o", copy);
      g_auto(Run) d = CLI (locales[i], "receipt", "pdf", receipt, "--certificate", "-o", thanks);
      g_auto(Run) e = CLI (locales[i], "donor", "statement", donor, "--year", "2026", "-o", statement);
      assert_ok (&a);
      assert_ok (&b);
      assert_ok (&c);
      assert_ok (&d);
      assert_ok (&e);
    }
  {
    g_autofree char *vi = out_path ("sheet.xlsx", VI), *c = out_path ("sheet.xlsx", C);
    assert_same_workbook (vi, c);
  }
  {
    const char *pdfs[] = { "sheet.pdf", "receipt.pdf", "thanks.pdf", "statement.pdf" };
    for (guint i = 0; i < G_N_ELEMENTS (pdfs); i++)
      {
        g_autofree char *vi = out_path (pdfs[i], VI), *c = out_path (pdfs[i], C);
        assert_same_pdf (vi, c);
      }
  }
}

/* What scripts read from tuong-than-cli: rates and coverage with a decimal point. */
static void
test_cli_numbers_same_in_every_locale (void)
{
  g_auto(Run) vi = CLI (VI, "household", "stats", "--year", "2026");
  g_auto(Run) c = CLI (C, "household", "stats", "--year", "2026");
  g_auto(Run) vi_cover = CLI (VI, "gifts", "coverage", "--campaign", "1", "--year", "2026");
  g_auto(Run) c_cover = CLI (C, "gifts", "coverage", "--campaign", "1", "--year", "2026");

  assert_ok (&vi);
  assert_ok (&c);
  /* The header and the total's label are translated; the figures are not. */
  g_assert_nonnull (strstr (vi.out, "\n00004\tPhường Ba Đình\t7\t2\t28.57\t1\t14.29\n"));
  g_assert_nonnull (strstr (c.out, "\n00004\tPhường Ba Đình\t7\t2\t28.57\t1\t14.29\n"));
  assert_ok (&vi_cover);
  g_assert_cmpstr (vi_cover.out, ==, c_cover.out);
  g_assert_true (g_str_has_prefix (c_cover.out, "covered 3 of 3 (100 %)\n"));
}

/* Started from the build tree, as tools/dev run starts it, under a Vietnamese locale the CLI
 * finds its translations: LANG alone, LANGUAGE=vi, or LC_ALL. */
static void
test_cli_speaks_vietnamese (void)
{
  const char *help[] = { g_getenv ("TT_CLI"), "--help", NULL };
  const char *missing[] = { g_getenv ("TT_CLI"), "--db", db_path, "gifts", "list", "show", "99", NULL };
  struct { const char *lc_all, *lang, *language; } cases[] = {
    { NULL, VI, NULL },
    { NULL, VI, "vi" },
    { VI, C, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) h = run_in (cases[i].lc_all, cases[i].lang, cases[i].language, help);
      g_auto(Run) e = run_in (cases[i].lc_all, cases[i].lang, cases[i].language, missing);
      g_assert_cmpint (h.status, ==, 0);
      if (strstr (h.out, "Các lệnh:") == NULL)
        g_error ("--help under LANG=%s LANGUAGE=%s is not in Vietnamese:\n%s", cases[i].lang,
                 cases[i].language ? cases[i].language : "(unset)", h.out);
      g_assert_cmpint (e.status, ==, 1);
      g_assert_cmpstr (e.err, ==, "error: Không có danh sách quà số 99.\n");
    }
  {
    g_auto(Run) e = run_in (NULL, C, NULL, missing);
    g_assert_cmpstr (e.err, ==, "error: There is no gift list 99.\n");
  }
}

/* The same lookup as the programs' main(): from the build tree, the build tree's catalogue. */
static void
test_build_tree_catalogue (void)
{
  g_autofree char *mo = g_build_filename (tt_locale_dir (), "vi", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  g_assert_cmpstr (tt_locale_dir (), ==, TT_BUILD_LOCALEDIR);
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
}

int
main (int argc, char **argv)
{
  locale_t vi;
  int rc;

  g_test_init (&argc, &argv, NULL);
  vi = newlocale (LC_ALL_MASK, VI, (locale_t) 0);
  if (vi == (locale_t) 0)
    g_error ("The locale %s is missing: run tools/dev test (or generate it with locale-gen)", VI);
  freelocale (vi);
  g_assert_nonnull (g_getenv ("TT_UNZIP"));

  dir = tt_test_tmpdir ();
  db_path = g_build_filename (dir, "office.db", NULL);
  {
    g_auto(Run) r = CLI (C, "init", "--office", "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm");
    assert_ok (&r);
  }
  g_test_add_func ("/locale/exports", test_exports_same_in_every_locale);
  g_test_add_func ("/locale/cli-numbers", test_cli_numbers_same_in_every_locale);
  g_test_add_func ("/locale/cli-vietnamese", test_cli_speaks_vietnamese);
  g_test_add_func ("/locale/build-tree-catalogue", test_build_tree_catalogue);
  rc = g_test_run ();
  g_free (db_path);
  g_free (dir);
  return rc;
}
