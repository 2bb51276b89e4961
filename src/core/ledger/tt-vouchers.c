/* tt-vouchers.c — payment vouchers (phiếu chi): every outflow of the fund, numbered gaplessly
 *
 * Vouchers are numbered per year in their own series ("PC2026-000012"), with the numbering that
 * receipts use, so two programs paying at once never share or skip a number. A voucher that would
 * take its book (cash or bank) below zero on its date or any later day is refused, naming the
 * balance, unless the clerk confirmed it. A wrong voucher is voided with its reason and keeps its
 * number; a reprint is marked as a copy.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-books.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-money.h"
#include "tt-series.h"
#include "tt-text.h"
#include "tt-vouchers.h"

static const TtValue purposes[] = {
  { "housing", N_("Housing"), "Nhà ở" }, { "gift", N_("Gift packages"), "Quà" },
  { "livelihood", N_("Livelihood model"), "Sinh kế" }, { "bhyt", N_("Health-insurance cards"), "Thẻ BHYT" },
  { "scholarship", N_("Scholarship"), "Học bổng" }, { "medical", N_("Medical aid"), "Hỗ trợ khám chữa bệnh" },
  { "disaster", N_("Disaster relief"), "Cứu trợ thiên tai" }, { "monthly", N_("Monthly help"), "Trợ cấp hằng tháng" },
  { "other", N_("Other"), "Khác" },
};

const TtValueList tt_voucher_purposes = TT_VALUE_LIST (purposes);

#define VOUCHER_COLUMNS                                                                           \
  "v.id, s.code, v.number, v.paid_on, v.payee_name, v.payee_address, v.household_id, "           \
  "v.campaign_id, c.name, v.amount, v.method, v.purpose, v.reason, v.attachments, v.status, "    \
  "v.void_reason, v.print_count, v.created_by "                                                  \
  "FROM payment_vouchers v JOIN doc_series s ON s.id = v.series_id "                             \
  "LEFT JOIN campaigns c ON c.id = v.campaign_id "

void
tt_voucher_free (TtVoucher *v)
{
  if (v == NULL)
    return;
  g_free (v->number);
  g_free (v->paid_on);
  g_free (v->payee_name);
  g_free (v->payee_address);
  g_free (v->campaign_name);
  g_free (v->method);
  g_free (v->purpose);
  g_free (v->reason);
  g_free (v->status);
  g_free (v->void_reason);
  g_free (v->created_by);
  g_free (v);
}

static TtVoucher *
read_voucher (TtStmt *stmt)
{
  TtVoucher *v = g_new0 (TtVoucher, 1);

  v->id = sqlite3_column_int64 (stmt, 0);
  v->number = tt_series_format ((const char *) sqlite3_column_text (stmt, 1), sqlite3_column_int64 (stmt, 2));
  v->paid_on = tt_column_dup (stmt, 3);
  v->payee_name = tt_column_dup (stmt, 4);
  v->payee_address = tt_column_dup (stmt, 5);
  v->household_id = sqlite3_column_int64 (stmt, 6);
  v->campaign_id = sqlite3_column_int64 (stmt, 7);
  v->campaign_name = tt_column_dup (stmt, 8);
  v->amount = sqlite3_column_int64 (stmt, 9);
  v->method = tt_column_dup (stmt, 10);
  v->purpose = tt_column_dup (stmt, 11);
  v->reason = tt_column_dup (stmt, 12);
  v->attachments = sqlite3_column_int (stmt, 13);
  v->status = tt_column_dup (stmt, 14);
  v->void_reason = tt_column_dup (stmt, 15);
  v->print_count = sqlite3_column_int (stmt, 16);
  v->created_by = tt_column_dup (stmt, 17);
  return v;
}

/* Refuses a payment that would leave its book below zero on its date or a later day. */
static gboolean
check_balance (TtDb *db, const char *method, const char *date, gint64 amount, GError **error)
{
  TtAccount account = tt_account_of_method (method);
  gint64 lowest = 0;
  char on[11];

  if (!tt_book_lowest_from (db, account, date, &lowest, on, error))
    return FALSE;
  if (lowest - amount < 0)
    {
      g_autofree char *balance = tt_money_format (lowest);
      g_autofree char *paid = tt_money_format (amount);
      g_autofree char *day = tt_date_display (on);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NEGATIVE,
                   account == TT_ACCOUNT_BANK
                   ? _("The bank book would fall below zero: its balance on %s is %s, less than the %s paid. "
                       "Pay it only when the money is there, or confirm it.")
                   : _("The cash book would fall below zero: its balance on %s is %s, less than the %s paid. "
                       "Pay it only when the money is there, or confirm it."),
                   day, balance, paid);
      return FALSE;
    }
  return TRUE;
}

