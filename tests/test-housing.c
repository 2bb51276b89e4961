/* test-housing.c — housing-support projects: the norm, a second house, stages in order */
#include "config.h"

#include <string.h>

#include "tt-books.h"
#include "tt-check.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-households.h"
#include "tt-housing.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-test-util.h"
#include "tt-vouchers.h"

typedef struct
{
  TtDb   *db;
  gint64  poor, near_poor;
} Fixture;

static gint64
add_household (TtDb *db, gint64 commune, const char *name, const char *category)
{
  g_autoptr(GError) error = NULL;
  TtHouseholdInput in = { .head_name = name, .head_birth_year = 1960, .commune_id = commune };
  gint64 id = tt_household_create (db, &in, &error);

  g_assert_no_error (error);
  g_assert_true (tt_household_classify (db, id, 2026, category, 0, NULL, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 commune;

  f->db = tt_test_new_db (NULL);
  g_assert_true (tt_office_set (f->db, "province-code", "01", &error));
  commune = tt_place_id_by_code (f->db, "00004");
  f->poor = add_household (f->db, commune, "Nguyễn Văn An", "poor");
  f->near_poor = add_household (f->db, commune, "Trần Thị Bình", "near-poor");
  g_assert_true (tt_housing_norm_set (f->db, "01", "new", NULL, 60000000, "2025-01-01", &error));
  g_assert_true (tt_housing_norm_set (f->db, "01", "repair", NULL, 30000000, "2025-01-01", &error));
  g_assert_true (tt_housing_norm_set (f->db, "01", "new", "poor", 70000000, "2026-01-01", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
}

/* Refused input names what is wrong and leaves the file exactly as it was. */
static void
assert_refused (Fixture *f, const char *before, const GError *error, const char *message)
{
  g_autofree char *after = tt_test_dump (f->db);

  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, message));
  g_assert_cmpstr (before, ==, after);
}

/* The norm is the group's own from its date, else the kind's; support beyond it needs a decision
 * or a reason, and a household's second house needs its reason. */
static void
test_norm_and_second_house (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  TtHousingInput over = { .household_id = f->near_poor, .kind = "new", .support = 65000000 };
  TtHousingInput poor = { .household_id = f->poor, .kind = "new", .support = 70000000 };
  TtHousingInput repair = { .household_id = f->poor, .kind = "repair", .support = 20000000 };
  gint64 id;

  g_assert_cmpint (tt_housing_norm_for (f->db, "01", "new", "poor", "2026-06-01"), ==, 70000000);
  g_assert_cmpint (tt_housing_norm_for (f->db, "01", "new", "poor", "2025-06-01"), ==, 60000000);
  g_assert_cmpint (tt_housing_norm_for (f->db, "01", "new", "near-poor", "2026-06-01"), ==, 60000000);
  g_assert_cmpint (tt_housing_norm_for (f->db, "01", "repair", NULL, "2024-12-31"), ==, 0);

  before = tt_test_dump (f->db);
  g_assert_cmpint (tt_housing_add (f->db, &over, &error), ==, 0);
  assert_refused (f, before, error, "more than the norm of 60.000.000 đ for a new house");
  g_clear_error (&error);
  over.decision_no = "QĐ 15/2026";
  g_assert_cmpint ((id = tt_housing_add (f->db, &over, &error)), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr(TtHousingProject) p = tt_housing_get (f->db, id, &error);
    g_assert_cmpint (p->norm, ==, 60000000);
    g_assert_cmpint (p->support, ==, 65000000);
    g_assert_cmpstr (p->decision_no, ==, "QĐ 15/2026");
    g_assert_cmpstr (p->stage, ==, "survey");
  }

  g_assert_cmpint (tt_housing_add (f->db, &poor, &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  g_assert_cmpint (tt_housing_add (f->db, &repair, &error), ==, 0);
  assert_refused (f, before, error, "already has housing project");
  g_clear_error (&error);
  repair.reason = "Bão số 3 làm hỏng mái";
  g_assert_cmpint (tt_housing_add (f->db, &repair, &error), >, 0);
  g_assert_no_error (error);

  /* Unknown kind, stream or household: a clear error, nothing written. */
  {
    TtHousingInput bad_kind = { .household_id = f->poor, .kind = "palace" };
    TtHousingInput bad_stream = { .household_id = f->poor, .kind = "new", .stream = "lottery", .reason = "x" };
    TtHousingInput nobody = { .household_id = 999, .kind = "new" };
    g_clear_pointer (&before, g_free);
    before = tt_test_dump (f->db);
    g_assert_cmpint (tt_housing_add (f->db, &bad_kind, &error), ==, 0);
    assert_refused (f, before, error, "Unknown kind of housing work “palace”");
    g_clear_error (&error);
    g_assert_cmpint (tt_housing_add (f->db, &bad_stream, &error), ==, 0);
    assert_refused (f, before, error, "Unknown stream “lottery”");
    g_clear_error (&error);
    g_assert_cmpint (tt_housing_add (f->db, &nobody, &error), ==, 0);
    assert_refused (f, before, error, "There is no household with number 999");
    g_clear_error (&error);
  }

  /* Every project is in the audit log. */
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'housing_projects' "
                                         "AND action = 'insert'"), ==, 3);
}

/* Stages come in order and never on an earlier day; a pause keeps the stage and needs its reason;
 * a handed-over house takes no other stage. */
static void
test_stages (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  TtHousingInput in = { .household_id = f->poor, .kind = "repair", .support = 30000000 };
  gint64 id = tt_housing_add (f->db, &in, &error);

  g_assert_no_error (error);
  before = tt_test_dump (f->db);
  g_assert_false (tt_housing_stage (f->db, id, "started", "2026-03-01", NULL, NULL, &error));
  assert_refused (f, before, error, "the first is its survey, not its start of work");
  g_clear_error (&error);
  g_assert_true (tt_housing_stage (f->db, id, "survey", "2026-03-01", "BB 01", NULL, &error));
  g_assert_no_error (error);

  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  g_assert_false (tt_housing_stage (f->db, id, "approved", "2026-02-28", NULL, NULL, &error));
  assert_refused (f, before, error, "before the project's survey on 01/03/2026");
  g_clear_error (&error);
  g_assert_false (tt_housing_stage (f->db, id, "completed", "2026-04-01", NULL, NULL, &error));
  assert_refused (f, before, error, "the next stage is its approval, not its completion");
  g_clear_error (&error);
  g_assert_false (tt_housing_stage (f->db, id, "paused", "2026-03-05", NULL, NULL, &error));
  assert_refused (f, before, error, "A pause needs its reason");
  g_clear_error (&error);
  g_assert_false (tt_housing_stage (f->db, id, "approved", "31/02/2026", NULL, NULL, &error));
  assert_refused (f, before, error, "Date: ");
  g_clear_error (&error);

  g_assert_true (tt_housing_stage (f->db, id, "approved", "2026-03-10", "QĐ 7", NULL, &error));
  g_assert_true (tt_housing_stage (f->db, id, "paused", "2026-03-12", NULL, "Mưa lũ", &error));
  {
    g_autoptr(TtHousingProject) p = tt_housing_get (f->db, id, &error);
    g_assert_cmpstr (p->stage, ==, "approved");
    g_assert_cmpstr (p->paused_reason, ==, "Mưa lũ");
  }
  /* Nothing to inspect before work starts; then the findings are kept, a bad area refused. */
  {
    TtHousingInspection found = { .team = "Tổ kiểm tra xã", .area = "36,5", .floor = "Bê tông", .roof = "Tôn lạnh",
                                  .three_hard = 1 };
    TtHousingInspection bad = { .area = "ba mươi", .three_hard = -1 };
    g_clear_pointer (&before, g_free);
    before = tt_test_dump (f->db);
    g_assert_false (tt_housing_inspect (f->db, id, &found, &error));
    assert_refused (f, before, error, "has not started");
    g_clear_error (&error);
    g_assert_true (tt_housing_stage (f->db, id, "started", "2026-04-01", NULL, NULL, &error));
    g_assert_true (tt_housing_inspect (f->db, id, &found, &error));
    g_clear_pointer (&before, g_free);
    before = tt_test_dump (f->db);
    g_assert_false (tt_housing_inspect (f->db, id, &bad, &error));
    assert_refused (f, before, error, "Area: give the floor area in square metres");
    g_clear_error (&error);
    {
      g_autoptr(TtHousingProject) p = tt_housing_get (f->db, id, &error);
      g_assert_cmpfloat (p->area_m2, ==, 36.5);
      g_assert_cmpstr (p->roof, ==, "Tôn lạnh");
      g_assert_cmpint (p->three_hard, ==, 1);
      g_assert_null (p->walls);
    }
  }
  g_assert_true (tt_housing_stage (f->db, id, "completed", "2026-06-01", NULL, NULL, &error));
  g_assert_true (tt_housing_stage (f->db, id, "handed_over", "2026-06-15", "BB bàn giao 3", NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TtHousingProject) p = tt_housing_get (f->db, id, &error);
    g_assert_cmpstr (p->stage, ==, "handed_over");
    g_assert_null (p->paused_reason);
  }
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM housing_projects WHERE surveyed_on = '2026-03-01' "
                                         "AND decision_on = '2026-03-10' AND started_on = '2026-04-01' AND "
                                         "completed_on = '2026-06-01' AND handed_over_on = '2026-06-15'"), ==, 1);

  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  g_assert_false (tt_housing_stage (f->db, id, "cancelled", "2026-07-01", NULL, "Nhầm", &error));
  assert_refused (f, before, error, "was handed over: it takes no other stage");
  g_clear_error (&error);

  /* The list by stage finds it; other stages do not. */
  {
    TtHousingFilter handed = { .stage = "handed_over" }, surveyed = { .stage = "survey" };
    g_autoptr(GPtrArray) done = tt_housing_list (f->db, &handed, &error);
    g_autoptr(GPtrArray) surveys = tt_housing_list (f->db, &surveyed, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (done->len, ==, 1);
    g_assert_cmpstr (((TtHousingProject *) done->pdata[0])->head_name, ==, "Nguyễn Văn An");
    g_assert_cmpuint (surveys->len, ==, 0);
  }

  /* The pipeline counts each stage with its money; a search narrows it by the head's name. */
  {
    TtHousingInput more = { .household_id = f->near_poor, .kind = "new", .support = 50000000 };
    TtHousingFilter all = { 0 }, named = { .query = "tran thi" };
    TtHousingStageSum sums[TT_HOUSING_N_STAGES];
    g_assert_cmpint (tt_housing_add (f->db, &more, &error), >, 0);
    g_assert_true (tt_housing_pipeline (f->db, &all, sums, &error));
    g_assert_cmpstr (sums[0].stage, ==, "survey");
    g_assert_cmpint (sums[0].count, ==, 1);
    g_assert_cmpint (sums[0].support, ==, 50000000);
    g_assert_cmpstr (sums[4].stage, ==, "handed_over");
    g_assert_cmpint (sums[4].count, ==, 1);
    g_assert_cmpint (sums[4].support, ==, 30000000);
    g_assert_true (tt_housing_pipeline (f->db, &named, sums, &error));
    g_assert_cmpint (sums[0].count, ==, 1);
    g_assert_cmpint (sums[4].count, ==, 0);
  }
}

/* A started project is paid its first 60 %, the rest only after completion and never beyond its
 * support; each tranche is a voucher to the head of the household. An earmarked donation funds
 * one project once; labour is days × the value of a day; the value is the sum of the lines. */
static void
test_funding_and_tranches (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *receipt = NULL;
  g_autofree char *number = NULL;
  TtHousingInput in = { .household_id = f->poor, .kind = "new", .support = 50000000 };
  TtHousingInput other_in = { .household_id = f->near_poor, .kind = "repair", .support = 20000000 };
  gint64 id = tt_housing_add (f->db, &in, &error);
  gint64 other = tt_housing_add (f->db, &other_in, &error);
  TtDonorInput donor = { .name = "Công ty TNHH Minh Phát", .kind = "business" };
  TtDonationInput gift = { .amount = 30000000, .received_on = "2026-02-01", .method = "transfer" };

  g_assert_no_error (error);
  gift.donor_id = tt_donor_add (f->db, &donor, &error);
  g_assert_cmpint (tt_donation_add (f->db, &gift, &receipt, &error), >, 0);
  g_assert_true (tt_book_set_opening (f->db, TT_ACCOUNT_CASH, "2026-01-01", 100000000, &error));
  g_assert_no_error (error);

  {
    TtHousingFundInput sponsor = { .source = "sponsor", .amount = 30000000, .donation = receipt };
    TtHousingFundInput labour = { .source = "labour", .amount = 250000, .days = 40 };
    TtHousingFundInput fund = { .source = "fund-province", .amount = 20000000 };
    g_assert_cmpint (tt_housing_fund (f->db, id, &sponsor, &error), >, 0);
    g_assert_cmpint (tt_housing_fund (f->db, id, &labour, &error), >, 0);
    g_assert_cmpint (tt_housing_fund (f->db, id, &fund, &error), >, 0);
    g_assert_no_error (error);

    before = tt_test_dump (f->db);
    sponsor.amount = 1000000;
    g_assert_cmpint (tt_housing_fund (f->db, other, &sponsor, &error), ==, 0);
    assert_refused (f, before, error, "already funds housing project 1: a donation funds one project only");
    g_clear_error (&error);
    labour.days = 0;
    g_assert_cmpint (tt_housing_fund (f->db, other, &labour, &error), ==, 0);
    assert_refused (f, before, error, "needs its number of days");
    g_clear_error (&error);
    fund.source = "lottery";
    g_assert_cmpint (tt_housing_fund (f->db, other, &fund, &error), ==, 0);
    assert_refused (f, before, error, "Unknown source “lottery”");
    g_clear_error (&error);
  }
  {
    g_autoptr(TtHousingProject) p = tt_housing_get (f->db, id, &error);
    g_assert_cmpint (p->funded, ==, 30000000 + 10000000 + 20000000);
  }

  /* Not started: nothing is paid. */
  g_assert_true (tt_housing_stage (f->db, id, "survey", "2026-02-01", NULL, NULL, &error));
  g_assert_true (tt_housing_stage (f->db, id, "approved", "2026-02-10", NULL, NULL, &error));
  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  g_assert_cmpint (tt_housing_pay (f->db, id, 30000000, "2026-02-15", NULL, FALSE, &number, &error), ==, 0);
  assert_refused (f, before, error, "has not started");
  g_clear_error (&error);

  g_assert_true (tt_housing_stage (f->db, id, "started", "2026-03-01", NULL, NULL, &error));
  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  g_assert_cmpint (tt_housing_pay (f->db, id, 30000001, "2026-03-02", NULL, FALSE, &number, &error), ==, 0);
  assert_refused (f, before, error, "at most 30.000.000 đ of its support");
  g_clear_error (&error);
  g_assert_cmpint (tt_housing_pay (f->db, id, 30000000, "2026-02-28", NULL, FALSE, &number, &error), ==, 0);
  assert_refused (f, before, error, "before the start of work on 01/03/2026");
  g_clear_error (&error);
  g_assert_cmpint (tt_housing_pay (f->db, id, 30000000, "2026-03-02", NULL, FALSE, &number, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (number, ==, "PC2026-000001");
  {
    g_autoptr(TtVoucher) v = tt_voucher_find (f->db, number, &error);
    g_assert_cmpstr (v->payee_name, ==, "Nguyễn Văn An");
    g_assert_cmpstr (v->purpose, ==, "housing");
    g_assert_cmpint (v->household_id, ==, f->poor);
    g_assert_cmpstr (v->reason, ==, "Hỗ trợ xây mới nhà ở, dự án số 1, đợt 1");
  }

  g_assert_true (tt_housing_stage (f->db, id, "completed", "2026-06-01", NULL, NULL, &error));
  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  g_assert_cmpint (tt_housing_pay (f->db, id, 20000001, "2026-06-02", NULL, FALSE, &number, &error), ==, 0);
  assert_refused (f, before, error, "beyond its approved support of 50.000.000 đ (30.000.000 đ paid so far)");
  g_clear_error (&error);
  g_clear_pointer (&number, g_free);
  g_assert_cmpint (tt_housing_pay (f->db, id, 20000000, "2026-06-02", "transfer", TRUE, &number, &error), >, 0);
  g_assert_cmpstr (number, ==, "PC2026-000002");
  {
    g_autoptr(TtHousingProject) p = tt_housing_get (f->db, id, &error);
    g_autoptr(GPtrArray) paid = tt_housing_payments (f->db, id, &error);
    g_assert_cmpint (p->paid, ==, 50000000);
    g_assert_cmpuint (paid->len, ==, 2);
    g_assert_cmpint (((TtHousingPayment *) paid->pdata[1])->tranche, ==, 2);
    g_assert_cmpstr (((TtHousingPayment *) paid->pdata[1])->voucher, ==, "PC2026-000002");
  }

  /* A voided tranche leaves what was paid; the support can be paid again. */
  g_assert_true (tt_voucher_void (f->db, "PC2026-000002", "Ghi nhầm hình thức chi", &error));
  {
    g_autoptr(TtHousingProject) p = tt_housing_get (f->db, id, &error);
    g_assert_cmpint (p->paid, ==, 30000000);
  }
  g_clear_pointer (&number, g_free);
  g_assert_cmpint (tt_housing_pay (f->db, id, 20000000, "2026-06-03", NULL, FALSE, &number, &error), >, 0);
  g_assert_cmpstr (number, ==, "PC2026-000003");
  {
    g_autoptr(GPtrArray) paid = tt_housing_payments (f->db, id, &error);
    g_assert_cmpuint (paid->len, ==, 3);
    g_assert_cmpint (((TtHousingPayment *) paid->pdata[2])->tranche, ==, 3);
  }

  /* check finds nothing wrong; then a payment forced past the support is found. */
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_assert_true (tt_check_run (f->db, &problems, &error));
    for (guint i = 0; i < problems->len; i++)
      g_printerr ("%s\n", (char *) problems->pdata[i]);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_assert_true (tt_db_exec (f->db, "UPDATE housing_projects SET support = 40000000 WHERE id = 1", &error));
    g_assert_true (tt_check_run (f->db, &problems, &error));
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_cmpstr (problems->pdata[0], ==,
                     "Housing project 1 was paid 50000000 đồng, more than its approved support of 40000000 đồng.");
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/housing/norm-and-second-house", Fixture, NULL, fixture_set_up, test_norm_and_second_house,
              fixture_tear_down);
  g_test_add ("/housing/stages", Fixture, NULL, fixture_set_up, test_stages, fixture_tear_down);
  g_test_add ("/housing/funding-and-tranches", Fixture, NULL, fixture_set_up, test_funding_and_tranches,
              fixture_tear_down);
  return g_test_run ();
}
