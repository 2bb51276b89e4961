/* tt-donors.h — donors: add, edit, search, merge */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* The digits of a donor's phone, as the index donors_phone_digits (schema 6) holds them. */
#define TT_DONOR_PHONE_DIGITS(col)                                                              \
  "nullif(replace(replace(replace(replace(replace(replace(" col ", ' ', ''), '.', ''), '-', ''), " \
  "'(', ''), ')', ''), '+', ''), '')"

typedef struct
{
  const char *kind;      /* person, business, agency, organization, group, unit, anonymous */
  const char *name;
  const char *phone;
  const char *email;
  const char *address;
  const char *tax_code;
  const char *note;
} TtDonorInput;

typedef struct
{
  gint64  id;
  char   *uuid;
  char   *kind;
  char   *name;
  char   *phone;
  char   *email;
  char   *address;
  char   *tax_code;
  char   *note;
  gint64  merged_into;
  gint64  total;          /* valid donations, đồng */
  gint64  gift_count;
  char   *last_gift;      /* ISO date or NULL */
} TtDonor;

typedef enum {
  TT_DONOR_SORT_NAME,
  TT_DONOR_SORT_TOTAL,
  TT_DONOR_SORT_LAST_GIFT,
} TtDonorSort;

void        tt_donor_free        (TtDonor            *donor);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtDonor, tt_donor_free)

extern const TtValueList tt_donor_kinds;

gboolean    tt_donor_kind_valid  (const char         *kind);
const char *tt_donor_kind_label  (const char         *kind);
const char *tt_donor_kind_nth    (guint               i);
gint64      tt_donor_add         (TtDb               *db,
                                  const TtDonorInput *input,
                                  GError            **error);
gboolean    tt_donor_update      (TtDb               *db,
                                  gint64              id,
                                  const TtDonorInput *input,
                                  GError            **error);
TtDonor    *tt_donor_get         (TtDb               *db,
                                  gint64              id,
                                  GError            **error);
GPtrArray  *tt_donor_search      (TtDb               *db,
                                  const char         *query,
                                  int                 limit,
                                  GError            **error);
gboolean    tt_donor_merge       (TtDb               *db,
                                  gint64              keep_id,
                                  gint64              duplicate_id,
                                  GError            **error);
GArray     *tt_donor_ids         (TtDb               *db,
                                  const char         *query,
                                  TtDonorSort         sort,
                                  GError            **error);
GPtrArray  *tt_donor_merged_from (TtDb               *db,
                                  gint64              id,
                                  GError            **error);
GPtrArray  *tt_donor_twins       (TtDb               *db,
                                  const TtDonorInput *input,
                                  GError            **error);
gboolean    tt_donor_exists      (TtDb               *db,
                                  gint64              id,
                                  GError            **error);

G_END_DECLS
