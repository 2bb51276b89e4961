/* tt-backup.h — rotating, verified backups beside the office file, and restore */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_BACKUP_DEFAULT_COUNT 10

extern const char *const tt_backup_reasons[];

char     *tt_backup_dir       (const char  *office_path);
char     *tt_backup_path      (const char  *office_path,
                               const char  *reason,
                               GError     **error);
char     *tt_backup_take      (TtDb        *db,
                               const char  *reason,
                               GError     **error);
gboolean  tt_backup_verify    (const char  *backup_path,
                               GError     **error);
GPtrArray *tt_backup_list     (const char  *office_path);
gboolean  tt_backup_describe  (const char  *backup_path,
                               GDateTime  **when,
                               const char **reason);
gboolean  tt_backup_read_office (const char  *backup_path,
                                 char       **uuid,
                                 char       **name,
                                 GError     **error);

G_END_DECLS
