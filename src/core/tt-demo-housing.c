/* tt-demo-housing.c — housing projects for the demo office
 *
 * Houses for poor and near-poor households of the register, made through the same core calls a
 * clerk's actions make: the province's norms, then each project with its funding lines, its
 * stages up to where it stands today (some paused, a few cancelled) and the tranches those
 * stages allow, paid by voucher.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-demo-private.h"
#include "tt-housing.h"
#include "tt-office.h"

static const char *const stage_order[] = { "survey", "approved", "started", "completed", "handed_over" };

/* Household ids of the register's poor and near-poor, the poor first: those the SELECT of one
 * column @sql gives. */
GArray *
tt_demo_ids (TtDb *db, const char *sql, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, error);

  return stmt != NULL ? tt_db_step_ids (db, stmt, _("reading the register"), error) : NULL;
}

static GArray *
eligible (TtDb *db, GError **error)
{
  return tt_demo_ids (db, "SELECT h.id FROM households h JOIN household_classifications c "
                          "ON c.household_id = h.id WHERE c.category IN ('poor', 'near_poor') "
                          "AND NOT EXISTS (SELECT 1 FROM housing_projects p WHERE p.household_id = h.id) "
                          "GROUP BY h.id ORDER BY min(c.category = 'near_poor'), h.id",
                      error);
}

static gboolean
ensure_norms (TtDb *db, int first_year, GError **error)
{
  g_autofree char *province = tt_office_get (db, "province-code");
  g_autofree char *from = g_strdup_printf ("%d-01-01", first_year);

  if (province == NULL || tt_housing_norm_for (db, province, "new", NULL, from) > 0)
    return TRUE;
  return tt_housing_norm_set (db, province, "new", NULL, 60000000, from, error) &&
         tt_housing_norm_set (db, province, "repair", NULL, 30000000, from, error);
}

static gboolean
fund (TtDb *db, gint64 project, const char *source, gint64 amount, int days, GError **error)
{
  TtHousingFundInput in = { .source = source, .amount = amount, .days = days };

  return amount <= 0 || tt_housing_fund (db, project, &in, error) > 0;
}

/* One project, taken as far as its dates allow before @today. */
static gboolean
make_project (TtDb *db, GRand *r, gint64 household, GDate *start, const GDate *today, GError **error)
{
  gboolean repair = g_rand_int_range (r, 0, 10) < 3;
  gint64 support = repair ? (gint64) g_rand_int_range (r, 20, 31) * 1000000 : (gint64) g_rand_int_range (r, 40, 61) * 1000000;
  TtHousingInput in = { .household_id = household, .kind = repair ? "repair" : "new", .support = support,
                        .estimate = support + (gint64) g_rand_int_range (r, 5, 40) * 1000000 };
  int target = g_rand_int_range (r, 0, 12);
  int first, rest;
  gint64 id;
  GDate on = *start;

  target = target < 1 ? 0 : target < 3 ? 1 : target < 5 ? 2 : target < 7 ? 3 : 4;
  if ((id = tt_housing_add (db, &in, error)) == 0)
    return FALSE;
  if (!fund (db, id, "fund-province", support * 6 / 10, 0, error) ||
      !fund (db, id, "fund-commune", support - support * 6 / 10, 0, error) ||
      !fund (db, id, "household", in.estimate - support - 30 * 250000, 0, error) ||
      !fund (db, id, "labour", 250000, 30, error))
    return FALSE;
  tt_housing_tranches (db, &first, &rest);
  for (int s = 0; s <= target; s++)
    {
      char date[11];

      if (g_date_compare (&on, today) > 0)
        break;
      g_autofree char *doc = NULL;

      g_date_strftime (date, sizeof date, "%Y-%m-%d", &on);
      if (s == 1)
        doc = g_strdup_printf ("%d/QĐ-UBND", g_rand_int_range (r, 10, 900));
      if (!tt_housing_stage (db, id, stage_order[s], date, doc, NULL, error))
        return FALSE;
      if (g_str_equal (stage_order[s], "started") &&
          tt_housing_pay (db, id, support * first / 100, date, "cash", TRUE, NULL, error) == 0)
        return FALSE;
      if (g_str_equal (stage_order[s], "completed"))
        {
          g_autofree char *area = g_strdup_printf ("%d", g_rand_int_range (r, 30, 61));
          TtHousingInspection found = { .team = "Đại diện UBND xã, Ủy ban MTTQ xã, trưởng thôn", .area = area,
                                        .floor = "Bê tông lát gạch", .frame = "Cột bê tông cốt thép",
                                        .walls = "Gạch xây", .roof = repair ? "Tôn lạnh (thay mới)" : "Tôn lạnh",
                                        .three_hard = 1 };
          if (!tt_housing_inspect (db, id, &found, error) ||
              tt_housing_pay (db, id, support - support * first / 100, date, "cash", TRUE, NULL, error) == 0)
            return FALSE;
        }
      g_date_add_days (&on, g_rand_int_range (r, 7, 45));
    }
  if (target < 4 && g_rand_int_range (r, 0, 15) == 0 && g_date_compare (&on, today) <= 0)
    {
      char date[11];
      g_date_strftime (date, sizeof date, "%Y-%m-%d", &on);
      if (!tt_housing_stage (db, id, "paused", date, NULL, "Chờ hết mùa mưa", error))
        return FALSE;
    }
  return TRUE;
}

/* @n projects (at most one per eligible household) from the start of @first_year to @today. */
gboolean
tt_demo_housing (TtDb        *db,
                 GRand       *r,
                 gint64       n,
                 int          first_year,
                 const char  *today,
                 GError     **error)
{
  g_autoptr(GArray) households = NULL;
  GDate first, last;
  int span;

  if (n == 0)
    return TRUE;
  if (!ensure_norms (db, first_year, error) || (households = eligible (db, error)) == NULL)
    return FALSE;
  if ((gint64) households->len < n)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("%lld housing projects need as many poor or near-poor households without a house; the register "
                     "has %u: add households (--households)."),
                   (long long) n, households->len);
      return FALSE;
    }
  g_date_set_dmy (&first, 1, 1, first_year);
  g_date_set_parse (&last, today);
  if (!g_date_valid (&last))
    g_date_set_dmy (&last, 31, 12, first_year + 3);
  span = MAX (1, (int) g_date_days_between (&first, &last));
  for (gint64 i = 0; i < n; i++)
    {
      GDate start = first;
      g_date_add_days (&start, g_rand_int_range (r, 0, span + 1));
      if (!make_project (db, r, g_array_index (households, gint64, i), &start, &last, error))
        return FALSE;
    }
  return TRUE;
}
