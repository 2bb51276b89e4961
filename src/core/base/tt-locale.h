/* tt-locale.h — locale-free numbers in files */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TtCNumbers TtCNumbers;

TtCNumbers *tt_c_numbers_begin  (void);
void        tt_c_numbers_end    (TtCNumbers *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtCNumbers, tt_c_numbers_end)

G_END_DECLS
