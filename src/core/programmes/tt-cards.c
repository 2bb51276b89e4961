/* tt-cards.c — health-insurance cards
 *
 * A card belongs to a member of a household (or its head), has a number printed on it that no
 * other card has, a period it covers and who paid how much; it enters the household's support
 * for the periods it covers. Cards ending soon are listed so that the office renews them.
 *
 * A household buys its members' cards at the household rule: the first member at the full
 * price of a year (4.5 % of the base salary for twelve months), each later member at a falling
 * share of it. The price and the shares are office settings (bhyt-price, bhyt-shares); a
 * member's place in the household is one more than the members already holding a card over any
 * day of the new card's period. A card for a shorter period costs its months.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-cards.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donors.h"
#include "tt-households-private.h"
#include "tt-households.h"
#include "tt-members.h"
#include "tt-money.h"
#include "tt-office.h"

static const TtValue payers[] = {
  { "fund", N_("The fund"), "Quỹ" },
  { "state", N_("State budget"), "Ngân sách nhà nước" },
  { "sponsor", N_("A sponsor"), "Nhà tài trợ" },
  { "household", N_("The household"), "Hộ gia đình" },
  { "other", N_("Other"), "Nguồn khác" },
};

const TtValueList tt_card_payers = TT_VALUE_LIST (payers);

/* 4.5 % of the base salary of 2.340.000 đồng (from 1/7/2024), twelve months; and the shares of
 * Luật BHYT for the first to the fifth member and after. */
#define DEFAULT_PRICE 1263600
#define DEFAULT_SHARES "100,70,60,50,40"

/* The months from @from to @to (ISO, inclusive), a month begun counted whole; at least one. */
static int
months_covered (const char *from, const char *to)
{
  GDate a, b;
  int months;

  g_date_set_parse (&a, from);
  g_date_set_parse (&b, to);
  if (!g_date_valid (&a) || !g_date_valid (&b))
    return 12;
  g_date_add_days (&b, 1);
  months = ((int) g_date_get_year (&b) - (int) g_date_get_year (&a)) * 12 +
           (int) g_date_get_month (&b) - (int) g_date_get_month (&a);
  if (g_date_get_day (&b) > g_date_get_day (&a))
    months++;
  return MAX (months, 1);
}

/* The price of a card of household @household_id for member @member_id (0: the head) from
 * @from to @to (ISO) at the household rule, and (@position, may be NULL) the member's place. */
gboolean
tt_card_price (TtDb        *db,
               gint64       household_id,
               gint64       member_id,
               const char  *from,
               const char  *to,
               gint64      *amount,
               int         *position,
               GError     **error)
{
  g_autofree char *price_text = tt_db_get_setting (db, "bhyt-price");
  g_autofree char *shares_text = tt_db_get_setting (db, "bhyt-shares");
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT count(DISTINCT coalesce(member_id, 0)) FROM bhyt_cards "
                                          "WHERE household_id = ?1 AND coalesce(member_id, 0) <> ?2 "
                                          "AND valid_from <= ?4 AND valid_to >= ?3",
                                          error);
  int shares[TT_OFFICE_MAX_SHARES];
  int n = tt_office_parse_shares (shares_text ? shares_text : DEFAULT_SHARES, shares);
  gint64 price = price_text ? g_ascii_strtoll (price_text, NULL, 10) : DEFAULT_PRICE;
  int place, share;

  if (stmt == NULL)
    return FALSE;
  if (n == 0)
    n = tt_office_parse_shares (DEFAULT_SHARES, shares);
  tt_bind_int (stmt, 1, household_id);
  tt_bind_int (stmt, 2, member_id);
  tt_bind_text (stmt, 3, from);
  tt_bind_text (stmt, 4, to);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tt_db_set_error (db, error, _("pricing a health-insurance card"));
  place = (int) sqlite3_column_int64 (stmt, 0) + 1;
  share = shares[MIN (place, n) - 1];
  *amount = (price * share * months_covered (from, to) + 600) / 1200;
  if (position != NULL)
    *position = place;
  return TRUE;
}

