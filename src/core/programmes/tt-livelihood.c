/* tt-livelihood.c — livelihood models
 *
 * A model (cattle, buffalo, goat, pig, poultry, seedlings, capital, equipment, training, other)
 * goes to a household on a date, with its value, campaign, sponsor and the member organisation
 * or unit that mobilised it; when the fund pays, the payment is a voucher to the household. A
 * revolving model (ngân hàng bò) passes on — the animal or its offspring, as its conditions say —
 * to the next household, never on a day before its holder received it and never back to a
 * household that held it; the whole chain is kept. A model counts once however many households
 * it reaches; each household in the chain counts as reached. Its outcome is followed over time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donors.h"
#include "tt-households-private.h"
#include "tt-households.h"
#include "tt-livelihood.h"
#include "tt-money.h"
#include "tt-text.h"
#include "tt-vouchers.h"

static const TtValue kinds[] = {
  { "cattle", N_("Cattle"), "Bò" },
  { "buffalo", N_("Buffalo"), "Trâu" },
  { "goat", N_("Goats"), "Dê" },
  { "pig", N_("Pigs"), "Lợn" },
  { "poultry", N_("Poultry"), "Gia cầm" },
  { "seedlings", N_("Seedlings"), "Cây giống" },
  { "capital", N_("Capital"), "Vốn" },
  { "equipment", N_("Equipment"), "Công cụ, máy móc" },
  { "training", N_("Training"), "Đào tạo nghề" },
  { "other", N_("Other"), "Khác" },
};

static const TtValue outcomes[] = {
  { "ongoing", N_("Ongoing"), "Đang thực hiện" },
  { "succeeded", N_("Succeeded"), "Hiệu quả" },
  { "failed", N_("Failed"), "Không hiệu quả" },
  { "escaped_poverty", N_("Escaped poverty"), "Đã thoát nghèo" },
};

const TtValueList tt_livelihood_kinds = TT_VALUE_LIST (kinds);
const TtValueList tt_livelihood_outcomes = TT_VALUE_LIST (outcomes);

static void
holder_free (TtLivelihoodHolder *h)
{
  g_free (h->head_name);
  g_free (h->village);
  g_free (h->what);
  g_free (h);
}

void
tt_livelihood_free (TtLivelihood *m)
{
  if (m == NULL)
    return;
  g_free (m->kind);
  g_free (m->description);
  g_free (m->conditions);
  g_free (m->unit);
  g_free (m->outcome);
  g_free (m->outcome_on);
  g_clear_pointer (&m->chain, g_ptr_array_unref);
  g_free (m);
}

void
tt_livelihood_row_free (TtLivelihoodRow *r)
{
  if (r == NULL)
    return;
  g_free (r->kind);
  g_free (r->holder);
  g_free (r->village);
  g_free (r->description);
  g_free (r);
}

static gboolean
day_of (const char *text, const char *label, char out[11], GError **error)
{
  if (text == NULL)
    {
      tt_date_today (out);
      return TRUE;
    }
  if (tt_date_parse (text, out, error))
    return TRUE;
  g_prefix_error (error, "%s", label);
  return FALSE;
}

/* A new model with its first holder; with @in->pay the fund's payment voucher too. */
gint64
tt_livelihood_add (TtDb                    *db,
                   const TtLivelihoodInput *in,
                   char                   **out_voucher,
                   GError                 **error)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, in->household_id, error);
  const TtValue *kind = tt_values_find (&tt_livelihood_kinds, in->kind);
  g_autofree char *description = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *conditions = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(TtStmt) insert = NULL;
  g_autoptr(TtStmt) holder = NULL;
  gint64 id, voucher_id = 0;
  char day[11];

  if (h == NULL)
    return 0;
  if (kind == NULL)
    {
      g_autofree char *known = tt_values_codes (&tt_livelihood_kinds, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown kind of model “%s”: use %s."),
                   in->kind ? in->kind : "", known);
      return 0;
    }
  if (in->value < 0 || in->value > TT_MONEY_MAX || (in->pay && in->value == 0))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   in->pay ? _("Value: a model the fund pays needs its value, more than 0 đồng.")
                           : _("Value: it must be 0 đồng or more."));
      return 0;
    }
  if (!day_of (in->date, _("Date: "), day, error) ||
      !tt_text_clean_field (in->description, _("Description"), 300, &description, error) ||
      !tt_text_clean_field (in->unit, _("Unit"), 200, &unit, error) ||
      !tt_text_clean_field (in->conditions, _("Conditions"), 500, &conditions, error))
    return 0;
  if (in->sponsor_id != 0 && !tt_donor_exists (db, in->sponsor_id, error))
    return 0;
  if (in->campaign_id != 0)
    {
      g_autoptr(TtCampaign) c = tt_campaign_get (db, in->campaign_id, error);
      if (c == NULL)
        return 0;
    }
  if (description == NULL)
    description = g_strdup (kind->printed);

  if (!tt_db_begin (db, error))
    return 0;
  if (in->pay)
    {
      g_autofree char *reason = g_strdup_printf ("Hỗ trợ mô hình sinh kế: %s", description);
      TtVoucherInput v = { .payee_name = h->head_name, .payee_address = h->address, .amount = in->value,
                           .paid_on = day, .purpose = "livelihood", .reason = reason, .campaign_id = in->campaign_id,
                           .household_id = in->household_id, .allow_negative = in->allow_negative };
      if ((voucher_id = tt_voucher_add (db, &v, out_voucher, error)) == 0)
        goto fail;
    }
  insert = tt_db_prepare (db, "INSERT INTO livelihood_models (uuid, campaign_id, kind, description, value, revolving, "
                              "conditions, sponsor_id, unit, voucher_id, started_on) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (insert == NULL)
    goto fail;
  uuid = tt_new_uuid ();
  tt_bind_text (insert, 1, uuid);
  tt_bind_opt_id (insert, 2, in->campaign_id);
  tt_bind_text (insert, 3, kind->code);
  tt_bind_text (insert, 4, description);
  tt_bind_int (insert, 5, in->value);
  sqlite3_bind_int (insert, 6, in->revolving ? 1 : 0);
  tt_bind_text (insert, 7, conditions);
  tt_bind_opt_id (insert, 8, in->sponsor_id);
  tt_bind_text (insert, 9, unit);
  tt_bind_opt_id (insert, 10, voucher_id);
  tt_bind_text (insert, 11, day);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
  holder = tt_db_prepare (db, "INSERT INTO livelihood_assignments (model_id, household_id, received_on, what) "
                              "VALUES (?1, ?2, ?3, ?4)", error);
  if (holder == NULL)
    goto fail;
  tt_bind_int (holder, 1, id);
  tt_bind_int (holder, 2, in->household_id);
  tt_bind_text (holder, 3, day);
  tt_bind_text (holder, 4, description);
  if (!tt_db_step_done (db, holder, error))
    goto fail;
  if (!tt_db_commit (db, error))
    {
      if (out_voucher != NULL)
        g_clear_pointer (out_voucher, g_free);
      return 0;
    }
  return id;

fail:
  tt_db_rollback (db);
  if (out_voucher != NULL)
    g_clear_pointer (out_voucher, g_free);
  return 0;
}

