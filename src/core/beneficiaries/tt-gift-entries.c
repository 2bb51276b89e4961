/* tt-gift-entries.c — reading a gift list's entries: one, all of them, or each in the printed
 * order (by commune and village, then by the head's name) with the villages' sizes told first
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-db-private.h"
#include "tt-gifts.h"
#include "tt-gifts-private.h"

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
  g_autoptr(TtStmt) order = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  gboolean snapshot = tt_db_read_begin (db);
  gboolean ok = FALSE, missing = FALSE;
  int rc;

  order = tt_db_prepare (db,
                         "SELECT e.id, c.name, v.name FROM gift_entries e JOIN households h ON h.id = e.household_id "
                         "JOIN gift_packages p ON p.id = e.package_id LEFT JOIN places v ON v.id = h.village_id LEFT JOIN places c ON c.id = h.commune_id "
                         "WHERE e.list_id = ? ORDER BY c.name_key COLLATE tt_natural, c.id, "
                         "v.name_key COLLATE tt_natural, v.id, h.head_name_key, h.head_name, e.id", error);
  stmt = order ? tt_db_prepare (db, "SELECT " ENTRY_COLUMNS_NO_PLACES "WHERE e.id = ?", error) : NULL;
  if (stmt == NULL || tt_gift_list_campaign (db, list_id, NULL, error) == 0)
    goto out;
  tt_bind_int (order, 1, list_id);
  while ((rc = sqlite3_step (order)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (order, 0);
      const char *c = (const char *) sqlite3_column_text (order, 1);
      const char *v = (const char *) sqlite3_column_text (order, 2);

      g_array_append_val (ids, id);
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

/* The entry of household @household_id on the list, or NULL (and @error) when it has none. */
TtGiftEntry *
tt_gift_list_entry (TtDb    *db,
                    gint64   list_id,
                    gint64   household_id,
                    GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT " ENTRY_COLUMNS "WHERE e.list_id = ? AND e.household_id = ?",
                                          error);
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_gift_entry_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, list_id);
  tt_bind_int (stmt, 2, household_id);
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
