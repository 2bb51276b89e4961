/* tt-value-row.h — a combo row over one of core's value lists: labels shown, codes read */
#pragma once

#include <adwaita.h>

#include "tt-values.h"

G_BEGIN_DECLS

void        tt_value_row_fill (AdwComboRow       *row,
                               const TtValueList *list,
                               const char        *none_label);
const char *tt_value_row_get  (AdwComboRow       *row);
void        tt_value_row_set  (AdwComboRow       *row,
                               const char        *code);

G_END_DECLS
