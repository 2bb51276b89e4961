/* tt-household-index.h — the register's search keys in memory, for search as the clerk types */
#pragma once

#include <gio/gio.h>

#include "tt-households.h"

G_BEGIN_DECLS

typedef struct _TtHouseholdIndex TtHouseholdIndex;

TtHouseholdIndex *tt_household_index_load    (TtDb                    *db,
                                              GError                 **error);
TtHouseholdIndex *tt_household_index_ref     (TtHouseholdIndex        *index);
void              tt_household_index_unref   (TtHouseholdIndex        *index);
guint             tt_household_index_size    (TtHouseholdIndex        *index);
GArray           *tt_household_index_search  (TtHouseholdIndex        *index,
                                              const TtHouseholdFilter *filter,
                                              GCancellable            *cancellable,
                                              GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtHouseholdIndex, tt_household_index_unref)

G_END_DECLS
