/* tt-receipt-doc.c — everything a printed receipt shows, gathered from the office file
 *
 * Printed documents are Vietnamese whatever the UI language. A receipt that was printed
 * before is a copy ("BẢN SAO").
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdio.h>
#include <string.h>

#include "tt-date.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-money.h"
#include "tt-office-profile.h"
#include "tt-receipt-doc.h"
#include "tt-vouchers.h"
#include "tt-vietqr.h"

void
tt_receipt_doc_free (TtReceiptDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->office);
  g_free (doc->fund);
  g_free (doc->board);
  g_free (doc->parent);
  g_free (doc->office_address);
  g_free (doc->book);
  g_free (doc->number);
  g_free (doc->receipt);
  g_free (doc->date_words);
  g_free (doc->payer);
  g_free (doc->payer_address);
  g_free (doc->payer_tax_code);
  g_free (doc->reason);
  g_free (doc->amount);
  g_free (doc->amount_words);
  g_free (doc->method);
  g_free (doc->head);
  g_free (doc->accountant);
  g_free (doc->cashier);
  g_free (doc->clerk);
  g_free (doc->paper);
  g_free (doc->void_reason);
  g_free (doc->qr_payload);
  g_free (doc->bank_line);
  g_free (doc->form_line);
  g_free (doc);
}

/* The circular the cash forms follow on @date: TT 107/2017/TT-BTC until the end of 2024, TT
 * 24/2024/TT-BTC from 1/1/2025; the office can set its own line ("form-circular"). */
static char *
form_line (TtDb *db, const char *date)
{
  g_autofree char *own = tt_db_get_setting (db, "form-circular");

  if (own != NULL && *own != '\0')
    return g_strdup_printf ("(%s)", own);
  if (g_strcmp0 (date, "2025-01-01") < 0)
    return g_strdup ("(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)");
  return g_strdup ("(Ban hành kèm theo Thông tư số 24/2024/TT-BTC ngày 17/4/2024 của Bộ Tài chính)");
}

/* The office's part of a printed cash document: who issues it, its signatories and paper. */
static TtReceiptDoc *
doc_for_office (TtDb *db, const TtOfficeProfile *office, const char *date)
{
  TtReceiptDoc *doc = g_new0 (TtReceiptDoc, 1);
  int y = 0, m = 0, day = 0;

  doc->office = g_strdup (office->name);
  doc->fund = g_strdup (office->fund);
  doc->board = g_strdup (office->board);
  doc->parent = g_strdup (office->parent);
  doc->office_address = g_strdup (office->address);
  sscanf (date, "%d-%d-%d", &y, &m, &day);
  doc->date_words = g_strdup_printf ("Ngày %02d tháng %02d năm %d", day, m, y);
  doc->head = g_strdup (office->head);
  doc->accountant = g_strdup (office->accountant);
  doc->cashier = g_strdup (office->cashier);
  doc->clerk = g_strdup (office->clerk);
  doc->paper = g_strdup (office->paper);
  doc->form_line = form_line (db, date);
  return doc;
}

static char *
method_text (const TtDonation *d)
{
  const char *how = tt_donation_method_printed (d->method);

  if (g_str_equal (d->method, "transfer") && d->bank_ref)
    return g_strdup_printf ("%s (mã giao dịch %s)", how, d->bank_ref);
  if (g_str_equal (d->method, "in_kind"))
    return g_strdup_printf ("%s: %s (quy ra tiền)", how, d->goods_description);
  return g_strdup (how);
}

