/* tt-audit-private.h — the audit log's SQL functions and sealing, for the store only */
#pragma once

#include <sqlite3.h>

#include "tt-audit.h"

G_BEGIN_DECLS

/* A record's content hash and an entry's chain hash, cut from SHA-256: enough to find any change
 * made by hand, and small beside millions of entries. */
#define TT_AUDIT_ROW_HASH_SIZE   8
#define TT_AUDIT_CHAIN_HASH_SIZE 16

gpointer tt_audit_register_functions   (sqlite3  *handle);
void     tt_audit_unregister_functions (sqlite3  *handle);
gboolean tt_audit_seal_existing      (TtDb     *db,
                                      GError  **error);

G_END_DECLS
