/* tt-housing-money.c — what a house is worth and what the fund paid for it
 *
 * A project's value is the sum of its funding lines: the fund at each level, the state budget,
 * sponsors, the household's own share, community labour (days × the value of a day) and other.
 * An earmarked donation funds one project only, once. The fund pays the approved support in
 * tranches, each a payment voucher: a share on the start of work, the rest after completion (60 %
 * and 40 % unless the office set otherwise), never on a day before the stage that allows it and
 * never beyond the approved support.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-housing-private.h"
#include "tt-housing.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-series.h"
#include "tt-text.h"
#include "tt-vouchers.h"

static const TtValue sources[] = {
  { "fund-central", N_("Fund, central level"), "Quỹ cấp trung ương" },
  { "fund-province", N_("Fund, province level"), "Quỹ cấp tỉnh" },
  { "fund-commune", N_("Fund, commune level"), "Quỹ cấp xã" },
  { "state", N_("State budget"), "Ngân sách nhà nước" },
  { "sponsor", N_("Sponsor"), "Nhà tài trợ" },
  { "household", N_("Household's own share"), "Hộ gia đình đối ứng" },
  { "labour", N_("Community labour"), "Ngày công lao động" },
  { "other", N_("Other"), "Nguồn khác" },
};

/* The same sources as the office file stores them. */
static const char *const stored[] = { "fund_central", "fund_province", "fund_commune", "state_budget", "sponsor",
                                      "household", "community", "other" };

const TtValueList tt_housing_sources = TT_VALUE_LIST (sources);

static const char *
source_code (const char *stored_source)
{
  for (guint i = 0; i < G_N_ELEMENTS (stored); i++)
    if (g_strcmp0 (stored[i], stored_source) == 0)
      return sources[i].code;
  return stored_source;
}

void
tt_housing_funding_free (TtHousingFunding *f)
{
  if (f == NULL)
    return;
  g_free (f->source);
  g_free (f->donor_name);
  g_free (f->receipt);
  g_free (f->note);
  g_free (f);
}

void
tt_housing_payment_free (TtHousingPayment *p)
{
  if (p == NULL)
    return;
  g_free (p->voucher);
  g_free (p->paid_on);
  g_free (p->method);
  g_free (p->status);
  g_free (p);
}

void
tt_housing_tranches (TtDb *db,
                     int  *on_start,
                     int  *on_completion)
{
  g_autofree char *value = tt_office_get (db, "housing-tranches");
  int first = 60;

  if (value != NULL)
    first = (int) g_ascii_strtoll (value, NULL, 10);
  *on_start = CLAMP (first, 0, 100);
  *on_completion = 100 - *on_start;
}

/* The linked donation by its receipt: it must be valid, hold the line's amount and fund no other
 * project. */
static gboolean
check_donation (TtDb *db, const char *receipt, gint64 amount, gint64 *donation_id, gint64 *donor_id, GError **error)
{
  g_autoptr(TtDonation) d = tt_donation_find (db, receipt, error);
  g_autoptr(TtStmt) linked = NULL;

  if (d == NULL)
    return FALSE;
  if (g_str_equal (d->status, "void"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE, _("Receipt %s is void: it funds nothing."), d->receipt);
      return FALSE;
    }
  if (amount > d->amount)
    {
      g_autofree char *line = tt_money_format (amount);
      g_autofree char *gift = tt_money_format (d->amount);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The line of %s is more than the %s of receipt %s."), line, gift, d->receipt);
      return FALSE;
    }
  if (*donor_id != 0 && *donor_id != d->donor_id)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH,
                   _("Receipt %s was given by donor %lld, not donor %lld."), d->receipt, (long long) d->donor_id,
                   (long long) *donor_id);
      return FALSE;
    }
  linked = tt_db_prepare (db, "SELECT project_id FROM housing_funding WHERE donation_id = ?1", error);
  if (linked == NULL)
    return FALSE;
  tt_bind_int (linked, 1, d->id);
  if (sqlite3_step (linked) == SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Receipt %s already funds housing project %lld: a donation funds one project only."), d->receipt,
                   (long long) sqlite3_column_int64 (linked, 0));
      return FALSE;
    }
  *donation_id = d->id;
  *donor_id = d->donor_id;
  return TRUE;
}

static gboolean
project_open (TtDb *db, gint64 project_id, TtHousingProject **out, GError **error)
{
  *out = tt_housing_get (db, project_id, error);
  if (*out == NULL)
    return FALSE;
  if (g_str_equal ((*out)->stage, "cancelled"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE, _("Housing project %lld was cancelled."),
                   (long long) project_id);
      return FALSE;
    }
  return TRUE;
}

