/* tt-check.c — integrity check and the application's own invariants
 *
 * Problems are sentences a person can act on; an empty list means the office file is sound.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-audit.h"
#include "tt-books.h"
#include "tt-check.h"
#include "tt-db-private.h"
#include "tt-donations.h"
#include "tt-housing.h"
#include "tt-series.h"

static gboolean
collect (TtDb *db, const char *sql, GPtrArray *problems, GError **error,
         char *(*describe) (sqlite3_stmt *stmt))
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("checking the office file"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (problems, describe (stmt));
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("checking the office file"));
  return TRUE;
}

static char *
describe_integrity (sqlite3_stmt *stmt)
{
  return g_strdup_printf (_("SQLite integrity: %s"), sqlite3_column_text (stmt, 0));
}

static char *
describe_fk (sqlite3_stmt *stmt)
{
  return g_strdup_printf (_("Orphan row: %s row %lld points at a missing %s row."),
                          sqlite3_column_text (stmt, 0), sqlite3_column_int64 (stmt, 1),
                          sqlite3_column_text (stmt, 2));
}

/* Gapless numbering of every kind of numbered document: each series holds 1..last_number, each
 * exactly once (a UNIQUE index forbids twice). */
static gboolean
check_series (TtDb *db, const TtSeriesKind *k, GPtrArray *problems, GError **error)
{
  g_autofree char *counts = g_strdup_printf (
    "SELECT s.code, s.last_number, count(d.id), coalesce(min(d.number), 0), coalesce(max(d.number), 0) "
    "FROM doc_series s LEFT JOIN %s d ON d.series_id = s.id WHERE s.doc_kind = ?1 "
    "GROUP BY s.id HAVING count(d.id) <> s.last_number OR coalesce(max(d.number), 0) <> s.last_number",
    k->table);
  g_autofree char *gaps = g_strdup_printf (
    "WITH RECURSIVE n(series_id, code, k, last) AS ("
    "  SELECT id, code, 1, last_number FROM doc_series "
    "   WHERE doc_kind = ?1 AND last_number > 0 AND last_number <> "
    "     (SELECT count(*) FROM %s WHERE series_id = doc_series.id) "
    "  UNION ALL SELECT series_id, code, k + 1, last FROM n WHERE k < last) "
    "SELECT code, k FROM n WHERE NOT EXISTS (SELECT 1 FROM %s d "
    "  WHERE d.series_id = n.series_id AND d.number = n.k) LIMIT 100",
    k->table, k->table);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (tt_db_get_handle (db), counts, -1, &stmt, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("checking the office file"));
  sqlite3_bind_text (stmt, 1, k->kind, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (problems, tt_series_message (k->counter_off, sqlite3_column_text (stmt, 0),
                                                  (long long) sqlite3_column_int64 (stmt, 1),
                                                  (long long) sqlite3_column_int64 (stmt, 2),
                                                  (long long) sqlite3_column_int64 (stmt, 3),
                                                  (long long) sqlite3_column_int64 (stmt, 4)));
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("checking the office file"));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (sqlite3_prepare_v2 (tt_db_get_handle (db), gaps, -1, &stmt, NULL) != SQLITE_OK)
    return tt_db_set_error (db, error, _("checking the office file"));
  sqlite3_bind_text (stmt, 1, k->kind, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *number = tt_series_format ((const char *) sqlite3_column_text (stmt, 0),
                                                  sqlite3_column_int64 (stmt, 1));
      g_ptr_array_add (problems, tt_series_message (k->missing, number));
    }
  if (rc != SQLITE_DONE)
    return tt_db_set_error (db, error, _("checking the office file"));
  return TRUE;
}

