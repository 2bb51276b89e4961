/* tt-audit.c — the audit log as a hash chain
 *
 * Every entry is sealed as it is written (a trigger on the log): its hash covers the previous
 * entry's hash and its own content, and the content hash of the record it speaks of as that
 * record stands after the change. An insert names the record and its content hash without
 * copying it; an update keeps the changed columns only. `check` walks the chain, so an entry
 * edited, removed, inserted or moved is found even with the log's triggers dropped; and it
 * compares each receipt, voucher, household and donor with the content hash of its last entry,
 * so a record changed outside the program is found too.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <nettle/sha2.h>
#include <nettle/version.h>
#include <string.h>
#include <time.h>

#include "tt-audit-private.h"
#include "tt-db-private.h"
#include "tt-text.h"

/* Records the log vouches for, and the tables each is made of (a household's ID number and its
 * sensitive data live beside it, under the same id). */
typedef struct
{
  const char *record;
  const char *tables[4];
} RecordKind;

static const RecordKind records[] = {
  { "donations", { "donations", NULL } },
  { "payment_vouchers", { "payment_vouchers", NULL } },
  { "housing_funding", { "housing_funding", NULL } },
  { "housing_disbursements", { "housing_disbursements", NULL } },
  { "support_events", { "support_events", NULL } },
  { "address_helps", { "address_helps", NULL } },
  { "households", { "households", "household_personal", "household_sensitive", NULL } },
  { "donors", { "donors", NULL } },
  { "gift_entries", { "gift_entries", NULL } },
};

static const RecordKind *
record_of (const char *table)
{
  for (gsize i = 0; table != NULL && i < G_N_ELEMENTS (records); i++)
    for (gsize t = 0; records[i].tables[t] != NULL; t++)
      if (g_str_equal (records[i].tables[t], table))
        return &records[i];
  return NULL;
}

void
tt_audit_entry_free (TtAuditEntry *e)
{
  if (e == NULL)
    return;
  g_free (e->at);
  g_free (e->actor);
  g_free (e->table_name);
  g_free (e->action);
  g_free (e->old_values);
  g_free (e->new_values);
  g_free (e->note);
  g_free (e);
}

/* ---- hashing ------------------------------------------------------------------------------ */

/* A SHA-256 of a record's values or of an entry. Nettle's uses the processor's SHA
 * instructions where it has them: an import seals two hashes per household, and `check`
 * recomputes every entry's. */
typedef struct
{
  struct sha256_ctx ctx;
} Hasher;

static void
hasher_init (Hasher *h)
{
  sha256_init (&h->ctx);
}

static void
hasher_add (Hasher *h, const void *data, gsize len)
{
  if (len > 0)
    sha256_update (&h->ctx, len, data);
}

/* Each value with its type and length, so that no two different lists hash alike. */
static void
hash_typed (Hasher *h, int type, const void *data, gsize len)
{
  guint8 head[9];
  guint64 n = len;

  head[0] = (guint8) type;
  for (int i = 0; i < 8; i++)
    head[1 + i] = (guint8) (n >> (8 * i));
  hasher_add (h, head, sizeof head);
  hasher_add (h, data, len);
}

static void
hash_int (Hasher *h, gint64 v)
{
  guint8 b[8];

  for (int i = 0; i < 8; i++)
    b[i] = (guint8) ((guint64) v >> (8 * i));
  hash_typed (h, SQLITE_INTEGER, b, sizeof b);
}

static void
hash_sqlite_value (Hasher *h, sqlite3_value *v)
{
  switch (sqlite3_value_type (v))
    {
    case SQLITE_INTEGER:
      hash_int (h, sqlite3_value_int64 (v));
      break;
    case SQLITE_FLOAT:
      {
        double d = sqlite3_value_double (v);
        hash_typed (h, SQLITE_FLOAT, &d, sizeof d);
      }
      break;
    case SQLITE_TEXT:
      hash_typed (h, SQLITE_TEXT, sqlite3_value_text (v), sqlite3_value_bytes (v));
      break;
    case SQLITE_BLOB:
      hash_typed (h, SQLITE_BLOB, sqlite3_value_blob (v), sqlite3_value_bytes (v));
      break;
    default:
      hash_typed (h, SQLITE_NULL, NULL, 0);
      break;
    }
}

