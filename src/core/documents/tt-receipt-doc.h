/* tt-receipt-doc.h — everything a printed receipt or payment voucher shows, gathered from the
 * office file */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean is_voucher;      /* a payment voucher (phiếu chi, C41-BB), else a receipt (C40-BB) */
  char    *form_line;       /* the circular the form follows, by the document's date */
  gint64   donation_id;     /* or the voucher's id */
  char    *office;
  char    *fund;            /* Quỹ "Vì người nghèo", or the office's campaign */
  char    *board;           /* who thanks: "Ban vận động Quỹ …" or the office */
  char    *parent;
  char    *office_address;
  char    *book;            /* series code */
  char    *number;          /* zero-padded */
  char    *receipt;         /* series-number */
  char    *date_words;      /* "Ngày 20 tháng 10 năm 2026" */
  char    *payer;
  char    *payer_address;
  char    *payer_tax_code;  /* a business donor's, on its confirmation */
  char    *reason;
  char    *amount;          /* "1.500.000 đ" */
  char    *amount_words;
  char    *method;          /* Vietnamese description of how it was paid */
  int      attachments;
  char    *head;
  char    *accountant;
  char    *cashier;
  char    *clerk;
  char    *paper;           /* A4 or A5 */
  gboolean is_void;
  char    *void_reason;
  gboolean is_copy;
  char    *qr_payload;      /* VietQR for further gifts, when the office has a bank account */
  char    *bank_line;       /* "Vietcombank — STK 0123456789" */
} TtReceiptDoc;

void          tt_receipt_doc_free (TtReceiptDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtReceiptDoc, tt_receipt_doc_free)

TtReceiptDoc *tt_receipt_doc_load (TtDb         *db,
                                   const char   *receipt,
                                   gboolean      force_copy,
                                   GError      **error);

TtReceiptDoc *tt_voucher_doc_load (TtDb         *db,
                                   const char   *number,
                                   gboolean      force_copy,
                                   GError      **error);

TtReceiptDoc *tt_confirmation_doc_load (TtDb      *db,
                                        const char *receipt,
                                        GError    **error);

TtReceiptDoc *tt_certificate_doc_load (TtDb      *db,
                                       const char *receipt,
                                       GError    **error);

G_END_DECLS
