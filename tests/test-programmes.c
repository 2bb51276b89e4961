/* test-programmes.c — household members, health-insurance cards, livelihood models and the
 * support ledger */
#include "config.h"

#include <string.h>

#include "tt-addresses.h"
#include "tt-books.h"
#include "tt-campaigns.h"
#include "tt-cards.h"
#include "tt-check.h"
#include "tt-demo.h"
#include "tt-households.h"
#include "tt-housing.h"
#include "tt-livelihood.h"
#include "tt-members.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-support.h"
#include "tt-test-util.h"

typedef struct
{
  TtDb   *db;
  gint64  household, other;
} Fixture;

static gint64
add_household (TtDb *db, const char *name, const char *id_number)
{
  g_autoptr(GError) error = NULL;
  TtHouseholdInput in = { .head_name = name, .head_birth_year = 1960, .village_name = "Bản Mòng",
                          .id_number = id_number, .commune_id = tt_place_id_by_code (db, "00004") };
  gint64 id = tt_household_create (db, &in, &error);

  g_assert_no_error (error);
  g_assert_true (tt_household_classify (db, id, 2026, "poor", 0, NULL, &error));
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->db = tt_test_new_db (NULL);
  g_assert_true (tt_office_set (f->db, "province-code", "01", &error));
  f->household = add_household (f->db, "Lò Văn Páo", "011060001111");
  f->other = add_household (f->db, "Cầm Văn Ơn", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
}

static void
assert_refused (Fixture *f, const char *before, const GError *error, const char *message)
{
  g_autofree char *after = tt_test_dump (f->db);

  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  g_assert_cmpstr (before, ==, after);
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* Members: a name, birth year, gender, relation and an ID number no other person has. */
static void
test_members (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = tt_test_dump (f->db);
  TtMemberInput wife = { .name = "  Lò   Thị Mai ", .birth_year = 1988, .gender = "Nữ", .relation = "vợ",
                         .id_number = "011 188 002 222" };
  TtMemberInput bad_year = { .name = "Lò Văn A", .birth_year = 1850 };
  TtMemberInput bad_gender = { .name = "Lò Văn A", .gender = "robot" };
  TtMemberInput heads_id = { .name = "Lò Văn B", .id_number = "011060001111" };
  TtMemberInput nameless = { .name = "   " };
  gint64 id;

  g_assert_cmpint (tt_member_add (f->db, f->household, &bad_year, &error), ==, 0);
  assert_refused (f, before, error, "Birth year 1850");
  g_clear_error (&error);
  g_assert_cmpint (tt_member_add (f->db, f->household, &bad_gender, &error), ==, 0);
  assert_refused (f, before, error, "Unknown gender “robot”");
  g_clear_error (&error);
  g_assert_cmpint (tt_member_add (f->db, f->other, &heads_id, &error), ==, 0);
  assert_refused (f, before, error, "already belongs to a person of household 1");
  g_clear_error (&error);
  g_assert_cmpint (tt_member_add (f->db, f->household, &nameless, &error), ==, 0);
  assert_refused (f, before, error, "Member's name");
  g_clear_error (&error);
  g_assert_cmpint (tt_member_add (f->db, 99, &wife, &error), ==, 0);
  assert_refused (f, before, error, "99");
  g_clear_error (&error);

  g_assert_cmpint ((id = tt_member_add (f->db, f->household, &wife, &error)), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) list = tt_member_list (f->db, f->household, &error);
    TtMember *m = list->pdata[0];
    g_assert_cmpuint (list->len, ==, 1);
    g_assert_cmpstr (m->name, ==, "Lò Thị Mai");
    g_assert_cmpstr (m->gender, ==, "female");
    g_assert_cmpstr (m->id_number, ==, "011188002222");
  }
  /* The same ID number for a second person is refused, naming the household that has it. */
  {
    TtMemberInput twin = { .name = "Người khác", .id_number = "011188002222" };
    g_clear_pointer (&before, g_free);
    before = tt_test_dump (f->db);
    g_assert_cmpint (tt_member_add (f->db, f->other, &twin, &error), ==, 0);
    assert_refused (f, before, error, "already belongs to a person of household 1");
  }
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'household_members'"), ==, 1);
}

/* Cards: the period in order, one number once, the member of the household; the list of cards
 * ending within N days holds exactly those. */
static void
test_cards (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  TtMemberInput son = { .name = "Lò Văn Sơn", .birth_year = 2012, .relation = "con" };
  gint64 member = tt_member_add (f->db, f->household, &son, &error);
  TtCardInput card = { .household_id = f->household, .member_id = member, .card = "hn4 010 123 456 789",
                       .from = "01/01/2030", .to = "31/12/2030", .paid_by = "fund", .amount = 1105650 };
  const int ends[] = { -1, 10, 30, 31 };

  g_assert_no_error (error);
  before = tt_test_dump (f->db);
  {
    TtCardInput backwards = card, stranger = card, nobody = card, payer = card, number = card;
    backwards.from = "01/06/2026";
    backwards.to = "31/05/2026";
    g_assert_cmpint (tt_card_add (f->db, &backwards, &error), ==, 0);
    assert_refused (f, before, error, "The card ends on 31/05/2026, before it starts on 01/06/2026");
    g_clear_error (&error);
    stranger.household_id = f->other;
    g_assert_cmpint (tt_card_add (f->db, &stranger, &error), ==, 0);
    assert_refused (f, before, error, "is of household 1, not of household 2");
    g_clear_error (&error);
    nobody.member_id = 77;
    g_assert_cmpint (tt_card_add (f->db, &nobody, &error), ==, 0);
    assert_refused (f, before, error, "There is no household member 77");
    g_clear_error (&error);
    payer.paid_by = "lottery";
    g_assert_cmpint (tt_card_add (f->db, &payer, &error), ==, 0);
    assert_refused (f, before, error, "Unknown payer “lottery”");
    g_clear_error (&error);
    number.card = "12345";
    g_assert_cmpint (tt_card_add (f->db, &number, &error), ==, 0);
    assert_refused (f, before, error, "Card number “12345”");
    g_clear_error (&error);
  }
  g_assert_cmpint (tt_card_add (f->db, &card, &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  {
    TtCardInput again = card;
    again.household_id = f->other;
    again.member_id = 0;
    g_assert_cmpint (tt_card_add (f->db, &again, &error), ==, 0);
    assert_refused (f, before, error, "Card HN4010123456789 is already recorded, for household 1");
    g_clear_error (&error);
  }

  /* Cards ending yesterday, in 10, 30 and 31 days: within 30 days are the second and third. */
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autofree char *to = date_from_today (ends[i]);
      g_autofree char *from = date_from_today (ends[i] - 365);
      g_autofree char *number = g_strdup_printf ("HN40101234567%02u", i);
      TtCardInput c = { .household_id = f->other, .card = number, .from = from, .to = to, .paid_by = "state" };
      TtMemberInput m = { .name = "Cầm Văn Ơn" };
      /* Each card is a person's: the head holds the first, members of the same name the others. */
      if (i > 0)
        c.member_id = tt_member_add (f->db, f->other, &m, &error);
      g_assert_cmpint (tt_card_add (f->db, &c, &error), >, 0);
      g_assert_no_error (error);
    }
  {
    TtCardFilter soon = { .expiring_within = 30 };
    g_autoptr(GPtrArray) list = tt_card_list (f->db, &soon, &error);
    g_autofree char *ten = date_from_today (10);
    g_autofree char *thirty = date_from_today (30);
    g_assert_no_error (error);
    g_assert_cmpuint (list->len, ==, 2);
    g_assert_cmpstr (((TtCard *) list->pdata[0])->to, ==, ten);
    g_assert_cmpstr (((TtCard *) list->pdata[1])->to, ==, thirty);
    g_assert_cmpstr (((TtCard *) list->pdata[1])->holder, ==, "Cầm Văn Ơn");
  }
  {
    TtCardFilter all = { 0 };
    g_autoptr(GPtrArray) list = tt_card_list (f->db, &all, &error);
    g_assert_cmpuint (list->len, ==, 5);
  }
}

static void
collect_conflict (const TtGiftEntry *e, GPtrArray *conflicts, gpointer data)
{
  g_ptr_array_add (data, g_strdup_printf ("%lld:%s", (long long) e->household_id, (const char *) conflicts->pdata[0]));
}

/* The support ledger holds the household's card and house; the cross-programme check warns of
 * the card during a gift campaign unless cards and gifts are allowed together. */
static void
test_ledger_and_check (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TtCardInput card = { .household_id = f->household, .card = "HN4010123456789", .from = "01/01/2026",
                       .to = "31/12/2026", .paid_by = "sponsor", .amount = 1105650 };
  TtHousingInput house = { .household_id = f->household, .kind = "repair", .support = 30000000 };
  gint64 campaign;

  g_assert_cmpint (tt_card_add (f->db, &card, &error), >, 0);
  g_assert_cmpint (tt_housing_add (f->db, &house, &error), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) ledger = tt_support_of_household (f->db, f->household, &error);
    gboolean seen_card = FALSE, seen_house = FALSE;
    g_assert_no_error (error);
    for (guint i = 0; i < ledger->len; i++)
      {
        TtSupportEvent *e = ledger->pdata[i];
        seen_card |= g_str_equal (e->kind, "bhyt") && e->amount == 1105650 && strstr (e->programme, "HN4010123456789");
        seen_house |= g_str_equal (e->kind, "housing") && e->amount == 30000000;
      }
    g_assert_true (seen_card && seen_house);
  }
  campaign = tt_campaign_add (f->db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error);
  g_assert_no_error (error);
  /* The office's table allows a gift beside a card; once it does not, the card is named. */
  g_assert_true (tt_support_allow (f->db, "gift", "bhyt", FALSE, &error));
  {
    g_autoptr(GPtrArray) warned = tt_support_conflicts (f->db, f->household, "gift", campaign, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (warned->len, ==, 1);
    g_assert_nonnull (strstr (warned->pdata[0], "01/01/2026"));
  }
  /* A gift list names the same household with the same support, as the app and the CLI say it. */
  {
    TtHouseholdFilter everyone = { 0 };
    gint64 package = tt_gift_package_add (f->db, campaign, "Suất quà Tết", 500000, 0, NULL, &error);
    gint64 added = 0, already = 0;
    gint64 list = tt_gift_list_create (f->db, campaign, package, NULL, &everyone, &added, &already, &error);
    g_autoptr(GPtrArray) named = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *prefix = g_strdup_printf ("%lld:", (long long) f->household);
    g_autoptr(TtGiftEntry) on_list = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (added, >, 1);
    on_list = tt_gift_list_entry (f->db, list, f->household, NULL);
    g_assert_true (on_list != NULL || tt_gift_list_add (f->db, list, f->household, 1, NULL, &error));
    g_assert_true (tt_gift_list_conflicts (f->db, list, 0, collect_conflict, named, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (named->len, ==, 1);
    g_assert_true (g_str_has_prefix (named->pdata[0], prefix));
    g_assert_nonnull (strstr (named->pdata[0], "01/01/2026"));
  }
  g_assert_true (tt_support_allow (f->db, "gift", "bhyt", TRUE, &error));
  {
    g_autoptr(GPtrArray) warned = tt_support_conflicts (f->db, f->household, "gift", campaign, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (warned->len, ==, 0);
  }
}

/* The household rule: the head at the full price of a year, later members at a falling share,
 * half a year at half; the price and shares are the office's. One person holds one card at a
 * time. */
static void
test_card_prices (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  TtMemberInput wife = { .name = "Lò Thị Mai" }, son = { .name = "Lò Văn Sơn" };
  gint64 m1 = tt_member_add (f->db, f->household, &wife, &error);
  gint64 m2 = tt_member_add (f->db, f->household, &son, &error);
  TtCardInput head = { .household_id = f->household, .card = "HN4010000000001", .from = "01/01/2026",
                       .to = "31/12/2026", .paid_by = "household", .price_by_rule = TRUE };
  TtCardInput second = head, third = head, again = head;
  gint64 amount = 0;
  int place = 0;

  g_assert_no_error (error);
  g_assert_true (tt_card_price (f->db, f->household, 0, "2026-01-01", "2026-12-31", &amount, &place, &error));
  g_assert_cmpint (amount, ==, 1263600);
  g_assert_cmpint (place, ==, 1);
  g_assert_cmpint (tt_card_add (f->db, &head, &error), >, 0);
  second.member_id = m1;
  second.card = "HN4010000000002";
  g_assert_cmpint (tt_card_add (f->db, &second, &error), >, 0);
  third.member_id = m2;
  third.card = "HN4010000000003";
  third.from = "01/07/2026";
  g_assert_cmpint (tt_card_add (f->db, &third, &error), >, 0);
  g_assert_no_error (error);
  /* 70 % of a year for the second member, 60 % of half a year for the third. */
  g_assert_cmpint (tt_test_count (f->db, "SELECT amount FROM bhyt_cards WHERE card_number = 'HN4010000000002'"), ==, 884520);
  g_assert_cmpint (tt_test_count (f->db, "SELECT amount FROM bhyt_cards WHERE card_number = 'HN4010000000003'"), ==, 379080);

  /* The office changes the rule: a new price and shares apply to the next card priced. */
  g_assert_true (tt_office_set (f->db, "bhyt-price", "1.404.000", &error));
  g_assert_true (tt_office_set (f->db, "bhyt-shares", "100, 70, 60, 50, 40", &error));
  g_assert_true (tt_card_price (f->db, f->other, 0, "2027-01-01", "2027-12-31", &amount, &place, &error));
  g_assert_cmpint (amount, ==, 1404000);
  g_assert_false (tt_office_set (f->db, "bhyt-shares", "100,80,90", &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tt_office_set (f->db, "bhyt-price", "nothing", &error));
  g_clear_error (&error);

  /* The head already holds a card over these days: a second is refused, nothing written. */
  before = tt_test_dump (f->db);
  again.card = "HN4010000000009";
  again.from = "01/06/2026";
  again.to = "31/05/2027";
  g_assert_cmpint (tt_card_add (f->db, &again, &error), ==, 0);
  assert_refused (f, before, error, "already holds card HN4010000000001, valid until 31/12/2026");
  g_clear_error (&error);
  again.from = "01/01/2027";
  again.to = "31/12/2027";
  g_assert_cmpint (tt_card_add (f->db, &again, &error), >, 0);
  g_assert_no_error (error);
}

/* The check reads every kind: a model warns of a card and of another model in the year, unless
 * the office's table allows the pair; a second card of the household is expected. */
static void
test_check_every_kind (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TtMemberInput wife = { .name = "Lò Thị Mai" };
  TtCardInput card = { .household_id = f->household, .card = "HN4010000000001", .from = "01/01/2026",
                       .to = "31/12/2026", .paid_by = "fund", .amount = 1263600 };
  TtCardInput second = card;
  TtLivelihoodInput goat = { .household_id = f->household, .kind = "goat", .value = 10000000, .date = "01/03/2026" };

  g_assert_cmpint (tt_card_add (f->db, &card, &error), >, 0);
  second.card = "HN4010000000002";
  second.member_id = tt_member_add (f->db, f->household, &wife, &error);
  {
    g_autoptr(GPtrArray) warned = tt_support_conflicts_on (f->db, f->household, "bhyt", "01/02/2026", 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (warned->len, ==, 0);
  }
  g_assert_cmpint (tt_card_add (f->db, &second, &error), >, 0);
  /* Cards and models go together by the office's table as shipped. */
  {
    g_autoptr(GPtrArray) warned = tt_support_conflicts_on (f->db, f->household, "livelihood", "01/03/2026", 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (warned->len, ==, 0);
  }
  g_assert_cmpint (tt_livelihood_add (f->db, &goat, NULL, &error), >, 0);
  g_assert_no_error (error);
  /* A second model in the year is named; so are the cards once the pair is not allowed. */
  {
    g_autoptr(GPtrArray) warned = tt_support_conflicts_on (f->db, f->household, "livelihood", "01/04/2026", 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (warned->len, ==, 1);
    g_assert_nonnull (strstr (warned->pdata[0], "01/03/2026"));
  }
  g_assert_true (tt_support_allow (f->db, "livelihood", "bhyt", FALSE, &error));
  {
    g_autoptr(GPtrArray) warned = tt_support_conflicts_on (f->db, f->household, "livelihood", "01/04/2026", 0, &error);
    g_assert_cmpuint (warned->len, ==, 3);
    g_assert_nonnull (strstr (warned->pdata[0], "HN4010000000001"));
  }
  /* Next year holds none of it; the change of the table is in the audit log. */
  {
    g_autoptr(GPtrArray) warned = tt_support_conflicts_on (f->db, f->household, "livelihood", "01/04/2027", 0, &error);
    g_assert_cmpuint (warned->len, ==, 0);
  }
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'support_combinations' "
                                         "AND action = 'delete'"), ==, 1);
  g_assert_null (tt_support_conflicts_on (f->db, f->household, "lottery", NULL, 0, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
}

/* Totals count each value once: a model passed through three households is one model reaching
 * three, its value once; a house funded by an earmarked donation and the fund is one house at
 * its support; a card counts in each period it covers, its value in the one it starts. */
static void
test_totals_once (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 third = add_household (f->db, "Hà Thị Ba", NULL);
  TtLivelihoodInput cow = { .household_id = f->household, .kind = "cattle", .value = 15000000,
                            .date = "01/02/2026", .revolving = TRUE };
  TtCardInput card = { .household_id = f->other, .card = "HN4010000000001", .from = "01/07/2026",
                       .to = "30/06/2027", .paid_by = "fund", .amount = 1263600 };
  TtHousingInput house = { .household_id = f->other, .kind = "repair", .support = 30000000 };
  gint64 model = tt_livelihood_add (f->db, &cow, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (tt_livelihood_pass (f->db, model, f->other, "01/03/2026", "Bê cái", &error));
  g_assert_true (tt_livelihood_pass (f->db, model, third, "01/04/2026", "Bê cái", &error));
  g_assert_cmpint (tt_card_add (f->db, &card, &error), >, 0);
  g_assert_cmpint (tt_housing_add (f->db, &house, &error), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) totals = tt_support_totals (f->db, "2026-01-01", "2026-12-31", 0, &error);
    TtSupportTotal *housing = totals->pdata[0], *model_row = totals->pdata[1], *cards = totals->pdata[2];
    TtSupportTotal *all = totals->pdata[3];
    g_assert_no_error (error);
    g_assert_cmpuint (totals->len, ==, 4);
    g_assert_cmpstr (housing->kind, ==, "housing");
    g_assert_cmpint (housing->given, ==, 1);
    g_assert_cmpint (housing->value, ==, 30000000);
    g_assert_cmpstr (model_row->kind, ==, "livelihood");
    g_assert_cmpint (model_row->given, ==, 1);
    g_assert_cmpint (model_row->households, ==, 3);
    g_assert_cmpint (model_row->value, ==, 15000000);
    g_assert_cmpstr (cards->kind, ==, "bhyt");
    g_assert_cmpint (cards->value, ==, 1263600);
    g_assert_null (all->kind);
    g_assert_cmpint (all->households, ==, 3);
    g_assert_cmpint (all->value, ==, 30000000 + 15000000 + 1263600);
  }
  {
    /* The next half-year: the card still counts, its value is not counted again. */
    g_autoptr(GPtrArray) totals = tt_support_totals (f->db, "2027-01-01", "2027-06-30", 0, &error);
    TtSupportTotal *cards = totals->pdata[0];
    g_assert_cmpuint (totals->len, ==, 2);
    g_assert_cmpstr (cards->kind, ==, "bhyt");
    g_assert_cmpint (cards->given, ==, 1);
    g_assert_cmpint (cards->value, ==, 0);
  }
}

/* A revolving cow passes through three households: the chain in order, one model reaching three
 * households, each household's ledger with its part (the value once); refusals change nothing. */
static void
test_revolving_model (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *voucher = NULL;
  gint64 third = add_household (f->db, "Hà Thị Ba", NULL);
  TtLivelihoodInput cow = { .household_id = f->household, .kind = "cattle", .value = 15000000,
                            .description = "Bò cái sinh sản", .date = "01/03/2025", .revolving = TRUE,
                            .conditions = "Bê cái đầu tiên, 12–18 tháng tuổi", .unit = "Hội Chữ thập đỏ xã",
                            .pay = TRUE };
  TtLivelihoodInput seedlings = { .household_id = f->other, .kind = "seedlings", .value = 3000000 };
  gint64 id, fixed;

  g_assert_true (tt_book_set_opening (f->db, TT_ACCOUNT_CASH, "2025-01-01", 100000000, &error));
  g_assert_cmpint ((id = tt_livelihood_add (f->db, &cow, &voucher, &error)), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (voucher, ==, "PC2025-000001");
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM payment_vouchers WHERE purpose = 'livelihood' AND "
                                         "amount = 15000000 AND payee_name = 'Lò Văn Páo'"), ==, 1);
  g_assert_cmpint ((fixed = tt_livelihood_add (f->db, &seedlings, NULL, &error)), >, 0);

  g_assert_true (tt_livelihood_pass (f->db, id, f->other, "01/06/2026", "Bê cái 14 tháng", &error));
  g_assert_no_error (error);
  before = tt_test_dump (f->db);
  g_assert_false (tt_livelihood_pass (f->db, id, third, "01/05/2026", NULL, &error));
  assert_refused (f, before, error, "received model 1 on 01/06/2026; it cannot pass it on before that");
  g_clear_error (&error);
  g_assert_false (tt_livelihood_pass (f->db, id, f->other, "01/07/2026", NULL, &error));
  assert_refused (f, before, error, "holds model 1 now");
  g_clear_error (&error);
  g_assert_false (tt_livelihood_pass (f->db, id, f->household, "01/07/2026", NULL, &error));
  assert_refused (f, before, error, "already held model 1");
  g_clear_error (&error);
  g_assert_false (tt_livelihood_pass (f->db, fixed, third, "01/07/2026", NULL, &error));
  assert_refused (f, before, error, "is not revolving");
  g_clear_error (&error);
  g_assert_true (tt_livelihood_pass (f->db, id, third, "01/08/2026", "Bê cái 13 tháng", &error));

  {
    g_autoptr(TtLivelihood) m = tt_livelihood_get (f->db, id, &error);
    gint64 order[] = { f->household, f->other, third };
    g_assert_cmpuint (m->chain->len, ==, 3);
    for (guint i = 0; i < 3; i++)
      g_assert_cmpint (((TtLivelihoodHolder *) m->chain->pdata[i])->household_id, ==, order[i]);
    g_assert_true (((TtLivelihoodHolder *) m->chain->pdata[2])->holding);
    g_assert_cmpstr (((TtLivelihoodHolder *) m->chain->pdata[1])->what, ==, "Bê cái 14 tháng");
  }
  {
    TtLivelihoodFilter all = { 0 };
    g_autoptr(GPtrArray) rows = tt_livelihood_list (f->db, &all, &error);
    TtLivelihoodRow *r = rows->pdata[0];
    g_assert_cmpuint (rows->len, ==, 2);
    g_assert_cmpint (r->id, ==, id);
    g_assert_cmpint (r->reached, ==, 3);
    g_assert_cmpstr (r->holder, ==, "Hà Thị Ba");
  }
  /* Each household's ledger holds its part; the value is counted with the first holder only. */
  {
    gint64 households[] = { f->household, f->other, third };
    gint64 values[] = { 15000000, 0, 0 };
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(GPtrArray) ledger = tt_support_of_household (f->db, households[i], &error);
        gboolean seen = FALSE;
        for (guint j = 0; j < ledger->len; j++)
          {
            TtSupportEvent *e = ledger->pdata[j];
            seen |= g_str_equal (e->kind, "livelihood") && g_str_equal (e->programme, "Bò cái sinh sản") &&
                    e->amount == values[i];
          }
        g_assert_true (seen);
      }
  }
  g_assert_true (tt_livelihood_outcome (f->db, id, "escaped-poverty", "01/09/2026", NULL, &error));
  g_clear_pointer (&before, g_free);
  before = tt_test_dump (f->db);
  g_assert_false (tt_livelihood_outcome (f->db, id, "rich", NULL, NULL, &error));
  assert_refused (f, before, error, "Unknown outcome “rich”");
}

/* Addresses: one open address per household, help never before profiling, the first help makes it
 * helped; on a generated province the plan's counts equal SQL's own. */
static void
test_addresses (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  TtDemoSize size = { .donors = 100, .donations = 200, .households = 2000, .seed = 5, .livelihood = 50, .cards = 80,
                      .addresses = 150 };
  g_autoptr(GPtrArray) problems = NULL;
  gint64 household, id;
  int year;

  g_assert_true (tt_demo_generate (db, &size, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM humanitarian_addresses"), ==, 150);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM bhyt_cards"), ==, 80);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM livelihood_models"), ==, 50);
  g_assert_true (tt_check_run (db, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);

  year = (int) tt_test_count (db, "SELECT max(substr(profiled_on, 1, 4)) FROM humanitarian_addresses");
  {
    g_autoptr(GPtrArray) stats = tt_address_stats (db, year, &error);
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM (SELECT c.name, count(*) AS p, "
      " sum(EXISTS (SELECT 1 FROM address_helps x WHERE x.address_id = a.id)) AS hl, sum(a.inhandao_connected) AS cn "
      " FROM humanitarian_addresses a JOIN households h ON h.id = a.household_id JOIN places c ON c.id = h.commune_id "
      " WHERE substr(a.profiled_on, 1, 4) = '%d' GROUP BY c.id)", year);
    gint64 profiled = 0, helped = 0, connected = 0;
    g_assert_no_error (error);
    g_assert_cmpint (stats->len, ==, tt_test_count (db, sql));
    for (guint i = 0; i < stats->len; i++)
      {
        TtAddressStats *st = stats->pdata[i];
        g_autofree char *one = g_strdup_printf (
          "SELECT count(*) FROM humanitarian_addresses a JOIN households h ON h.id = a.household_id "
          "JOIN places c ON c.id = h.commune_id WHERE c.name = '%s' AND substr(a.profiled_on, 1, 4) = '%d'",
          st->commune, year);
        g_assert_cmpint (st->profiled, ==, tt_test_count (db, one));
        g_assert_cmpfloat_with_epsilon (st->percent_helped, 100.0 * st->helped / st->profiled, 1e-9);
        profiled += st->profiled;
        helped += st->helped;
        connected += st->connected;
      }
    {
      g_autofree char *all = g_strdup_printf ("SELECT count(*) FROM humanitarian_addresses "
                                              "WHERE substr(profiled_on, 1, 4) = '%d'", year);
      g_autofree char *h = g_strdup_printf ("SELECT count(*) FROM humanitarian_addresses a WHERE substr(profiled_on, 1, 4) "
                                            "= '%d' AND EXISTS (SELECT 1 FROM address_helps x WHERE x.address_id = a.id)",
                                            year);
      g_autofree char *c = g_strdup_printf ("SELECT count(*) FROM humanitarian_addresses WHERE substr(profiled_on, 1, 4) "
                                            "= '%d' AND inhandao_connected = 1", year);
      g_assert_cmpint (profiled, ==, tt_test_count (db, all));
      g_assert_cmpint (helped, ==, tt_test_count (db, h));
      g_assert_cmpint (connected, ==, tt_test_count (db, c));
    }
  }

  /* The rules, on a household of the register that has no address yet. */
  household = tt_test_count (db, "SELECT min(id) FROM households WHERE id NOT IN "
                                 "(SELECT household_id FROM humanitarian_addresses)");
  g_assert_cmpint ((id = tt_address_add (db, household, "Người cao tuổi neo đơn", "01/03/2026", 2, &error)), >, 0);
  before = tt_test_dump (db);
  g_assert_cmpint (tt_address_add (db, household, "Lần nữa", "02/03/2026", 0, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "close it before profiling it again"));
  g_clear_error (&error);
  g_assert_cmpint (tt_address_help (db, id, "28/02/2026", "medical", 500000, 0, NULL, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "profiled on 01/03/2026; help comes after that"));
  g_clear_error (&error);
  g_assert_cmpint (tt_address_help (db, id, "05/03/2026", "massage", 500000, 0, NULL, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "Unknown kind of help “massage”"));
  g_clear_error (&error);
  {
    g_autofree char *after = tt_test_dump (db);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_cmpint (tt_address_help (db, id, "05/03/2026", "medical", 500000, 0, NULL, &error), >, 0);
  {
    TtAddressFilter helped = { .status = "helped", .year = 2026 };
    g_autoptr(GPtrArray) list = tt_address_list (db, &helped, &error);
    gboolean seen = FALSE;
    for (guint i = 0; i < list->len; i++)
      seen |= ((TtAddress *) list->pdata[i])->id == id;
    g_assert_true (seen);
  }
  g_assert_true (tt_address_close (db, id, &error));
  g_assert_cmpint (tt_address_add (db, household, "Lần nữa", "02/04/2026", 0, &error), >, 0);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/programmes/members", Fixture, NULL, fixture_set_up, test_members, fixture_tear_down);
  g_test_add ("/programmes/cards", Fixture, NULL, fixture_set_up, test_cards, fixture_tear_down);
  g_test_add ("/programmes/card-prices", Fixture, NULL, fixture_set_up, test_card_prices, fixture_tear_down);
  g_test_add ("/programmes/check-every-kind", Fixture, NULL, fixture_set_up, test_check_every_kind, fixture_tear_down);
  g_test_add ("/programmes/totals-once", Fixture, NULL, fixture_set_up, test_totals_once, fixture_tear_down);
  g_test_add ("/programmes/revolving-model", Fixture, NULL, fixture_set_up, test_revolving_model, fixture_tear_down);
  g_test_add_func ("/programmes/addresses", test_addresses);
  g_test_add ("/programmes/ledger-and-check", Fixture, NULL, fixture_set_up, test_ledger_and_check, fixture_tear_down);
  return g_test_run ();
}
