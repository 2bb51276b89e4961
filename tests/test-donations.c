/* test-donations.c — donors, receipts: numbering, voiding, audit, search, merge, check */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tt-campaigns.h"
#include "tt-check.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-test-util.h"

static gint64
add_donor (TtDb *db, const char *name)
{
  g_autoptr(GError) error = NULL;
  TtDonorInput in = { .name = name };
  gint64 id = tt_donor_add (db, &in, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static char *
add_gift (TtDb *db, gint64 donor, gint64 amount, const char *date)
{
  g_autoptr(GError) error = NULL;
  TtDonationInput in = { .donor_id = donor, .amount = amount, .received_on = date };
  char *receipt = NULL;

  g_assert_cmpint (tt_donation_add (db, &in, &receipt, &error), >, 0);
  g_assert_no_error (error);
  return receipt;
}

static void
test_numbering (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 donor = add_donor (db, "Trần Thị Mai");

  for (int i = 1; i <= 10; i++)
    {
      g_autofree char *r = add_gift (db, donor, 100000 * i, "15/03/2026");
      g_autofree char *expected = g_strdup_printf ("2026-%06d", i);
      g_assert_cmpstr (r, ==, expected);
    }
  /* A gift dated in another year takes that year's series. */
  {
    g_autofree char *r = add_gift (db, donor, 50000, "2025-12-31");
    g_autofree char *r2 = add_gift (db, donor, 50000, "2026-01-02");
    g_assert_cmpstr (r, ==, "2025-000001");
    g_assert_cmpstr (r2, ==, "2026-000011");
  }
}

/* The collectors of a period: each once, in order, only those with a receipt in it. */
static void
test_collectors (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 donor = add_donor (db, "Trần Thị Mai");
  static const struct { const char *who, *on; } gifts[] = {
    { "Tổ dân phố 3", "2026-03-01" }, { "Chi hội Phụ nữ", "2026-03-02" }, { "Tổ dân phố 3", "2026-03-05" },
    { NULL, "2026-03-06" }, { "Đoàn Thanh niên", "2025-12-30" }, { "Ban Mặt trận", "2026-04-01" },
  };
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (gifts); i++)
    {
      TtDonationInput in = { .donor_id = donor, .amount = 100000, .received_on = gifts[i].on,
                             .collected_by = gifts[i].who };
      g_assert_cmpint (tt_donation_add (db, &in, NULL, &error), >, 0);
    }
  {
    g_autoptr(GPtrArray) march = tt_donation_collectors (db, "2026-03-01", "2026-03-31", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (march->len, ==, 2);
    g_assert_cmpstr (march->pdata[0], ==, "Chi hội Phụ nữ");
    g_assert_cmpstr (march->pdata[1], ==, "Tổ dân phố 3");
  }
  {
    g_autoptr(GPtrArray) all = tt_donation_collectors (db, NULL, NULL, &error);
    g_assert_cmpuint (all->len, ==, 4);
    g_assert_cmpstr (all->pdata[0], ==, "Ban Mặt trận");
    g_assert_cmpstr (all->pdata[3], ==, "Đoàn Thanh niên");
  }
}

static void
test_void (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 donor = add_donor (db, "Lê Văn Tám");
  g_autofree char *r1 = add_gift (db, donor, 200000, "2026-05-01");
  g_autofree char *r2 = NULL;
  g_autoptr(TtDonation) d = NULL;
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  g_autoptr(GError) e4 = NULL;

  tt_db_set_actor (db, "thu-quy");
  g_assert_true (tt_donation_void (db, r1, "Ghi sai số tiền", NULL));
  d = tt_donation_find (db, r1, NULL);
  g_assert_cmpstr (d->status, ==, "void");
  g_assert_cmpstr (d->void_reason, ==, "Ghi sai số tiền");
  g_assert_cmpint (d->amount, ==, 200000);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE table_name = 'donations' "
                                      "AND action = 'void' AND actor = 'thu-quy'"), ==, 1);

  /* The number is kept and never reused. */
  r2 = add_gift (db, donor, 200000, "2026-05-01");
  g_assert_cmpstr (r2, ==, "2026-000002");

  g_assert_false (tt_donation_void (db, r1, "again", &e1));
  g_assert_error (e1, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE);
  g_assert_nonnull (strstr (e1->message, "already voided"));
  g_assert_false (tt_donation_void (db, "2026-000999", "x", &e2));
  g_assert_error (e2, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
  g_assert_false (tt_donation_void (db, r2, "   ", &e3));
  g_assert_error (e3, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY);
  g_assert_false (tt_db_exec (db, "DELETE FROM donations", &e4));
  g_assert_nonnull (strstr (e4->message, "never deleted"));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations"), ==, 2);
}

static void
test_audit (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 donor;
  g_autofree char *r = NULL;

  tt_db_set_actor (db, "ke-toan");
  donor = add_donor (db, "Phạm Minh Đức");
  r = add_gift (db, donor, 1234567, "2026-10-20");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE table_name = 'donors' "
                                      "AND action = 'insert' AND actor = 'ke-toan'"), ==, 1);
  /* The entry names the receipt and seals its content without copying it. */
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE table_name = 'donations' "
                                      "AND action = 'insert' AND new_values IS NULL AND length(row_hash) = 8 "
                                      "AND length(hash) = 16"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations WHERE created_by = 'ke-toan'"), ==, 1);
}

