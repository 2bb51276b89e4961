/* tt-donor-index.h — every donor's folded name in memory, for search as the clerk types */
#pragma once

#include "tt-donors.h"

G_BEGIN_DECLS

typedef struct _TtDonorIndex TtDonorIndex;

TtDonorIndex *tt_donor_index_load    (TtDb          *db,
                                      GError       **error);
void          tt_donor_index_free    (TtDonorIndex  *index);
guint         tt_donor_index_size    (TtDonorIndex  *index);
GArray       *tt_donor_index_search  (TtDonorIndex  *index,
                                      const char    *query,
                                      TtDonorSort    sort);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtDonorIndex, tt_donor_index_free)

G_END_DECLS