/* Records a payment and gives it the next voucher number of its year; checked field by field,
 * all or nothing. */
gint64
tt_voucher_add (TtDb                 *db,
                const TtVoucherInput *in,
                char                **out_number,
                GError              **error)
{
  g_autofree char *payee = NULL;
  g_autofree char *address = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *code = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(TtStmt) insert = NULL;
  const char *method = in->method ? in->method : "cash";
  const char *purpose = in->purpose ? in->purpose : "other";
  gint64 series_id = 0, number, id;
  char date[11];

  if ((payee = tt_text_clean_name (in->payee_name, _("Payee"), error)) == NULL ||
      !tt_text_clean_field (in->payee_address, _("Address"), 300, &address, error) ||
      (reason = tt_text_clean_name (in->reason, _("Reason for payment"), error)) == NULL)
    return 0;
  if (in->amount <= 0 || in->amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Amount: it must be more than 0 đồng."));
      return 0;
    }
  if (in->paid_on == NULL)
    tt_date_today (date);
  else if (!tt_date_parse (in->paid_on, date, error))
    {
      g_prefix_error (error, _("Date paid: "));
      return 0;
    }
  if (!g_str_equal (method, "cash") && !g_str_equal (method, "transfer"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown payment method “%s”: use cash or transfer."),
                   method);
      return 0;
    }
  if (tt_values_index (&tt_voucher_purposes, purpose) < 0)
    {
      g_autofree char *known = tt_values_codes (&tt_voucher_purposes, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown purpose “%s”: use %s."), purpose, known);
      return 0;
    }
  if (in->attachments < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("The number of attachments cannot be negative."));
      return 0;
    }

  if (!tt_db_begin (db, error))
    return 0;
  if (!in->allow_negative && !check_balance (db, method, date, in->amount, error))
    goto fail;
  code = g_strdup_printf ("PC%d", tt_date_year (date));
  number = tt_series_take (db, "voucher", code, tt_date_year (date), &series_id, error);
  if (number <= 0)
    goto fail;
  insert = tt_db_prepare (db,
                          "INSERT INTO payment_vouchers (uuid, series_id, number, paid_on, payee_name, payee_address, "
                          "household_id, campaign_id, amount, method, purpose, reason, attachments, created_by) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, tt_actor())",
                          error);
  if (insert == NULL)
    goto fail;
  uuid = tt_new_uuid ();
  tt_bind_text (insert, 1, uuid);
  tt_bind_int (insert, 2, series_id);
  tt_bind_int (insert, 3, number);
  tt_bind_text (insert, 4, date);
  tt_bind_text (insert, 5, payee);
  tt_bind_text (insert, 6, address);
  tt_bind_opt_id (insert, 7, in->household_id);
  tt_bind_opt_id (insert, 8, in->campaign_id);
  tt_bind_int (insert, 9, in->amount);
  tt_bind_text (insert, 10, method);
  tt_bind_text (insert, 11, purpose);
  tt_bind_text (insert, 12, reason);
  tt_bind_int (insert, 13, in->attachments);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
  if (!tt_db_commit (db, error))
    return 0;
  if (out_number != NULL)
    *out_number = tt_series_format (code, number);
  return id;

fail:
  tt_db_rollback (db);
  return 0;
}

/* The voucher with the number shown on it (PC2026-000012). */
TtVoucher *
tt_voucher_find (TtDb        *db,
                 const char  *number,
                 GError     **error)
{
  g_autofree char *code = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  gint64 n = 0;

  if (!tt_series_parse (number, &code, &n))
    {
      g_autofree char *quoted = tt_text_quote_short (number);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("“%s” is not a voucher number (like PC2026-000012)."), quoted);
      return NULL;
    }
  stmt = tt_db_prepare (db, "SELECT " VOUCHER_COLUMNS "WHERE s.doc_kind = 'voucher' AND s.code = ?1 AND v.number = ?2",
                        error);
  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, code);
  tt_bind_int (stmt, 2, n);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_autofree char *quoted = tt_text_quote_short (number);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no payment voucher %s."), quoted);
      return NULL;
    }
  return read_voucher (stmt);
}