static void
test_bad_input_unchanged (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 donor = add_donor (db, "Võ Thị Sáu");
  g_autofree char *first = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  struct { TtDonationInput in; int code; } cases[] = {
    { { .donor_id = donor, .amount = 0 }, TT_INPUT_ERROR_RANGE },
    { { .donor_id = donor, .amount = -5 }, TT_INPUT_ERROR_RANGE },
    { { .donor_id = donor, .amount = 1000000000000000 }, TT_INPUT_ERROR_RANGE },
    { { .donor_id = 424242, .amount = 1000 }, TT_INPUT_ERROR_NOT_FOUND },
    { { .donor_id = donor, .amount = 1000, .received_on = "31/02/2026" }, TT_INPUT_ERROR_INVALID },
    { { .donor_id = donor, .amount = 1000, .method = "bitcoin" }, TT_INPUT_ERROR_INVALID },
    { { .donor_id = donor, .amount = 1000, .method = "in-kind" }, TT_INPUT_ERROR_EMPTY },
    { { .donor_id = donor, .amount = 1000, .method = "transfer", .bank_ref = "FT001" }, TT_INPUT_ERROR_DUPLICATE },
    { { .donor_id = donor, .amount = 1000, .method = "cash", .bank_ref = "FT002" }, TT_INPUT_ERROR_INVALID },
    { { .donor_id = donor, .amount = 1000, .campaign_id = 777 }, TT_INPUT_ERROR_NOT_FOUND },
    { { .donor_id = donor, .amount = 1000, .note = "bad \xff" }, TT_INPUT_ERROR_INVALID },
  };
  {
    TtDonationInput ok = { .donor_id = donor, .amount = 5000, .method = "transfer", .bank_ref = "FT001" };
    g_assert_cmpint (tt_donation_add (db, &ok, &first, NULL), >, 0);
  }

  before = tt_test_dump (db);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_cmpint (tt_donation_add (db, &cases[i].in, NULL, &error), ==, 0);
      g_assert_error (error, TT_INPUT_ERROR, cases[i].code);
    }
  {
    g_autoptr(GError) error = NULL;
    TtDonationInput dup = { .donor_id = donor, .amount = 1000, .method = "transfer", .bank_ref = "FT001" };
    g_assert_cmpint (tt_donation_add (db, &dup, NULL, &error), ==, 0);
    g_assert_nonnull (strstr (error->message, first));
  }
  after = tt_test_dump (db);
  g_assert_cmpstr (before, ==, after);

  /* A voided transfer's reference may be entered again. */
  g_assert_true (tt_donation_void (db, first, "Nhập trùng", NULL));
  {
    TtDonationInput again = { .donor_id = donor, .amount = 5000, .method = "transfer", .bank_ref = "FT001" };
    g_assert_cmpint (tt_donation_add (db, &again, NULL, NULL), >, 0);
  }
}

