/* tt-receipt-doc.c — everything a printed receipt shows, gathered from the office file
 *
 * Printed documents are Vietnamese whatever the UI language. A receipt that was printed
 * before is a copy ("BẢN SAO").
 */
#include "config.h"

#include <stdio.h>

#include "tt-date.h"
#include "tt-donations.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-receipt-doc.h"
#include "tt-vietqr.h"

void
tt_receipt_doc_free (TtReceiptDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->office);
  g_free (doc->parent);
  g_free (doc->office_address);
  g_free (doc->book);
  g_free (doc->number);
  g_free (doc->receipt);
  g_free (doc->date_words);
  g_free (doc->payer);
  g_free (doc->payer_address);
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
  g_free (doc);
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
  g_autofree char *style_text = NULL;
  TtWordsStyle style = TT_WORDS_DEFAULT;
  TtReceiptDoc *doc;
  int y = 0, m = 0, day = 0;

  if (d == NULL)
    return NULL;
  style_text = tt_office_get (db, "words-style");
  if (style_text != NULL)
    tt_words_style_parse (style_text, &style, NULL);

  doc = g_new0 (TtReceiptDoc, 1);
  doc->donation_id = d->id;
  doc->office = tt_office_get (db, "name");
  doc->parent = tt_office_get (db, "parent");
  doc->office_address = tt_office_get (db, "address");
  doc->book = g_strdup (d->series);
  doc->number = g_strdup_printf ("%06" G_GINT64_FORMAT, d->number);
  doc->receipt = g_strdup (d->receipt);
  sscanf (d->received_on, "%d-%d-%d", &y, &m, &day);
  doc->date_words = g_strdup_printf ("Ngày %02d tháng %02d năm %d", day, m, y);
  doc->payer = g_strdup (d->payer_name);
  doc->payer_address = g_strdup (d->payer_address ? d->payer_address : "");
  doc->reason = g_strdup (d->reason ? d->reason : "");
  doc->amount = tt_money_format (d->amount);
  doc->amount_words = tt_money_words (d->amount, style, NULL);
  doc->method = method_text (d);
  doc->attachments = d->attachments;
  doc->head = tt_office_get (db, "head");
  doc->accountant = tt_office_get (db, "accountant");
  doc->cashier = tt_office_get (db, "cashier");
  doc->clerk = tt_office_get (db, "clerk");
  doc->paper = tt_office_get (db, "receipt-paper");
  doc->is_void = g_str_equal (d->status, "void");
  doc->void_reason = g_strdup (d->void_reason);
  doc->is_copy = force_copy || d->print_count > 0;

  /* A certificate of thanks may carry the office's VietQR code for further gifts. */
  doc->qr_payload = tt_vietqr_for_office (db, 0, "UNG HO QUY VI NGUOI NGHEO", NULL);
  if (doc->qr_payload != NULL)
    {
      g_autofree char *bank = tt_office_get (db, "bank-name");
      g_autofree char *account = tt_office_get (db, "bank-account");
      doc->bank_line = bank ? g_strdup_printf ("%s — STK %s", bank, account)
                            : g_strdup_printf ("STK %s", account);
    }
  return doc;
}
