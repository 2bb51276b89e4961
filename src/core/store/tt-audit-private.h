/* tt-audit-private.h — the audit log's SQL functions and sealing, for the store only */
#pragma once

#include <sqlite3.h>

#include "tt-audit.h"

G_BEGIN_DECLS

#define TT_AUDIT_HASH_SIZE 32

void     tt_audit_register_functions   (sqlite3  *handle);
void     tt_audit_unregister_functions (sqlite3  *handle);
gboolean tt_audit_seal_existing      (TtDb     *db,
                                      GError  **error);

G_END_DECLS