/* Adds a funding line to a project; the project's value is the sum of its lines. */
gint64
tt_housing_fund (TtDb                     *db,
                 gint64                    project_id,
                 const TtHousingFundInput *in,
                 GError                  **error)
{
  g_autoptr(TtHousingProject) project = NULL;
  g_autofree char *note = NULL;
  g_autoptr(TtStmt) insert = NULL;
  int i = tt_values_index (&tt_housing_sources, in->source);
  gboolean labour = g_strcmp0 (in->source, "labour") == 0;
  gint64 value = in->amount, donation_id = 0, donor_id = in->donor_id;

  if (i < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown source “%s”: use fund-central, fund-province, fund-commune, state, sponsor, household, "
                     "labour or other."), in->source ? in->source : "");
      return 0;
    }
  if (in->amount <= 0 || in->amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Amount: it must be more than 0 đồng."));
      return 0;
    }
  if (labour && (in->days <= 0 || in->days > 100000))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY,
                   _("Community labour needs its number of days (--days), the amount being the value of one day."));
      return 0;
    }
  if (!labour && in->days != 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Days are counted for community labour only."));
      return 0;
    }
  if (labour && in->amount > TT_MONEY_MAX / in->days)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Amount: %d days at this rate are too much."),
                   in->days);
      return 0;
    }
  if (labour)
    value = in->amount * in->days;
  if (!tt_text_clean_field (in->note, _("Note"), 500, &note, error) || !project_open (db, project_id, &project, error))
    return 0;
  if (donor_id != 0 && !tt_donor_exists (db, donor_id, error))
    return 0;
  if (in->donation != NULL && !check_donation (db, in->donation, value, &donation_id, &donor_id, error))
    return 0;
  if (g_str_equal (in->source, "sponsor") && donor_id == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY,
                   _("A sponsor's line names the sponsor: give the donor (--donor) or the donation (--donation)."));
      return 0;
    }

  if (!tt_db_begin (db, error))
    return 0;
  insert = tt_db_prepare (db, "INSERT INTO housing_funding (project_id, source, donor_id, donation_id, amount, "
                              "labour_days, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (insert == NULL)
    goto fail;
  tt_bind_int (insert, 1, project_id);
  tt_bind_text (insert, 2, stored[i]);
  tt_bind_opt_id (insert, 3, donor_id);
  tt_bind_opt_id (insert, 4, donation_id);
  tt_bind_int (insert, 5, value);
  tt_bind_int (insert, 6, in->days);
  tt_bind_text (insert, 7, note);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  {
    gint64 id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
    return tt_db_commit (db, error) ? id : 0;
  }

fail:
  tt_db_rollback (db);
  return 0;
}

/* What the stages reached allow to be paid so far, and the day from which they allow it. */
static gint64
allowed (TtDb *db, const TtHousingProject *p, char on[11], gboolean *completed)
{
  int first, rest;
  int stage = tt_housing_stage_index (p->stage);
  g_autoptr(TtStmt) stmt = NULL;

  tt_housing_tranches (db, &first, &rest);
  *completed = stage >= tt_housing_stage_index ("completed");
  on[0] = '\0';
  if (stage < tt_housing_stage_index ("started"))
    return 0;
  stmt = tt_db_prepare (db, "SELECT CASE WHEN ?2 THEN completed_on ELSE started_on END FROM housing_projects "
                            "WHERE id = ?1", NULL);
  if (stmt != NULL)
    {
      tt_bind_int (stmt, 1, p->id);
      sqlite3_bind_int (stmt, 2, *completed);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
        g_strlcpy (on, (const char *) sqlite3_column_text (stmt, 0), 11);
    }
  return *completed ? p->support : p->support * first / 100;
}

