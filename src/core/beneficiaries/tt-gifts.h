/* tt-gifts.h — Tết gift packages, distribution lists, coverage and the cross-programme check */
#pragma once

#include "tt-db.h"
#include "tt-record-row.h"
#include "tt-values.h"
#include "tt-households.h"

G_BEGIN_DECLS

/* Delivery statuses of a list entry: pending, delivered, absent, refused. */
extern const TtValueList tt_gift_statuses;

typedef struct
{
  gint64  id;
  gint64  campaign_id;
  char   *name;
  gint64  cash_value;
  gint64  goods_value;
  char   *contents;
} TtGiftPackage;

typedef struct
{
  gint64  id;
  gint64  campaign_id;
  char   *campaign_name;
  gint64  package_id;
  char   *package_name;
  gint64  package_value;     /* cash + goods of one package */
  char   *name;
  gint64  place_id;
  char   *place_name;
  char   *criteria;
  int     year;
  char   *created_at;
  gint64  households;
  gint64  delivered;
} TtGiftList;

typedef struct
{
  gint64  id;
  gint64  household_id;
  char   *head_name;
  int     birth_year;
  char   *id_number;         /* personal data: mask it on anything posted or printed */
  gint64  village_id;
  char   *village_name;
  char   *commune_name;
  char   *address;
  char   *category;
  int     quantity;
  gint64  value;             /* quantity × package value */
  char   *status;            /* pending, delivered, absent, refused */
  char   *status_on;
  char   *proxy_name;
  char   *proxy_relation;
  char   *extra_reason;
} TtGiftEntry;

typedef struct
{
  gint64  covered;
  gint64  eligible;
  gint64  delivered;
  double  rate;              /* covered of eligible, percent (100 when none is eligible) */
  GArray *missing;           /* household ids, by village then name */
} TtGiftCoverage;

void        tt_gift_package_free   (TtGiftPackage *package);
void        tt_gift_list_free      (TtGiftList    *list);
void        tt_gift_entry_free     (TtGiftEntry   *entry);
void        tt_gift_coverage_clear (TtGiftCoverage *coverage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtGiftList, tt_gift_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtGiftEntry, tt_gift_entry_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TtGiftCoverage, tt_gift_coverage_clear)

const char *tt_gift_status_label   (const char    *status);
const char *tt_gift_status_printed (const char    *status);

gint64      tt_gift_package_add    (TtDb          *db,
                                    gint64         campaign_id,
                                    const char    *name,
                                    gint64         cash_value,
                                    gint64         goods_value,
                                    const char    *contents,
                                    GError       **error);
GPtrArray  *tt_gift_packages       (TtDb          *db,
                                    gint64         campaign_id,
                                    GError       **error);
gint64      tt_gift_list_create    (TtDb          *db,
                                    gint64         campaign_id,
                                    gint64         package_id,
                                    const char    *name,
                                    const TtHouseholdFilter *criteria,
                                    gint64        *added,
                                    gint64        *already,
                                    GError       **error);
gboolean    tt_gift_list_add       (TtDb          *db,
                                    gint64         list_id,
                                    gint64         household_id,
                                    int            quantity,
                                    const char    *extra_reason,
                                    GError       **error);
gboolean    tt_gift_list_set_status (TtDb         *db,
                                    gint64         list_id,
                                    gint64         household_id,
                                    const char    *status,
                                    const char    *date,
                                    const char    *proxy_name,
                                    const char    *proxy_relation,
                                    GError       **error);
gboolean    tt_gift_list_rename    (TtDb          *db,
                                    gint64         list_id,
                                    const char    *name,
                                    GError       **error);
gboolean    tt_gift_list_deletable (const TtGiftList *list,
                                    GError       **error);
gboolean    tt_gift_list_delete    (TtDb          *db,
                                    gint64         list_id,
                                    GError       **error);
TtGiftList *tt_gift_list_get       (TtDb          *db,
                                    gint64         list_id,
                                    GError       **error);
GPtrArray  *tt_gift_lists          (TtDb          *db,
                                    gint64         campaign_id,
                                    GError       **error);
GPtrArray  *tt_gift_list_entries   (TtDb          *db,
                                    gint64         list_id,
                                    GError       **error);
GArray     *tt_gift_list_entry_ids (TtDb          *db,
                                    gint64         list_id,
                                    const char    *wanted,
                                    guint         *list_size,
                                    GError       **error);
TtGiftEntry *tt_gift_entry_get      (TtDb          *db,
                                    gint64         entry_id,
                                    GError       **error);
extern const TtRecordKind tt_gift_entry_record;
GArray     *tt_gift_list_household_entries (TtDb  *db,
                                    gint64         list_id,
                                    gint64         household_id,
                                    GError       **error);
/* Calls @func with each entry of the list in its printed order; the entry's texts are valid
 * only during the call. @func returns FALSE to read no further (the reading still succeeds). */
typedef gboolean (*TtGiftEntryFunc) (const TtGiftEntry *entry,
                                    gpointer           data);
TtGiftEntry *tt_gift_list_entry     (TtDb          *db,
                                    gint64         list_id,
                                    gint64         household_id,
                                    GError       **error);
gboolean    tt_gift_list_foreach_entry (TtDb            *db,
                                        gint64           list_id,
                                        TtGiftEntryFunc  func,
                                        gpointer         data,
                                        GError         **error);
/* How many entries each village has, in the printed order (entries of one commune and village
 * name follow each other), told before the first entry. */
typedef void (*TtGiftGroupsFunc)    (const guint       *sizes,
                                    guint              n_groups,
                                    gpointer           data);
gboolean    tt_gift_list_foreach_entry_grouped (TtDb             *db,
                                                gint64            list_id,
                                                TtGiftGroupsFunc  groups,
                                                TtGiftEntryFunc   func,
                                                gpointer          data,
                                                GError          **error);
gboolean    tt_gift_coverage       (TtDb          *db,
                                    gint64         campaign_id,
                                    gint64         place_id,
                                    int            year,
                                    TtGiftCoverage *out,
                                    GError       **error);
int         tt_gift_campaign_year  (TtDb          *db,
                                    gint64         campaign_id);

G_END_DECLS
