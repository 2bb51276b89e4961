/* tt-cards.h — health-insurance cards (thẻ BHYT) bought for the members of poor households */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* Who paid for a card: fund, state, sponsor, household, other. */
extern const TtValueList tt_card_payers;

typedef struct
{
  gint64      household_id;
  gint64      member_id;     /* 0: the head of household */
  const char *card;          /* the card number as printed: 15 characters, or the 10-digit BHXH code */
  const char *from;          /* dates as typed */
  const char *to;
  const char *paid_by;
  gint64      amount;        /* đồng */
  gboolean    price_by_rule; /* amount: the household rule's price for the card */
  gint64      sponsor_id;    /* a donor, 0 for none */
  gint64      campaign_id;   /* 0 for none */
} TtCardInput;

typedef struct
{
  gint64  id;
  char   *card;
  gint64  household_id;
  char   *holder;            /* the member, or the head of household */
  char   *village;
  char   *from;              /* ISO */
  char   *to;
  char   *paid_by;
  gint64  amount;
} TtCard;

typedef struct
{
  int     expiring_within;   /* days from today; 0: every card */
  gint64  place_id;          /* a province, commune or village; 0: everywhere */
  gint64  campaign_id;       /* 0: any */
} TtCardFilter;

void       tt_card_free (TtCard             *card);
gint64     tt_card_add  (TtDb               *db,
                         const TtCardInput  *input,
                         GError            **error);
gboolean   tt_card_price (TtDb              *db,
                          gint64             household_id,
                          gint64             member_id,
                          const char        *from,
                          const char        *to,
                          gint64            *amount,
                          int               *position,
                          GError           **error);
GPtrArray *tt_card_list (TtDb               *db,
                         const TtCardFilter *filter,
                         GError            **error);

G_END_DECLS
