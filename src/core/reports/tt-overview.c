/* tt-overview.c — an office's year at a glance
 *
 * The campaign shown (the one asked for, else the one running today, else the latest), its days
 * left, the two books' balances today, and what needs the office's attention: housing projects
 * idle for the office's number of days, cards ending within 30 days, the campaign's gift
 * packages not yet delivered; and the latest gifts received. Every figure is read from the
 * records through the rooms that own them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-books.h"
#include "tt-campaigns.h"
#include "tt-cards.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donations.h"
#include "tt-housing.h"
#include "tt-overview.h"

void
tt_overview_clear (TtOverview *o)
{
  g_clear_pointer (&o->campaign_name, g_free);
  g_clear_pointer (&o->recent, g_ptr_array_unref);
}

static int
days_from (const char *from, const char *to)
{
  GDate a, b;

  g_date_set_parse (&a, from);
  g_date_set_parse (&b, to);
  return g_date_valid (&a) && g_date_valid (&b) ? g_date_days_between (&a, &b) : 0;
}

/* The campaign running today, else the one that started last. */
static gint64
campaign_to_show (TtDb *db, const char *today)
{
  gint64 id = tt_campaign_running_on (db, today, NULL);

  if (id != 0)
    return id;
  return tt_db_query_int (db, "SELECT id FROM campaigns ORDER BY starts_on DESC, id DESC LIMIT 1", 0);
}

gboolean
tt_overview_load (TtDb        *db,
                  gint64       campaign_id,
                  TtOverview  *out,
                  GError     **error)
{
  TtHousingFilter idle = { .idle_days = tt_housing_idle_days (db) };
  TtHousingStageSum stages[TT_HOUSING_N_STAGES];
  TtCardFilter ending = { .expiring_within = 30 };
  g_autoptr(GPtrArray) cards = NULL;
  char today[11];

  *out = (TtOverview) { 0 };
  tt_date_today (today);
  out->campaign_id = campaign_id != 0 ? campaign_id : campaign_to_show (db, today);
  if (out->campaign_id != 0)
    {
      g_autoptr(TtCampaign) c = tt_campaign_get (db, out->campaign_id, error);
      g_autoptr(TtStmt) pending = NULL;

      if (c == NULL)
        return FALSE;
      out->campaign_name = g_strdup (c->name);
      out->days_to_start = MAX (days_from (today, c->starts_on), 0);
      out->days_left = MAX (days_from (today, c->ends_on) + 1, 0);
      pending = tt_db_prepare (db, "SELECT coalesce(sum(quantity), 0) FROM gift_entries WHERE campaign_id = ?1 "
                                   "AND status = 'pending'", error);
      if (pending == NULL)
        return FALSE;
      tt_bind_int (pending, 1, out->campaign_id);
      if (sqlite3_step (pending) == SQLITE_ROW)
        out->gifts_pending = sqlite3_column_int64 (pending, 0);
    }
  if (!tt_book_balance (db, TT_ACCOUNT_CASH, today, &out->cash, error) ||
      !tt_book_balance (db, TT_ACCOUNT_BANK, today, &out->bank, error))
    return FALSE;
  if (!tt_housing_pipeline (db, &idle, stages, error))
    return FALSE;
  for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
    out->idle_houses += stages[i].count;
  if ((cards = tt_card_list (db, &ending, error)) == NULL)
    return FALSE;
  out->cards_ending = cards->len;
  out->recent = tt_donation_latest (db, 5, error);
  return out->recent != NULL;
}