/* The first @size bytes of the SHA-256 digest; the hasher is done with. Nettle 4 writes the
 * whole digest only. */
static void
digest (Hasher *h, guint8 *out, gsize size)
{
#if NETTLE_VERSION_MAJOR >= 4
  guint8 full[SHA256_DIGEST_SIZE];

  sha256_digest (&h->ctx, full);
  memcpy (out, full, size);
#else
  sha256_digest (&h->ctx, size, out);
#endif
}

/* Statements that read one row of a table by rowid, kept per connection. */
typedef struct
{
  sqlite3    *handle;
  GHashTable *rows;     /* table → sqlite3_stmt */
} Functions;

static void
functions_free (gpointer data)
{
  Functions *f = data;

  g_hash_table_unref (f->rows);
  g_free (f);
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static sqlite3_stmt *
row_stmt (Functions *f, const char *table)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (f->rows, table);
  g_autofree char *sql = NULL;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      return stmt;
    }
  sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE rowid = ?", table);
  if (sqlite3_prepare_v3 (f->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    return NULL;
  g_hash_table_insert (f->rows, g_strdup (table), stmt);
  return stmt;
}

static void
hash_row (Hasher *sum, sqlite3_stmt *stmt, int n_columns)
{
  for (int c = 0; c < n_columns; c++)
    {
      if (g_strcmp0 (sqlite3_column_name (stmt, c), "updated_at") == 0)
        continue;
      hash_sqlite_value (sum, sqlite3_column_value (stmt, c));
    }
}

/* The content hash of record @id of @kind: every column of each of its tables but the time of
 * the last change, in the order of the schema. FALSE when the record does not exist. With @first
 * standing on the record's row of its first table (a scan of its columns and then its rowid),
 * that row is not read again. */
static gboolean
record_hash_with (Functions *f, const RecordKind *kind, gint64 id, sqlite3_stmt *first,
                  guint8 out[TT_AUDIT_ROW_HASH_SIZE])
{
  Hasher h;
  Hasher *sum = &h;
  gboolean found = FALSE;

  hasher_init (&h);
  for (gsize t = 0; kind->tables[t] != NULL; t++)
    {
      sqlite3_stmt *stmt;

      hash_typed (sum, SQLITE_TEXT, kind->tables[t], strlen (kind->tables[t]));
      if (t == 0 && first != NULL)
        {
          hash_row (sum, first, sqlite3_column_count (first) - 1);   /* the last is the rowid */
          found = TRUE;
          continue;
        }
      if ((stmt = row_stmt (f, kind->tables[t])) == NULL)
        continue;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          found |= t == 0;
          hash_row (sum, stmt, sqlite3_column_count (stmt));
        }
      sqlite3_reset (stmt);
    }
  digest (sum, out, TT_AUDIT_ROW_HASH_SIZE);
  return found;
}

static gboolean
record_hash (Functions *f, const RecordKind *kind, gint64 id, guint8 out[TT_AUDIT_ROW_HASH_SIZE])
{
  return record_hash_with (f, kind, id, NULL, out);
}

/* tt_record_hash(table, row_id): the content hash of the record the row belongs to, or NULL
 * for a table whose rows the log does not vouch for. */
static void
record_hash_func (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  const RecordKind *kind = record_of ((const char *) sqlite3_value_text (argv[0]));
  guint8 out[TT_AUDIT_ROW_HASH_SIZE];

  if (kind == NULL || !record_hash (sqlite3_user_data (ctx), kind, sqlite3_value_int64 (argv[1]), out))
    {
      sqlite3_result_null (ctx);
      return;
    }
  sqlite3_result_blob (ctx, out, sizeof out, SQLITE_TRANSIENT);
}

/* The hash of an entry from the previous entry's hash (NULL for the first entry) and the
 * entry's own columns. */
