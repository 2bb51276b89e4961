/* test-ledger.c — payment vouchers and the cash and bank books */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tt-books.h"
#include "tt-check.h"
#include "tt-demo.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-test-util.h"
#include "tt-text.h"
#include "tt-vouchers.h"

/* Two programs paying at once: 300 vouchers each are numbered 1 to 600, no gap and no number
 * twice, and the receipts' numbering is not touched. */
static void
test_two_writers (void)
{
  g_autofree char *path = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (&path);
  g_autoptr(GError) error = NULL;
  TtDonorInput donor = { .name = "Nguyễn Văn A" };
  TtDonationInput gift = { .amount = 100000, .received_on = "2026-01-02" };
  pid_t children[2];

  gift.donor_id = tt_donor_add (db, &donor, &error);
  g_assert_cmpint (tt_donation_add (db, &gift, NULL, &error), >, 0);
  g_clear_object (&db);

  for (int c = 0; c < 2; c++)
    if ((children[c] = fork ()) == 0)
      {
        g_autoptr(TtDb) mine = tt_db_open (path, NULL);
        TtVoucherInput in = { .payee_name = c ? "Người B" : "Người A", .amount = 1000, .reason = "Chi thử",
                              .paid_on = "2026-03-01", .allow_negative = TRUE };
        for (int i = 0; i < 300; i++)
          if (mine == NULL || tt_voucher_add (mine, &in, NULL, NULL) == 0)
            _exit (1);
        _exit (0);
      }
  for (int c = 0; c < 2; c++)
    {
      int status = 0;
      waitpid (children[c], &status, 0);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }
  db = tt_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM payment_vouchers"), ==, 600);
  g_assert_cmpint (tt_test_count (db, "SELECT count(DISTINCT number) FROM payment_vouchers"), ==, 600);
  g_assert_cmpint (tt_test_count (db, "SELECT min(number) FROM payment_vouchers"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT max(number) FROM payment_vouchers"), ==, 600);
  g_assert_cmpint (tt_test_count (db, "SELECT last_number FROM doc_series WHERE doc_kind = 'voucher'"), ==, 600);
  g_assert_cmpint (tt_test_count (db, "SELECT last_number FROM doc_series WHERE doc_kind = 'receipt'"), ==, 1);
}

/* A year of receipts and vouchers, cash and transfer, some void, some backdated: at every line of
 * both books the balance is the opening plus what came in less what went out so far; the cash
 * book shows no transfer and the bank book no cash. */
/* @compact holds the lines of @whole, and reads them back the same. */
static void
assert_same_book (TtDb *db, const TtBook *whole, const TtBook *compact)
{
  guint voided = 0;

  g_assert_true (compact->compact);
  g_assert_false (whole->compact);
  /* Balances are noted every 64 lines: lines past the first marks are read back too. */
  g_assert_cmpuint (whole->lines->len, >, 3 * 64);
  g_assert_cmpuint (tt_book_n_lines (compact), ==, whole->lines->len);
  g_assert_cmpint (compact->opening, ==, whole->opening);
  g_assert_cmpint (compact->total_in, ==, whole->total_in);
  g_assert_cmpint (compact->total_out, ==, whole->total_out);
  g_assert_cmpint (compact->closing, ==, whole->closing);
  for (guint i = 0; i < whole->lines->len; i++)
    {
      const TtBookLine *w = &g_array_index (whole->lines, TtBookLine, i);
      TtBookLine c;
      g_assert_true (tt_book_line_read (db, compact, i, &c));
      g_assert_cmpstr (c.on, ==, w->on);
      g_assert_cmpstr (c.document, ==, w->document);
      g_assert_cmpstr (c.description, ==, w->description);
      g_assert_cmpint (c.in, ==, w->in);
      g_assert_cmpint (c.out, ==, w->out);
      g_assert_cmpint (c.balance, ==, w->balance);
      g_assert_cmpint (c.is_void, ==, w->is_void);
      g_assert_cmpint (c.is_voucher, ==, w->is_voucher);
      g_assert_cmpint (c.id, ==, w->id);
      voided += w->is_void;
      tt_book_line_clear (&c);
    }
  g_assert_cmpuint (compact->voided, ==, voided);
  g_assert_cmpuint (whole->voided, ==, voided);
}

static void
test_books_balance (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GHashTable) method_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  TtDonorInput donor = { .name = "Trần Thị B" };
  gint64 donor_id = tt_donor_add (db, &donor, &error);

  g_assert_true (tt_book_set_opening (db, TT_ACCOUNT_CASH, "2026-01-01", 5000000, &error));
  g_assert_true (tt_book_set_opening (db, TT_ACCOUNT_BANK, "2026-01-01", 20000000, &error));
  for (int i = 0; i < 400; i++)
    {
      char date[11];
      gboolean transfer = g_rand_boolean (rand);
      g_autofree char *number = NULL;

      /* Dates go forward and, one time in five, back into the past. */
      g_snprintf (date, sizeof date, "2026-%02d-%02d", g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      if (g_rand_int_range (rand, 0, 3) > 0)
        {
          g_autofree char *ref = g_strdup_printf ("FT%04d", i);
          TtDonationInput in = { .donor_id = donor_id, .amount = g_rand_int_range (rand, 1, 50) * 10000,
                                 .received_on = date, .method = transfer ? "transfer" : "cash",
                                 .bank_ref = transfer ? ref : NULL };
          g_autofree char *receipt = NULL;
          g_assert_cmpint (tt_donation_add (db, &in, &receipt, &error), >, 0);
          g_hash_table_insert (method_of, g_steal_pointer (&receipt), g_strdup (in.method));
          if (g_rand_int_range (rand, 0, 10) == 0)
            {
              g_autofree char *last = g_strdup_printf ("%.4s-%06lld", date,
                                                       (long long) tt_test_count (db, "SELECT max(number) FROM donations"));
              g_assert_true (tt_donation_void (db, last, "Ghi nhầm", &error));
            }
        }
      else
        {
          TtVoucherInput in = { .payee_name = "Hộ nghèo", .amount = g_rand_int_range (rand, 1, 30) * 10000,
                                .reason = "Hỗ trợ", .paid_on = date, .method = transfer ? "transfer" : "cash",
                                .allow_negative = TRUE };
          g_assert_cmpint (tt_voucher_add (db, &in, &number, &error), >, 0);
          g_hash_table_insert (method_of, g_strdup (number), g_strdup (in.method));
          if (g_rand_int_range (rand, 0, 10) == 0)
            g_assert_true (tt_voucher_void (db, number, "Chi nhầm", &error));
        }
      g_assert_no_error (error);
    }

  for (int a = 0; a < 2; a++)
    {
      TtAccount account = a ? TT_ACCOUNT_BANK : TT_ACCOUNT_CASH;
      g_autoptr(TtBook) year = tt_book_load (db, account, "2026-01-01", "2026-12-31", &error);
      g_autoptr(TtBook) half = tt_book_load (db, account, "2026-07-01", "2026-12-31", &error);
      gint64 in = 0, out = 0;
      guint in_half = 0;

      g_assert_no_error (error);
      g_assert_cmpint (year->opening, ==, a ? 20000000 : 5000000);
      for (guint i = 0; i < year->lines->len; i++)
        {
          TtBookLine *l = &g_array_index (year->lines, TtBookLine, i);
          const char *method = g_hash_table_lookup (method_of, l->document);

          g_assert_cmpstr (method, ==, a ? "transfer" : "cash");
          in += l->in;
          out += l->out;
          g_assert_cmpint (l->balance, ==, year->opening + in - out);
          if (l->is_void)
            {
              g_assert_cmpint (l->in + l->out, ==, 0);
              g_assert_nonnull (strstr (l->description, "(void)"));
            }
          if (i > 0)
            g_assert_cmpint (strcmp (g_array_index (year->lines, TtBookLine, i - 1).on, l->on), <=, 0);
          if (strcmp (l->on, "2026-07-01") >= 0)
            in_half++;
        }
      g_assert_cmpint (year->closing, ==, year->opening + in - out);
      /* The second half opens with the balance the first half ended with. */
      g_assert_cmpuint (half->lines->len, ==, in_half);
      g_assert_cmpint (half->closing, ==, year->closing);
      g_assert_cmpint (half->opening, ==, year->closing - half->total_in + half->total_out);
      /* The balance at the end of a day, as the Overview shows it, is the book's. */
      {
        gint64 balance = -1;
        g_assert_true (tt_book_balance (db, account, "2026-06-30", &balance, &error));
        g_assert_cmpint (balance, ==, half->opening);
        g_assert_true (tt_book_balance (db, account, "2026-12-31", &balance, &error));
        g_assert_cmpint (balance, ==, year->closing);
        g_assert_false (tt_book_balance (db, account, "2026-13-01", &balance, &error));
        g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
        g_clear_error (&error);
      }
      /* Loaded compact for a list on screen, the book reads back every line as loaded whole. */
      {
        g_autoptr(TtBook) compact = tt_book_load_compact (db, account, "2026-01-01", "2026-12-31", &error);
        g_assert_no_error (error);
        assert_same_book (db, year, compact);
      }
    }
  {
    TtJournalFilter f = { .from = "2026-01-01", .to = "2026-12-31" };
    g_autoptr(TtBook) journal = tt_journal_load (db, &f, &error);
    g_autoptr(TtBook) compact = tt_journal_load_compact (db, &f, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (tt_book_n_lines (journal), >, 0);
    assert_same_book (db, journal, compact);
  }

  /* `check` recomputes both books and finds them sound; without the guard that keeps vouchers
   * from being deleted, it says so. */
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_assert_true (tt_check_run (db, &problems, &error));
    for (guint i = 0; i < problems->len; i++)
      g_printerr ("problem: %s\n", (char *) problems->pdata[i]);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  g_assert_true (tt_db_exec (db, "DROP TRIGGER guard_payment_vouchers_delete", &error));
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_assert_true (tt_check_run (db, &problems, &error));
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_nonnull (strstr (problems->pdata[0], "guard_payment_vouchers_delete"));
  }
}

/* A voucher that would take the book below zero on its day or later is refused, naming the
 * balance; nothing is written; the clerk may confirm it. */
static void
test_negative_refused (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TtVoucherInput big = { .payee_name = "Nhà thầu", .amount = 700000, .reason = "Tạm ứng", .paid_on = "2026-02-01" };
  TtVoucherInput later = { .payee_name = "Hộ X", .amount = 500000, .reason = "Hỗ trợ", .paid_on = "2026-03-01" };

  g_assert_true (tt_book_set_opening (db, TT_ACCOUNT_CASH, "2026-01-01", 1000000, &error));
  g_assert_cmpint (tt_voucher_add (db, &later, NULL, &error), >, 0);
  /* 1.000.000 on 1/2, but only 500.000 left from 1/3: a payment of 700.000 on 1/2 would leave
   * -200.000 on 1/3. */
  before = tt_test_dump (db);
  g_assert_cmpint (tt_voucher_add (db, &big, NULL, &error), ==, 0);
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NEGATIVE);
  g_assert_nonnull (strstr (error->message, "01/03/2026 is 500.000 đ"));
  after = tt_test_dump (db);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);
  big.allow_negative = TRUE;
  g_assert_cmpint (tt_voucher_add (db, &big, NULL, &error), >, 0);
  g_assert_no_error (error);
  /* A transfer draws on the bank book, which is empty. */
  later.method = "transfer";
  g_assert_cmpint (tt_voucher_add (db, &later, NULL, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "bank book"));
}

