/* tt-office.h — office settings: name, signatories, bank account, styles */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* The office's level (commune, province, central) and the paper sizes it prints on. */
extern const TtValueList tt_office_levels;
extern const TtValueList tt_paper_sizes;

typedef struct
{
  const char *key;
  const char *label;
} TtOfficeKey;

/* The most members the health-insurance shares name; members after the last pay its share. */
#define TT_OFFICE_MAX_SHARES 10

int                tt_office_parse_shares (const char *text,
                                           int         shares[TT_OFFICE_MAX_SHARES]);
const TtOfficeKey *tt_office_keys       (gsize       *n_keys);
gboolean           tt_office_init       (TtDb        *db,
                                         const char  *name,
                                         GError     **error);
gboolean           tt_office_setup      (TtDb        *db,
                                         const char  *name,
                                         const char *const *settings,
                                         GError     **error);
gboolean           tt_office_set        (TtDb        *db,
                                         const char  *key,
                                         const char  *value,
                                         GError     **error);
char              *tt_office_get        (TtDb        *db,
                                         const char  *key);

typedef struct
{
  gint64 donors;      /* not merged away */
  gint64 receipts;    /* valid */
  gint64 received;    /* đồng on valid receipts */
} TtOfficeSummary;

void               tt_office_summary    (TtDb            *db,
                                         TtOfficeSummary *out);

char              *tt_office_amount_words (TtDb        *db,
                                          gint64       amount);

G_END_DECLS