static void
chain_hash (const guint8 *prev, gsize prev_len, sqlite3_value **fields, int n_fields,
            guint8 out[TT_AUDIT_CHAIN_HASH_SIZE])
{
  Hasher h;
  Hasher *sum = &h;

  hasher_init (&h);
  if (prev == NULL)
    hash_typed (sum, SQLITE_NULL, NULL, 0);
  else
    hash_typed (sum, SQLITE_BLOB, prev, prev_len);
  for (int i = 0; i < n_fields; i++)
    hash_sqlite_value (sum, fields[i]);
  digest (sum, out, TT_AUDIT_CHAIN_HASH_SIZE);
}

/* tt_audit_chain(prev_hash, at, actor, table_name, row_id, action, old_values, new_values,
 * note, row_hash) */
static void
chain_func (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  guint8 out[TT_AUDIT_CHAIN_HASH_SIZE];
  const guint8 *prev = sqlite3_value_type (argv[0]) == SQLITE_NULL ? NULL : sqlite3_value_blob (argv[0]);

  chain_hash (prev, sqlite3_value_bytes (argv[0]), argv + 1, argc - 1, out);
  sqlite3_result_blob (ctx, out, sizeof out, SQLITE_TRANSIENT);
}

/* The columns an entry's hash covers, in the order it covers them, then its id and hash. */
#define ENTRY_COLUMNS \
  "at, actor, table_name, row_id, action, old_values, new_values, note, row_hash, id, hash"
#define N_HASHED_COLUMNS 9

/* A walk along the chain, oldest entry first. */
typedef struct
{
  guint8   prev[TT_AUDIT_CHAIN_HASH_SIZE];
  gboolean have_prev;
} ChainWalk;

/* The hash the entry @read stands on should have (its columns as ENTRY_COLUMNS selects them);
 * the walk then goes on from it. */
static void
chain_walk_next (ChainWalk *walk, sqlite3_stmt *read, guint8 out[TT_AUDIT_CHAIN_HASH_SIZE])
{
  sqlite3_value *fields[N_HASHED_COLUMNS];

  for (int c = 0; c < N_HASHED_COLUMNS; c++)
    fields[c] = sqlite3_column_value (read, c);
  chain_hash (walk->have_prev ? walk->prev : NULL, sizeof walk->prev, fields, N_HASHED_COLUMNS, out);
  memcpy (walk->prev, out, sizeof walk->prev);
  walk->have_prev = TRUE;
}

/* The time of an entry as strftime('%Y-%m-%dT%H:%M:%fZ', 'now') writes it. */
static void
now_iso (char out[32])
{
  gint64 us = g_get_real_time ();
  time_t secs = (time_t) (us / G_USEC_PER_SEC);
  struct tm tm;

  gmtime_r (&secs, &tm);
  g_snprintf (out, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
              tm.tm_hour, tm.tm_min, tm.tm_sec, (int) (us % G_USEC_PER_SEC / 1000));
}

static void
hash_text (Hasher *h, const char *text)
{
  if (text == NULL)
    hash_typed (h, SQLITE_NULL, NULL, 0);
  else
    hash_typed (h, SQLITE_TEXT, text, strlen (text));
}

/* Appends an entry sealed as the log's trigger would seal it, its hashes computed here rather
 * than by the trigger writing the entry a second time: an import writes one per household.
 * @new_values is JSON or NULL; the entry has no old values. */
