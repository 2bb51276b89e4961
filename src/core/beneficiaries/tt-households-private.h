/* tt-households-private.h — household writes inside a caller's transaction (imports, gifts) */
#pragma once

#include "tt-households.h"

G_BEGIN_DECLS

/* What an import knows of a row's household before it checks and writes it: the places it
 * looked up (tt_household_places_new()), and the head's name as tt_text_clean_name() made it
 * with that name folded, not made again when the household is given that very name. */
typedef struct
{
  GHashTable *places;
  const char *head_name;
  const char *head_key;
} TtHouseholdKnown;

GHashTable *tt_household_places_new        (void);
gint64    tt_household_insert_in_tx        (TtDb                   *db,
                                            const TtHouseholdInput *input,
                                            const TtHouseholdKnown *known,
                                            GError                **error);
gboolean  tt_household_update_in_tx        (TtDb                   *db,
                                            gint64                  id,
                                            const TtHouseholdInput *input,
                                            const TtHouseholdKnown *known,
                                            GError                **error);
char     *tt_household_category_condition  (const char *const      *codes,
                                            guint                   n_codes,
                                            int                     year);

gboolean  tt_household_check               (TtDb                   *db,
                                            const TtHouseholdInput *input,
                                            const TtHouseholdKnown *known,
                                            GError                **error);
char     *tt_household_clean_id_number     (const char             *text,
                                            GError                **error);

char     *tt_household_place_condition     (TtDb                   *db,
                                            gint64                  place_id);

gboolean  tt_household_classify_as         (TtDb                   *db,
                                            gint64                  id,
                                            int                     year,
                                            const char             *standard,
                                            const char             *category,
                                            int                     deficits,
                                            const char             *decision_ref,
                                            GError                **error);

gint64    tt_household_id_number_owner     (TtDb                   *db,
                                            const char             *id_number);

G_END_DECLS