/* A card of the same person over a day of [@from, @to] is refused, naming it. */
static gboolean
check_holder_free (TtDb *db, const TtCardInput *in, const char *from, const char *to, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT card_number, valid_to FROM bhyt_cards WHERE household_id = ?1 "
                                          "AND coalesce(member_id, 0) = ?2 AND valid_from <= ?4 AND valid_to >= ?3 "
                                          "ORDER BY valid_to DESC LIMIT 1",
                                          error);
  g_autofree char *until = NULL;

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, in->household_id);
  tt_bind_int (stmt, 2, in->member_id);
  tt_bind_text (stmt, 3, from);
  tt_bind_text (stmt, 4, to);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;
  until = tt_date_display ((const char *) sqlite3_column_text (stmt, 1));
  if (in->member_id == 0)
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                 _("The head of household %lld already holds card %s, valid until %s: a new card may start after it."),
                 (long long) in->household_id, sqlite3_column_text (stmt, 0), until);
  else
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                 _("Member %lld already holds card %s, valid until %s: a new card may start after it."),
                 (long long) in->member_id, sqlite3_column_text (stmt, 0), until);
  return FALSE;
}

void
tt_card_free (TtCard *c)
{
  if (c == NULL)
    return;
  g_free (c->card);
  g_free (c->holder);
  g_free (c->village);
  g_free (c->from);
  g_free (c->to);
  g_free (c->paid_by);
  g_free (c);
}

/* The card number without spaces, in capitals: 15 letters and digits (two letters first) or the
 * 10-digit social insurance code; NULL and an error otherwise. */
static char *
clean_card (const char *text, GError **error)
{
  GString *out = g_string_new (NULL);
  gboolean ok;

  for (const char *p = text ? text : ""; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_toupper (*p));
    else if (*p != ' ' && *p != '-')
      {
        g_string_truncate (out, 0);
        break;
      }
  ok = (out->len == 15 && g_ascii_isalpha (out->str[0]) && g_ascii_isalpha (out->str[1])) ||
       (out->len == 10 && strspn (out->str, "0123456789") == 10);
  for (gsize i = 2; ok && out->len == 15 && i < 15; i++)
    ok = g_ascii_isdigit (out->str[i]);
  if (!ok)
    {
      g_autofree char *shown = g_utf8_make_valid (text ? text : "", MIN (strlen (text ? text : ""), 40));
      g_string_free (out, TRUE);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Card number “%s”: give the 15 characters printed on the card (e.g. HN4010123456789) or the "
                     "10-digit social insurance code."), shown);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

