/* tt-donor-index.c — every donor's folded name in memory, for search as the clerk types
 *
 * The donor list answers each key press with the ordered ids of every matching donor. In SQL
 * that costs 70–100 ms for a one- or two-letter query over 100,000 donors (tens of thousands
 * of rows to collect and sort), which is several frames. This index holds, per donor, the
 * folded name key, phone and the totals kept in donor_stats (about 60 bytes a donor) with the
 * three sort orders computed once, so a query is one pass over the keys that keeps the
 * chosen order: a few milliseconds. Its matches are those of tt_donor_ids(): the name starts
 * with the query, every typed word starts a word of the name, or the phone starts with the
 * typed digits or ends with four or more of them.
 */
#include "config.h"

#include <string.h>

#include "tt-db-private.h"
#include "tt-donor-index.h"
#include "tt-text.h"

typedef struct
{
  gint64      id;
  gint64      total;
  const char *key;
  const char *phone;
  char        last_gift[11];
} Entry;

struct _TtDonorIndex
{
  GArray        *entries;     /* Entry, in name order */
  guint32       *by_total;    /* positions in entries */
  guint32       *by_last_gift;
  GStringChunk  *strings;
};

static TtDonorIndex *sort_index;   /* only while qsort runs, under the lock */
G_LOCK_DEFINE_STATIC (sort_index);

static int
compare_total (gconstpointer a, gconstpointer b)
{
  guint32 ia = *(const guint32 *) a, ib = *(const guint32 *) b;
  const Entry *ea = &g_array_index (sort_index->entries, Entry, ia);
  const Entry *eb = &g_array_index (sort_index->entries, Entry, ib);

  if (ea->total != eb->total)
    return ea->total > eb->total ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static int
compare_last_gift (gconstpointer a, gconstpointer b)
{
  guint32 ia = *(const guint32 *) a, ib = *(const guint32 *) b;
  int r = strcmp (g_array_index (sort_index->entries, Entry, ib).last_gift,
                  g_array_index (sort_index->entries, Entry, ia).last_gift);

  if (r != 0)
    return r;
  return ia < ib ? -1 : ia > ib;
}

static guint32 *
make_order (TtDonorIndex *index, GCompareFunc compare)
{
  guint n = index->entries->len;
  guint32 *order = g_new (guint32, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    order[i] = i;
  G_LOCK (sort_index);
  sort_index = index;
  qsort (order, n, sizeof (guint32), compare);
  sort_index = NULL;
  G_UNLOCK (sort_index);
  return order;
}

TtDonorIndex *
tt_donor_index_load (TtDb    *db,
                     GError **error)
{
  g_autoptr(TtDonorIndex) index = g_new0 (TtDonorIndex, 1);
  g_autoptr(TtStmt) stmt = NULL;
  int rc;

  index->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  index->strings = g_string_chunk_new (64 * 1024);
  stmt = tt_db_prepare (db,
                        "SELECT d.id, d.name_key, " TT_DONOR_PHONE_DIGITS ("d.phone") ", coalesce(s.total, 0), "
                        "coalesce(s.last_gift, '') "
                        "FROM donors d LEFT JOIN donor_stats s ON s.donor_id = d.id "
                        "WHERE d.merged_into IS NULL ORDER BY d.name_key, d.name, d.id",
                        error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Entry e = { 0 };
      const char *phone = (const char *) sqlite3_column_text (stmt, 2);

      e.id = sqlite3_column_int64 (stmt, 0);
      e.key = g_string_chunk_insert (index->strings, (const char *) sqlite3_column_text (stmt, 1));
      e.phone = phone ? g_string_chunk_insert (index->strings, phone) : NULL;
      e.total = sqlite3_column_int64 (stmt, 3);
      g_strlcpy (e.last_gift, (const char *) sqlite3_column_text (stmt, 4), sizeof e.last_gift);
      g_array_append_val (index->entries, e);
    }
  if (rc != SQLITE_DONE)
    {
      tt_db_set_error (db, error, "Loading the donor index");
      return NULL;
    }
  index->by_total = make_order (index, compare_total);
  index->by_last_gift = make_order (index, compare_last_gift);
  return g_steal_pointer (&index);
}

void
tt_donor_index_free (TtDonorIndex *index)
{
  if (index == NULL)
    return;
  g_clear_pointer (&index->entries, g_array_unref);
  g_clear_pointer (&index->strings, g_string_chunk_free);
  g_free (index->by_total);
  g_free (index->by_last_gift);
  g_free (index);
}

guint
tt_donor_index_size (TtDonorIndex *index)
{
  return index->entries->len;
}

static gboolean
is_word_byte (char c)
{
  return (guchar) c >= 0x80 || g_ascii_isalnum (c);
}

/* Does @word start some word of @key? */
static gboolean
starts_a_word (const char *key, const char *word, gsize len)
{
  for (const char *p = key; *p; p++)
    if ((p == key || !is_word_byte (p[-1])) && strncmp (p, word, len) == 0)
      return TRUE;
  return FALSE;
}

/* A phone's digits match a number typed when they start with it, or end with it (four digits
 * or more: the last digits of a phone). */
static gboolean
phone_matches (const char *phone, const char *number)
{
  gsize n = strlen (number);
  gsize len;

  if (phone == NULL)
    return FALSE;
  if (strncmp (phone, number, n) == 0)
    return TRUE;
  len = strlen (phone);
  return n >= 4 && len >= n && memcmp (phone + len - n, number, n) == 0;
}

static gboolean
matches (const Entry *e, const char *folded, gsize folded_len, char **words, const char *number)
{
  if (strncmp (e->key, folded, folded_len) == 0)
    return TRUE;
  if (number != NULL && phone_matches (e->phone, number))
    return TRUE;
  if (words[0] == NULL)
    return FALSE;
  for (guint w = 0; words[w] != NULL; w++)
    if (!starts_a_word (e->key, words[w], strlen (words[w])))
      return FALSE;
  return TRUE;
}

/* The ids of the matching donors in the @sort order (all of them for an empty query). */
GArray *
tt_donor_index_search (TtDonorIndex *index,
                       const char   *query,
                       TtDonorSort   sort)
{
  g_autofree char *folded = tt_text_fold (query ? query : "");
  g_autofree char *words_text = g_strdup (folded);
  g_autofree gboolean *hit = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  guint n = index->entries->len;
  gsize folded_len = strlen (folded);
  g_autofree char *number = tt_text_number_query (folded);
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), folded_len ? 256 : n);

  g_return_val_if_fail (sort <= TT_DONOR_SORT_LAST_GIFT, ids);

  /* The words of the query, as FTS5 would split them. */
  for (char *p = words_text; *p; )
    {
      while (*p && !is_word_byte (*p))
        *p++ = '\0';
      if (*p)
        g_ptr_array_add (words, p);
      while (*p && is_word_byte (*p))
        p++;
    }
  g_ptr_array_add (words, NULL);

  if (folded_len > 0)
    {
      hit = g_new (gboolean, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        hit[i] = matches (&g_array_index (index->entries, Entry, i), folded, folded_len,
                          (char **) words->pdata, number);
    }

  for (guint i = 0; i < n; i++)
    {
      guint pos = sort == TT_DONOR_SORT_TOTAL ? index->by_total[i]
                : sort == TT_DONOR_SORT_LAST_GIFT ? index->by_last_gift[i] : i;

      if (hit == NULL || hit[pos])
        g_array_append_val (ids, g_array_index (index->entries, Entry, pos).id);
    }
  return ids;
}