static char *
describe_audit_gap (sqlite3_stmt *stmt)
{
  return g_strdup_printf (_("The audit log has %lld entries but its last number is %lld: "
                            "entries were removed."),
                          sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
}

static char *
describe_unaudited (sqlite3_stmt *stmt)
{
  g_autofree char *receipt = tt_receipt_format ((const char *) sqlite3_column_text (stmt, 0),
                                                sqlite3_column_int64 (stmt, 1));
  return g_strdup_printf (_("Receipt %s has no entry in the audit log."), receipt);
}

static char *
describe_void (sqlite3_stmt *stmt)
{
  g_autofree char *receipt = tt_receipt_format ((const char *) sqlite3_column_text (stmt, 0),
                                                sqlite3_column_int64 (stmt, 1));
  return g_strdup_printf (_("Receipt %s is void but its voiding is not in the audit log."), receipt);
}

static char *
describe_guard (sqlite3_stmt *stmt)
{
  return g_strdup_printf (_("The safeguard %s is missing from the office file."),
                          sqlite3_column_text (stmt, 0));
}

static char *
describe_fts (sqlite3_stmt *stmt)
{
  return g_strdup_printf (_("The search index of %s is out of date."), sqlite3_column_text (stmt, 0));
}

gboolean
tt_check_run (TtDb       *db,
              GPtrArray **out_problems,
              GError    **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const TtSeriesKind *kinds;
  gsize n_kinds;

  if (!collect (db, "SELECT * FROM pragma_integrity_check WHERE integrity_check <> 'ok'",
                problems, error, describe_integrity) ||
      !collect (db, "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check",
                problems, error, describe_fk))
    return FALSE;
  kinds = tt_series_kinds (&n_kinds);
  for (gsize i = 0; i < n_kinds; i++)
    if (!check_series (db, &kinds[i], problems, error))
      return FALSE;
  if (!tt_audit_verify (db, problems, error))
    return FALSE;
  if (!collect (db,
                "SELECT count(*), coalesce(max(id), 0) FROM audit_log "
                "HAVING count(*) <> coalesce(max(id), 0) OR coalesce(max(id), 0) <> "
                "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)",
                problems, error, describe_audit_gap) ||
      !collect (db,
                "SELECT s.code, d.number FROM donations d JOIN doc_series s ON s.id = d.series_id "
                "WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'donations' "
                "AND a.row_id = d.id AND a.action = 'insert') LIMIT 100",
                problems, error, describe_unaudited) ||
      !collect (db,
                "SELECT s.code, d.number FROM donations d JOIN doc_series s ON s.id = d.series_id "
                "WHERE d.status = 'void' AND NOT EXISTS (SELECT 1 FROM audit_log a "
                "WHERE a.table_name = 'donations' AND a.row_id = d.id AND a.action = 'void') LIMIT 100",
                problems, error, describe_void) ||
      !collect (db,
                "SELECT g.name FROM (SELECT 'audit_log_no_update' AS name UNION ALL "
                "SELECT 'audit_log_no_delete' UNION ALL SELECT 'guard_donations_delete' UNION ALL "
                "SELECT 'audit_donations_insert' UNION ALL SELECT 'audit_donations_update' UNION ALL "
                "SELECT 'guard_payment_vouchers_delete' UNION ALL SELECT 'audit_payment_vouchers_insert' UNION ALL "
                "SELECT 'audit_payment_vouchers_update') g "
                "WHERE NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = g.name)",
                problems, error, describe_guard))
    return FALSE;

  {
    const char *indexes[] = { "donors_fts", "households_fts" };
    for (gsize i = 0; i < G_N_ELEMENTS (indexes); i++)
      {
        g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (%s, rank) VALUES ('integrity-check', 1)",
                                                indexes[i], indexes[i]);
        if (sqlite3_exec (tt_db_get_handle (db), sql, NULL, NULL, NULL) != SQLITE_OK)
          {
            g_autofree char *q = g_strdup_printf ("SELECT '%s'", indexes[i]);
            if (!collect (db, q, problems, error, describe_fts))
              return FALSE;
          }
      }
  }

  if (!tt_book_check (db, problems, error) || !tt_housing_check (db, problems, error))
    return FALSE;

  *out_problems = g_steal_pointer (&problems);
  return TRUE;
}

void
tt_check_totals (TtDb          *db,
                 TtCheckTotals *out)
{
  out->donors = tt_db_query_int (db, "SELECT count(*) FROM donors", 0);
  out->receipts = tt_db_query_int (db, "SELECT count(*) FROM donations", 0);
  out->audit_entries = tt_db_query_int (db, "SELECT count(*) FROM audit_log", 0);
}