/* Pays a tranche of the approved support with a payment voucher to the head of the household. */
gint64
tt_housing_pay (TtDb        *db,
                gint64       project_id,
                gint64       amount,
                const char  *date,
                const char  *method,
                gboolean     allow_negative,
                char       **out_number,
                GError     **error)
{
  g_autoptr(TtHousingProject) p = NULL;
  g_autoptr(TtStmt) household = NULL;
  g_autoptr(TtStmt) insert = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *address = NULL;
  gboolean completed;
  gint64 may, voucher_id;
  char day[11], from[11];
  int tranche;

  if (!project_open (db, project_id, &p, error))
    return 0;
  if (amount <= 0 || amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Amount: it must be more than 0 đồng."));
      return 0;
    }
  if (date == NULL)
    tt_date_today (day);
  else if (!tt_date_parse (date, day, error))
    {
      g_prefix_error (error, _("Date: "));
      return 0;
    }
  if (p->paid + amount > p->support)
    {
      g_autofree char *paying = tt_money_format (amount);
      g_autofree char *support = tt_money_format (p->support);
      g_autofree char *paid = tt_money_format (p->paid);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Paying %s would take housing project %lld beyond its approved support of %s (%s paid so far)."),
                   paying, (long long) project_id, support, paid);
      return 0;
    }
  may = allowed (db, p, from, &completed);
  if (may == 0 && !completed)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Housing project %lld has not started: its first tranche is paid once the start of work is "
                     "recorded."), (long long) project_id);
      return 0;
    }
  if (p->paid + amount > may)
    {
      g_autofree char *share = tt_money_format (may);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Until housing project %lld is completed, at most %s of its support is paid: the rest is paid "
                     "after the completion inspection."), (long long) project_id, share);
      return 0;
    }
  if (from[0] != '\0' && strcmp (day, from) < 0)
    {
      g_autofree char *shown = tt_date_display (from);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   completed ? _("Date: the tranche cannot be paid before the completion on %s.")
                             : _("Date: the tranche cannot be paid before the start of work on %s."),
                   shown);
      return 0;
    }

  if (!tt_db_begin (db, error))
    return 0;
  tranche = 1;
  household = tt_db_prepare (db,
                             "SELECT coalesce(nullif(h.address, ''), v.name || ', ' || c.name, c.name), "
                             "(SELECT coalesce(max(tranche), 0) + 1 FROM housing_disbursements WHERE project_id = ?2) "
                             "FROM households h LEFT JOIN places v ON v.id = h.village_id "
                             "LEFT JOIN places c ON c.id = h.commune_id WHERE h.id = ?1",
                             error);
  if (household == NULL)
    goto fail;
  tt_bind_int (household, 1, p->household_id);
  tt_bind_int (household, 2, project_id);
  if (sqlite3_step (household) == SQLITE_ROW)
    {
      address = tt_column_dup (household, 0);
      tranche = sqlite3_column_int (household, 1);
    }
  reason = g_strdup_printf ("Hỗ trợ %s, dự án số %" G_GINT64_FORMAT ", đợt %d",
                            g_str_equal (p->kind, "new") ? "xây mới nhà ở" : "sửa chữa nhà ở", project_id, tranche);
  {
    TtVoucherInput v = { .payee_name = p->head_name, .payee_address = address, .amount = amount, .paid_on = day,
                         .method = method, .purpose = "housing", .reason = reason, .campaign_id = p->campaign_id,
                         .household_id = p->household_id, .allow_negative = allow_negative };
    if ((voucher_id = tt_voucher_add (db, &v, out_number, error)) == 0)
      goto fail;
  }
  insert = tt_db_prepare (db, "INSERT INTO housing_disbursements (project_id, voucher_id, tranche, stage) "
                              "VALUES (?1, ?2, ?3, ?4)", error);
  if (insert == NULL)
    goto fail;
  tt_bind_int (insert, 1, project_id);
  tt_bind_int (insert, 2, voucher_id);
  sqlite3_bind_int (insert, 3, tranche);
  tt_bind_text (insert, 4, p->stage);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  if (!tt_db_commit (db, error))
    {
      if (out_number != NULL)
        g_clear_pointer (out_number, g_free);
      return 0;
    }
  return voucher_id;

fail:
  tt_db_rollback (db);
  if (out_number != NULL)
    g_clear_pointer (out_number, g_free);
  return 0;
}

GPtrArray *
tt_housing_funding (TtDb    *db,
                    gint64   project_id,
                    GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT f.id, f.source, f.amount, coalesce(f.donor_id, 0), d.name, "
                                          "s.code, g.number, f.labour_days, f.note FROM housing_funding f "
                                          "LEFT JOIN donors d ON d.id = f.donor_id "
                                          "LEFT JOIN donations g ON g.id = f.donation_id "
                                          "LEFT JOIN doc_series s ON s.id = g.series_id "
                                          "WHERE f.project_id = ?1 ORDER BY f.id",
                                          error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, project_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_housing_funding_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtHousingFunding *f = g_new0 (TtHousingFunding, 1);
      f->id = sqlite3_column_int64 (stmt, 0);
      f->source = g_strdup (source_code ((const char *) sqlite3_column_text (stmt, 1)));
      f->amount = sqlite3_column_int64 (stmt, 2);
      f->donor_id = sqlite3_column_int64 (stmt, 3);
      f->donor_name = tt_column_dup (stmt, 4);
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        f->receipt = tt_receipt_format ((const char *) sqlite3_column_text (stmt, 5), sqlite3_column_int64 (stmt, 6));
      f->days = sqlite3_column_int (stmt, 7);
      f->note = tt_column_dup (stmt, 8);
      g_ptr_array_add (out, f);
    }
  return out;
}

