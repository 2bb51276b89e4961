/* tt-support.h — the support each household had, and the check against double support */
#pragma once

#include "tt-db.h"
#include "tt-gifts.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* Kinds of support a household may have: gift, housing, livelihood, bhyt… */
extern const TtValueList tt_support_kinds;

typedef struct
{
  char   *given_on;      /* ISO */
  char   *kind;
  char   *programme;
  char   *campaign;      /* its name, or NULL */
  gint64  amount;        /* đồng, 0 for goods only */
  char   *goods;
} TtSupportEvent;

/* Support given in a period, of one kind or (kind NULL) of every kind together. */
typedef struct
{
  char   *kind;
  gint64  given;         /* things given: a model once, however many households it reaches */
  gint64  households;    /* households reached */
  gint64  value;         /* đồng, each value counted once */
} TtSupportTotal;

void        tt_support_total_free  (TtSupportTotal *total);
GPtrArray  *tt_support_totals      (TtDb          *db,
                                    const char    *from,
                                    const char    *to,
                                    gint64         campaign_id,
                                    GError       **error);
void        tt_support_event_free  (TtSupportEvent *event);
GPtrArray  *tt_support_of_household (TtDb         *db,
                                    gint64         household_id,
                                    GError       **error);

GPtrArray  *tt_support_conflicts   (TtDb          *db,
                                    gint64         household_id,
                                    const char    *kind,
                                    gint64         campaign_id,
                                    GError       **error);
/* A household of a gift list with support the table of allowed combinations does not allow with
 * a gift: @conflicts holds one line of text each. */
typedef void (*TtGiftConflictFunc)  (const TtGiftEntry *entry,
                                    GPtrArray         *conflicts,
                                    gpointer           data);
gboolean    tt_gift_list_conflicts (TtDb               *db,
                                    gint64              list_id,
                                    guint               limit,
                                    TtGiftConflictFunc  func,
                                    gpointer            data,
                                    GError            **error);
GPtrArray  *tt_support_conflicts_on (TtDb         *db,
                                    gint64         household_id,
                                    const char    *kind,
                                    const char    *date,
                                    gint64         campaign_id,
                                    GError       **error);
gint64      tt_support_add         (TtDb          *db,
                                    gint64         household_id,
                                    const char    *kind,
                                    const char    *programme,
                                    const char    *date,
                                    gint64         amount,
                                    GError       **error);
gboolean    tt_support_allow       (TtDb          *db,
                                    const char    *kind_a,
                                    const char    *kind_b,
                                    gboolean       allowed,
                                    GError       **error);
GPtrArray  *tt_support_combinations (TtDb         *db,
                                    GError       **error);
const char *tt_support_kind_label  (const char    *kind);

G_END_DECLS
