/* tt-donations.h — donations and their receipts: gapless numbers, voiding */
#pragma once

#include "tt-db.h"
#include "tt-donors.h"
#include "tt-values.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      donor_id;
  const TtDonorInput *new_donor;  /* with donor_id 0: a donor created with the gift */
  gint64      amount;             /* đồng, > 0 */
  const char *received_on;        /* ISO; NULL for today */
  const char *method;             /* cash, transfer, in_kind (or in-kind); NULL for cash */
  gint64      campaign_id;        /* 0 for none */
  const char *bank_ref;           /* transfers */
  const char *goods_description;  /* in kind */
  const char *reason;             /* NULL: from the campaign */
  const char *earmark;
  const char *collected_by;
  const char *note;
  int         attachments;
  gint64      batch_id;
  const char *series;             /* NULL: the series of the receipt date's year */
} TtDonationInput;

typedef struct
{
  gint64  id;
  char   *receipt;        /* as shown, e.g. 2026-000123 */
  char   *series;
  gint64  number;
  char   *received_on;
  gint64  donor_id;
  char   *payer_name;
  char   *payer_address;
  gint64  campaign_id;
  char   *campaign_name;
  gint64  amount;
  char   *method;
  char   *bank_ref;
  char   *goods_description;
  char   *reason;
  char   *earmark;
  char   *collected_by;
  char   *note;
  int     attachments;
  char   *status;
  char   *void_reason;
  char   *voided_at;
  int     print_count;
  char   *created_by;
} TtDonation;

void        tt_donation_free        (TtDonation            *donation);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtDonation, tt_donation_free)

typedef gboolean (*TtDonationFunc) (const TtDonation *donation, gpointer user_data);

typedef struct
{
  const char *from;          /* ISO, inclusive; NULL: from the start */
  const char *to;
  const char *method;        /* cash, transfer, in_kind; NULL: any */
  gint64      campaign_id;   /* 0: any */
  const char *collected_by;  /* NULL: anyone */
  const char *status;        /* valid, void; NULL: both */
} TtJournalFilter;

/* How a gift was made: cash, bank transfer, in kind. */
extern const TtValueList tt_payment_methods;

const char *tt_donation_method_normalize (const char       *method);
const char *tt_donation_method_printed   (const char       *method);
char       *tt_receipt_format       (const char            *series,
                                     gint64                 number);
gboolean    tt_receipt_parse        (const char            *text,
                                     char                 **out_series,
                                     gint64                *out_number,
                                     GError               **error);
gint64      tt_donation_add         (TtDb                  *db,
                                     const TtDonationInput *input,
                                     char                 **out_receipt,
                                     GError               **error);
TtDonation *tt_donation_get         (TtDb                  *db,
                                     gint64                 id,
                                     GError               **error);
TtDonation *tt_donation_find        (TtDb                  *db,
                                     const char            *receipt,
                                     GError               **error);
gboolean    tt_donation_void        (TtDb                  *db,
                                     const char            *receipt,
                                     const char            *reason,
                                     GError               **error);
gboolean    tt_donation_mark_printed (TtDb                 *db,
                                     gint64                 id,
                                     GError               **error);
gboolean    tt_donation_journal     (TtDb                  *db,
                                     const TtJournalFilter *filter,
                                     TtDonationFunc         func,
                                     gpointer               user_data,
                                     GError               **error);
GPtrArray  *tt_donation_latest      (TtDb                  *db,
                                     int                    n,
                                     GError               **error);
GPtrArray  *tt_donation_collectors  (TtDb                  *db,
                                     const char            *from,
                                     const char            *to,
                                     GError               **error);
gboolean    tt_donation_foreach     (TtDb                  *db,
                                     gint64                 donor_id,
                                     TtDonationFunc         func,
                                     gpointer               user_data,
                                     GError               **error);

G_END_DECLS
