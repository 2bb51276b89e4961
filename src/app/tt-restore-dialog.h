/* tt-restore-dialog.h — choosing a backup to put in place of the office file */
#pragma once

#include "tt-window.h"

G_BEGIN_DECLS

GtkWindow *tt_restore_dialog_show (TtWindow *window);

G_END_DECLS
