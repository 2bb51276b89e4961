/* tt-key-index.c — keys an import has met, in memory up to a limit and past it on disk
 *
 * An import remembers, for every row, the household's ID number, its name, birth year and
 * village, and the row that first named it: that is how a list that names a household twice is
 * caught. A hash table holds the first keys; past TT_KEY_INDEX_MEMORY_KEYS the others go to a
 * temporary table of the connection, whose pages SQLite keeps in a temporary file beyond a small
 * cache. They wait in batches of up to 65,536 and go in sorted, so that the table's pages are
 * met in order (in no order, each key may need a page the cache no longer holds), and a filter
 * of 2 MB tells most keys that were never put there without a look on disk. However long
 * the list, what the import holds in memory stays within a bound, and the lists offices send (a
 * province's register is 300,000 households) stay in memory, where looking a key up costs
 * least. The table is made inside the import's transaction: a rollback takes it away, and so
 * does freeing the index after a commit.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-key-index.h"

struct _TtKeyIndex
{
  TtDb       *db;
  char       *table;     /* temp."tt_import_NAME", made when the memory is full */
  gboolean    id_keys;
  GHashTable *memory;
  GHashTable *pending;   /* text keys past the memory, waiting to go to disk in order */
  guint8     *filter;    /* Bloom filter of the text keys put on disk (FILTER_BITS) */
  guint       on_disk;   /* puts that reached the table: none, no lookup there */
  gboolean    made;
  char       *get_sql, *put_sql;
  GError     *error;     /* the first statement that failed */
};

static guint memory_keys = TT_KEY_INDEX_MEMORY_KEYS;

#define PENDING_KEYS 65536
#define FILTER_BITS (1u << 24)

/* The filter's bits for @key: four, from two hashes. */
static void
filter_bits (const char *key, guint32 bits[4])
{
  guint32 h1 = g_str_hash (key), h2 = 2166136261u;

  for (const guchar *p = (const guchar *) key; *p != '\0'; p++)
    h2 = (h2 ^ *p) * 16777619u;
  h2 |= 1;
  for (guint i = 0; i < 4; i++)
    bits[i] = (h1 + i * h2) & (FILTER_BITS - 1);
}

static gboolean
filter_has (const guint8 *filter, const char *key)
{
  guint32 bits[4];

  if (filter == NULL)
    return FALSE;
  filter_bits (key, bits);
  for (guint i = 0; i < 4; i++)
    if (!(filter[bits[i] / 8] & (1u << (bits[i] % 8))))
      return FALSE;
  return TRUE;
}

/* For tests: a lower limit, so that a short list reaches the disk. */
void
tt_key_index_set_memory_keys (guint keys)
{
  memory_keys = keys;
}

TtKeyIndex *
tt_key_index_new (TtDb *db, const char *name, gboolean id_keys)
{
  TtKeyIndex *self = g_new0 (TtKeyIndex, 1);

  self->db = g_object_ref (db);
  self->id_keys = id_keys;
  self->table = g_strdup_printf ("temp.tt_import_%s", name);
  self->memory = id_keys ? g_hash_table_new (g_direct_hash, g_direct_equal)
                         : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->get_sql = g_strdup_printf ("SELECT v FROM %s WHERE k = ?", self->table);
  self->put_sql = g_strdup_printf ("INSERT OR REPLACE INTO %s (k, v) VALUES (?, ?)", self->table);
  return self;
}

void
tt_key_index_free (TtKeyIndex *self)
{
  if (self == NULL)
    return;
  /* After a rollback the table is gone already. */
  if (self->made)
    {
      g_autofree char *drop = g_strdup_printf ("DROP TABLE IF EXISTS %s", self->table);
      tt_db_exec (self->db, drop, NULL);
    }
  g_hash_table_unref (self->memory);
  g_hash_table_unref (self->pending);
  g_free (self->filter);
  g_clear_error (&self->error);
  g_free (self->table);
  g_free (self->get_sql);
  g_free (self->put_sql);
  g_object_unref (self->db);
  g_free (self);
}

static void
failed (TtKeyIndex *self)
{
  if (self->error == NULL)
    tt_db_set_error (self->db, &self->error, _("Remembering the rows of the list"));
}

static TtStmt *
prepare (TtKeyIndex *self, const char *sql)
{
  return self->error == NULL ? tt_db_prepare (self->db, sql, &self->error) : NULL;
}

