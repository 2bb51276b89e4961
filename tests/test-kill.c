/* test-kill.c — writers killed at random points leave a sound office file
 *
 * The CLI records donations and imports household lists while this program kills it with
 * SIGKILL after a random delay. Afterwards the file passes the integrity check and `check`,
 * every receipt the CLI printed is there with its amount, and every import is either whole or
 * absent. TT_KILL_ROUNDS=N runs longer (see README, Benchmarks); the suite runs a short version.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tt-check.h"
#include "tt-test-util.h"

static int rounds = 24;

/* Runs the CLI with @args and kills it after @delay_us unless it ended (NEVER: lets it end);
 * its output so far. */
#define NEVER G_MAXULONG

static char *
run_and_kill (const char *const *args, gulong delay_us, gboolean *finished)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out_fd, status = 0;
  GString *out = g_string_new (NULL);
  char buf[256];
  gssize n;

  g_ptr_array_add (argv, (char *) g_getenv ("TT_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD |
                                           G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, NULL, &out_fd, NULL,
                                           &error));
  if (delay_us != NEVER)
    {
      g_usleep (delay_us);
      kill (pid, SIGKILL);
    }
  waitpid (pid, &status, 0);
  while ((n = read (out_fd, buf, sizeof buf)) > 0)
    g_string_append_len (out, buf, n);
  close (out_fd);
  *finished = WIFEXITED (status) && WEXITSTATUS (status) == 0;
  return g_string_free (out, FALSE);
}

static gint64
count (const char *db, const char *sql)
{
  g_autoptr(TtDb) handle = tt_db_open (db, NULL);

  g_assert_nonnull (handle);
  return tt_test_count (handle, sql);
}

static void
test_killed_writers (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "office.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "ho.csv", NULL);
  g_autoptr(GHashTable) receipts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) list = g_string_new ("Họ và tên chủ hộ,Năm sinh,Giới tính,Mã xã,Thôn,Phân loại\n");
  g_autoptr(GRand) r = g_rand_new_with_seed (20261130);
  gint64 households = 0;
  guint killed = 0;
  gboolean done;

  for (int i = 0; i < 400; i++)
    g_string_append_printf (list, "Nguyễn Văn Hộ %d,%d,Nam,00004,Thôn %d,Hộ nghèo\n", i, 1950 + i % 50, i % 7);
  g_assert_true (g_file_set_contents (csv, list->str, -1, NULL));
  {
    const char *init[] = { "--db", db, "init", "--office", "Ủy ban MTTQ xã Thử Nghiệm", NULL };
    const char *donor[] = { "--db", db, "donor", "add", "--name", "Phùng Thị Lan", NULL };
    /* The office and its donor are made whole, however slow the machine. */
    g_autofree char *o1 = run_and_kill (init, NEVER, &done);
    g_assert_true (done);
    g_autofree char *o2 = run_and_kill (donor, NEVER, &done);
    g_assert_true (done);
  }

  for (int i = 0; i < rounds; i++)
    {
      gulong delay = g_rand_int_range (r, 0, 120000);

      if (i % 6 == 5)
        {
          const char *import[] = { "--db", db, "import", "households", csv, "--duplicates", "skip", "--year", "2026", NULL };
          g_autofree char *out = run_and_kill (import, delay * 4, &done);
          killed += !done;
          gint64 now = count (db, "SELECT count(*) FROM households");
          /* Whole or absent: the 400 rows once, whatever the round that finished first. */
          g_assert_true (now == 0 || now == 400);
          if (done)
            g_assert_cmpint (now, ==, 400);
          households = now;
        }
      else
        {
          g_autofree char *amount = g_strdup_printf ("%d", 10000 * (i + 1));
          const char *gift[] = { "--db", db, "donation", "add", "--donor", "1", "--amount", amount, NULL };
          g_autofree char *out = run_and_kill (gift, delay, &done);
          killed += !done;
          if (done)
            g_hash_table_insert (receipts, g_strdup (g_strchomp (out)), GINT_TO_POINTER (10000 * (i + 1)));
        }
    }

  g_test_message ("%d writers, %u killed before they finished, %u receipts printed", rounds, killed,
                  g_hash_table_size (receipts));
  {
    g_autoptr(TtDb) handle = tt_db_open (db, NULL);
    g_autoptr(GPtrArray) problems = NULL;
    GHashTableIter iter;
    gpointer key, value;

    g_assert_nonnull (handle);
    g_assert_true (tt_check_run (handle, &problems, NULL));
    for (guint i = 0; i < problems->len; i++)
      g_printerr ("%s\n", (const char *) problems->pdata[i]);
    g_assert_cmpuint (problems->len, ==, 0);
    g_hash_table_iter_init (&iter, receipts);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        g_autofree char *sql = g_strdup_printf ("SELECT amount FROM donations d JOIN doc_series s ON s.id = d.series_id "
                                                "WHERE s.code || '-' || printf ('%%06d', d.number) = '%s'",
                                                (const char *) key);
        g_assert_cmpint (tt_test_count (handle, sql), ==, GPOINTER_TO_INT (value));
      }
    g_assert_cmpint (tt_test_count (handle, "SELECT count(*) FROM households"), ==, households);
  }
}

int
main (int argc, char **argv)
{
  const char *n = g_getenv ("TT_KILL_ROUNDS");

  g_test_init (&argc, &argv, NULL);
  if (n != NULL)
    rounds = MAX (1, atoi (n));
  g_test_add_func ("/kill/writers", test_killed_writers);
  return g_test_run ();
}
