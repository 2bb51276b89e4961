/* tt-gift-entries.c — reading a gift list's entries: one, all of them, or each in the printed
 * order (by commune and village, then by the head's name) with the villages' sizes told first
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-gifts.h"
#include "tt-gifts-private.h"
#include "tt-text.h"

#define ENTRY_COLUMNS_WITH(village, commune, places)                                             \
  "e.id, e.household_id, h.head_name, coalesce(h.head_birth_year, 0), pp.id_number, "           \
  "coalesce(h.village_id, 0), " village ", " commune ", h.address, "                             \
  "(SELECT k.category FROM household_classifications k WHERE k.household_id = h.id "            \
  " ORDER BY k.year DESC LIMIT 1), e.quantity, e.quantity * (p.cash_value + p.goods_value), "    \
  "e.status, e.status_on, e.proxy_name, e.proxy_relation, e.extra_reason "                       \
  "FROM gift_entries e JOIN households h ON h.id = e.household_id "                              \
  "JOIN gift_packages p ON p.id = e.package_id "                                                 \
  "LEFT JOIN household_personal pp ON pp.household_id = h.id " places
#define ENTRY_COLUMNS                                                                            \
  ENTRY_COLUMNS_WITH ("v.name", "c.name",                                                        \
                      "LEFT JOIN places v ON v.id = h.village_id LEFT JOIN places c ON c.id = h.commune_id ")
/* Without the place names, which a list read in order has from its order. */
#define ENTRY_COLUMNS_NO_PLACES ENTRY_COLUMNS_WITH ("NULL", "NULL", "")

/* The entry on the statement's row; its texts are the statement's own, valid until its next row. */
static void
read_entry (TtStmt *stmt, TtGiftEntry *e)
{
  *e = (TtGiftEntry) {
    .id = sqlite3_column_int64 (stmt, 0),
    .household_id = sqlite3_column_int64 (stmt, 1),
    .head_name = (char *) sqlite3_column_text (stmt, 2),
    .birth_year = sqlite3_column_int (stmt, 3),
    .id_number = (char *) sqlite3_column_text (stmt, 4),
    .village_id = sqlite3_column_int64 (stmt, 5),
    .village_name = (char *) sqlite3_column_text (stmt, 6),
    .commune_name = (char *) sqlite3_column_text (stmt, 7),
    .address = (char *) sqlite3_column_text (stmt, 8),
    .category = (char *) sqlite3_column_text (stmt, 9),
    .quantity = sqlite3_column_int (stmt, 10),
    .value = sqlite3_column_int64 (stmt, 11),
    .status = (char *) sqlite3_column_text (stmt, 12),
    .status_on = (char *) sqlite3_column_text (stmt, 13),
    .proxy_name = (char *) sqlite3_column_text (stmt, 14),
    .proxy_relation = (char *) sqlite3_column_text (stmt, 15),
    .extra_reason = (char *) sqlite3_column_text (stmt, 16),
  };
}

static gboolean
copy_entry (const TtGiftEntry *e, gpointer data)
{
  TtGiftEntry *copy = g_memdup2 (e, sizeof *e);

  copy->head_name = g_strdup (e->head_name);
  copy->id_number = g_strdup (e->id_number);
  copy->village_name = g_strdup (e->village_name);
  copy->commune_name = g_strdup (e->commune_name);
  copy->address = g_strdup (e->address);
  copy->category = g_strdup (e->category);
  copy->status = g_strdup (e->status);
  copy->status_on = g_strdup (e->status_on);
  copy->proxy_name = g_strdup (e->proxy_name);
  copy->proxy_relation = g_strdup (e->proxy_relation);
  copy->extra_reason = g_strdup (e->extra_reason);
  g_ptr_array_add (data, copy);
  return TRUE;
}

/* An entry of a list as the printed order sorts it. */
typedef struct
{
  gint64      id;
  TtGiftPlace *commune;   /* NULL for none, which comes first */
  TtGiftPlace *village;
  const char *key;       /* the head's name folded, then as written */
  const char *name;
} OrderEntry;

int
tt_gift_place_rank (const TtGiftPlace *p)
{
  return p != NULL ? p->rank : -1;
}

