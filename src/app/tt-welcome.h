/* tt-welcome.h — first start: create the office, or try a demo office */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_WELCOME (tt_welcome_get_type ())
G_DECLARE_FINAL_TYPE (TtWelcome, tt_welcome, TT, WELCOME, GtkWidget)

gboolean tt_welcome_save (TtWelcome  *self,
                          TtDb       *db,
                          GError    **error);
void     tt_welcome_focus      (TtWelcome  *self);
void     tt_welcome_show_error (TtWelcome  *self,
                                const char *message);

G_END_DECLS
