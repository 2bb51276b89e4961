/* tt-donations.c — donations and their receipts
 *
 * A receipt takes the next number of its series from a counter row, incremented in the same
 * BEGIN IMMEDIATE transaction that inserts the donation: numbers are gapless and never
 * reused, even with several processes writing at once. Wrong receipts are voided with a
 * reason and keep their number.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-series.h"
#include "tt-office-profile.h"
#include "tt-money.h"
#include "tt-text.h"


#define DONATION_COLUMNS                                                                     \
  "d.id, s.code, d.number, d.received_on, d.donor_id, d.payer_name, d.payer_address, "     \
  "d.campaign_id, c.name, d.amount, d.method, d.bank_ref, d.goods_description, d.reason, "  \
  "d.earmark, d.collected_by, d.note, d.attachments, d.status, d.void_reason, d.voided_at, " \
  "d.print_count, d.created_by "                                                            \
  "FROM donations d JOIN doc_series s ON s.id = d.series_id "                              \
  "LEFT JOIN campaigns c ON c.id = d.campaign_id "

static void
donation_clear (TtDonation *d)
{
  g_free (d->receipt);
  g_free (d->series);
  g_free (d->received_on);
  g_free (d->payer_name);
  g_free (d->payer_address);
  g_free (d->campaign_name);
  g_free (d->method);
  g_free (d->bank_ref);
  g_free (d->goods_description);
  g_free (d->reason);
  g_free (d->earmark);
  g_free (d->collected_by);
  g_free (d->note);
  g_free (d->status);
  g_free (d->void_reason);
  g_free (d->voided_at);
  g_free (d->created_by);
}

void
tt_donation_free (TtDonation *d)
{
  if (d == NULL)
    return;
  donation_clear (d);
  g_free (d);
}

static void
read_row (TtStmt *stmt, TtDonation *d)
{
  d->id = sqlite3_column_int64 (stmt, 0);
  d->series = tt_column_dup (stmt, 1);
  d->number = sqlite3_column_int64 (stmt, 2);
  d->receipt = tt_receipt_format (d->series, d->number);
  d->received_on = tt_column_dup (stmt, 3);
  d->donor_id = sqlite3_column_int64 (stmt, 4);
  d->payer_name = tt_column_dup (stmt, 5);
  d->payer_address = tt_column_dup (stmt, 6);
  d->campaign_id = sqlite3_column_int64 (stmt, 7);
  d->campaign_name = tt_column_dup (stmt, 8);
  d->amount = sqlite3_column_int64 (stmt, 9);
  d->method = tt_column_dup (stmt, 10);
  d->bank_ref = tt_column_dup (stmt, 11);
  d->goods_description = tt_column_dup (stmt, 12);
  d->reason = tt_column_dup (stmt, 13);
  d->earmark = tt_column_dup (stmt, 14);
  d->collected_by = tt_column_dup (stmt, 15);
  d->note = tt_column_dup (stmt, 16);
  d->attachments = sqlite3_column_int (stmt, 17);
  d->status = tt_column_dup (stmt, 18);
  d->void_reason = tt_column_dup (stmt, 19);
  d->voided_at = tt_column_dup (stmt, 20);
  d->print_count = sqlite3_column_int (stmt, 21);
  d->created_by = tt_column_dup (stmt, 22);
}

const char *
tt_donation_method_normalize (const char *method)
{
  if (method == NULL || g_str_equal (method, "cash") || g_str_equal (method, "tien-mat"))
    return "cash";
  if (g_str_equal (method, "transfer") || g_str_equal (method, "bank"))
    return "transfer";
  if (g_str_equal (method, "in_kind") || g_str_equal (method, "in-kind") ||
      g_str_equal (method, "kind"))
    return "in_kind";
  return NULL;
}

static const TtValue methods[] = {
  { "cash", N_("Cash"), "Tiền mặt" },
  { "transfer", N_("Bank transfer"), "Chuyển khoản" },
  { "in_kind", N_("In kind"), "Hiện vật" },
};

const TtValueList tt_payment_methods = TT_VALUE_LIST (methods);

/* How a method is named on printed documents (always Vietnamese). */
const char *
tt_donation_method_printed (const char *method)
{
  return tt_values_printed (&tt_payment_methods, tt_values_find (&tt_payment_methods, method) ? method : "cash");
}

