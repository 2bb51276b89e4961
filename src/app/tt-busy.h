/* tt-busy.h — waiting for another program's write with the app still drawn */
#pragma once

#include <gtk/gtk.h>

#include "tt-db.h"

G_BEGIN_DECLS

void       tt_busy_watch      (TtDb *db);
GtkWindow *tt_busy_get_notice (void);

G_END_DECLS
