/* tt-batches.c — a stack of slips entered together, checked against its declared count and total
 *
 * The clerk counts the slips and adds up their amounts before typing them in. Closing the
 * batch compares what was entered with what was declared; a difference is refused unless the
 * clerk accepts it knowingly (the difference stays visible in the batch row and audit log).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-batches.h"
#include "tt-db-private.h"
#include "tt-money.h"
#include "tt-text.h"

gint64
tt_batch_open (TtDb        *db,
               gint64       expected_count,
               gint64       expected_total,
               const char  *note,
               GError     **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *clean_note = NULL;

  if (expected_count <= 0 || expected_count > 100000)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Number of slips: give how many slips are in the stack (1 to 100,000)."));
      return 0;
    }
  if (expected_total <= 0 || expected_total > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Total of the slips: give the sum of the amounts on the slips."));
      return 0;
    }
  if (!tt_text_clean_note (note, _("Note"), 500, &clean_note, error))
    return 0;
  stmt = tt_db_prepare (db,
                        "INSERT INTO donation_batches (expected_count, expected_total, note, opened_by) "
                        "VALUES (?, ?, ?, tt_actor())", error);
  if (stmt == NULL)
    return 0;
  tt_bind_int (stmt, 1, expected_count);
  tt_bind_int (stmt, 2, expected_total);
  tt_bind_text (stmt, 3, clean_note);
  if (!tt_db_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tt_db_get_handle (db));
}

gboolean
tt_batch_get (TtDb     *db,
              gint64    id,
              TtBatch  *out,
              GError  **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT b.expected_count, b.expected_total, b.closed_at IS NOT NULL, "
                                          "(SELECT count(*) FROM donations WHERE batch_id = b.id AND status = 'valid'), "
                                          "(SELECT coalesce(sum(amount), 0) FROM donations WHERE batch_id = b.id AND status = 'valid') "
                                          "FROM donation_batches b WHERE b.id = ?", error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no batch with number %lld."), (long long) id);
      return FALSE;
    }
  out->id = id;
  out->expected_count = sqlite3_column_int64 (stmt, 0);
  out->expected_total = sqlite3_column_int64 (stmt, 1);
  out->closed = sqlite3_column_int (stmt, 2);
  out->count = sqlite3_column_int64 (stmt, 3);
  out->total = sqlite3_column_int64 (stmt, 4);
  return TRUE;
}

/* A sentence saying how the entered slips differ from the declared ones, or NULL. */
char *
tt_batch_mismatch (const TtBatch *b)
{
  g_autofree char *total = NULL;
  g_autofree char *expected = NULL;

  if (b->count == b->expected_count && b->total == b->expected_total)
    return NULL;
  total = tt_money_format (b->total);
  expected = tt_money_format (b->expected_total);
  return g_strdup_printf (_("Batch %lld has %lld receipts for %s, but %lld slips for %s were declared."),
                          (long long) b->id, (long long) b->count, total,
                          (long long) b->expected_count, expected);
}

gboolean
tt_batch_close (TtDb     *db,
                gint64    id,
                gboolean  accept_mismatch,
                GError  **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *mismatch = NULL;
  TtBatch batch;

  if (!tt_batch_get (db, id, &batch, error))
    return FALSE;
  if (batch.closed)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Batch %lld is already closed."), (long long) id);
      return FALSE;
    }
  mismatch = tt_batch_mismatch (&batch);
  if (mismatch != NULL && !accept_mismatch)
    {
      g_set_error_literal (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH, mismatch);
      return FALSE;
    }
  stmt = tt_db_prepare (db,
                        "UPDATE donation_batches SET closed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                        "note = CASE WHEN ?2 IS NULL THEN note ELSE trim(coalesce(note, '') || ' ' || ?2) END "
                        "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  tt_bind_text (stmt, 2, mismatch);
  return tt_db_step_done (db, stmt, error);
}