static void
test_donor_validation (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autofree char *before = tt_test_dump (db);
  g_autofree char *after = NULL;
  struct { TtDonorInput in; int code; } cases[] = {
    { { .name = "" }, TT_INPUT_ERROR_EMPTY },
    { { .name = "   " }, TT_INPUT_ERROR_EMPTY },
    { { .name = "Bad \xc3\x28" }, TT_INPUT_ERROR_INVALID },
    { { .name = "Ok", .phone = "call me" }, TT_INPUT_ERROR_INVALID },
    { { .name = "Ok", .phone = "123" }, TT_INPUT_ERROR_INVALID },
    { { .name = "Ok", .kind = "alien" }, TT_INPUT_ERROR_INVALID },
    { { .name = "Ok", .email = "nope" }, TT_INPUT_ERROR_INVALID },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_cmpint (tt_donor_add (db, &cases[i].in, &error), ==, 0);
      g_assert_error (error, TT_INPUT_ERROR, cases[i].code);
    }
  after = tt_test_dump (db);
  g_assert_cmpstr (before, ==, after);

  {
    TtDonorInput anon = { .kind = "anonymous" };
    g_autoptr(TtDonor) d = tt_donor_get (db, tt_donor_add (db, &anon, NULL), NULL);
    g_assert_cmpstr (d->name, ==, "Nhà hảo tâm ẩn danh");
  }
}

static void
test_search (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 nfc = add_donor (db, "Nguyễn Văn Đức");
  gint64 nfd = add_donor (db, "Nguye\xcc\x82\xcc\x83n Va\xcc\x86n \xc4\x90u\xcc\x9b\xcc\x81\x63 Anh");
  gint64 other = add_donor (db, "Đặng Thị Lan");
  const char *queries[] = { "nguyen van duc", "NGUYEN VAN ĐUC", "\xc3\x90uc", "duc", "van duc", "NGUY" };

  add_donor (db, "Trần Đức Nguyên");
  for (gsize i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = tt_donor_search (db, queries[i], 10, NULL);
      gboolean found_nfc = FALSE, found_nfd = FALSE;

      for (guint k = 0; k < hits->len; k++)
        {
          TtDonor *d = hits->pdata[k];
          found_nfc |= d->id == nfc;
          found_nfd |= d->id == nfd;
          g_assert_cmpint (d->id, !=, other);
        }
      if (!found_nfc || !found_nfd)
        g_error ("query “%s” missed a name", queries[i]);
    }
  {
    g_autoptr(GPtrArray) hits = tt_donor_search (db, "nguyen van duc", 10, NULL);
    g_assert_cmpint (((TtDonor *) hits->pdata[0])->id, ==, nfc);       /* exact match first */
    g_assert_cmpstr (((TtDonor *) hits->pdata[1])->name, ==, "Nguyễn Văn Đức Anh"); /* stored NFC */
  }
  {
    g_autoptr(GPtrArray) hits = tt_donor_search (db, "DANG", 10, NULL);
    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_cmpint (((TtDonor *) hits->pdata[0])->id, ==, other);
  }
  {
    g_autoptr(GPtrArray) hits = tt_donor_search (db, "zzz", 10, NULL);
    g_assert_cmpuint (hits->len, ==, 0);
  }
}

