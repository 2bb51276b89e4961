/* tt-household-index.c — the register's search keys in memory, for search as the clerk types
 *
 * A province office keeps a few hundred thousand households. In SQL a one-letter search
 * collects and sorts a hundred thousand rows (half a second); the Households page needs the
 * ordered ids of every match on each key typed. Like the donor index, this one holds per
 * household what the search and the page's filters look at — folded head name, phone digits,
 * ID number, household code, status and the (year, category) of each classification, about
 * 80 bytes a household — in register order, so a search is one pass that keeps the order. A
 * bit set of the letters the name's words start with rejects most households before any
 * string is compared. Its matches are those of tt_household_ids() without a place.
 *
 * The index never changes once loaded, so searches may run on any thread; it is counted by
 * references so a search still running keeps the index it started with.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-household-index.h"
#include "tt-households-private.h"
#include "tt-text.h"

#define CHECK_EVERY 4096

typedef struct
{
  gint64      id;
  const char *key;         /* folded head name */
  const char *phone;       /* digits of the phone, or NULL */
  const char *id_number;   /* or NULL */
  const char *code;        /* or NULL */
  guint32     initials;    /* letters the words of the key start with */
  guint32     cls_start;   /* first of its classifications in cls */
  guint16     n_cls;
  gboolean    active;
} Entry;

struct _TtHouseholdIndex
{
  Entry         *entries;  /* in register order */
  guint          n_entries;
  GArray        *cls;      /* guint16: (year - 2000) << 3 | category number, by year */
  GStringChunk  *strings;
};

static gboolean
is_word_byte (char c)
{
  return (guchar) c >= 0x80 || g_ascii_isalnum (c);
}

/* One bit per letter a word can start with: a–z, a digit, anything else. */
static guint32
initial_bit (char c)
{
  if (c >= 'a' && c <= 'z')
    return 1u << (c - 'a');
  if (g_ascii_isdigit (c))
    return 1u << 26;
  return 1u << 27;
}

static guint32
initials_of (const char *key)
{
  guint32 bits = 0;

  for (const char *p = key; *p; p++)
    if (is_word_byte (*p) && (p == key || !is_word_byte (p[-1])))
      bits |= initial_bit (*p);
  return bits;
}

static int
category_number (const char *code)
{
  for (guint i = 0; tt_category_nth (i) != NULL; i++)
    if (g_strcmp0 (tt_category_nth (i), code) == 0)
      return i;
  return -1;
}

static const char *
keep_string (GStringChunk *strings, sqlite3_stmt *stmt, int col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return text != NULL && *text != '\0' ? g_string_chunk_insert (strings, text) : NULL;
}

static const char *
copy_string (GStringChunk *strings, const char *text)
{
  return text != NULL ? g_string_chunk_insert (strings, text) : NULL;
}

static void
index_clear (TtHouseholdIndex *index)
{
  g_clear_pointer (&index->entries, g_free);
  g_clear_pointer (&index->cls, g_array_unref);
  g_clear_pointer (&index->strings, g_string_chunk_free);
}

static gboolean
load_classifications (TtHouseholdIndex *index, TtDb *db, guint32 *position, gint64 max_id, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT household_id, year, category FROM household_classifications "
                                          "ORDER BY household_id, year",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int year = sqlite3_column_int (stmt, 1);
      int category = category_number ((const char *) sqlite3_column_text (stmt, 2));
      guint16 packed;
      Entry *e;

      if (id < 1 || id > max_id || position[id] == 0 || category < 0 || year < 2000 || year > 2100)
        continue;
      e = &index->entries[position[id] - 1];
      if (e->n_cls == 0)
        e->cls_start = index->cls->len;
      packed = (guint16) ((year - 2000) << 3 | category);
      g_array_append_val (index->cls, packed);
      e->n_cls++;
    }
  if (rc != SQLITE_DONE)
    {
      tt_db_set_error (db, error, _("Loading the register"));
      return FALSE;
    }
  return TRUE;
}

/* A household while loading: its entry and its head's name, the tie-break of the order. */
typedef struct
{
  Entry       e;
  const char *name;
} Loading;

