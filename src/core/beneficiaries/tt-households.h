/* tt-households.h — the register of beneficiary households and their yearly classification */
#pragma once

#include "tt-db.h"
#include "tt-figures.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* What a clerk types or an import row carries; NULL or 0 means "not given". */
typedef struct
{
  const char *code;          /* household code of the commune register */
  const char *head_name;
  int         head_birth_year;
  const char *head_gender;   /* male, female, other */
  gint64      commune_id;
  gint64      village_id;
  const char *village_name;  /* when village_id is 0: a village of the commune, added if new */
  const char *address;
  const char *phone;
  int         member_count;
  const char *id_number;     /* CCCD (12 digits) or old CMND (9 digits) */
  const char *status;        /* active, moved, escaped_poverty, deceased */
  const char *note;
  const char *ethnicity;     /* sensitive */
  const char *health;
  const char *disability;
} TtHouseholdInput;

typedef struct
{
  gint64  id;
  char   *code;
  char   *head_name;
  int     head_birth_year;
  char   *head_gender;
  gint64  commune_id;
  char   *commune_name;
  gint64  village_id;
  char   *village_name;
  char   *address;
  char   *phone;
  int     member_count;
  char   *id_number;
  char   *status;
  char   *note;
  int     year;              /* latest classification year, 0 when never classified */
  char   *category;          /* latest category, or NULL */
} TtHousehold;

typedef struct
{
  int     year;
  char   *standard;
  char   *category;
  int     deficits;
  gint64  lacking;          /* mask of tt_deficit_indicators; -1 when not recorded */
  char   *decision_ref;
} TtClassification;

/* Filters of the register; zero/NULL fields do not filter. */
typedef struct
{
  const char *query;         /* accent-free search on the head's name, or ID/phone digits */
  gint64      place_id;      /* a province, commune or village */
  const char *categories;    /* comma-separated: poor,near-poor,hardship,... */
  int         year;          /* classification year the categories refer to */
  gboolean    include_inactive;
} TtHouseholdFilter;

typedef struct
{
  gint64  commune_id;
  char   *commune_code;
  char   *commune_name;
  gint64  total;             /* households of the commune (commune_totals), 0 when unknown */
  gint64  registered;        /* active households in the register */
  gint64  poor;
  gint64  near_poor;
  double  poor_rate;         /* percent of total, TT_RATE_UNKNOWN when the total is not set */
  double  near_poor_rate;
} TtCommuneStats;

/* Categories (poor, near-poor…), statuses (active, moved…) and genders, in display order. */
extern const TtValueList tt_household_categories;
extern const TtValueList tt_household_statuses;
extern const TtValueList tt_household_statuses_settable;
extern const TtValueList tt_genders;

void         tt_household_free          (TtHousehold        *household);
void         tt_classification_free     (TtClassification   *classification);
void         tt_commune_stats_free      (TtCommuneStats     *stats);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtHousehold, tt_household_free)

const char  *tt_category_nth            (guint               i);
const char  *tt_category_label          (const char         *category);
const char  *tt_category_printed        (const char         *category);
const char  *tt_category_parse          (const char         *text);
const char  *tt_household_status_label  (const char         *status);
const char  *tt_gender_parse            (const char         *text);
void         tt_household_input_keep    (TtHouseholdInput   *input,
                                         const TtHousehold  *old,
                                         gboolean            commune_given);
char        *tt_poverty_standard_for    (TtDb               *db,
                                         int                 year);

gint64       tt_household_create        (TtDb               *db,
                                         const TtHouseholdInput *input,
                                         GError            **error);
gint64       tt_household_save          (TtDb               *db,
                                         gint64              id,
                                         const TtHouseholdInput *input,
                                         int                 year,
                                         const char         *category,
                                         GError            **error);
gboolean     tt_household_update        (TtDb               *db,
                                         gint64              id,
                                         const TtHouseholdInput *input,
                                         GError            **error);
gboolean     tt_household_classify      (TtDb               *db,
                                         gint64              id,
                                         int                 year,
                                         const char         *category,
                                         int                 deficits,
                                         const char         *decision_ref,
                                         GError            **error);
TtHousehold *tt_household_get           (TtDb               *db,
                                         gint64              id,
                                         GError            **error);
GPtrArray   *tt_household_classifications (TtDb             *db,
                                         gint64              id,
                                         GError            **error);
gint64       tt_household_find_by_identity (TtDb            *db,
                                           const char      *name_key,
                                           int              birth_year,
                                           gint64           village_id);
gint64       tt_household_find_duplicate (TtDb              *db,
                                         const char         *id_number,
                                         const char         *head_name,
                                         int                 birth_year,
                                         gint64              village_id);
GArray      *tt_household_ids           (TtDb               *db,
                                         const TtHouseholdFilter *filter,
                                         GError            **error);
gboolean     tt_household_filter_categories (const char     *categories,
                                         GPtrArray          *out,
                                         GError            **error);
GPtrArray   *tt_household_stats         (TtDb               *db,
                                         int                 year,
                                         gint64              province_id,
                                         GError            **error);
gboolean     tt_commune_total_set       (TtDb               *db,
                                         gint64              commune_id,
                                         int                 year,
                                         gint64              total,
                                         GError            **error);

G_END_DECLS