static void
test_merge (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 keep = add_donor (db, "Công ty TNHH Phú Thịnh");
  gint64 dup = add_donor (db, "Cty TNHH Phu Thinh");
  g_autofree char *r1 = add_gift (db, keep, 10000000, "2026-10-18");
  g_autofree char *r2 = add_gift (db, dup, 5000000, "2026-10-19");
  g_autoptr(TtDonor) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) e2 = NULL;
  TtDonationInput in = { .donor_id = dup, .amount = 1000 };

  g_assert_true (tt_donor_merge (db, keep, dup, &error));
  g_assert_no_error (error);
  kept = tt_donor_get (db, keep, NULL);
  g_assert_cmpint (kept->total, ==, 15000000);
  g_assert_cmpint (kept->gift_count, ==, 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE action = 'merge'"), ==, 1);
  g_assert_cmpint (tt_donation_add (db, &in, NULL, &e2), ==, 0);
  g_assert_error (e2, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE);
  {
    g_autoptr(GPtrArray) hits = tt_donor_search (db, "phu thinh", 10, NULL);
    g_assert_cmpuint (hits->len, ==, 1);
  }
  /* The receipt keeps the payer name it was printed with. */
  {
    g_autoptr(TtDonation) d = tt_donation_find (db, r2, NULL);
    g_assert_cmpint (d->donor_id, ==, keep);
    g_assert_cmpstr (d->payer_name, ==, "Cty TNHH Phu Thinh");
  }
}