static int
compare_places (gconstpointer a, gconstpointer b)
{
  const TtGiftPlace *x = *(TtGiftPlace *const *) a, *y = *(TtGiftPlace *const *) b;
  int r = x->key && y->key ? tt_text_natural_collate (NULL, (int) strlen (x->key), x->key, (int) strlen (y->key), y->key)
                           : (x->key != NULL) - (y->key != NULL);

  return r != 0 ? r : (x->id > y->id) - (x->id < y->id);
}

static int
compare_entries (gconstpointer a, gconstpointer b)
{
  const OrderEntry *x = a, *y = b;
  int r;

  if (tt_gift_place_rank (x->commune) != tt_gift_place_rank (y->commune))
    return tt_gift_place_rank (x->commune) < tt_gift_place_rank (y->commune) ? -1 : 1;
  if (tt_gift_place_rank (x->village) != tt_gift_place_rank (y->village))
    return tt_gift_place_rank (x->village) < tt_gift_place_rank (y->village) ? -1 : 1;
  if ((r = strcmp (x->key, y->key)) != 0 || (r = strcmp (x->name, y->name)) != 0)
    return r;
  return (x->id > y->id) - (x->id < y->id);
}

static void
gift_place_free (TtGiftPlace *p)
{
  g_free (p->name);
  g_free (p->key);
  g_free (p);
}

GHashTable *
tt_gift_places_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) gift_place_free);
}

/* The place @id (0 or gone: NULL), read once into @places. */
TtGiftPlace *
tt_gift_place (TtDb *db, GHashTable *places, gint64 id)
{
  TtGiftPlace *p;
  g_autoptr(TtStmt) stmt = NULL;

  if (id == 0)
    return NULL;
  if (g_hash_table_lookup_extended (places, &id, NULL, (gpointer *) &p))
    return p;
  p = NULL;
  stmt = tt_db_prepare (db, "SELECT name, name_key FROM places WHERE id = ?", NULL);
  if (stmt != NULL)
    {
      tt_bind_int (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          p = g_new0 (TtGiftPlace, 1);
          p->id = id;
          p->name = tt_column_dup (stmt, 0);
          p->key = tt_column_dup (stmt, 1);
        }
    }
  g_hash_table_insert (places, g_memdup2 (&id, sizeof id), p);
  return p;
}

/* Ranks @places by their folded names in natural order, then by id: an order sorted by place
 * compares ranks, where SQLite's sort called the natural comparison for every pair it
 * compared (0.4 s for 100,000 households). */
void
tt_gift_places_rank (GHashTable *places)
{
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, places);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value != NULL)
      g_ptr_array_add (ranked, value);
  g_ptr_array_sort (ranked, compare_places);
  for (guint i = 0; i < ranked->len; i++)
    ((TtGiftPlace *) ranked->pdata[i])->rank = (int) i;
}

/* The list's entries in the printed order: by commune, by village (each by its name in natural
 * order, then its id), by the head's name folded, then as written, then by entry. The rows are
 * read as they lie and sorted here: SQLite's sort called the natural order's comparison for
 * every pair it compared (0.4 s for 100,000 entries), where the few hundred places are ranked
 * once. Fills @ids with the entries whose head's name folded holds @wanted (NULL: all of them;
 * @n_all, when not NULL, counts all of them), and, when @sizes is not NULL, for each group of
 * entries of one commune and village (by name) its size and names. Returns SQLITE_DONE, or
 * SQLite's error. */