gint64
tt_card_add (TtDb              *db,
             const TtCardInput *in,
             GError           **error)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, in->household_id, error);
  g_autofree char *card = NULL;
  g_autoptr(TtStmt) twin = NULL;
  g_autoptr(TtStmt) insert = NULL;
  char from[11], to[11];
  gint64 id, amount = in->amount;

  if (h == NULL || (card = clean_card (in->card, error)) == NULL)
    return 0;
  if (!tt_date_parse (in->from, from, error))
    {
      g_prefix_error (error, _("From: "));
      return 0;
    }
  if (!tt_date_parse (in->to, to, error))
    {
      g_prefix_error (error, _("To: "));
      return 0;
    }
  if (strcmp (to, from) < 0)
    {
      g_autofree char *a = tt_date_display (from);
      g_autofree char *b = tt_date_display (to);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The card ends on %s, before it starts on %s."), b, a);
      return 0;
    }
  if (tt_values_index (&tt_card_payers, in->paid_by) < 0)
    {
      g_autofree char *known = tt_values_codes (&tt_card_payers, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown payer “%s”: use %s."),
                   in->paid_by ? in->paid_by : "", known);
      return 0;
    }
  if (in->amount < 0 || in->amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Amounts must be 0 đồng or more."));
      return 0;
    }
  if (in->member_id != 0)
    {
      g_autoptr(TtMember) m = tt_member_get (db, in->member_id, error);
      if (m == NULL)
        return 0;
      if (m->household_id != in->household_id)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH,
                       _("Member %lld (%s) is of household %lld, not of household %lld."), (long long) m->id, m->name,
                       (long long) m->household_id, (long long) in->household_id);
          return 0;
        }
    }
  if ((in->sponsor_id != 0 && !tt_donor_exists (db, in->sponsor_id, error)))
    return 0;
  if (in->campaign_id != 0)
    {
      g_autoptr(TtCampaign) c = tt_campaign_get (db, in->campaign_id, error);
      if (c == NULL)
        return 0;
    }
  if (!check_holder_free (db, in, from, to, error))
    return 0;
  if (in->price_by_rule && !tt_card_price (db, in->household_id, in->member_id, from, to, &amount, NULL, error))
    return 0;
  twin = tt_db_prepare (db, "SELECT household_id FROM bhyt_cards WHERE card_number = ?1", error);
  if (twin == NULL)
    return 0;
  tt_bind_text (twin, 1, card);
  if (sqlite3_step (twin) == SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Card %s is already recorded, for household %lld."), card,
                   (long long) sqlite3_column_int64 (twin, 0));
      return 0;
    }

  if (!tt_db_begin (db, error))
    return 0;
  insert = tt_db_prepare (db, "INSERT INTO bhyt_cards (household_id, member_id, card_number, valid_from, valid_to, "
                              "paid_by, sponsor_id, campaign_id, amount) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                          error);
  if (insert == NULL)
    goto fail;
  tt_bind_int (insert, 1, in->household_id);
  tt_bind_opt_id (insert, 2, in->member_id);
  tt_bind_text (insert, 3, card);
  tt_bind_text (insert, 4, from);
  tt_bind_text (insert, 5, to);
  tt_bind_text (insert, 6, in->paid_by);
  tt_bind_opt_id (insert, 7, in->sponsor_id);
  tt_bind_opt_id (insert, 8, in->campaign_id);
  tt_bind_int (insert, 9, amount);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
  return tt_db_commit (db, error) ? id : 0;

fail:
  tt_db_rollback (db);
  return 0;
}

/* The cards the filter keeps, those ending first at the top. */
GPtrArray *
tt_card_list (TtDb               *db,
              const TtCardFilter *filter,
              GError            **error)
{
  g_autofree char *place = tt_household_place_condition (db, filter->place_id);
  g_autofree char *sql = g_strdup_printf (
    "SELECT b.id, b.card_number, b.household_id, coalesce(m.name, h.head_name), v.name, b.valid_from, b.valid_to, "
    "b.paid_by, b.amount FROM bhyt_cards b JOIN households h ON h.id = b.household_id "
    "LEFT JOIN household_members m ON m.id = b.member_id LEFT JOIN places v ON v.id = h.village_id "
    "WHERE %s AND (?1 = 0 OR b.valid_to BETWEEN ?2 AND ?3) AND (?4 = 0 OR b.campaign_id = ?4) "
    "ORDER BY b.valid_to, b.id",
    place ? place : "1");
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, error);
  GPtrArray *out;

  char today[11], until[11];
  GDate end;

  if (stmt == NULL)
    return NULL;
  tt_date_today (today);
  g_date_clear (&end, 1);
  g_date_set_dmy (&end, (GDateDay) atoi (today + 8), (GDateMonth) atoi (today + 5), (GDateYear) atoi (today));
  g_date_add_days (&end, (guint) MAX (filter->expiring_within, 0));
  g_date_strftime (until, sizeof until, "%Y-%m-%d", &end);
  tt_bind_int (stmt, 1, filter->expiring_within);
  tt_bind_text (stmt, 2, today);
  tt_bind_text (stmt, 3, until);
  tt_bind_int (stmt, 4, filter->campaign_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_card_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtCard *c = g_new0 (TtCard, 1);
      c->id = sqlite3_column_int64 (stmt, 0);
      c->card = tt_column_dup (stmt, 1);
      c->household_id = sqlite3_column_int64 (stmt, 2);
      c->holder = tt_column_dup (stmt, 3);
      c->village = tt_column_dup (stmt, 4);
      c->from = tt_column_dup (stmt, 5);
      c->to = tt_column_dup (stmt, 6);
      c->paid_by = tt_column_dup (stmt, 7);
      c->amount = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (out, c);
    }
  return out;
}
