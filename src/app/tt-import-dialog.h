/* tt-import-dialog.h — importing a household list: columns, preview, checks, then all or nothing */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_IMPORT_DIALOG (tt_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TtImportDialog, tt_import_dialog, TT, IMPORT_DIALOG, AdwWindow)

TtImportDialog *tt_import_dialog_new      (TtDb           *db);
gboolean        tt_import_dialog_load     (TtImportDialog *self,
                                           const char     *path,
                                           GError        **error);
void            tt_import_dialog_open     (TtImportDialog *self,
                                           const char     *path);
gboolean        tt_import_dialog_is_reading (TtImportDialog *self);
void            tt_import_dialog_check    (TtImportDialog *self);
void            tt_import_dialog_import   (TtImportDialog *self);
gboolean        tt_import_dialog_is_running (TtImportDialog *self);
gboolean        tt_import_dialog_succeeded  (TtImportDialog *self);

G_END_DECLS