/* Makes the table, with a cache of 8 MB: the connection keeps temporary tables in a file while
 * an import runs (tt_import_run), so that its pages beyond the cache go to disk. */
static gboolean
make_table (TtKeyIndex *self)
{
  g_autofree char *create = g_strdup_printf ("CREATE TABLE IF NOT EXISTS %s (k %s PRIMARY KEY, v INTEGER NOT NULL)%s",
                                             self->table, self->id_keys ? "INTEGER" : "TEXT",
                                             self->id_keys ? "" : " WITHOUT ROWID");

  self->made = TRUE;
  return tt_db_exec (self->db, create, &self->error) &&
         tt_db_exec (self->db, "PRAGMA temp.cache_size = -8000", &self->error);
}

/* Looks @key (text, or an id when @text is NULL) up on disk. */
static gboolean
get_on_disk (TtKeyIndex *self, const char *text, gint64 id, gint64 *value)
{
  g_autoptr(TtStmt) stmt = NULL;
  int rc;

  if (self->on_disk == 0 || (stmt = prepare (self, self->get_sql)) == NULL)
    return FALSE;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    failed (self);
  return FALSE;
}

static void
put_on_disk (TtKeyIndex *self, const char *text, gint64 id, gint64 value)
{
  g_autoptr(TtStmt) stmt = NULL;

  if (self->error != NULL || (!self->made && !make_table (self)) || (stmt = prepare (self, self->put_sql)) == NULL)
    return;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, value);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    failed (self);
  else
    self->on_disk++;
}

gboolean
tt_key_index_get (TtKeyIndex *self, const char *key, gint64 *value)
{
  gpointer hit;

  if (g_hash_table_lookup_extended (self->memory, key, NULL, &hit) ||
      g_hash_table_lookup_extended (self->pending, key, NULL, &hit))
    {
      *value = (gint64) GPOINTER_TO_SIZE (hit);
      return TRUE;
    }
  return filter_has (self->filter, key) && get_on_disk (self, key, 0, value);
}

static int
compare_keys (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Writes the waiting keys to disk in order. */
static void
flush_pending (TtKeyIndex *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_sized_new (g_hash_table_size (self->pending));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_keys);
  if (self->filter == NULL)
    self->filter = g_malloc0 (FILTER_BITS / 8);
  for (guint i = 0; i < keys->len; i++)
    {
      guint32 bits[4];
      filter_bits (keys->pdata[i], bits);
      for (guint b = 0; b < 4; b++)
        self->filter[bits[b] / 8] |= 1u << (bits[b] % 8);
      put_on_disk (self, keys->pdata[i], 0, (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (self->pending, keys->pdata[i])));
    }
  g_hash_table_remove_all (self->pending);
}

gboolean
tt_key_index_get_id (TtKeyIndex *self, gint64 key, gint64 *value)
{
  gpointer hit;

  if (g_hash_table_lookup_extended (self->memory, GSIZE_TO_POINTER (key), NULL, &hit))
    {
      *value = (gint64) GPOINTER_TO_SIZE (hit);
      return TRUE;
    }
  return get_on_disk (self, NULL, key, value);
}

/* Remembers @key's value: in memory while there is room or the key is there already, else on
 * disk. */
void
tt_key_index_put (TtKeyIndex *self, const char *key, gint64 value)
{
  if (g_hash_table_size (self->memory) < memory_keys || g_hash_table_contains (self->memory, key))
    g_hash_table_insert (self->memory, g_strdup (key), GSIZE_TO_POINTER (value));
  else
    {
      g_hash_table_insert (self->pending, g_strdup (key), GSIZE_TO_POINTER (value));
      if (g_hash_table_size (self->pending) >= MIN (PENDING_KEYS, memory_keys))
        flush_pending (self);
    }
}

void
tt_key_index_put_id (TtKeyIndex *self, gint64 key, gint64 value)
{
  if (g_hash_table_size (self->memory) < memory_keys || g_hash_table_contains (self->memory, GSIZE_TO_POINTER (key)))
    g_hash_table_insert (self->memory, GSIZE_TO_POINTER (key), GSIZE_TO_POINTER (value));
  else
    put_on_disk (self, NULL, key, value);
}

/* FALSE with the error when a key could not be kept or looked up on disk: what the import
 * found may then be wrong, and it must not stand. */
gboolean
tt_key_index_check (TtKeyIndex *self, GError **error)
{
  if (self->error == NULL)
    return TRUE;
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}
