/* tt-db.h — the door to the office file as the app and the CLI see it: open and close, where it
 * is, how it is kept, backup and settings. Statements and transactions are core's own
 * (tt-db-private.h); every user action is one core function that runs as one unit of work. */
#pragma once

#include <glib-object.h>

#include "tt-error.h"

G_BEGIN_DECLS

#define TT_TYPE_DB (tt_db_get_type ())
G_DECLARE_FINAL_TYPE (TtDb, tt_db, TT, DB, GObject)

typedef void (*TtDbBusyFunc) (TtDb *db, gboolean first, gpointer data);

TtDb          *tt_db_open               (const char  *path,
                                         GError     **error);
TtDb          *tt_db_open_scanner       (const char  *path,
                                          GError     **error);
TtDb          *tt_db_open_reader        (const char  *path,
                                          GError     **error);
const char    *tt_db_get_path           (TtDb        *self);
int            tt_db_get_schema_version (TtDb        *self);
const char    *tt_db_get_journal_mode   (TtDb        *self);
gboolean       tt_db_is_network_fs      (TtDb        *self);
const char    *tt_db_get_last_backup    (TtDb        *self);
gboolean       tt_db_has_changes        (TtDb        *self);
void           tt_db_set_busy_func      (TtDb        *self,
                                         TtDbBusyFunc func,
                                         gpointer     data);

void           tt_db_set_actor          (TtDb        *self,
                                         const char  *actor);
const char    *tt_db_get_actor          (TtDb        *self);

gboolean       tt_db_backup             (TtDb        *self,
                                         const char  *dest_path,
                                         GError     **error);

char          *tt_db_get_setting        (TtDb        *self,
                                         const char  *key);
gboolean       tt_db_set_setting        (TtDb        *self,
                                         const char  *key,
                                         const char  *value,
                                         GError     **error);

char          *tt_db_default_path       (void);

G_END_DECLS
