/* test-donor-list.c — the donor list: ids in SQL and in the memory index agree, the lazy list
 * model, donor totals kept by triggers, merge history */
#include "config.h"

#include "tt-demo.h"
#include "tt-donations.h"
#include "tt-donor-index.h"
#include "tt-donor-row.h"
#include "tt-donors.h"
#include "tt-query-model.h"
#include "tt-test-util.h"
#include "tt-text.h"

#include <string.h>

static const char *queries[] = {
  "", "n", "ng", "nguyen", "Nguyễn Văn", "nguyen v", "NGUYỄN", "d", "đ", "Đức", "duc", "thi mai",
  "mai thi", "cong ty", "Công ty TNHH", "0", "09", "091", "zzz", "-", "  le  ", "hội", "5678", "45 678", "0912.3",
  "678", "+84",
};

static TtDb *
demo_db (void)
{
  g_autoptr(GError) error = NULL;
  TtDb *db = tt_test_new_db (NULL);
  TtDemoSize size = { 3000, 12000, 0, 7 };

  g_assert_true (tt_demo_generate (db, &size, &error));
  g_assert_no_error (error);
  return db;
}

static void
assert_same_ids (GArray *a, GArray *b, const char *query, int sort)
{
  if (a->len != b->len)
    g_error ("query “%s” sort %d: %u ids in SQL, %u in the index", query, sort, a->len, b->len);
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, gint64, i) != g_array_index (b, gint64, i))
      g_error ("query “%s” sort %d: row %u differs", query, sort, i);
}

static void
test_index_matches_sql (void)
{
  g_autoptr(TtDb) db = demo_db ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDonorIndex) index = tt_donor_index_load (db, &error);

  g_assert_no_error (error);
  g_assert_cmpint (tt_donor_index_size (index), ==,
                   tt_test_count (db, "SELECT count(*) FROM donors WHERE merged_into IS NULL"));
  for (gsize q = 0; q < G_N_ELEMENTS (queries); q++)
    for (int sort = TT_DONOR_SORT_NAME; sort <= TT_DONOR_SORT_LAST_GIFT; sort++)
      {
        g_autoptr(GArray) sql = tt_donor_ids (db, queries[q], sort, &error);
        g_autoptr(GArray) mem = tt_donor_index_search (index, queries[q], sort);

        g_assert_no_error (error);
        assert_same_ids (sql, mem, queries[q], sort);
      }

  /* Something is found for a common family name, and “Đức” finds the same as “duc”. */
  {
    g_autoptr(GArray) a = tt_donor_index_search (index, "Nguyễn", TT_DONOR_SORT_NAME);
    g_autoptr(GArray) b = tt_donor_index_search (index, "Đức", TT_DONOR_SORT_NAME);
    g_autoptr(GArray) c = tt_donor_index_search (index, "duc", TT_DONOR_SORT_NAME);
    g_assert_cmpint (a->len, >, 100);
    g_assert_cmpint (b->len, >, 0);
    assert_same_ids (b, c, "Đức", 0);
  }
}

static void
test_sorted_by_total (void)
{
  g_autoptr(TtDb) db = demo_db ();
  g_autoptr(GArray) ids = tt_donor_ids (db, "", TT_DONOR_SORT_TOTAL, NULL);
  gint64 previous = G_MAXINT64;

  g_assert_cmpint (ids->len, ==, tt_test_count (db, "SELECT count(*) FROM donors WHERE merged_into IS NULL"));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TtDonor) d = tt_donor_get (db, g_array_index (ids, gint64, i), NULL);
      g_autofree char *sql = g_strdup_printf ("SELECT coalesce(sum(amount), 0) FROM donations "
                                              "WHERE donor_id = %lld AND status = 'valid'", (long long) d->id);
      g_assert_cmpint (d->total, <=, previous);
      g_assert_cmpint (d->total, ==, tt_test_count (db, sql));
      previous = d->total;
    }
}

typedef struct
{
  guint calls;
  guint removed;
  guint added;
} Changes;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Changes *c)
{
  c->calls++;
  c->removed += removed;
  c->added += added;
}