char *
tt_receipt_format (const char *series,
                   gint64      number)
{
  return tt_series_format (series, number);
}

gboolean
tt_receipt_parse (const char  *text,
                  char       **out_series,
                  gint64      *out_number,
                  GError     **error)
{
  g_autofree char *quoted = NULL;

  if (tt_series_parse (text, out_series, out_number))
    return TRUE;
  quoted = tt_text_quote_short (text);
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("“%s” is not a receipt number: write it as shown on the receipt, "
                 "e.g. 2026-000123."),
               quoted);
  return FALSE;
}

static gboolean
check_bank_ref (TtDb *db, const char *bank_ref, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT s.code, d.number, d.received_on FROM donations d "
                                          "JOIN doc_series s ON s.id = d.series_id "
                                          "WHERE d.bank_ref = ? AND d.status = 'valid'",
                                          error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, bank_ref);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *receipt = tt_receipt_format ((const char *) sqlite3_column_text (stmt, 0),
                                                    sqlite3_column_int64 (stmt, 1));
      g_autofree char *date = tt_date_display ((const char *) sqlite3_column_text (stmt, 2));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Bank reference “%s” was already recorded on receipt %s of %s."),
                   bank_ref, receipt, date);
      return FALSE;
    }
  return TRUE;
}

static char *
campaign_reason (TtDb *db, gint64 campaign_id, GError **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *fund_reason = tt_office_default_reason (db);

  if (campaign_id <= 0)
    return g_steal_pointer (&fund_reason);
  stmt = tt_db_prepare (db, "SELECT name FROM campaigns WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, campaign_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no campaign with number %lld."), (long long) campaign_id);
      return NULL;
    }
  return g_strdup_printf ("%s — %s", fund_reason, sqlite3_column_text (stmt, 0));
}

typedef struct
{
  char *bank_ref, *goods, *reason, *earmark, *collected_by, *note;
} CleanText;

static void
clean_text_clear (CleanText *c)
{
  g_free (c->bank_ref);
  g_free (c->goods);
  g_free (c->reason);
  g_free (c->earmark);
  g_free (c->collected_by);
  g_free (c->note);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanText, clean_text_clear)

static gboolean
check_batch_open (TtDb *db, gint64 batch_id, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT closed_at IS NOT NULL FROM donation_batches WHERE id = ?",
                                          error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, batch_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no batch with number %lld."), (long long) batch_id);
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 0))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Batch %lld is already closed; start a new batch."), (long long) batch_id);
      return FALSE;
    }
  return TRUE;
}

