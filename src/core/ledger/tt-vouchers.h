/* tt-vouchers.h — payment vouchers (phiếu chi): every outflow of the fund, numbered gaplessly */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* What a payment is for: housing, gift, livelihood, bhyt, scholarship, medical, disaster,
 * monthly, other. */
extern const TtValueList tt_voucher_purposes;

typedef struct
{
  const char *payee_name;
  const char *payee_address;
  gint64      amount;          /* đồng, > 0 */
  const char *paid_on;         /* as typed, NULL for today */
  const char *method;          /* cash (default) or transfer */
  const char *purpose;         /* NULL: other */
  const char *reason;
  gint64      campaign_id;     /* 0 for none */
  gint64      household_id;    /* 0 for none */
  int         attachments;
  gboolean    allow_negative;  /* the clerk confirmed a balance below zero */
} TtVoucherInput;

typedef struct
{
  gint64  id;
  char   *number;            /* as shown, e.g. PC2026-000012 */
  char   *paid_on;
  char   *payee_name;
  char   *payee_address;
  gint64  household_id;
  gint64  campaign_id;
  char   *campaign_name;
  gint64  amount;
  char   *method;
  char   *purpose;
  char   *reason;
  int     attachments;
  char   *status;
  char   *void_reason;
  int     print_count;
  char   *created_by;
} TtVoucher;

void        tt_voucher_free  (TtVoucher            *voucher);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtVoucher, tt_voucher_free)

gint64      tt_voucher_add   (TtDb                 *db,
                              const TtVoucherInput *input,
                              char                **out_number,
                              GError              **error);
TtVoucher  *tt_voucher_find  (TtDb                 *db,
                              const char           *number,
                              GError              **error);
gboolean    tt_voucher_void  (TtDb                 *db,
                              const char           *number,
                              const char           *reason,
                              GError              **error);
gboolean    tt_voucher_mark_printed (TtDb          *db,
                                     gint64         id,
                                     GError       **error);
GPtrArray  *tt_voucher_list  (TtDb                 *db,
                              const char           *from,
                              const char           *to,
                              GError              **error);
GPtrArray  *tt_voucher_search (TtDb                *db,
                               const char          *query,
                               guint                limit,
                               GError             **error);

G_END_DECLS