static void
test_two_processes (void)
{
  g_autofree char *path = NULL;
  TtDb *db = tt_test_new_db (&path);
  gint64 donor = add_donor (db, "Hồ Thị Thu");
  pid_t pids[2];
  g_autoptr(GPtrArray) problems = NULL;

  g_object_unref (db);
  for (int p = 0; p < 2; p++)
    {
      pids[p] = fork ();
      g_assert_cmpint (pids[p], >=, 0);
      if (pids[p] == 0)
        {
          TtDb *mine = tt_db_open (path, NULL);
          for (int i = 0; i < 500; i++)
            {
              TtDonationInput in = { .donor_id = donor, .amount = 10000 + i, .received_on = "2026-11-01" };
              g_autoptr(GError) error = NULL;
              if (tt_donation_add (mine, &in, NULL, &error) == 0)
                {
                  g_printerr ("child %d: %s\n", p, error->message);
                  _exit (1);
                }
            }
          g_object_unref (mine);
          _exit (0);
        }
    }
  for (int p = 0; p < 2; p++)
    {
      int status = 0;
      g_assert_cmpint (waitpid (pids[p], &status, 0), ==, pids[p]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }

  db = tt_db_open (path, NULL);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations"), ==, 1000);
  g_assert_cmpint (tt_test_count (db, "SELECT count(DISTINCT number) FROM donations"), ==, 1000);
  g_assert_cmpint (tt_test_count (db, "SELECT min(number) FROM donations"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT max(number) FROM donations"), ==, 1000);
  g_assert_true (tt_check_run (db, &problems, NULL));
  g_assert_cmpuint (problems->len, ==, 0);
  g_object_unref (db);
}

static void
test_check_finds_tampering (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  gint64 donor = add_donor (db, "Bùi Văn Long");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  for (int i = 0; i < 3; i++)
    g_free (add_gift (db, donor, 10000, "2026-02-02"));
  g_assert_true (tt_check_run (db, &problems, NULL));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Someone bypasses the application with a raw SQL tool. */
  g_assert_true (tt_db_exec (db, "DROP TRIGGER guard_donations_delete; "
                                 "DELETE FROM donations WHERE number = 2", NULL));
  g_assert_true (tt_check_run (db, &problems, NULL));
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (all, "%s\n", (char *) problems->pdata[i]);
  g_assert_nonnull (strstr (all->str, "Receipt 2026-000002 is missing"));
  g_assert_nonnull (strstr (all->str, "guard_donations_delete"));
}

static void
test_campaigns (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 id = tt_campaign_add (db, "Tháng cao điểm 2026", NULL, "17/10/2026", "18/11/2026", NULL);
  gint64 donor = add_donor (db, "Đỗ Văn Bình");
  TtDonationInput in = { .donor_id = donor, .amount = 300000, .campaign_id = id, .received_on = "2026-10-20" };
  g_autoptr(TtDonation) d = NULL;
  g_autofree char *receipt = NULL;

  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (tt_campaign_add (db, "Sai", NULL, "18/11/2026", "17/10/2026", &e1), ==, 0);
  g_assert_error (e1, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE);
  g_assert_cmpint (tt_campaign_add (db, "", NULL, "17/10/2026", "18/11/2026", &e2), ==, 0);
  g_assert_error (e2, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY);

  g_assert_cmpint (tt_donation_add (db, &in, &receipt, NULL), >, 0);
  d = tt_donation_find (db, receipt, NULL);
  g_assert_cmpstr (d->reason, ==, "Ủng hộ Quỹ \"Vì người nghèo\" — Tháng cao điểm 2026");
  list = tt_campaign_list (db, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((TtCampaign *) list->pdata[0])->raised, ==, 300000);
}

/* A donor typed in with a gift is created with it, both or neither; a donor that may already be
 * on file (same name and phone, or same tax code) is found before a twin is made. */
static void
test_new_donor_with_gift (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *receipt = NULL;
  TtDonorInput hung = { .name = "Đỗ Văn Hùng", .phone = "0912 685 908" };
  TtDonorInput again = { .name = "  do van HUNG " };
  TtDonorInput other_phone = { .name = "Đỗ Văn Hùng", .phone = "0987 000 111" };
  TtDonorInput company = { .name = "Công ty A", .kind = "business", .tax_code = "0101234567" };
  TtDonorInput same_tax = { .name = "Cty A (chi nhánh)", .kind = "business", .tax_code = "0101234567" };
  TtDonationInput gift = { .new_donor = &hung, .amount = 200000, .method = "transfer", .bank_ref = "FT9" };
  g_autoptr(GPtrArray) twins = NULL;
  gint64 donors;

  g_assert_cmpint (tt_donation_add (db, &gift, &receipt, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations d JOIN donors o ON o.id = d.donor_id "
                                      "WHERE o.name = 'Đỗ Văn Hùng' AND d.amount = 200000"), ==, 1);
  donors = tt_test_count (db, "SELECT count(*) FROM donors");

  /* The gift is refused (the bank reference was used): the new donor is not written either. */
  gift.new_donor = &other_phone;
  g_assert_cmpint (tt_donation_add (db, &gift, NULL, &error), ==, 0);
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donors"), ==, donors);

  twins = tt_donor_twins (db, &again, &error);
  g_assert_cmpuint (twins->len, ==, 1);
  g_assert_cmpstr (((TtDonor *) twins->pdata[0])->name, ==, "Đỗ Văn Hùng");
  g_clear_pointer (&twins, g_ptr_array_unref);
  twins = tt_donor_twins (db, &other_phone, &error);
  g_assert_cmpuint (twins->len, ==, 0);
  g_clear_pointer (&twins, g_ptr_array_unref);

  g_assert_cmpint (tt_donor_add (db, &company, &error), >, 0);
  twins = tt_donor_twins (db, &same_tax, &error);
  g_assert_cmpuint (twins->len, ==, 1);
  g_assert_cmpstr (((TtDonor *) twins->pdata[0])->name, ==, "Công ty A");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/donations/numbering", test_numbering);
  g_test_add_func ("/donations/new-donor-with-gift", test_new_donor_with_gift);
  g_test_add_func ("/donations/void", test_void);
  g_test_add_func ("/donations/audit", test_audit);
  g_test_add_func ("/donations/bad-input-unchanged", test_bad_input_unchanged);
  g_test_add_func ("/donations/donor-validation", test_donor_validation);
  g_test_add_func ("/donations/search", test_search);
  g_test_add_func ("/donations/merge", test_merge);
  g_test_add_func ("/donations/two-processes", test_two_processes);
  g_test_add_func ("/donations/check-finds-tampering", test_check_finds_tampering);
  g_test_add_func ("/donations/campaigns", test_campaigns);
  g_test_add_func ("/donations/collectors", test_collectors);
  return g_test_run ();
}
