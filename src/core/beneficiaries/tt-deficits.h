/* tt-deficits.h — the twelve indicators of basic social services a poor household may lack
 * (Nghị định 07/2021/NĐ-CP), kept with the year's classification */
#pragma once

#include "tt-db.h"
#include "tt-households.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* In the decree's order: bit i of a mask is indicator i of this list. */
extern const TtValueList tt_deficit_indicators;

#define TT_DEFICITS_ALL 0xfffu

guint     tt_deficits_bit       (const char  *code);
gboolean  tt_deficits_parse     (const char  *text,
                                 guint       *out_mask,
                                 GError     **error);
char     *tt_deficits_format    (guint        mask,
                                 gboolean     printed);
gboolean  tt_household_set_lacking (TtDb    *db,
                                    gint64   household_id,
                                    int      year,
                                    guint    mask,
                                    GError **error);
gboolean  tt_household_classify_lacking (TtDb       *db,
                                         gint64      household_id,
                                         int         year,
                                         const char *category,
                                         const char *decision_ref,
                                         gint64      lacking,
                                         GError    **error);
gint64    tt_household_save_lacking (TtDb                   *db,
                                     gint64                  id,
                                     const TtHouseholdInput *input,
                                     int                     year,
                                     const char             *category,
                                     gint64                  lacking,
                                     GError                **error);
gint64    tt_household_lacking  (TtDb        *db,
                                 gint64       household_id,
                                 int          year);

G_END_DECLS