gint64
tt_donation_add (TtDb                  *db,
                 const TtDonationInput *in,
                 char                 **out_receipt,
                 GError               **error)
{
  g_auto(CleanText) t = { 0 };
  g_autoptr(TtStmt) donor = NULL;
  g_autoptr(TtStmt) insert = NULL;
  g_autofree char *payer_name = NULL;
  g_autofree char *payer_address = NULL;
  g_autofree char *series = NULL;
  g_autofree char *uuid = NULL;
  const char *method;
  char date[11];
  gint64 series_id = 0, number, id, donor_id;

  method = tt_donation_method_normalize (in->method);
  if (method == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown payment method “%s”: use cash, transfer or in-kind."), in->method);
      return 0;
    }
  if (in->amount <= 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The amount must be greater than 0."));
      return 0;
    }
  if (in->amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("The amount is too large."));
      return 0;
    }
  if (in->received_on == NULL)
    tt_date_today (date);
  else if (!tt_date_parse (in->received_on, date, error))
    return 0;
  if (in->attachments < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The number of attachments cannot be negative."));
      return 0;
    }

  if (!tt_text_clean_field (in->bank_ref, _("Bank reference"), 100, &t.bank_ref, error) ||
      !tt_text_clean_field (in->goods_description, _("Goods description"), 500, &t.goods, error) ||
      !tt_text_clean_field (in->reason, C_("receipt", "Reason"), 300, &t.reason, error) ||
      !tt_text_clean_field (in->earmark, _("Earmark"), 300, &t.earmark, error) ||
      !tt_text_clean_field (in->collected_by, _("Collected by"), 200, &t.collected_by, error) ||
      !tt_text_clean_note (in->note, _("Note"), 2000, &t.note, error))
    return 0;
  if (g_str_equal (method, "in_kind") && t.goods == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY,
                   _("A gift in kind needs a description of the goods."));
      return 0;
    }
  if (!g_str_equal (method, "transfer") && t.bank_ref != NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("A bank reference belongs to a transfer only."));
      return 0;
    }

  if (in->series != NULL)
    {
      series = tt_text_clean_optional (in->series, _("Receipt series"), 20, error);
      if (series == NULL)
        return 0;
      if (*series == '\0' || strpbrk (series, " /") != NULL)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The receipt series “%s” must be a short code without spaces."),
                       in->series);
          return 0;
        }
    }
  else
    series = g_strdup_printf ("%d", tt_date_year (date));

  if (!tt_db_begin (db, error))
    return 0;

  /* A donor typed in with the gift is created with it: both are written, or neither. */
  donor_id = in->donor_id;
  if (donor_id == 0 && in->new_donor != NULL && (donor_id = tt_donor_add (db, in->new_donor, error)) == 0)
    goto fail;
  donor = tt_db_prepare (db, "SELECT name, address, merged_into FROM donors WHERE id = ?", error);
  if (donor == NULL)
    goto fail;
  tt_bind_int (donor, 1, donor_id);
  if (sqlite3_step (donor) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no donor with number %lld."), (long long) donor_id);
      goto fail;
    }
  if (sqlite3_column_type (donor, 2) != SQLITE_NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Donor %lld was merged into donor %lld"
                     "; record the gift there."),
                   (long long) donor_id, (long long) sqlite3_column_int64 (donor, 2));
      goto fail;
    }
  payer_name = tt_column_dup (donor, 0);
  payer_address = tt_column_dup (donor, 1);

  if (in->batch_id > 0 && !check_batch_open (db, in->batch_id, error))
    goto fail;
  if (t.reason == NULL && (t.reason = campaign_reason (db, in->campaign_id, error)) == NULL)
    goto fail;
  if (t.bank_ref != NULL && !check_bank_ref (db, t.bank_ref, error))
    goto fail;

  number = tt_series_take (db, "receipt", series, in->series ? 0 : tt_date_year (date), &series_id, error);
  if (number <= 0)
    goto fail;

  insert = tt_db_prepare (db,
                          "INSERT INTO donations (uuid, series_id, number, received_on, donor_id, "
                          "payer_name, payer_address, campaign_id, amount, method, bank_ref, "
                          "goods_description, reason, earmark, collected_by, attachments, batch_id, "
                          "note, created_by) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, tt_actor())",
                          error);
  if (insert == NULL)
    goto fail;
  uuid = tt_new_uuid ();
  tt_bind_text (insert, 1, uuid);
  tt_bind_int (insert, 2, series_id);
  tt_bind_int (insert, 3, number);
  tt_bind_text (insert, 4, date);
  tt_bind_int (insert, 5, donor_id);
  tt_bind_text (insert, 6, payer_name);
  tt_bind_text (insert, 7, payer_address);
  tt_bind_opt_id (insert, 8, in->campaign_id);
  tt_bind_int (insert, 9, in->amount);
  tt_bind_text (insert, 10, method);
  tt_bind_text (insert, 11, t.bank_ref);
  tt_bind_text (insert, 12, t.goods);
  tt_bind_text (insert, 13, t.reason);
  tt_bind_text (insert, 14, t.earmark);
  tt_bind_text (insert, 15, t.collected_by);
  tt_bind_int (insert, 16, in->attachments);
  tt_bind_opt_id (insert, 17, in->batch_id);
  tt_bind_text (insert, 18, t.note);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (tt_db_get_handle (db));

  if (!tt_db_commit (db, error))
    return 0;
  if (out_receipt != NULL)
    *out_receipt = tt_receipt_format (series, number);
  return id;

