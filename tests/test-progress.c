/* test-progress.c — campaign targets and the progress core computes from the records, checked
 * against the same figures counted directly in SQL on a generated office */
#include "config.h"

#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-cards.h"
#include "tt-deficits.h"
#include "tt-demo.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-gifts.h"
#include "tt-households.h"
#include "tt-housing.h"
#include "tt-livelihood.h"
#include "tt-addresses.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-progress.h"
#include "tt-support.h"
#include "tt-targets.h"
#include "tt-test-util.h"

#define ORG "Hội Liên hiệp Phụ nữ"

typedef struct
{
  TtDb   *db;
  gint64  campaign;
  gint64  commune;       /* the commune with the most poor households */
  char   *commune_code;
} Fixture;

#define count tt_test_countf

/* The @n-th poor household of the office. */
static gint64
poor_household (Fixture *f, int n)
{
  gint64 id = count (f->db, "SELECT h.id FROM households h JOIN household_classifications k ON k.household_id = h.id "
                            "AND k.year = 2026 AND k.category = 'poor' WHERE h.status = 'active' "
                            "ORDER BY h.id LIMIT 1 OFFSET %d", n);

  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TtDemoSize size = { .donors = 120, .donations = 600, .households = 3000, .seed = 11, .housing = 40,
                      .livelihood = 30, .cards = 60, .addresses = 30 };
  TtDonorInput firm = { .kind = "business", .name = "Công ty TNHH Đại Nam" };
  g_autofree char *receipt = NULL;
  gint64 donor, package, list, added = 0, already = 0;

  f->db = tt_test_new_db (NULL);
  g_assert_true (tt_demo_generate (f->db, &size, &error));
  g_assert_no_error (error);
  f->commune = count (f->db, "SELECT h.commune_id FROM households h JOIN household_classifications k "
                             "ON k.household_id = h.id AND k.year = 2026 AND k.category = 'poor' "
                             "GROUP BY h.commune_id ORDER BY count(*) DESC LIMIT 1");
  f->commune_code = tt_place_code (f->db, f->commune);
  f->campaign = tt_campaign_add (f->db, "Chương trình an sinh năm 2026", "fundraising", "2026-01-01",
                                 "2026-12-31", &error);
  g_assert_no_error (error);

  /* Money: gifts of a firm and of a demo donor, some collected by the Women's Union, one void. */
  donor = tt_donor_add (f->db, &firm, &error);
  for (int i = 0; i < 12; i++)
    {
      TtDonationInput d = { .donor_id = i % 3 ? donor : 1, .amount = 1000000 * (i + 1), .received_on = "2026-03-02",
                            .campaign_id = f->campaign, .collected_by = i % 4 == 0 ? ORG : NULL };
      g_autofree char *number = NULL;
      g_assert_cmpint (tt_donation_add (f->db, &d, &number, &error), >, 0);
      if (i == 5)
        g_assert_true (tt_donation_void (f->db, number, "Ghi nhầm", &error));
      if (i == 11)
        receipt = g_steal_pointer (&number);
    }
  g_assert_no_error (error);

  /* Gifts to the commune's poor and near-poor, every other one delivered. */
  package = tt_gift_package_add (f->db, f->campaign, "Suất quà 500.000 đ", 500000, 0, NULL, &error);
  {
    TtHouseholdFilter criteria = { .place_id = f->commune, .categories = "poor,near-poor", .year = 2026 };
    g_autoptr(GPtrArray) entries = NULL;
    list = tt_gift_list_create (f->db, f->campaign, package, "Danh sách xã", &criteria, &added, &already, &error);
    g_assert_no_error (error);
    entries = tt_gift_list_entries (f->db, list, &error);
    for (guint i = 0; i < entries->len; i += 2)
      g_assert_true (tt_gift_list_set_status (f->db, list, ((TtGiftEntry *) entries->pdata[i])->household_id,
                                              "delivered", "2026-01-20", NULL, NULL, &error));
  }
  g_assert_no_error (error);

  /* Houses: three new, three repairs; four finished; the first funded by an earmarked donation
   * and the fund. */
  for (int i = 0; i < 6; i++)
    {
      TtHousingInput h = { .household_id = poor_household (f, i), .kind = i < 3 ? "new" : "repair",
                           .campaign_id = f->campaign, .support = i < 3 ? 60000000 : 30000000,
                           .reason = "Hộ thứ hai trong chương trình" };
      gint64 id = tt_housing_add (f->db, &h, &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      if (i == 0)
        {
          TtHousingFundInput earmarked = { .source = "sponsor", .amount = 12000000, .donation = receipt };
          TtHousingFundInput fund = { .source = "fund-province", .amount = 48000000 };
          g_assert_cmpint (tt_housing_fund (f->db, id, &earmarked, &error), >, 0);
          g_assert_cmpint (tt_housing_fund (f->db, id, &fund, &error), >, 0);
        }
      g_assert_true (tt_housing_stage (f->db, id, "survey", "2026-02-01", NULL, NULL, &error));
      g_assert_true (tt_housing_stage (f->db, id, "approved", "2026-02-10", "QĐ 12", NULL, &error));
      if (i % 3 == 2)
        continue;
      g_assert_true (tt_housing_stage (f->db, id, "started", "2026-03-01", NULL, NULL, &error));
      g_assert_true (tt_housing_stage (f->db, id, "completed", "2026-06-01", NULL, NULL, &error));
      g_assert_no_error (error);
      if (i == 0)
        g_assert_true (tt_housing_stage (f->db, id, "handed_over", "2026-06-15", NULL, NULL, &error));
      g_assert_no_error (error);
    }

  /* Models, two by the Women's Union; cards; addresses profiled in the year, one connected. */
  for (int i = 0; i < 5; i++)
    {
      TtLivelihoodInput m = { .household_id = poor_household (f, 10 + i), .kind = "goat", .value = 10000000,
                              .date = "2026-04-01", .campaign_id = f->campaign, .unit = i < 2 ? ORG : NULL };
      g_assert_cmpint (tt_livelihood_add (f->db, &m, NULL, &error), >, 0);
    }
  for (int i = 0; i < 8; i++)
    {
      g_autofree char *number = g_strdup_printf ("HN40199%08d", i);
      TtCardInput c = { .household_id = poor_household (f, 20 + i), .card = number, .from = "2026-01-01",
                        .to = "2026-12-31", .paid_by = "fund", .price_by_rule = TRUE, .campaign_id = f->campaign };
      g_assert_cmpint (tt_card_add (f->db, &c, &error), >, 0);
    }
  for (int i = 0; i < 4; i++)
    {
      gint64 a = tt_address_add (f->db, poor_household (f, 30 + i), "Người già neo đơn", "2026-05-01", 1, &error);
      g_assert_no_error (error);
      if (i == 0)
        g_assert_true (tt_address_inhandao (f->db, a, TRUE, "ND-0001", &error));
      if (i < 2)
        g_assert_cmpint (tt_address_help (f->db, a, "2026-06-01", "medical", 500000, 0, NULL, &error), >, 0);
    }
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
  g_free (f->commune_code);
}

static gint64
add_target (Fixture *f, const char *measure, const char *value, const char *unit, const char *baseline)
{
  g_autoptr(GError) error = NULL;
  TtTargetInput in = { .measure = measure, .value = value, .unit = unit, .baseline = baseline };
  gint64 id = tt_target_add (f->db, f->campaign, &in, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A share in hundredths of a per cent, as the progress rounds it. */
static gint64
share (gint64 part, gint64 whole)
{
  return whole > 0 ? (part * 10000 + whole / 2) / whole : -1;
}

/* What SQL says of @measure for the office (@place 0) or the commune. */
static gint64
expected (Fixture *f, const char *measure, gint64 place, const char *organisation)
{
  g_autofree char *in_place = place ? g_strdup_printf ("h.commune_id = %" G_GINT64_FORMAT, place) : g_strdup ("1");
  gint64 c = f->campaign;
  char on[11];
  const char *poor_2026 = "h.status = 'active' AND h.id IN (SELECT household_id FROM household_classifications "
                          "WHERE year = 2026 AND category = 'poor')";
  const char *poor_near_2026 = "h.status = 'active' AND h.id IN (SELECT household_id FROM "
                               "household_classifications WHERE year = 2026 AND category IN ('poor', 'near_poor'))";

  /* Cards are counted on the campaign's last day, or today while it runs. */
  tt_date_today (on);
  if (strcmp (on, "2026-12-31") > 0)
    strcpy (on, "2026-12-31");
  if (g_str_equal (measure, "money"))
    return count (f->db, "SELECT coalesce(sum(amount), 0) FROM donations WHERE campaign_id = %" G_GINT64_FORMAT
                         " AND status = 'valid' AND %s", c, organisation ? "collected_by = '" ORG "'" : "1");
  if (g_str_equal (measure, "gift-packages"))
    return count (f->db, "SELECT coalesce(sum(g.quantity), 0) FROM gift_entries g JOIN households h "
                         "ON h.id = g.household_id WHERE g.campaign_id = %" G_GINT64_FORMAT
                         " AND g.status = 'delivered' AND %s", c, in_place);
  if (g_str_equal (measure, "gift-coverage-percent"))
    return share (count (f->db, "SELECT count(*) FROM households h WHERE %s AND %s AND h.id IN (SELECT household_id "
                                "FROM gift_entries WHERE campaign_id = %" G_GINT64_FORMAT " AND status = 'delivered')",
                         poor_near_2026, in_place, c),
                  count (f->db, "SELECT count(*) FROM households h WHERE %s AND %s", poor_near_2026, in_place));
  if (g_str_equal (measure, "houses-new") || g_str_equal (measure, "houses-repair"))
    return count (f->db, "SELECT count(*) FROM housing_projects x JOIN households h ON h.id = x.household_id "
                         "WHERE x.campaign_id = %" G_GINT64_FORMAT " AND x.kind = '%s' AND x.stage IN "
                         "('completed', 'handed_over') AND %s", c, measure + 7, in_place);
  if (g_str_equal (measure, "houses-percent-of-need"))
    return share (count (f->db, "SELECT count(*) FROM housing_projects WHERE campaign_id = %" G_GINT64_FORMAT
                                " AND stage IN ('completed', 'handed_over')", c),
                  count (f->db, "SELECT count(*) FROM housing_projects WHERE campaign_id = %" G_GINT64_FORMAT
                                " AND stage <> 'cancelled'", c));
  if (g_str_equal (measure, "livelihood-models"))
    return count (f->db, "SELECT count(*) FROM livelihood_models WHERE campaign_id = %" G_GINT64_FORMAT " AND %s", c,
                  organisation ? "unit = '" ORG "'" : "1");
  if (g_str_equal (measure, "bhyt-cards"))
    return count (f->db, "SELECT count(*) FROM bhyt_cards WHERE campaign_id = %" G_GINT64_FORMAT, c);
  if (g_str_equal (measure, "bhyt-coverage-percent"))
    return share (count (f->db, "SELECT count(*) FROM (SELECT DISTINCT b.household_id, b.member_id FROM bhyt_cards b "
                                "JOIN households h ON h.id = b.household_id WHERE b.valid_from <= '%s' "
                                "AND b.valid_to >= '%s' AND %s AND %s)", on, on, poor_2026, in_place),
                  count (f->db, "SELECT coalesce(sum(member_count), 0) FROM households h WHERE %s AND %s", poor_2026,
                         in_place));
  if (g_str_equal (measure, "addresses-new"))
    return count (f->db, "SELECT count(*) FROM humanitarian_addresses WHERE profiled_on LIKE '2026-%%'");
  if (g_str_equal (measure, "addresses-helped-percent"))
    return share (count (f->db, "SELECT count(*) FROM humanitarian_addresses a WHERE profiled_on LIKE '2026-%%' "
                                "AND (status = 'helped' OR id IN (SELECT address_id FROM address_helps))"),
                  count (f->db, "SELECT count(*) FROM humanitarian_addresses WHERE profiled_on LIKE '2026-%%'"));
  if (g_str_equal (measure, "addresses-connected"))
    return count (f->db, "SELECT count(*) FROM humanitarian_addresses WHERE profiled_on LIKE '2026-%%' "
                         "AND inhandao_connected = 1");
  if (g_str_equal (measure, "poverty-rate"))
    return share (count (f->db, "SELECT count(*) FROM households h JOIN household_classifications k "
                                "ON k.household_id = h.id AND k.year = 2026 AND k.category = 'poor' "
                                "AND k.standard = '07/2021' JOIN commune_totals t ON t.place_id = h.commune_id "
                                "AND t.year = 2026 WHERE %s", in_place),
                  count (f->db, "SELECT coalesce(sum(total_households), 0) FROM commune_totals WHERE year = 2026 "
                                "AND (%" G_GINT64_FORMAT " = 0 OR place_id = %" G_GINT64_FORMAT ")", place, place));
  if (g_str_has_suffix (measure, "-percent") &&
      (g_str_has_prefix (measure, "housing-adequate") || g_str_has_prefix (measure, "clean-water") ||
       g_str_has_prefix (measure, "latrine")))
    {
      /* Bits as tt_deficit_indicators orders them. */
      guint bits = g_str_has_prefix (measure, "housing") ? tt_deficits_bit ("housing-quality") | tt_deficits_bit ("housing-area")
                 : g_str_has_prefix (measure, "clean") ? tt_deficits_bit ("water") : tt_deficits_bit ("latrine");
      return share (count (f->db, "SELECT count(*) FROM households h JOIN household_classifications k "
                                  "ON k.household_id = h.id AND k.year = 2026 AND k.category = 'poor' "
                                  "WHERE h.status = 'active' AND k.lacking IS NOT NULL AND (k.lacking & %u) = 0 "
                                  "AND %s", bits, in_place),
                    count (f->db, "SELECT count(*) FROM households h JOIN household_classifications k "
                                  "ON k.household_id = h.id AND k.year = 2026 AND k.category = 'poor' "
                                  "WHERE h.status = 'active' AND k.lacking IS NOT NULL AND %s", in_place));
    }
  g_assert_not_reached ();
}

/* Every measure for the office, the busiest commune and the Women's Union: each figure equals
 * the count or sum SQL gives, and the percentages toward the targets follow. */
static void
test_progress_equals_sql (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  static const char *const values[][2] = {
    { "money", "15 tỷ" }, { "gift-packages", "100.000" }, { "gift-coverage-percent", "100" },
    { "houses-new", "3" }, { "houses-repair", "10" }, { "houses-percent-of-need", "80" },
    { "livelihood-models", "1.000" }, { "bhyt-cards", "1.500" }, { "bhyt-coverage-percent", "100" },
    { "addresses-new", "30" }, { "addresses-helped-percent", "70" }, { "addresses-connected", "30" },
    { "housing-adequate-percent", "74" }, { "clean-water-percent", "93,5" }, { "latrine-percent", "80" },
  };
  guint seen = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    add_target (f, values[i][0], values[i][1], NULL, NULL);
  add_target (f, "poverty-rate", "4,63", NULL, "5,63");
  add_target (f, "gift-packages", "500", f->commune_code, NULL);
  add_target (f, "gift-coverage-percent", "100", f->commune_code, NULL);
  add_target (f, "houses-new", "2", f->commune_code, NULL);
  add_target (f, "latrine-percent", "80", f->commune_code, NULL);
  add_target (f, "money", "20 triệu", ORG, NULL);
  add_target (f, "livelihood-models", "20", ORG, NULL);

  progress = tt_progress_of_campaign (f->db, f->campaign, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress->len, ==, G_N_ELEMENTS (values) + 7);
  for (guint i = 0; i < progress->len; i++)
    {
      TtProgress *p = progress->pdata[i];
      gint64 want = expected (f, p->measure, p->place_id, p->organisation);
      g_test_message ("%s (%s): %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " (%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT ")",
                      p->measure, p->unit ? p->unit : "office", p->achieved, p->target, p->part, p->whole);
      if (p->achieved != want)
        g_error ("%s (%s): progress says %" G_GINT64_FORMAT ", SQL %" G_GINT64_FORMAT, p->measure,
                 p->unit ? p->unit : "office", p->achieved, want);
      if (tt_target_measure_kind (p->measure) != TT_MEASURE_RATE && p->achieved >= 0)
        g_assert_cmpfloat_with_epsilon (p->percent, 100.0 * p->achieved / p->target, 1e-9);
      seen++;
    }
  g_assert_cmpuint (seen, ==, progress->len);

  /* The known records: four finished houses (three of them new builds but one not finished),
   * the void gift not counted, the Women's Union's two models and three gifts. */
  g_assert_cmpint (expected (f, "houses-new", 0, NULL), ==, 2);
  g_assert_cmpint (expected (f, "houses-repair", 0, NULL), ==, 2);
  g_assert_cmpint (expected (f, "livelihood-models", 0, ORG), ==, 2);
  g_assert_cmpint (expected (f, "money", 0, ORG), ==, (1 + 5 + 9) * 1000000);
  g_assert_cmpint (expected (f, "money", 0, NULL), ==, (78 - 6) * 1000000);
  /* A household whose survey found it lacking nothing and one lacking water and a latrine: the
   * shares move as the records say; the masks the SQL of progress names are the indicators'. */
  g_assert_cmpuint (tt_deficits_bit ("housing-quality") | tt_deficits_bit ("housing-area"), ==, 192);
  g_assert_cmpuint (tt_deficits_bit ("water"), ==, 256);
  g_assert_cmpuint (tt_deficits_bit ("latrine"), ==, 512);
  g_assert_cmpint (expected (f, "latrine-percent", 0, NULL), >, 0);
  g_assert_cmpint (expected (f, "latrine-percent", 0, NULL), <, 10000);
  {
    gint64 before = expected (f, "clean-water-percent", 0, NULL);
    gint64 h = count (f->db, "SELECT household_id FROM household_classifications WHERE year = 2026 "
                             "AND category = 'poor' AND lacking = 0 LIMIT 1");
    g_assert_true (tt_household_set_lacking (f->db, h, 2026, tt_deficits_bit ("water") | tt_deficits_bit ("latrine"),
                                             &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f->db, "SELECT deficits FROM household_classifications WHERE household_id = %"
                                   G_GINT64_FORMAT " AND year = 2026", h), ==, 2);
    g_assert_cmpint (expected (f, "clean-water-percent", 0, NULL), <, before);
    g_assert_false (tt_household_set_lacking (f->db, h, 2019, 1, &error));
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* Every campaign's totals, kept by triggers through gifts and a void, are what SQL sums. */
  {
    g_autoptr(GPtrArray) campaigns = tt_campaign_list (f->db, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < campaigns->len; i++)
      {
        TtCampaign *c = campaigns->pdata[i];
        g_assert_cmpint (c->raised, ==, count (f->db, "SELECT coalesce(sum(amount), 0) FROM donations WHERE "
                                                      "campaign_id = %" G_GINT64_FORMAT " AND status = 'valid'", c->id));
        g_assert_cmpint (c->gifts, ==, count (f->db, "SELECT count(*) FROM donations WHERE campaign_id = %"
                                                     G_GINT64_FORMAT " AND status = 'valid'", c->id));
      }
  }

  /* Narrowed to the commune: only its targets. */
  {
    g_autoptr(GPtrArray) local = tt_progress_of_campaign (f->db, f->campaign, f->commune_code, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (local->len, ==, 4);
  }
}

/* An earmarked donation that funds a house is money raised once and the house is support given
 * once: its value is not added twice into any total. */
static void
test_counted_once (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) totals = tt_support_totals (f->db, "2026-01-01", "2026-12-31", f->campaign, &error);
  gint64 achieved = 0, part = 0, whole = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < totals->len; i++)
    {
      TtSupportTotal *t = totals->pdata[i];
      if (g_strcmp0 (t->kind, "housing") == 0)
        {
          g_assert_cmpint (t->given, ==, 6);
          g_assert_cmpint (t->value, ==, 3 * 60000000 + 3 * 30000000);
        }
    }
  g_assert_true (tt_progress_measure (f->db, f->campaign, "money", 0, NULL, &achieved, &part, &whole, &error));
  g_assert_cmpint (achieved, ==, count (f->db, "SELECT sum(amount) FROM donations WHERE campaign_id = %" G_GINT64_FORMAT
                                               " AND status = 'valid'", f->campaign));
}

/* Targets refuse what the plans cannot mean, and nothing is written. */
static void
test_targets_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = tt_test_dump (f->db);
  g_autofree char *after = NULL;
  g_autofree char *listed = NULL;
  struct { TtTargetInput in; const char *says; } cases[] = {
    { { .measure = "smiles", .value = "1" }, "Unknown measure “smiles”" },
    { { .measure = "bhyt-cards", .value = "nhiều" }, "give a whole number" },
    { { .measure = "gift-coverage-percent", .value = "120" }, "a percentage from 0 to 100" },
    { { .measure = "poverty-rate", .value = "6", .baseline = "5,63" }, "is not below the baseline 5,63 %" },
    { { .measure = "money", .value = "1 tỷ", .baseline = "3" }, "Only a poverty-rate target" },
    { { .measure = "gift-packages", .value = "10", .unit = "Hội Nông dân" }, "not counted per member organisation" },
    { { .measure = "gift-packages", .value = "10", .unit = "99999" }, "no administrative unit with code 99999" },
    { { .measure = "money", .value = "10 triệu", .unit = "00004" }, "not per place" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (tt_target_add (f->db, f->campaign, &cases[i].in, &error), ==, 0);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].says) == NULL)
        g_error ("“%s” does not say “%s”", error->message, cases[i].says);
      g_clear_error (&error);
    }
  after = tt_test_dump (f->db);
  g_assert_cmpstr (before, ==, after);
  add_target (f, "money", "15 tỷ", NULL, NULL);
  g_assert_cmpint (tt_target_add (f->db, f->campaign, &(TtTargetInput) { .measure = "money", .value = "1" }, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "already has a target for Money raised"));
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) list = tt_target_list (f->db, f->campaign, &error);
    g_assert_cmpuint (list->len, ==, 1);
    g_assert_true (tt_target_remove (f->db, ((TtTarget *) list->pdata[0])->id, &error));
  }
  /* Added and removed, both in the audit log with the target's values. */
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'campaign_targets'"), ==, 2);
  listed = g_strdup_printf ("%" G_GINT64_FORMAT, count (f->db, "SELECT count(*) FROM audit_log WHERE "
                                                               "table_name = 'campaign_targets' AND new_values "
                                                               "LIKE '%%15000000000%%'"));
  g_assert_cmpstr (listed, ==, "1");
}