static int
read_order (TtDb *db, gint64 list_id, const char *wanted, guint *n_all, GArray *ids, GArray *sizes,
            GPtrArray *communes, GPtrArray *villages)
{
  g_autoptr(TtStmt) rows = tt_db_prepare (db,
                                          "SELECT e.id, coalesce(h.commune_id, 0), coalesce(h.village_id, 0), "
                                          "h.head_name_key, h.head_name FROM gift_entries e "
                                          "JOIN households h ON h.id = e.household_id WHERE e.list_id = ?",
                                          NULL);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (OrderEntry));
  g_autoptr(GStringChunk) texts = g_string_chunk_new (1 << 20);
  g_autoptr(GHashTable) places = tt_gift_places_new ();
  int rc;

  if (rows == NULL)
    return SQLITE_ERROR;
  tt_bind_int (rows, 1, list_id);
  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (rows, 3);
      OrderEntry e;

      if (n_all != NULL)
        (*n_all)++;
      if (wanted != NULL && (key == NULL || strstr (key, wanted) == NULL))
        continue;
      e = (OrderEntry) {
        .id = sqlite3_column_int64 (rows, 0),
        .key = g_string_chunk_insert_const (texts, key),
        .name = g_string_chunk_insert (texts, (const char *) sqlite3_column_text (rows, 4)),
        .commune = tt_gift_place (db, places, sqlite3_column_int64 (rows, 1)),
        .village = tt_gift_place (db, places, sqlite3_column_int64 (rows, 2)),
      };
      g_array_append_val (entries, e);
    }
  if (rc != SQLITE_DONE)
    return rc;
  tt_gift_places_rank (places);
  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      const OrderEntry *e = &g_array_index (entries, OrderEntry, i);
      const char *c = e->commune ? e->commune->name : NULL;
      const char *v = e->village ? e->village->name : NULL;

      g_array_append_val (ids, e->id);
      if (sizes == NULL)
        continue;
      if (sizes->len == 0 || g_strcmp0 (c, communes->pdata[sizes->len - 1]) != 0 ||
          g_strcmp0 (v, villages->pdata[sizes->len - 1]) != 0)
        {
          guint none = 0;
          g_array_append_val (sizes, none);
          g_ptr_array_add (communes, g_strdup (c));
          g_ptr_array_add (villages, g_strdup (v));
        }
      g_array_index (sizes, guint, sizes->len - 1)++;
    }
  return SQLITE_DONE;
}

/* The entries of the list by village, then by the head's name. The order is found from the
 * sort keys alone, then each entry is read as its turn comes (in one snapshot): the first entry
 * comes at once, rather than after every entry's columns have been read and sorted. */
gboolean
tt_gift_list_foreach_entry (TtDb               *db,
                            gint64              list_id,
                            TtGiftEntryFunc     func,
                            gpointer            data,
                            GError            **error)
{
  return tt_gift_list_foreach_entry_grouped (db, list_id, NULL, func, data, error);
}

/* The same, with the villages' sizes told first (@groups may be NULL): they are counted from the
 * order's own keys, in the same snapshot as the entries. */
gboolean
tt_gift_list_foreach_entry_grouped (TtDb               *db,
                                    gint64              list_id,
                                    TtGiftGroupsFunc    groups,
                                    TtGiftEntryFunc     func,
                                    gpointer            data,
                                    GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_free);   /* each group's */
  g_autoptr(GPtrArray) villages = g_ptr_array_new_with_free_func (g_free);
  guint group = 0, left = 0;
  g_autoptr(TtStmt) stmt = NULL;
  gboolean snapshot = tt_db_read_begin (db);
  gboolean ok = FALSE, missing = FALSE;
  int rc;

  stmt = tt_db_prepare (db, "SELECT " ENTRY_COLUMNS_NO_PLACES "WHERE e.id = ?", error);
  if (stmt == NULL || tt_gift_list_campaign (db, list_id, NULL, error) == 0)
    goto out;
  rc = read_order (db, list_id, NULL, NULL, ids, sizes, communes, villages);
  if (rc == SQLITE_DONE && groups != NULL)
    groups ((const guint *) (gpointer) sizes->data, sizes->len, data);
  /* Each entry the order named is there (one snapshot): one missing would leave its village a
   * row short of the size told above. */
  for (guint i = 0; i < ids->len && rc == SQLITE_DONE && !missing; i++)
    {
      sqlite3_reset (stmt);
      tt_bind_int (stmt, 1, g_array_index (ids, gint64, i));
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          TtGiftEntry e;
          read_entry (stmt, &e);
          /* The entry's commune and village are its group's, named by the order. */
          for (; left == 0 && group < sizes->len; group++)
            left = g_array_index (sizes, guint, group);
          left--;
          e.commune_name = communes->pdata[group - 1];
          e.village_name = villages->pdata[group - 1];
          rc = SQLITE_DONE;
          if (!func (&e, data))
            break;
        }
      else if (rc == SQLITE_DONE)
        missing = TRUE;
    }
  if (missing)
    g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_CORRUPT,
                 _("Gift list %lld could not be read whole: an entry changed while it was read, or the "
                   "office file is damaged."), (long long) list_id);
  else if (rc != SQLITE_DONE)
    tt_db_set_error (db, error, _("reading the gift list"));
  else
    ok = TRUE;
