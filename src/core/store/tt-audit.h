/* tt-audit.h — the audit log: a hash chain over its entries, the content hash of each record,
 * its verification and the history of a record */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *at;          /* ISO time, UTC */
  char   *actor;
  char   *table_name;
  gint64  row_id;
  char   *action;      /* insert, update, delete, void, merge */
  char   *old_values;  /* JSON of the changed columns before, or NULL */
  char   *new_values;  /* JSON of the changed columns after, or NULL */
  char   *note;
} TtAuditEntry;

void       tt_audit_entry_free (TtAuditEntry *entry);

/* How a column is named to people; @column when it has no better name. */
typedef const char *(*TtAuditLabelFunc) (const char *column, gpointer data);

char      *tt_audit_entry_changes (TtDb              *db,
                                   const TtAuditEntry *entry,
                                   TtAuditLabelFunc   label,
                                   gpointer           label_data);
GPtrArray *tt_audit_history    (TtDb        *db,
                                const char  *table,
                                gint64       row_id,
                                GError     **error);
gboolean   tt_audit_append_sealed (TtDb       *db,
                                   const char *table,
                                   gint64      row_id,
                                   const char *action,
                                   const char *new_values,
                                   const char *note,
                                   GError    **error);
gboolean   tt_audit_verify     (TtDb        *db,
                                GPtrArray   *problems,
                                GError     **error);

G_END_DECLS