static void
test_query_model (void)
{
  g_autoptr(TtDb) db = demo_db ();
  g_autoptr(TtQueryModel) model = tt_query_model_new (TT_TYPE_DONOR_ROW, tt_donor_row_fetch, db, NULL);
  g_autoptr(TtDonorIndex) index = tt_donor_index_load (db, NULL);
  g_autoptr(GArray) all = tt_donor_index_search (index, "", TT_DONOR_SORT_NAME);
  g_autoptr(GArray) some = tt_donor_index_search (index, "nguyen", TT_DONOR_SORT_NAME);
  Changes changes = { 0 };
  guint position;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changes);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == TT_TYPE_DONOR_ROW);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  tt_query_model_set_ids (model, all);
  g_assert_cmpint (changes.calls, ==, 1);
  g_assert_cmpint (changes.added, ==, all->len);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, all->len);

  /* Rows are made on demand, in order, and are the right donors. */
  for (guint i = 0; i < all->len; i += 97)
    {
      g_autoptr(TtDonorRow) row = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(TtDonor) d = tt_donor_get (db, g_array_index (all, gint64, i), NULL);
      g_assert_cmpint (tt_donor_row_get_donor (row)->id, ==, d->id);
      g_assert_cmpstr (tt_donor_row_get_donor (row)->name, ==, d->name);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), all->len));

  /* A search replaces everything with one signal. */
  tt_query_model_set_ids (model, some);
  g_assert_cmpint (changes.calls, ==, 2);
  g_assert_cmpint (changes.removed, ==, all->len);
  for (guint i = 0; i < some->len; i++)
    {
      g_autoptr(TtDonorRow) row = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autofree char *folded = tt_text_fold (tt_donor_row_get_donor (row)->name);
      g_assert_nonnull (strstr (folded, "nguyen"));
    }

  /* An edited row is made again. */
  g_assert_true (tt_query_model_find (model, g_array_index (some, gint64, 3), &position));
  g_assert_cmpint (position, ==, 3);
  {
    TtDonorInput in = { .name = "Nguyễn Thị Đổi Tên" };
    g_autoptr(TtDonorRow) row = NULL;
    g_assert_true (tt_donor_update (db, g_array_index (some, gint64, 3), &in, NULL));
    tt_query_model_row_changed (model, g_array_index (some, gint64, 3));
    g_assert_cmpint (changes.calls, ==, 3);
    row = g_list_model_get_item (G_LIST_MODEL (model), 3);
    g_assert_cmpstr (tt_donor_row_get_donor (row)->name, ==, "Nguyễn Thị Đổi Tên");
  }
}

static void
test_stats_follow_changes (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtDonorInput a_in = { .name = "Lê Văn An" };
  TtDonorInput b_in = { .name = "Le Van An" };
  gint64 a = tt_donor_add (db, &a_in, &error);
  gint64 b = tt_donor_add (db, &b_in, &error);
  TtDonationInput g1 = { .donor_id = a, .amount = 300000, .received_on = "2026-02-01" };
  TtDonationInput g2 = { .donor_id = b, .amount = 200000, .received_on = "2026-05-01" };
  TtDonationInput g3 = { .donor_id = b, .amount = 50000, .received_on = "2026-06-01" };
  g_autofree char *r1 = NULL, *r2 = NULL, *r3 = NULL;
  g_autoptr(TtDonor) kept = NULL;
  g_autoptr(GPtrArray) merged = NULL;

  g_assert_cmpint (tt_donation_add (db, &g1, &r1, &error), >, 0);
  g_assert_cmpint (tt_donation_add (db, &g2, &r2, &error), >, 0);
  g_assert_cmpint (tt_donation_add (db, &g3, &r3, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (tt_donation_void (db, r3, "Ghi nhầm", &error));
  g_assert_true (tt_donor_merge (db, a, b, &error));
  g_assert_no_error (error);

  kept = tt_donor_get (db, a, &error);
  g_assert_cmpint (kept->total, ==, 500000);
  g_assert_cmpint (kept->gift_count, ==, 2);
  g_assert_cmpstr (kept->last_gift, ==, "2026-05-01");

  merged = tt_donor_merged_from (db, a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (merged->len, ==, 1);
  g_assert_cmpstr (((TtDonor *) merged->pdata[0])->name, ==, "Le Van An");
  g_assert_nonnull (((TtDonor *) merged->pdata[0])->last_gift);

  /* The merged-away donor is no longer listed. */
  {
    g_autoptr(GArray) ids = tt_donor_ids (db, "le van an", TT_DONOR_SORT_NAME, &error);
    g_assert_cmpint (ids->len, ==, 1);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/donor-list/index-matches-sql", test_index_matches_sql);
  g_test_add_func ("/donor-list/sorted-by-total", test_sorted_by_total);
  g_test_add_func ("/donor-list/query-model", test_query_model);
  g_test_add_func ("/donor-list/stats-follow-changes", test_stats_follow_changes);
  return g_test_run ();
}