TtReceiptDoc *
tt_receipt_doc_load (TtDb        *db,
                     const char  *receipt,
                     gboolean     force_copy,
                     GError     **error)
{
  g_autoptr(TtDonation) d = tt_donation_find (db, receipt, error);
  g_autoptr(TtOfficeProfile) office = NULL;
  g_autofree char *purpose = NULL;
  TtReceiptDoc *doc;

  if (d == NULL)
    return NULL;
  office = tt_office_profile_load (db);

  doc = doc_for_office (db, office, d->received_on);
  doc->donation_id = d->id;
  doc->book = g_strdup (d->series);
  doc->number = g_strdup_printf ("%06" G_GINT64_FORMAT, d->number);
  doc->receipt = g_strdup (d->receipt);
  doc->payer = g_strdup (d->payer_name);
  doc->payer_address = g_strdup (d->payer_address ? d->payer_address : "");
  doc->reason = g_strdup (d->reason ? d->reason : "");
  doc->amount = tt_money_format (d->amount);
  doc->amount_words = tt_office_profile_words (office, d->amount);
  doc->method = method_text (d);
  doc->attachments = d->attachments;
  doc->is_void = g_str_equal (d->status, "void");
  doc->void_reason = g_strdup (d->void_reason);
  doc->is_copy = force_copy || d->print_count > 0;

  /* A certificate of thanks may carry the office's VietQR code for further gifts. */
  purpose = tt_office_profile_purpose (office);
  doc->qr_payload = tt_vietqr_for_office (db, 0, purpose, NULL);
  if (doc->qr_payload != NULL)
    doc->bank_line = office->bank_name ? g_strdup_printf ("%s — STK %s", office->bank_name, office->bank_account)
                                       : g_strdup_printf ("STK %s", office->bank_account);
  return doc;
}

/* What a certificate of thanks shows: the receipt's gift. A void receipt gets none. */
TtReceiptDoc *
tt_certificate_doc_load (TtDb        *db,
                         const char  *receipt,
                         GError     **error)
{
  g_autoptr(TtReceiptDoc) doc = tt_receipt_doc_load (db, receipt, FALSE, error);

  if (doc == NULL)
    return NULL;
  if (doc->is_void)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Receipt %s is void: a void receipt gets no certificate of thanks."), doc->receipt);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

/* What a printed payment voucher (phiếu chi, mẫu C41-BB) shows. */
TtReceiptDoc *
tt_voucher_doc_load (TtDb        *db,
                     const char  *number,
                     gboolean     force_copy,
                     GError     **error)
{
  g_autoptr(TtVoucher) v = tt_voucher_find (db, number, error);
  g_autoptr(TtOfficeProfile) office = NULL;
  TtReceiptDoc *doc;
  const char *dash;

  if (v == NULL)
    return NULL;
  office = tt_office_profile_load (db);
  doc = doc_for_office (db, office, v->paid_on);
  doc->is_voucher = TRUE;
  doc->donation_id = v->id;
  dash = strrchr (v->number, '-');
  doc->book = g_strndup (v->number, dash - v->number);
  doc->number = g_strdup (dash + 1);
  doc->receipt = g_strdup (v->number);
  doc->payer = g_strdup (v->payee_name);
  doc->payer_address = g_strdup (v->payee_address ? v->payee_address : "");
  doc->reason = g_strdup (v->reason);
  doc->amount = tt_money_format (v->amount);
  doc->amount_words = tt_office_profile_words (office, v->amount);
  doc->method = g_strdup (g_str_equal (v->method, "transfer") ? "Chuyển khoản" : "Tiền mặt");
  doc->attachments = v->attachments;
  doc->is_void = g_str_equal (v->status, "void");
  doc->void_reason = g_strdup (v->void_reason);
  doc->is_copy = force_copy || v->print_count > 0;
  return doc;
}

/* What a sponsor's confirmation (biên bản xác nhận khoản tài trợ) shows: the receipt's gift and
 * the sponsor's tax code. A void receipt confirms nothing. */
TtReceiptDoc *
tt_confirmation_doc_load (TtDb        *db,
                          const char  *receipt,
                          GError     **error)
{
  g_autoptr(TtReceiptDoc) doc = tt_certificate_doc_load (db, receipt, error);
  g_autoptr(TtDonation) d = NULL;
  g_autoptr(TtDonor) donor = NULL;

  if (doc == NULL || (d = tt_donation_find (db, receipt, error)) == NULL)
    return NULL;
  donor = tt_donor_get (db, d->donor_id, NULL);
  doc->payer_tax_code = donor != NULL ? g_strdup (donor->tax_code) : NULL;
  return g_steal_pointer (&doc);
}