/* "Mỗi xã 50, hai xã được giao 30": the exceptions first, then one target for every other
 * commune of the office's province; each counted for its own households. */
static void
test_each_commune (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) progress = NULL;
  TtTargetInput each = { .measure = "gift-packages", .value = "50", .unit = "mỗi xã" };
  gint64 communes = count (f->db, "SELECT count(*) FROM places p JOIN places v ON v.id = p.parent_id "
                                  "JOIN settings s ON s.key = 'province-code' AND s.value = v.code "
                                  "WHERE p.kind = 'commune'");

  g_assert_cmpint (communes, >, 1);
  g_assert_true (tt_target_unit_is_each_commune ("Mỗi xã"));
  g_assert_true (tt_target_unit_is_each_commune ("every commune"));
  g_assert_false (tt_target_unit_is_each_commune ("Hội LHPN"));
  add_target (f, "gift-packages", "30", f->commune_code, NULL);
  g_assert_true (tt_target_add_each_commune (f->db, f->campaign, &each, ids, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, communes - 1);
  /* The exception keeps its value; the others have the plan's. */
  g_assert_cmpint (count (f->db, "SELECT value FROM campaign_targets WHERE place_id = %" G_GINT64_FORMAT, f->commune),
                   ==, 30);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM campaign_targets WHERE measure = 'gift-packages' "
                                 "AND value = 50 AND place_id IS NOT NULL"), ==, communes - 1);
  progress = tt_progress_of_campaign (f->db, f->campaign, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < progress->len; i++)
    {
      TtProgress *p = progress->pdata[i];
      g_assert_cmpint (p->achieved, ==, expected (f, p->measure, p->place_id, NULL));
    }
  g_assert_cmpuint (progress->len, ==, communes);
  /* Again: nothing is left to fill in. Money is the office's, not a commune's. */
  g_array_set_size (ids, 0);
  g_assert_false (tt_target_add_each_commune (f->db, f->campaign, &each, ids, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE);
  g_clear_error (&error);
  each.measure = "money";
  g_assert_false (tt_target_add_each_commune (f->db, f->campaign, &each, ids, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_assert_cmpuint (ids->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/progress/equals-sql", Fixture, NULL, fixture_set_up, test_progress_equals_sql, fixture_tear_down);
  g_test_add ("/progress/counted-once", Fixture, NULL, fixture_set_up, test_counted_once, fixture_tear_down);
  g_test_add ("/progress/each-commune", Fixture, NULL, fixture_set_up, test_each_commune, fixture_tear_down);
  g_test_add ("/progress/targets-refused", Fixture, NULL, fixture_set_up, test_targets_refused, fixture_tear_down);
  return g_test_run ();
}