gboolean
tt_audit_append_sealed (TtDb        *db,
                        const char  *table,
                        gint64       row_id,
                        const char  *action,
                        const char  *new_values,
                        const char  *note,
                        GError     **error)
{
  Functions *f = tt_db_get_audit_functions (db);
  const RecordKind *kind = record_of (table);
  const char *actor = tt_db_get_actor (db);
  guint8 row_hash[TT_AUDIT_ROW_HASH_SIZE];
  guint8 hash[TT_AUDIT_CHAIN_HASH_SIZE];
  gboolean have_row_hash = kind != NULL && record_hash (f, kind, row_id, row_hash);
  g_autoptr(TtStmt) last = tt_db_prepare (db, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", error);
  g_autoptr(TtStmt) insert = NULL;
  char at[32];
  Hasher h;
  int rc;

  if (last == NULL)
    return FALSE;
  rc = sqlite3_step (last);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("writing the audit log"));
  now_iso (at);
  hasher_init (&h);
  if (rc == SQLITE_ROW && sqlite3_column_type (last, 0) != SQLITE_NULL)
    hash_typed (&h, SQLITE_BLOB, sqlite3_column_blob (last, 0), sqlite3_column_bytes (last, 0));
  else
    hash_typed (&h, SQLITE_NULL, NULL, 0);
  hash_text (&h, at);
  hash_text (&h, actor);
  hash_text (&h, table);
  hash_int (&h, row_id);
  hash_text (&h, action);
  hash_text (&h, NULL);   /* old values */
  hash_text (&h, new_values);
  hash_text (&h, note);
  if (have_row_hash)
    hash_typed (&h, SQLITE_BLOB, row_hash, sizeof row_hash);
  else
    hash_typed (&h, SQLITE_NULL, NULL, 0);
  digest (&h, hash, sizeof hash);
  sqlite3_reset (last);

  insert = tt_db_prepare (db,
                          "INSERT INTO audit_log (at, actor, table_name, row_id, action, new_values, note, "
                          "row_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          error);
  if (insert == NULL)
    return FALSE;
  tt_bind_text (insert, 1, at);
  tt_bind_text (insert, 2, actor);
  tt_bind_text (insert, 3, table);
  tt_bind_int (insert, 4, row_id);
  tt_bind_text (insert, 5, action);
  tt_bind_text (insert, 6, new_values);
  tt_bind_text (insert, 7, note);
  if (have_row_hash)
    sqlite3_bind_blob (insert, 8, row_hash, sizeof row_hash, SQLITE_TRANSIENT);
  sqlite3_bind_blob (insert, 9, hash, sizeof hash, SQLITE_TRANSIENT);
  return tt_db_step_done (db, insert, error);
}

gpointer
tt_audit_register_functions (sqlite3 *handle)
{
  Functions *f = g_new0 (Functions, 1);

  f->handle = handle;
  f->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
  /* The row statements must be finalized before the connection can close: the record function
   * owns them, and the chain function (registered second) frees them when SQLite drops the
   * functions, which it does before closing. */
  sqlite3_create_function_v2 (handle, "tt_record_hash", 2, SQLITE_UTF8, f, record_hash_func, NULL, NULL, NULL);
  sqlite3_create_function_v2 (handle, "tt_audit_chain", 10, SQLITE_UTF8 | SQLITE_DETERMINISTIC, f,
                              chain_func, NULL, NULL, functions_free);
  return f;
}

/* Drops the functions and the statements they keep, so that the connection can close. */
void
tt_audit_unregister_functions (sqlite3 *handle)
{
  sqlite3_create_function_v2 (handle, "tt_record_hash", 2, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
  sqlite3_create_function_v2 (handle, "tt_audit_chain", 10, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, NULL,
                              NULL, NULL, NULL);
}

/* ---- sealing the entries written before the chain ---------------------------------------- */

static char *
tables_list (const RecordKind *kind)
{
  GString *out = g_string_new (NULL);

  for (gsize t = 0; kind->tables[t] != NULL; t++)
    g_string_append_printf (out, "%s'%s'", t ? ", " : "", kind->tables[t]);
  return g_string_free (out, FALSE);
}

/* Upgrading a file: the last entry of each record gets the record's content hash as it stands,
 * then every entry, oldest first, is chained to the one before. Old entries keep their text. */
gboolean
tt_audit_seal_existing (TtDb     *db,
                        GError  **error)
{
  sqlite3 *handle = tt_db_get_handle (db);
  g_autoptr(sqlite3_stmt) read = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  ChainWalk walk = { { 0 }, FALSE };
  int rc;

  for (gsize i = 0; i < G_N_ELEMENTS (records); i++)
    {
      g_autofree char *tables = tables_list (&records[i]);
      g_autofree char *sql = g_strdup_printf (
        "UPDATE audit_log SET row_hash = tt_record_hash (table_name, row_id) WHERE id IN "
        "(SELECT max(id) FROM audit_log WHERE table_name IN (%s) GROUP BY row_id)", tables);
      if (!tt_db_exec (db, sql, error))
        return FALSE;
    }

  if (sqlite3_prepare_v2 (handle, "SELECT " ENTRY_COLUMNS " FROM audit_log ORDER BY id", -1, &read, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (handle, "UPDATE audit_log SET hash = ?1 WHERE id = ?2", -1, &write, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("sealing the audit log"));
  while ((rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      guint8 hash[TT_AUDIT_CHAIN_HASH_SIZE];

      chain_walk_next (&walk, read, hash);
      sqlite3_reset (write);
      sqlite3_bind_blob (write, 1, hash, sizeof hash, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (write, 2, sqlite3_column_int64 (read, 9));
      if (sqlite3_step (write) != SQLITE_DONE)
        return tt_db_set_error (db, error, _("sealing the audit log"));
    }
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("sealing the audit log"));
  return TRUE;
}

/* ---- verification ------------------------------------------------------------------------- */

/* What the log last said of one record: its content hash, and whether it was deleted. */
typedef struct
{
  guint8   hash[TT_AUDIT_ROW_HASH_SIZE];
  gboolean has_hash;
  gboolean deleted;
} LastEntry;

static GHashTable *
last_entries_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* Walks the chain oldest first; the first entry whose hash is not what its content and the
 * entry before it give is where the log was changed. On the way, keeps what the last entry of
 * each record said (@last: one table per record kind, by record id). */
static gboolean
verify_chain (TtDb *db, GHashTable **last, GPtrArray *problems, GError **error)
{
  g_autoptr(sqlite3_stmt) read = NULL;
  ChainWalk walk = { { 0 }, FALSE };
  gboolean broken = FALSE;
  int rc;

  if (sqlite3_prepare_v2 (tt_db_get_handle (db), "SELECT " ENTRY_COLUMNS " FROM audit_log ORDER BY id", -1,
                          &read, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("checking the audit log"));
  while ((rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      guint8 hash[TT_AUDIT_CHAIN_HASH_SIZE];
      const void *stored = sqlite3_column_blob (read, 10);
      const RecordKind *kind = record_of ((const char *) sqlite3_column_text (read, 2));

      if (kind != NULL)
        {
          GHashTable *table = last[kind - records];
          gint64 id = sqlite3_column_int64 (read, 3);
          LastEntry *e = g_hash_table_lookup (table, &id);
          const void *row_hash = sqlite3_column_blob (read, 8);

          if (e == NULL)
            {
              gint64 *key = g_new (gint64, 1);
              *key = id;
              e = g_new0 (LastEntry, 1);
              g_hash_table_insert (table, key, e);
            }
          e->has_hash = row_hash != NULL && sqlite3_column_bytes (read, 8) == TT_AUDIT_ROW_HASH_SIZE;
          if (e->has_hash)
            memcpy (e->hash, row_hash, TT_AUDIT_ROW_HASH_SIZE);
          e->deleted = g_strcmp0 ((const char *) sqlite3_column_text (read, 4), "delete") == 0 &&
                       g_str_equal (sqlite3_column_text (read, 2), kind->tables[0]);
        }
      if (broken)
        continue;
      chain_walk_next (&walk, read, hash);
      if (stored == NULL || sqlite3_column_bytes (read, 10) != TT_AUDIT_CHAIN_HASH_SIZE ||
          memcmp (stored, hash, sizeof hash) != 0)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("The audit log is broken at entry %lld (%s, %s %lld): an entry "
                                              "was changed, removed, added or moved outside Tương Thân."),
                                            (long long) sqlite3_column_int64 (read, 9),
                                            (const char *) sqlite3_column_text (read, 4),
                                            (const char *) sqlite3_column_text (read, 2),
                                            (long long) sqlite3_column_int64 (read, 3)));
          broken = TRUE;
        }
    }
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("checking the audit log"));
  return TRUE;
}

/* How a problem names a record: the receipt by its number, others by their kind and id. */
static char *
record_label (TtDb *db, const RecordKind *kind, gint64 id)
{
  if (g_str_equal (kind->record, "donations"))
    {
      g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT s.code, d.number FROM donations d "
                                                  "JOIN doc_series s ON s.id = d.series_id WHERE d.id = ?", NULL);
      if (stmt != NULL)
        {
          tt_bind_int (stmt, 1, id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            return g_strdup_printf (_("Receipt %s-%06lld"), sqlite3_column_text (stmt, 0),
                                    (long long) sqlite3_column_int64 (stmt, 1));
        }
    }
  if (g_str_equal (kind->record, "households"))
    return g_strdup_printf (_("Household %lld"), (long long) id);
  if (g_str_equal (kind->record, "donors"))
    return g_strdup_printf (_("Donor %lld"), (long long) id);
  if (g_str_equal (kind->record, "payment_vouchers"))
    return g_strdup_printf (_("Payment voucher %lld"), (long long) id);
  return g_strdup_printf ("%s %lld", kind->record, (long long) id);
}

/* Each record as it stands against the content hash its last entry recorded (@last, from the
 * chain walk); then the records the log has but the table no longer does. */
static gboolean
verify_records (TtDb *db, const RecordKind *kind, GHashTable *last, Functions *f, GPtrArray *problems,
                GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT *, rowid FROM \"%s\" ORDER BY rowid", kind->tables[0]);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint reported = 0;
  int rc;

  /* The rows in rowid order, each hashed from the scan itself. */
  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("checking the audit log"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && reported < 100)
    {
      gint64 *id = g_new (gint64, 1);
      LastEntry *e;
      guint8 now[TT_AUDIT_ROW_HASH_SIZE];

      *id = sqlite3_column_int64 (stmt, sqlite3_column_count (stmt) - 1);
      g_hash_table_add (present, id);
      e = g_hash_table_lookup (last, id);
      if (e == NULL)
        {
          g_autofree char *label = record_label (db, kind, *id);
          g_ptr_array_add (problems, g_strdup_printf (_("%s has no entry in the audit log: it was added outside "
                                                        "Tương Thân."), label));
          reported++;
          continue;
        }
      if (!e->has_hash)
        continue;   /* entries older than the chain, never sealed with a content hash */
      record_hash_with (f, kind, *id, stmt, now);
      if (memcmp (e->hash, now, sizeof now) != 0)
        {
          g_autofree char *label = record_label (db, kind, *id);
          g_ptr_array_add (problems, g_strdup_printf (_("%s is not as the audit log last recorded it: it was "
                                                        "changed outside Tương Thân."), label));
          reported++;
        }
    }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tt_db_set_error (db, error, _("checking the audit log"));
  if (reported >= 100)
    return TRUE;

  g_hash_table_iter_init (&iter, last);
  while (g_hash_table_iter_next (&iter, &key, &value) && reported < 100)
    {
      const LastEntry *e = value;
      if (e->deleted || g_hash_table_contains (present, key))
        continue;
      {
        g_autofree char *label = record_label (db, kind, *(gint64 *) key);
        g_ptr_array_add (problems, g_strdup_printf (_("%s was removed outside Tương Thân: the audit log "
                                                      "records no deletion."), label));
        reported++;
      }
    }
  return TRUE;
}

/* The chain and every record the log vouches for; each problem is one sentence. */
gboolean
tt_audit_verify (TtDb       *db,
                 GPtrArray  *problems,
                 GError    **error)
{
  Functions f = { tt_db_get_handle (db), NULL };
  GHashTable *last[G_N_ELEMENTS (records)];
  gboolean ok;

  for (gsize i = 0; i < G_N_ELEMENTS (records); i++)
    last[i] = last_entries_new ();
  ok = verify_chain (db, last, problems, error);
  f.rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
  for (gsize i = 0; ok && i < G_N_ELEMENTS (records); i++)
    ok = verify_records (db, &records[i], last[i], &f, problems, error);
  g_hash_table_unref (f.rows);
  for (gsize i = 0; i < G_N_ELEMENTS (records); i++)
    g_hash_table_unref (last[i]);
  return ok;
}

/* ---- history ------------------------------------------------------------------------------ */

/* The entries about one record, oldest first (a household's ID number and sensitive data
 * included). */
GPtrArray *
tt_audit_history (TtDb        *db,
                  const char  *table,
                  gint64       row_id,
                  GError     **error)
{
  const RecordKind *kind = record_of (table);
  g_autofree char *tables = kind ? tables_list (kind) : NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_audit_entry_free);
  g_autofree char *trigger = g_strdup_printf ("audit_%s_insert", table ? table : "");
  g_autoptr(TtStmt) known = tt_db_prepare (db, "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                           error);
  int rc;

  if (known == NULL)
    return NULL;
  tt_bind_text (known, 1, trigger);
  if (kind == NULL && sqlite3_step (known) != SQLITE_ROW)
    {
      g_autofree char *quoted = tt_text_quote_short (table);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("The audit log keeps no history of “%s”: name a table such as donors, donations or "
                     "households."), quoted);
      return NULL;
    }
  sql = g_strdup_printf ("SELECT id, at, actor, table_name, row_id, action, old_values, new_values, note "
                         "FROM audit_log WHERE table_name IN (%s) AND row_id = ?1 ORDER BY id",
                         tables != NULL ? tables : "?2");
  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      tt_db_set_error (db, error, _("reading the audit log"));
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, row_id);
  if (tables == NULL)
    sqlite3_bind_text (stmt, 2, table, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TtAuditEntry *e = g_new0 (TtAuditEntry, 1);
      e->id = sqlite3_column_int64 (stmt, 0);
      e->at = tt_column_dup (stmt, 1);
      e->actor = tt_column_dup (stmt, 2);
      e->table_name = tt_column_dup (stmt, 3);
      e->row_id = sqlite3_column_int64 (stmt, 4);
      e->action = tt_column_dup (stmt, 5);
      e->old_values = tt_column_dup (stmt, 6);
      e->new_values = tt_column_dup (stmt, 7);
      e->note = tt_column_dup (stmt, 8);
      g_ptr_array_add (out, e);
    }
  if (rc != SQLITE_DONE)
    {
      tt_db_set_error (db, error, _("reading the audit log"));
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* What an entry changed, for people: "phone: — → 0912345678; name: A → Nguyễn A", each column
 * named by @label when given. An insert without values says nothing more than that the record
 * was made. */
char *
tt_audit_entry_changes (TtDb               *db,
                        const TtAuditEntry *entry,
                        TtAuditLabelFunc    label,
                        gpointer            label_data)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
    "SELECT coalesce (n.key, o.key), o.value, n.value FROM json_each (coalesce (?2, '{}')) n "
    "FULL JOIN json_each (coalesce (?1, '{}')) o ON o.key = n.key", NULL);
  GString *out = g_string_new (NULL);

  if (stmt == NULL)
    return g_string_free (out, FALSE);
  tt_bind_text (stmt, 1, entry->old_values);
  tt_bind_text (stmt, 2, entry->new_values);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *before = (const char *) sqlite3_column_text (stmt, 1);
      const char *after = (const char *) sqlite3_column_text (stmt, 2);

      if (g_str_has_suffix (key, "_key"))
        continue;   /* search keys follow the names they fold */
      if (label != NULL)
        key = label (key, label_data);
      if (out->len > 0)
        g_string_append (out, "; ");
      if (entry->old_values != NULL)
        g_string_append_printf (out, "%s: %s → %s", key, before ? before : "—", after ? after : "—");
      else
        g_string_append_printf (out, "%s: %s", key, after ? after : "—");
    }
  return g_string_free (out, FALSE);
}
