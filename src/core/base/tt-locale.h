/* tt-locale.h — the program's locale and translations, and locale-free numbers in files */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        tt_locale_init      (void);
const char *tt_data_dir      (void);
gboolean    tt_running_uninstalled (void);
const char *tt_locale_dir       (void);

typedef struct _TtCNumbers TtCNumbers;

TtCNumbers *tt_c_numbers_begin  (void);
void        tt_c_numbers_end    (TtCNumbers *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtCNumbers, tt_c_numbers_end)

G_END_DECLS
