/* tt-restore.h — putting a backup in place of the office file */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

gboolean  tt_backup_restore   (const char  *office_path,
                               const char  *backup_path,
                               gboolean     force,
                               char       **out_saved,
                               GError     **error);

G_END_DECLS