static int
compare_register_order (gconstpointer a, gconstpointer b)
{
  const Loading *x = a, *y = b;
  int r = strcmp (x->e.key, y->e.key);

  if (r == 0)
    r = strcmp (x->name, y->name);
  if (r == 0)
    r = (x->e.id > y->e.id) - (x->e.id < y->e.id);
  return r;
}

/* Reads the register in the order it is stored (reading it in name order costs a random read
 * a household) and sorts it here into register order: folded name, name, id. */
TtHouseholdIndex *
tt_household_index_load (TtDb    *db,
                         GError **error)
{
  g_autoptr(TtHouseholdIndex) index = g_atomic_rc_box_new0 (TtHouseholdIndex);
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree guint32 *position = NULL;   /* id → place in entries + 1 */
  g_autoptr(GArray) loading = NULL;
  GStringChunk *read = NULL;   /* the strings as read, in stored order */
  gint64 max_id = tt_db_query_int (db, "SELECT coalesce(max(id), 0) FROM households", 0);
  int rc;

  loading = g_array_sized_new (FALSE, FALSE, sizeof (Loading), (guint) MIN (max_id, G_MAXUINT32 / 2));
  index->cls = g_array_new (FALSE, FALSE, sizeof (guint16));
  index->strings = g_string_chunk_new (256 * 1024);
  stmt = tt_db_prepare (db,
                        "SELECT h.id, h.head_name_key, h.phone_key, p.id_number, h.code, h.status = 'active', h.head_name "
                        "FROM households h LEFT JOIN household_personal p ON p.household_id = h.id "
                        "WHERE h.status <> 'merged'",
                        error);
  if (stmt == NULL)
    return NULL;
  read = g_string_chunk_new (256 * 1024);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Loading l = { { 0 } };

      l.e.id = sqlite3_column_int64 (stmt, 0);
      l.e.key = keep_string (read, stmt, 1);
      l.e.phone = keep_string (read, stmt, 2);
      l.e.id_number = keep_string (read, stmt, 3);
      l.e.code = keep_string (read, stmt, 4);
      l.e.active = sqlite3_column_int (stmt, 5);
      l.name = keep_string (read, stmt, 6);
      if (l.e.key == NULL)
        l.e.key = "";
      if (l.name == NULL)
        l.name = "";
      g_array_append_val (loading, l);
    }
  if (rc != SQLITE_DONE)
    {
      g_string_chunk_free (read);
      tt_db_set_error (db, error, _("Loading the register"));
      return NULL;
    }
  g_array_sort (loading, compare_register_order);

  /* The strings again in register order, so a search reads memory in order. The entries take
   * the place of what was loaded (each smaller than its Loading, written from the first on), so
   * the register is not held twice while the index is made. */
  index->n_entries = loading->len;
  index->entries = (Entry *) (gpointer) g_array_free (g_steal_pointer (&loading), FALSE);
  position = g_new0 (guint32, max_id + 1);
  for (guint i = 0; i < index->n_entries; i++)
    {
      Entry e = ((Loading *) (gpointer) index->entries)[i].e;

      e.key = copy_string (index->strings, e.key);
      e.phone = copy_string (index->strings, e.phone);
      e.id_number = copy_string (index->strings, e.id_number);
      e.code = copy_string (index->strings, e.code);
      e.initials = initials_of (e.key);
      index->entries[i] = e;
      if (e.id >= 1 && e.id <= max_id)
        position[e.id] = i + 1;
    }
  index->entries = g_realloc (index->entries, MAX (index->n_entries, 1) * sizeof (Entry));
  g_string_chunk_free (read);
  if (!load_classifications (index, db, position, max_id, error))
    return NULL;
  return g_steal_pointer (&index);
}

TtHouseholdIndex *
tt_household_index_ref (TtHouseholdIndex *index)
{
  g_return_val_if_fail (index != NULL, NULL);
  return g_atomic_rc_box_acquire (index);
}

void
tt_household_index_unref (TtHouseholdIndex *index)
{
  if (index != NULL)
    g_atomic_rc_box_release_full (index, (GDestroyNotify) index_clear);
}