/* Passes a revolving model on from its holder to @to_household on @date. */
gboolean
tt_livelihood_pass (TtDb        *db,
                    gint64       model_id,
                    gint64       to_household,
                    const char  *date,
                    const char  *what,
                    GError     **error)
{
  g_autoptr(TtLivelihood) m = tt_livelihood_get (db, model_id, error);
  g_autoptr(TtHousehold) to = NULL;
  g_autofree char *passed = NULL;
  g_autoptr(TtStmt) close = NULL;
  g_autoptr(TtStmt) insert = NULL;
  TtLivelihoodHolder *holder;
  char day[11];

  if (m == NULL || (to = tt_household_get (db, to_household, error)) == NULL)
    return FALSE;
  if (!m->revolving)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Model %lld is not revolving: it stays with its household."), (long long) model_id);
      return FALSE;
    }
  if (!day_of (date, _("Date: "), day, error) ||
      !tt_text_clean_field (what, _("What is passed on"), 300, &passed, error))
    return FALSE;
  holder = m->chain->pdata[m->chain->len - 1];
  for (guint i = 0; i < m->chain->len; i++)
    {
      TtLivelihoodHolder *was = m->chain->pdata[i];
      if (was->household_id == to_household)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                       was == holder ? _("Household %lld holds model %lld now: it passes on to another household.")
                                     : _("Household %lld already held model %lld: it passes on to a new household."),
                       (long long) to_household, (long long) model_id);
          return FALSE;
        }
    }
  if (strcmp (day, holder->on) < 0)
    {
      g_autofree char *shown = tt_date_display (holder->on);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Date: household %lld received model %lld on %s; it cannot pass it on before that."),
                   (long long) holder->household_id, (long long) model_id, shown);
      return FALSE;
    }

  if (!tt_db_begin (db, error))
    return FALSE;
  close = tt_db_prepare (db, "UPDATE livelihood_assignments SET passed_on = ?3 WHERE model_id = ?1 "
                             "AND household_id = ?2 AND passed_on IS NULL", error);
  if (close == NULL)
    goto fail;
  tt_bind_int (close, 1, model_id);
  tt_bind_int (close, 2, holder->household_id);
  tt_bind_text (close, 3, day);
  if (!tt_db_step_done (db, close, error))
    goto fail;
  insert = tt_db_prepare (db, "INSERT INTO livelihood_assignments (model_id, household_id, received_on, what) "
                              "VALUES (?1, ?2, ?3, ?4)", error);
  if (insert == NULL)
    goto fail;
  tt_bind_int (insert, 1, model_id);
  tt_bind_int (insert, 2, to_household);
  tt_bind_text (insert, 3, day);
  tt_bind_text (insert, 4, passed);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