fail:
  tt_db_rollback (db);
  return 0;
}

TtDonation *
tt_donation_get (TtDb    *db,
                 gint64   id,
                 GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT " DONATION_COLUMNS "WHERE d.id = ?", error);
  TtDonation *d;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no donation with number %lld."), (long long) id);
      return NULL;
    }
  d = g_new0 (TtDonation, 1);
  read_row (stmt, d);
  return d;
}

TtDonation *
tt_donation_find (TtDb        *db,
                  const char  *receipt,
                  GError     **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *series = NULL;
  gint64 number;
  TtDonation *d;

  if (!tt_receipt_parse (receipt, &series, &number, error))
    return NULL;
  stmt = tt_db_prepare (db,
                        "SELECT " DONATION_COLUMNS
                        "WHERE s.doc_kind = 'receipt' AND s.code = ?1 AND d.number = ?2",
                        error);
  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, series);
  tt_bind_int (stmt, 2, number);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no receipt %s."), receipt);
      return NULL;
    }
  d = g_new0 (TtDonation, 1);
  read_row (stmt, d);
  return d;
}

gboolean
tt_donation_void (TtDb        *db,
                  const char  *receipt,
                  const char  *reason,
                  GError     **error)
{
  g_autoptr(TtDonation) d = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *why = NULL;

  why = tt_text_clean_name (reason, _("The reason for voiding"), error);
  if (why == NULL)
    return FALSE;
  if (!tt_db_begin (db, error))
    return FALSE;

  d = tt_donation_find (db, receipt, error);
  if (d == NULL)
    goto fail;
  if (g_str_equal (d->status, "void"))
    {
      g_autofree char *when = d->voided_at ? g_strndup (d->voided_at, 10) : NULL;
      g_autofree char *shown = tt_date_display (when);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Receipt %s was already voided on %s: %s"), d->receipt, shown,
                   d->void_reason);
      goto fail;
    }

  stmt = tt_db_prepare (db,
                        "UPDATE donations SET status = 'void', void_reason = ?1, voided_by = tt_actor(), "
                        "voided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2 AND status = 'valid'",
                        error);
  if (stmt == NULL)
    goto fail;
  tt_bind_text (stmt, 1, why);
  tt_bind_int (stmt, 2, d->id);
  if (!tt_db_step_done (db, stmt, error))
    goto fail;
  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

gboolean
tt_donation_mark_printed (TtDb    *db,
                          gint64   id,
                          GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "UPDATE donations SET print_count = print_count + 1 WHERE id = ?",
                                          error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  return tt_db_step_done (db, stmt, error);
}

/* Hands each donation @stmt yields to @func until it says stop. */
static gboolean
each_donation (TtDb *db, sqlite3_stmt *stmt, TtDonationFunc func, gpointer user_data, GError **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TtDonation d = { 0 };
      gboolean go_on;

      read_row (stmt, &d);
      go_on = func (&d, user_data);
      donation_clear (&d);
      if (!go_on)
        return TRUE;
    }
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("listing donations"));
  return TRUE;
}

