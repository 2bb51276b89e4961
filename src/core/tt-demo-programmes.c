/* tt-demo-programmes.c — the other support programmes for the demo office
 *
 * Through the same core calls a clerk's actions make: livelihood models for poor households (a
 * third of the cattle, buffalo and goats revolving, passed on once or twice), health-insurance
 * cards for members of poor and near-poor households (a year each, some ending soon), and
 * humanitarian addresses profiled in the communes, most with a sponsor and help given, some
 * connected to iNhandao.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-addresses.h"
#include "tt-cards.h"
#include "tt-db-private.h"
#include "tt-demo-private.h"
#include "tt-livelihood.h"
#include "tt-members.h"

static const char *const units[] = { "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Đoàn Thanh niên", "Hội Chữ thập đỏ",
                                     "Ủy ban MTTQ xã" };
static const char *const needs[] = { "Người cao tuổi neo đơn, bệnh mãn tính", "Trẻ mồ côi cả cha lẫn mẹ",
                                     "Người khuyết tật nặng không nơi nương tựa", "Hộ có người bệnh hiểm nghèo",
                                     "Gia đình gặp hoạn nạn do thiên tai" };

static GArray *
poor_households (TtDb *db, GError **error)
{
  return tt_demo_ids (db, "SELECT DISTINCT household_id FROM household_classifications "
                          "WHERE category IN ('poor', 'near_poor') ORDER BY household_id", error);
}

static void
random_day (GRand *r, const GDate *first, int span, char out[11])
{
  GDate on = *first;

  g_date_add_days (&on, g_rand_int_range (r, 0, span + 1));
  g_date_strftime (out, 11, "%Y-%m-%d", &on);
}

static gboolean
make_models (TtDb *db, GRand *r, GArray *ids, gint64 n, const GDate *first, int span, GError **error)
{
  static const char *const kinds[] = { "cattle", "buffalo", "goat", "pig", "poultry", "seedlings", "capital" };
  static const int values[] = { 15, 18, 8, 6, 3, 4, 10 };

  for (gint64 i = 0; i < n && ids->len > 2; i++)
    {
      int k = g_rand_int_range (r, 0, G_N_ELEMENTS (kinds));
      gboolean revolving = k < 3 && g_rand_int_range (r, 0, 3) == 0;
      char day[11];
      TtLivelihoodInput in = { .household_id = g_array_index (ids, gint64, g_rand_int_range (r, 0, ids->len)),
                               .kind = kinds[k], .value = (gint64) values[k] * 1000000, .date = day,
                               .unit = units[g_rand_int_range (r, 0, G_N_ELEMENTS (units))], .revolving = revolving,
                               .conditions = revolving ? "Con cái đầu tiên, 12–18 tháng tuổi" : NULL };
      gint64 id;

      random_day (r, first, span / 2, day);
      if ((id = tt_livelihood_add (db, &in, NULL, error)) == 0)
        return FALSE;
      if (revolving)
        {
          GDate on;
          g_date_set_parse (&on, day);
          for (int pass = g_rand_int_range (r, 1, 3); pass > 0; pass--)
            {
              char next[11];
              gint64 to = g_array_index (ids, gint64, g_rand_int_range (r, 0, ids->len));
              g_date_add_days (&on, g_rand_int_range (r, 300, 500));
              g_date_strftime (next, sizeof next, "%Y-%m-%d", &on);
              /* A household that held it already is refused: the demo simply stops the chain there. */
              if (!tt_livelihood_pass (db, id, to, next, "Con cái 14 tháng tuổi", NULL))
                break;
            }
        }
    }
  return TRUE;
}

static gboolean
make_cards (TtDb *db, GRand *r, GArray *ids, gint64 n, const char *today, GError **error)
{
  GDate now;

  g_date_set_parse (&now, today);
  for (gint64 i = 0; i < n && ids->len > 0; i++)
    {
      gint64 household = g_array_index (ids, gint64, g_rand_int_range (r, 0, ids->len));
      g_autofree char *name = g_strdup_printf ("Thành viên %" G_GINT64_FORMAT, i + 1);
      TtMemberInput member = { .name = name, .birth_year = g_rand_int_range (r, 1940, 2020), .relation = "con" };
      g_autofree char *number = g_strdup_printf ("HN4%02d%010" G_GINT64_FORMAT, g_rand_int_range (r, 10, 99), i + 1);
      /* A year each, bought in the last twelve months: some end within the month. */
      GDate start = now, end;
      char from[11], to[11];
      TtCardInput card = { .household_id = household, .card = number, .from = from, .to = to,
                           .paid_by = g_rand_int_range (r, 0, 3) ? "fund" : "state", .price_by_rule = TRUE };

      g_date_subtract_days (&start, g_rand_int_range (r, 0, 365));
      end = start;
      g_date_add_years (&end, 1);
      g_date_subtract_days (&end, 1);
      g_date_strftime (from, sizeof from, "%Y-%m-%d", &start);
      g_date_strftime (to, sizeof to, "%Y-%m-%d", &end);
      if ((card.member_id = tt_member_add (db, household, &member, error)) == 0 || tt_card_add (db, &card, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_addresses (TtDb *db, GRand *r, GArray *ids, gint64 n, const GDate *first, int span, GError **error)
{
  gint64 donors = tt_db_query_int (db, "SELECT count(*) FROM donors", 0);

  for (gint64 i = 0; i < n && (guint) i < ids->len; i++)
    {
      gint64 household = g_array_index (ids, gint64, ids->len - 1 - (guint) i);
      char day[11];
      gint64 id;

      random_day (r, first, span, day);
      if ((id = tt_address_add (db, household, needs[g_rand_int_range (r, 0, G_N_ELEMENTS (needs))], day,
                                g_rand_int_range (r, 0, 4), error)) == 0)
        return FALSE;
      if (donors > 0 && g_rand_int_range (r, 0, 10) < 8)
        {
          gint64 donor = g_rand_int_range (r, 1, (gint32) MIN (donors, G_MAXINT32 - 1) + 1);
          if (!tt_address_sponsor (db, id, donor, day, "500.000 đ mỗi tháng", error))
            return FALSE;
          if (g_rand_int_range (r, 0, 10) < 8 &&
              tt_address_help (db, id, day, "medical", 500000, donor, NULL, error) == 0)
            return FALSE;
        }
      if (g_rand_int_range (r, 0, 4) == 0)
        {
          g_autofree char *code = g_strdup_printf ("ND-%06" G_GINT64_FORMAT, id);
          if (!tt_address_inhandao (db, id, TRUE, code, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
tt_demo_programmes (TtDb              *db,
                    GRand             *r,
                    const TtDemoSize  *size,
                    int                first_year,
                    const char        *today,
                    GError           **error)
{
  g_autoptr(GArray) ids = NULL;
  GDate first, last;
  int span;

  if (size->livelihood == 0 && size->cards == 0 && size->addresses == 0)
    return TRUE;
  if ((ids = poor_households (db, error)) == NULL)
    return FALSE;
  if (ids->len == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Livelihood models, cards and addresses need poor households: add households (--households)."));
      return FALSE;
    }
  g_date_set_dmy (&first, 1, 1, first_year);
  g_date_set_parse (&last, today);
  span = MAX (1, (int) g_date_days_between (&first, &last));
  return make_models (db, r, ids, size->livelihood, &first, span, error) &&
         make_cards (db, r, ids, size->cards, today, error) &&
         make_addresses (db, r, ids, size->addresses, &first, span, error);
}