gboolean
tt_livelihood_outcome (TtDb        *db,
                       gint64       model_id,
                       const char  *outcome,
                       const char  *date,
                       const char  *note,
                       GError     **error)
{
  g_autoptr(TtLivelihood) m = tt_livelihood_get (db, model_id, error);
  g_autofree char *code = outcome ? g_strdelimit (g_strdup (outcome), "-", '_') : NULL;
  g_autofree char *why = NULL;
  g_autoptr(TtStmt) update = NULL;
  char day[11];

  if (m == NULL)
    return FALSE;
  if (tt_values_index (&tt_livelihood_outcomes, code) < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown outcome “%s”: use ongoing, succeeded, failed or escaped-poverty."), outcome ? outcome : "");
      return FALSE;
    }
  if (!day_of (date, _("Date: "), day, error) || !tt_text_clean_field (note, _("Note"), 500, &why, error))
    return FALSE;
  if (!tt_db_begin (db, error))
    return FALSE;
  update = tt_db_prepare (db, "UPDATE livelihood_models SET outcome = ?2, outcome_on = ?3, "
                              "note = coalesce(?4, note) WHERE id = ?1", error);
  if (update == NULL)
    goto fail;
  tt_bind_int (update, 1, model_id);
  tt_bind_text (update, 2, code);
  tt_bind_text (update, 3, day);
  tt_bind_text (update, 4, why);
  if (!tt_db_step_done (db, update, error))
    goto fail;
  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

TtLivelihood *
tt_livelihood_get (TtDb    *db,
                   gint64   model_id,
                   GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT id, kind, description, value, revolving, conditions, "
                                              "coalesce(campaign_id, 0), coalesce(sponsor_id, 0), unit, outcome, "
                                              "outcome_on FROM livelihood_models WHERE id = ?1", error);
  g_autoptr(TtStmt) chain = NULL;
  TtLivelihood *m;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, model_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no livelihood model %lld."),
                   (long long) model_id);
      return NULL;
    }
  m = g_new0 (TtLivelihood, 1);
  m->id = sqlite3_column_int64 (stmt, 0);
  m->kind = tt_column_dup (stmt, 1);
  m->description = tt_column_dup (stmt, 2);
  m->value = sqlite3_column_int64 (stmt, 3);
  m->revolving = sqlite3_column_int (stmt, 4) != 0;
  m->conditions = tt_column_dup (stmt, 5);
  m->campaign_id = sqlite3_column_int64 (stmt, 6);
  m->sponsor_id = sqlite3_column_int64 (stmt, 7);
  m->unit = tt_column_dup (stmt, 8);
  m->outcome = tt_column_dup (stmt, 9);
  m->outcome_on = tt_column_dup (stmt, 10);
  m->chain = g_ptr_array_new_with_free_func ((GDestroyNotify) holder_free);
  chain = tt_db_prepare (db, "SELECT a.received_on, a.household_id, h.head_name, v.name, a.what, a.passed_on IS NULL "
                             "FROM livelihood_assignments a JOIN households h ON h.id = a.household_id "
                             "LEFT JOIN places v ON v.id = h.village_id WHERE a.model_id = ?1 ORDER BY a.id", error);
  if (chain == NULL)
    {
      tt_livelihood_free (m);
      return NULL;
    }
  tt_bind_int (chain, 1, model_id);
  while (sqlite3_step (chain) == SQLITE_ROW)
    {
      TtLivelihoodHolder *h = g_new0 (TtLivelihoodHolder, 1);
      g_strlcpy (h->on, (const char *) sqlite3_column_text (chain, 0), sizeof h->on);
      h->household_id = sqlite3_column_int64 (chain, 1);
      h->head_name = tt_column_dup (chain, 2);
      h->village = tt_column_dup (chain, 3);
      h->what = tt_column_dup (chain, 4);
      h->holding = sqlite3_column_int (chain, 5) != 0;
      g_ptr_array_add (m->chain, h);
    }
  return m;
}