/* The demo office spends too: vouchers across its years, both books opened, houses at every stage
 * paid by their tranches, and `check` clean. */
static void
test_demo_spending (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  TtDemoSize size = { .donors = 200, .donations = 1500, .households = 300, .seed = 3, .vouchers = 400,
                      .housing = 60 };

  g_assert_true (tt_demo_generate (db, &size, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM payment_vouchers"), ==,
                   400 + tt_test_count (db, "SELECT count(*) FROM housing_disbursements"));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM housing_projects"), ==, 60);
  g_assert_cmpint (tt_test_count (db, "SELECT count(DISTINCT stage) FROM housing_projects"), >=, 4);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM housing_projects WHERE stage = 'handed_over' AND "
                                      "(SELECT sum(v.amount) FROM housing_disbursements d JOIN payment_vouchers v "
                                      "ON v.id = d.voucher_id WHERE d.project_id = housing_projects.id) = support"), >, 0);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM book_openings"), ==, 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(DISTINCT purpose) FROM payment_vouchers"), >=, 6);
  g_assert_true (tt_check_run (db, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  /* The latest vouchers, as the Spending place shows them, are the end of the whole list, newest
   * first; a search finds the newest that hold every word typed, in any case, with or without
   * accents, as a pass over the whole list does. */
  {
    g_autoptr(GPtrArray) all = tt_voucher_list (db, NULL, NULL, &error);
    g_autoptr(GPtrArray) latest = tt_voucher_search (db, "", 60, &error);
    g_autoptr(GPtrArray) found = tt_voucher_search (db, "  HỘ   nha ", 1000, &error);
    guint n = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (latest->len, ==, 60);
    for (guint i = 0; i < latest->len; i++)
      g_assert_cmpint (((TtVoucher *) latest->pdata[i])->id, ==, ((TtVoucher *) all->pdata[all->len - 1 - i])->id);
    for (guint i = all->len; i > 0; i--)
      {
        TtVoucher *v = all->pdata[i - 1];
        g_autofree char *text = g_strdup_printf ("%s %s %s", v->number, v->payee_name, v->reason);
        g_autofree char *folded = tt_text_fold (text);
        if (strstr (folded, "ho") == NULL || strstr (folded, "nha") == NULL)
          continue;
        g_assert_cmpuint (n, <, found->len);
        g_assert_cmpint (((TtVoucher *) found->pdata[n])->id, ==, v->id);
        n++;
      }
    g_assert_cmpuint (n, ==, found->len);
    g_assert_cmpuint (n, >, 0);
    g_assert_cmpuint (n, <, all->len);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ledger/two-writers", test_two_writers);
  g_test_add_func ("/ledger/books-balance", test_books_balance);
  g_test_add_func ("/ledger/negative-refused", test_negative_refused);
  g_test_add_func ("/ledger/demo-spending", test_demo_spending);
  return g_test_run ();
}