guint
tt_household_index_size (TtHouseholdIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);
  return index->n_entries;
}

/* What one search looks for, worked out once. */
typedef struct
{
  const char  *folded;
  gsize        folded_len;
  char       **words;
  guint32      initials;      /* every word's first letter */
  const char  *number;        /* the digits typed, when the query is a number */
  gsize        number_len;
  guint32      categories;    /* bit per category number; 0: any */
  int          year;
  gboolean     include_inactive;
} Query;

/* Does @word start some word of @key? */
static gboolean
starts_a_word (const char *key, const char *word, gsize len)
{
  for (const char *p = key; *p; p++)
    if ((p == key || !is_word_byte (p[-1])) && *p == *word && strncmp (p, word, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
matches_text (const Entry *e, const Query *q)
{
  if (q->number != NULL &&
      ((e->phone != NULL && strncmp (e->phone, q->number, q->number_len) == 0) ||
       (e->id_number != NULL && strncmp (e->id_number, q->number, q->number_len) == 0) ||
       (e->code != NULL && strcmp (e->code, q->folded) == 0)))
    return TRUE;
  if (q->words[0] != NULL && (e->initials & q->initials) != q->initials)
    return FALSE;
  if (strncmp (e->key, q->folded, q->folded_len) == 0)
    return TRUE;
  if (q->words[0] == NULL)
    return FALSE;
  for (guint w = 0; q->words[w] != NULL; w++)
    if (!starts_a_word (e->key, q->words[w], strlen (q->words[w])))
      return FALSE;
  return TRUE;
}

static gboolean
matches_class (const TtHouseholdIndex *index, const Entry *e, const Query *q)
{
  const guint16 *cls = &g_array_index (index->cls, guint16, e->cls_start);
  int year = q->year;

  if (q->categories == 0 && year == 0)
    return TRUE;
  if (e->n_cls == 0)
    return FALSE;
  if (year == 0)
    year = 2000 + (cls[e->n_cls - 1] >> 3);   /* by year: the last is the latest */
  for (guint i = 0; i < e->n_cls; i++)
    if (2000 + (cls[i] >> 3) == year && (q->categories == 0 || (q->categories & (1u << (cls[i] & 7)))))
      return TRUE;
  return FALSE;
}

/* The ids of the households matching @filter in register order (its place is not looked
 * at), as tt_household_ids() gives them. Checks @cancellable as it goes. */
GArray *
tt_household_index_search (TtHouseholdIndex         *index,
                           const TtHouseholdFilter  *filter,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_autofree char *folded = tt_text_fold (filter->query ? filter->query : "");
  g_autofree char *words_text = g_strdup (folded);
  g_autofree char *number = tt_text_number_query (folded);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GArray) ids = NULL;
  Query q = { 0 };
  guint n = index->n_entries;

  g_return_val_if_fail (index != NULL && filter != NULL, NULL);

  if (!tt_household_filter_categories (filter->categories, codes, error))
    return NULL;
  for (guint i = 0; i < codes->len; i++)
    q.categories |= 1u << category_number (codes->pdata[i]);
  q.year = filter->year;
  q.include_inactive = filter->include_inactive;

  /* The words of the query, as the full-text index splits them. */
  for (char *p = words_text; *p; )
    {
      while (*p && !is_word_byte (*p))
        *p++ = '\0';
      if (*p)
        {
          g_ptr_array_add (words, p);
          q.initials |= initial_bit (*p);
        }
      while (*p && is_word_byte (*p))
        p++;
    }
  g_ptr_array_add (words, NULL);
  q.words = (char **) words->pdata;
  q.folded = folded;
  q.folded_len = strlen (folded);
  q.number = number;
  q.number_len = number ? strlen (number) : 0;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), q.folded_len ? 1024 : n);
  for (guint i = 0; i < n; i++)
    {
      const Entry *e = &index->entries[i];

      if (i % CHECK_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if ((e->active || q.include_inactive) && (q.folded_len == 0 || matches_text (e, &q)) &&
          matches_class (index, e, &q))
        g_array_append_val (ids, e->id);
    }
  return g_steal_pointer (&ids);
}