/* Voids a voucher with its reason: it keeps its number and its place in the book, at zero. */
gboolean
tt_voucher_void (TtDb        *db,
                 const char  *number,
                 const char  *reason,
                 GError     **error)
{
  g_autoptr(TtVoucher) v = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *why = tt_text_clean_name (reason, _("The reason for voiding"), error);

  if (why == NULL || !tt_db_begin (db, error))
    return FALSE;
  if ((v = tt_voucher_find (db, number, error)) == NULL)
    goto fail;
  if (g_str_equal (v->status, "void"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE, _("Payment voucher %s was already voided: %s"),
                   v->number, v->void_reason);
      goto fail;
    }
  stmt = tt_db_prepare (db,
                        "UPDATE payment_vouchers SET status = 'void', void_reason = ?1, voided_by = tt_actor(), "
                        "voided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2 AND status = 'valid'",
                        error);
  if (stmt == NULL)
    goto fail;
  tt_bind_text (stmt, 1, why);
  tt_bind_int (stmt, 2, v->id);
  if (!tt_db_step_done (db, stmt, error))
    goto fail;
  return tt_db_commit (db, error);

fail:
  tt_db_rollback (db);
  return FALSE;
}

gboolean
tt_voucher_mark_printed (TtDb    *db,
                         gint64   id,
                         GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "UPDATE payment_vouchers SET print_count = print_count + 1 WHERE id = ?",
                                          error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  return tt_db_step_done (db, stmt, error);
}

static GPtrArray *
read_vouchers (TtDb *db, TtStmt *stmt, GError **error)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_voucher_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, read_voucher (stmt));
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (out);
      tt_db_set_error (db, error, _("listing payment vouchers"));
      return NULL;
    }
  return out;
}

/* The vouchers paid from @from to @to (ISO, inclusive; NULL for no bound), by date and number. */
GPtrArray *
tt_voucher_list (TtDb        *db,
                 const char  *from,
                 const char  *to,
                 GError     **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT " VOUCHER_COLUMNS "WHERE (?1 IS NULL OR v.paid_on >= ?1) "
                                          "AND (?2 IS NULL OR v.paid_on <= ?2) ORDER BY v.paid_on, s.code, v.number",
                                          error);

  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, from);
  tt_bind_text (stmt, 2, to);
  return read_vouchers (db, stmt, error);
}

/* The vouchers that hold every word of @query (folded: without accents, any case) in their number,
 * payee or reason, newest first, at most @limit of them; with an empty @query the @limit latest.
 * Reading stops once @limit are found. */
GPtrArray *
tt_voucher_search (TtDb        *db,
                   const char  *query,
                   guint        limit,
                   GError     **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT " VOUCHER_COLUMNS "ORDER BY v.paid_on DESC, s.code DESC, "
                                          "v.number DESC",
                                          error);
  g_autofree char *folded_query = tt_text_fold (query != NULL ? query : "");
  g_auto(GStrv) words = g_strsplit_set (folded_query, " \t", -1);
  GPtrArray *out;
  int rc = SQLITE_DONE;

  if (stmt == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_voucher_free);
  while (out->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *number = tt_series_format ((const char *) sqlite3_column_text (stmt, 1),
                                                  sqlite3_column_int64 (stmt, 2));
      g_autofree char *haystack = g_strdup_printf ("%s %s %s", number, sqlite3_column_text (stmt, 4),
                                                   sqlite3_column_text (stmt, 12));
      g_autofree char *folded = tt_text_fold (haystack);
      gboolean all = TRUE;

      for (int i = 0; all && words[i] != NULL; i++)
        all = *words[i] == '\0' || strstr (folded, words[i]) != NULL;
      if (all)
        g_ptr_array_add (out, read_voucher (stmt));
    }
  if (out->len < limit && rc != SQLITE_DONE)
    {
      g_ptr_array_unref (out);
      tt_db_set_error (db, error, _("listing payment vouchers"));
      return NULL;
    }
  return out;
}
