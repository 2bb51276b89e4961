/* tt-livelihood.h — livelihood models (mô hình sinh kế), revolving ones passed from household to
 * household */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

extern const TtValueList tt_livelihood_kinds;
extern const TtValueList tt_livelihood_outcomes;

typedef struct
{
  gint64      household_id;  /* the first holder */
  const char *kind;
  gint64      value;         /* đồng */
  const char *description;   /* NULL: the kind's name */
  const char *date;          /* as typed; NULL for today */
  gint64      campaign_id;
  gint64      sponsor_id;    /* a donor */
  const char *unit;          /* the member organisation or unit that mobilised it */
  gboolean    revolving;
  const char *conditions;    /* for a revolving model: what passes on, and when */
  gboolean    pay;           /* the fund pays it: a payment voucher to the household */
  gboolean    allow_negative; /* the clerk confirmed paying beyond the book's balance */
} TtLivelihoodInput;

typedef struct
{
  char    on[11];
  gint64  household_id;
  char   *head_name;
  char   *village;
  char   *what;
  gboolean holding;          /* the current holder */
} TtLivelihoodHolder;

typedef struct
{
  gint64     id;
  char      *kind;
  char      *description;
  gint64     value;
  gboolean   revolving;
  char      *conditions;
  gint64     campaign_id;
  gint64     sponsor_id;
  char      *unit;
  char      *outcome;
  char      *outcome_on;
  GPtrArray *chain;          /* TtLivelihoodHolder, in order */
} TtLivelihood;

void          tt_livelihood_free    (TtLivelihood            *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtLivelihood, tt_livelihood_free)

gint64        tt_livelihood_add     (TtDb                    *db,
                                     const TtLivelihoodInput *input,
                                     char                   **out_voucher,
                                     GError                 **error);
gboolean      tt_livelihood_pass    (TtDb                    *db,
                                     gint64                   model_id,
                                     gint64                   to_household,
                                     const char              *date,
                                     const char              *what,
                                     GError                 **error);
gboolean      tt_livelihood_outcome (TtDb                    *db,
                                     gint64                   model_id,
                                     const char              *outcome,
                                     const char              *date,
                                     const char              *note,
                                     GError                 **error);
TtLivelihood *tt_livelihood_get     (TtDb                    *db,
                                     gint64                   model_id,
                                     GError                 **error);
/* Every model the filter keeps; each line: the model, its current holder and how many
 * households it reached. */
typedef struct
{
  gint64      campaign_id;
  gint64      place_id;      /* the current holder's province, commune or village */
  const char *kind;
  gint64      household_id;  /* held now by this household; 0: any */
} TtLivelihoodFilter;

typedef struct
{
  gint64  id;
  char   *kind;
  char   *holder;
  char   *village;
  gint64  value;
  int     reached;
  gboolean revolving;
  char   *description;
} TtLivelihoodRow;

void          tt_livelihood_row_free (TtLivelihoodRow        *row);
GPtrArray    *tt_livelihood_list    (TtDb                    *db,
                                     const TtLivelihoodFilter *filter,
                                     GError                 **error);

G_END_DECLS
