/* tt-history-dialog.h — the audit history of one record */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_HISTORY_DIALOG (tt_history_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtHistoryDialog, tt_history_dialog, TT, HISTORY_DIALOG, AdwWindow)

TtHistoryDialog *tt_history_dialog_new (TtDb        *db,
                                        const char  *table,
                                        gint64       row_id,
                                        const char  *what,
                                        GError     **error);
gboolean         tt_history_dialog_show (GtkWindow  *parent,
                                         TtDb       *db,
                                         const char *table,
                                         gint64      row_id,
                                         const char *what,
                                         GError    **error);

G_END_DECLS