out:
  tt_db_read_end (db, snapshot);
  return ok;
}

/* A copy of the entry on @stmt's next row, or NULL (and @error) when it has none. */
static TtGiftEntry *
one_entry (TtDb *db, TtStmt *stmt, GError **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_gift_entry_free);
  int rc;

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TtGiftEntry e;
      read_entry (stmt, &e);
      copy_entry (&e, one);
      return g_steal_pointer (&one->pdata[0]);
    }
  if (rc == SQLITE_DONE)
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("The household is not on this list."));
  else
    tt_db_set_error (db, error, _("reading the gift list"));
  return NULL;
}

/* The entry of household @household_id on the list, or NULL (and @error) when it has none. */
TtGiftEntry *
tt_gift_list_entry (TtDb    *db,
                    gint64   list_id,
                    gint64   household_id,
                    GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT " ENTRY_COLUMNS "WHERE e.list_id = ? AND e.household_id = ?",
                                          error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, list_id);
  tt_bind_int (stmt, 2, household_id);
  return one_entry (db, stmt, error);
}

/* Entry @entry_id, or NULL (and @error) when there is none. */
TtGiftEntry *
tt_gift_entry_get (TtDb    *db,
                   gint64   entry_id,
                   GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT " ENTRY_COLUMNS "WHERE e.id = ?", error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, entry_id);
  return one_entry (db, stmt, error);
}

static gpointer
read_entry_record (TtDb *db, gint64 id, GError **error)
{
  return tt_gift_entry_get (db, id, error);
}

/* A list's entries as the rows of a list model: each read when a view first shows it. */
const TtRecordKind tt_gift_entry_record = { read_entry_record, (GDestroyNotify) tt_gift_entry_free };

/* The ids of household @household_id's entries on the list: a second package is an entry of
 * its own, and a delivery ticked off marks them all. */
GArray *
tt_gift_list_household_entries (TtDb    *db,
                                gint64   list_id,
                                gint64   household_id,
                                GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT id FROM gift_entries WHERE household_id = ? AND list_id = ? "
                                              "ORDER BY id", error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, household_id);
  tt_bind_int (stmt, 2, list_id);
  return tt_db_step_ids (db, stmt, _("reading the gift list"), error);
}

/* The ids of the list's entries in the printed order whose head's name holds @wanted (folded,
 * accents optional; NULL or empty: every entry), and in @list_size how many entries the list
 * has, found or not. Only the order's keys are read: a view reads an entry when it shows it. */
GArray *
tt_gift_list_entry_ids (TtDb        *db,
                        gint64       list_id,
                        const char  *wanted,
                        guint       *list_size,
                        GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *folded = wanted != NULL && *wanted != '\0' ? tt_text_fold (wanted) : NULL;
  gboolean snapshot;
  int rc;

  *list_size = 0;
  if (tt_gift_list_campaign (db, list_id, NULL, error) == 0)
    return NULL;
  snapshot = tt_db_read_begin (db);
  rc = read_order (db, list_id, folded, list_size, ids, NULL, NULL, NULL);
  tt_db_read_end (db, snapshot);
  if (rc != SQLITE_DONE)
    {
      tt_db_set_error (db, error, _("reading the gift list"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}


GPtrArray *
tt_gift_list_entries (TtDb    *db,
                      gint64   list_id,
                      GError **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_gift_entry_free);

  if (!tt_gift_list_foreach_entry (db, list_id, copy_entry, out, error))
    return NULL;
  return g_steal_pointer (&out);
}