GPtrArray *
tt_housing_payments (TtDb    *db,
                     gint64   project_id,
                     GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT d.tranche, v.id, v.paid_on, v.amount, v.method, v.status, s.code, v.number "
                                          "FROM housing_disbursements d JOIN payment_vouchers v ON v.id = d.voucher_id "
                                          "JOIN doc_series s ON s.id = v.series_id "
                                          "WHERE d.project_id = ?1 ORDER BY d.tranche",
                                          error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, project_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_housing_payment_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtHousingPayment *p = g_new0 (TtHousingPayment, 1);
      p->tranche = sqlite3_column_int (stmt, 0);
      p->voucher_id = sqlite3_column_int64 (stmt, 1);
      p->paid_on = tt_column_dup (stmt, 2);
      p->amount = sqlite3_column_int64 (stmt, 3);
      p->method = tt_column_dup (stmt, 4);
      p->status = tt_column_dup (stmt, 5);
      p->voucher = tt_series_format ((const char *) sqlite3_column_text (stmt, 6), sqlite3_column_int64 (stmt, 7));
      g_ptr_array_add (out, p);
    }
  return out;
}

/* What `check` verifies of housing: payments within the approved support, and each donation
 * funding one project, at most its own amount, and only while valid. */
gboolean
tt_housing_check (TtDb      *db,
                  GPtrArray *problems,
                  GError   **error)
{
  g_autoptr(TtStmt) over = tt_db_prepare (db,
                                          "SELECT p.id, p.support, sum(v.amount) FROM housing_projects p "
                                          "JOIN housing_disbursements d ON d.project_id = p.id "
                                          "JOIN payment_vouchers v ON v.id = d.voucher_id AND v.status = 'valid' "
                                          "GROUP BY p.id HAVING sum(v.amount) > p.support",
                                          error);
  g_autoptr(TtStmt) links = NULL;
  g_autoptr(TtStmt) kept = NULL;

  if (over == NULL)
    return FALSE;
  while (sqlite3_step (over) == SQLITE_ROW)
    g_ptr_array_add (problems, g_strdup_printf (_("Housing project %lld was paid %lld đồng, more than its approved "
                                                  "support of %lld đồng."),
                                                (long long) sqlite3_column_int64 (over, 0),
                                                (long long) sqlite3_column_int64 (over, 2),
                                                (long long) sqlite3_column_int64 (over, 1)));
  kept = tt_db_prepare (db,
                        "SELECT p.id, p.paid, coalesce((SELECT sum(v.amount) FROM housing_disbursements d "
                        "JOIN payment_vouchers v ON v.id = d.voucher_id AND v.status = 'valid' "
                        "WHERE d.project_id = p.id), 0) AS summed FROM housing_projects p WHERE p.paid <> summed",
                        error);
  if (kept == NULL)
    return FALSE;
  while (sqlite3_step (kept) == SQLITE_ROW)
    g_ptr_array_add (problems, g_strdup_printf (_("Housing project %lld shows %lld đồng paid, but its tranches sum to "
                                                  "%lld đồng."),
                                                (long long) sqlite3_column_int64 (kept, 0),
                                                (long long) sqlite3_column_int64 (kept, 1),
                                                (long long) sqlite3_column_int64 (kept, 2)));
  links = tt_db_prepare (db,
                         "SELECT s.code, g.number, count(*), group_concat(f.project_id, ', '), g.status, "
                         "sum(f.amount) > g.amount FROM housing_funding f JOIN donations g ON g.id = f.donation_id "
                         "JOIN doc_series s ON s.id = g.series_id GROUP BY f.donation_id "
                         "HAVING count(*) > 1 OR g.status <> 'valid' OR sum(f.amount) > g.amount",
                         error);
  if (links == NULL)
    return FALSE;
  while (sqlite3_step (links) == SQLITE_ROW)
    {
      g_autofree char *receipt = tt_receipt_format ((const char *) sqlite3_column_text (links, 0),
                                                    sqlite3_column_int64 (links, 1));
      const char *projects = (const char *) sqlite3_column_text (links, 3);
      if (sqlite3_column_int (links, 2) > 1)
        g_ptr_array_add (problems, g_strdup_printf (_("Receipt %s funds more than one housing project (%s)."),
                                                    receipt, projects));
      else if (g_strcmp0 ((const char *) sqlite3_column_text (links, 4), "valid") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("Receipt %s is void but still funds housing project %s."),
                                                    receipt, projects));
      else
        g_ptr_array_add (problems, g_strdup_printf (_("Housing project %s is funded beyond the amount of receipt %s."),
                                                    projects, receipt));
    }
  return TRUE;
}