GPtrArray *
tt_livelihood_list (TtDb                     *db,
                    const TtLivelihoodFilter *filter,
                    GError                  **error)
{
  g_autofree char *place = tt_household_place_condition (db, filter->place_id);
  g_autofree char *sql = g_strdup_printf (
    "SELECT m.id, m.kind, h.head_name, v.name, m.value, "
    "(SELECT count(DISTINCT r.household_id) FROM livelihood_assignments r WHERE r.model_id = m.id), "
    "m.revolving, m.description "
    "FROM livelihood_models m JOIN livelihood_assignments a ON a.model_id = m.id AND a.passed_on IS NULL "
    "JOIN households h ON h.id = a.household_id LEFT JOIN places v ON v.id = h.village_id "
    "WHERE %s AND (?1 = 0 OR m.campaign_id = ?1) AND (?2 IS NULL OR m.kind = ?2) AND (?3 = 0 OR h.id = ?3) "
    "ORDER BY m.id",
    place ? place : "1");
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, filter->campaign_id);
  tt_bind_text (stmt, 2, filter->kind);
  tt_bind_int (stmt, 3, filter->household_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_livelihood_row_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtLivelihoodRow *r = g_new0 (TtLivelihoodRow, 1);
      r->id = sqlite3_column_int64 (stmt, 0);
      r->kind = tt_column_dup (stmt, 1);
      r->holder = tt_column_dup (stmt, 2);
      r->village = tt_column_dup (stmt, 3);
      r->value = sqlite3_column_int64 (stmt, 4);
      r->reached = sqlite3_column_int (stmt, 5);
      r->revolving = sqlite3_column_int (stmt, 6) != 0;
      r->description = tt_column_dup (stmt, 7);
      g_ptr_array_add (out, r);
    }
  return out;
}
