/* test-housing.c — housing-support projects: the norm, a second house, stages in order */
#include "config.h"

#include <string.h>

#include "tt-households.h"
#include "tt-housing.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-test-util.h"

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
  g_assert_true (tt_housing_stage (f->db, id, "started", "2026-04-01", NULL, NULL, &error));
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
    g_autoptr(GPtrArray) done = tt_housing_list (f->db, "handed_over", 0, &error);
    g_autoptr(GPtrArray) surveys = tt_housing_list (f->db, "survey", 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (done->len, ==, 1);
    g_assert_cmpstr (((TtHousingProject *) done->pdata[0])->head_name, ==, "Nguyễn Văn An");
    g_assert_cmpuint (surveys->len, ==, 0);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/housing/norm-and-second-house", Fixture, NULL, fixture_set_up, test_norm_and_second_house,
              fixture_tear_down);
  g_test_add ("/housing/stages", Fixture, NULL, fixture_set_up, test_stages, fixture_tear_down);
  return g_test_run ();
}