gboolean
tt_donation_foreach (TtDb           *db,
                     gint64          donor_id,
                     TtDonationFunc  func,
                     gpointer        user_data,
                     GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sql = donor_id > 0
    ? "SELECT " DONATION_COLUMNS "WHERE d.donor_id = ?1 ORDER BY d.received_on, s.code, d.number"
    : "SELECT " DONATION_COLUMNS "ORDER BY s.code, d.number";

  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("listing donations"));
  if (donor_id > 0)
    sqlite3_bind_int64 (stmt, 1, donor_id);

  return each_donation (db, stmt, func, user_data, error);
}

/* The donations journal (sổ thu, bảng kê): every receipt of a period in date and number order,
 * narrowed by method, campaign, collector or status (NULL or 0: any), void ones included unless
 * the status asks otherwise. */
gboolean
tt_donation_journal (TtDb                    *db,
                     const TtJournalFilter   *f,
                     TtDonationFunc           func,
                     gpointer                 user_data,
                     GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *method = f->method ? tt_donation_method_normalize (f->method) : NULL;

  if (f->method != NULL && method == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown payment method “%s”: use cash, transfer or in-kind."), f->method);
      return FALSE;
    }
  if (f->status != NULL && !g_str_equal (f->status, "valid") && !g_str_equal (f->status, "void"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown status “%s”: use valid or void."),
                   f->status);
      return FALSE;
    }
  if (sqlite3_prepare_v2 (tt_db_get_handle (db),
                          "SELECT " DONATION_COLUMNS "WHERE d.received_on >= ?1 AND d.received_on <= ?2 "
                          "AND (?3 IS NULL OR d.method = ?3) AND (?4 = 0 OR d.campaign_id = ?4) "
                          "AND (?5 IS NULL OR d.collected_by = ?5) AND (?6 IS NULL OR d.status = ?6) "
                          "ORDER BY d.received_on, s.code, d.number",
                          -1, &stmt, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("listing donations"));
  sqlite3_bind_text (stmt, 1, f->from ? f->from : "0000-01-01", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, f->to ? f->to : "9999-12-31", -1, SQLITE_STATIC);
  if (method != NULL)
    sqlite3_bind_text (stmt, 3, method, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, f->campaign_id);
  if (f->collected_by != NULL)
    sqlite3_bind_text (stmt, 5, f->collected_by, -1, SQLITE_STATIC);
  if (f->status != NULL)
    sqlite3_bind_text (stmt, 6, f->status, -1, SQLITE_STATIC);
  return each_donation (db, stmt, func, user_data, error);
}

/* The names receipts of the period (ISO, inclusive) were collected by, in order; a journal is
 * narrowed to one of them. */
GPtrArray *
tt_donation_collectors (TtDb        *db,
                        const char  *from,
                        const char  *to,
                        GError     **error)
{
  /* From one collector to the next through the index of those named (a seek each), keeping
   * those with a receipt in the period. */
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "WITH RECURSIVE c (who) AS ("
                                          "  SELECT min (collected_by) FROM donations WHERE collected_by IS NOT NULL "
                                          "  UNION ALL "
                                          "  SELECT (SELECT min (collected_by) FROM donations "
                                          "          WHERE collected_by IS NOT NULL AND collected_by > c.who) "
                                          "  FROM c WHERE c.who IS NOT NULL) "
                                          "SELECT who FROM c WHERE who IS NOT NULL AND EXISTS (SELECT 1 FROM donations "
                                          "  WHERE collected_by = c.who AND received_on BETWEEN ?1 AND ?2)",
                                          error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, from ? from : "0000-01-01");
  tt_bind_text (stmt, 2, to ? to : "9999-12-31");
  out = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, tt_column_dup (stmt, 0));
  return out;
}

/* The latest @n valid gifts, the newest first. */
GPtrArray *
tt_donation_latest (TtDb    *db,
                    int      n,
                    GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT " DONATION_COLUMNS "WHERE d.status = 'valid' "
                                              "ORDER BY d.id DESC LIMIT ?1", error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, n);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_donation_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtDonation *d = g_new0 (TtDonation, 1);
      read_row (stmt, d);
      g_ptr_array_add (out, d);
    }
  return out;
}
