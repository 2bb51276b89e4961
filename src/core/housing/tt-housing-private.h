/* tt-housing-private.h — what the housing room's files share */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The place of @stage in survey → approved → started → completed → handed_over, or -1. */
int         tt_housing_stage_index (const char *stage);
/* The stage as a sentence names it ("start of work"), translated. */
const char *tt_housing_stage_words (const char *stage);

G_END_DECLS
