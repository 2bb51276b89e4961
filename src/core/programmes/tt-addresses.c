/* tt-addresses.c — humanitarian addresses
 *
 * A household is profiled with its need, a date and a priority; a sponsor (a donor) commits to
 * help it regularly; each help given is kept with its date, kind, value and giver, and the
 * first one makes the address "helped"; the address may be connected to the national iNhandao
 * system with its code there. The plan's counts — addresses profiled per commune in a year, the
 * share of them helped, those connected — are read from these records.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-addresses.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-donors.h"
#include "tt-households-private.h"
#include "tt-households.h"
#include "tt-money.h"
#include "tt-support.h"
#include "tt-text.h"

void
tt_address_free (TtAddress *a)
{
  if (a == NULL)
    return;
  g_free (a->head_name);
  g_free (a->village);
  g_free (a->need);
  g_free (a->profiled_on);
  g_free (a->sponsor);
  g_free (a->commitment);
  g_free (a->status);
  g_free (a->code);
  g_free (a);
}

void
tt_address_stats_free (TtAddressStats *s)
{
  if (s == NULL)
    return;
  g_free (s->commune);
  g_free (s);
}

static gboolean
day_of (const char *text, char out[11], GError **error)
{
  if (text == NULL)
    {
      tt_date_today (out);
      return TRUE;
    }
  if (tt_date_parse (text, out, error))
    return TRUE;
  g_prefix_error (error, _("Date: "));
  return FALSE;
}

/* The address's profiling day, or FALSE with an error when there is no such address. */
static gboolean
address_day (TtDb *db, gint64 id, char day[11], GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT profiled_on FROM humanitarian_addresses WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no humanitarian address %lld."),
                   (long long) id);
      return FALSE;
    }
  g_strlcpy (day, (const char *) sqlite3_column_text (stmt, 0), 11);
  return TRUE;
}

/* Runs one statement as a unit of work. */
static gboolean
run (TtDb *db, TtStmt *stmt, GError **error)
{
  if (!tt_db_step_done (db, stmt, error))
    {
      tt_db_rollback (db);
      return FALSE;
    }
  return tt_db_commit (db, error);
}

gint64
tt_address_add (TtDb        *db,
                gint64       household_id,
                const char  *need,
                const char  *date,
                int          priority,
                GError     **error)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, household_id, error);
  g_autofree char *what = NULL;
  g_autoptr(TtStmt) open = NULL;
  g_autoptr(TtStmt) insert = NULL;
  char day[11];

  if (h == NULL || (what = tt_text_clean_name (need, _("Need"), error)) == NULL || !day_of (date, day, error))
    return 0;
  if (priority < 0 || priority > 9)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Priority: give a number from 0 to 9."));
      return 0;
    }
  open = tt_db_prepare (db, "SELECT id FROM humanitarian_addresses WHERE household_id = ?1 AND status <> 'closed'",
                        error);
  if (open == NULL)
    return 0;
  tt_bind_int (open, 1, household_id);
  if (sqlite3_step (open) == SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("Household %lld is already humanitarian address %lld: close it before profiling it again."),
                   (long long) household_id, (long long) sqlite3_column_int64 (open, 0));
      return 0;
    }
  if (!tt_db_begin (db, error))
    return 0;
  insert = tt_db_prepare (db, "INSERT INTO humanitarian_addresses (household_id, profiled_on, priority, need) "
                              "VALUES (?1, ?2, ?3, ?4)", error);
  if (insert == NULL)
    {
      tt_db_rollback (db);
      return 0;
    }
  tt_bind_int (insert, 1, household_id);
  tt_bind_text (insert, 2, day);
  sqlite3_bind_int (insert, 3, priority);
  tt_bind_text (insert, 4, what);
  if (!tt_db_step_done (db, insert, error))
    {
      tt_db_rollback (db);
      return 0;
    }
  {
    gint64 id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
    return tt_db_commit (db, error) ? id : 0;
  }
}

gboolean
tt_address_sponsor (TtDb        *db,
                    gint64       address_id,
                    gint64       donor_id,
                    const char  *from,
                    const char  *commitment,
                    GError     **error)
{
  g_autofree char *promise = NULL;
  g_autoptr(TtStmt) update = NULL;
  char profiled[11], day[11];

  if (!address_day (db, address_id, profiled, error) || !tt_donor_exists (db, donor_id, error) ||
      !day_of (from, day, error) || !tt_text_clean_field (commitment, _("Commitment"), 500, &promise, error))
    return FALSE;
  if (!tt_db_begin (db, error))
    return FALSE;
  update = tt_db_prepare (db, "UPDATE humanitarian_addresses SET sponsor_id = ?2, sponsored_from = ?3, "
                              "commitment = ?4 WHERE id = ?1", error);
  if (update == NULL)
    {
      tt_db_rollback (db);
      return FALSE;
    }
  tt_bind_int (update, 1, address_id);
  tt_bind_int (update, 2, donor_id);
  tt_bind_text (update, 3, day);
  tt_bind_text (update, 4, promise);
  return run (db, update, error);
}

/* Records a help given; the first makes an open address "helped". */
gint64
tt_address_help (TtDb        *db,
                 gint64       address_id,
                 const char  *date,
                 const char  *kind,
                 gint64       amount,
                 gint64       donor_id,
                 const char  *note,
                 GError     **error)
{
  g_autofree char *why = NULL;
  g_autoptr(TtStmt) insert = NULL;
  g_autoptr(TtStmt) status = NULL;
  char profiled[11], day[11];
  gint64 id;

  if (!address_day (db, address_id, profiled, error) || !day_of (date, day, error) ||
      !tt_text_clean_field (note, _("Note"), 500, &why, error))
    return 0;
  if (tt_values_index (&tt_support_kinds, kind) < 0)
    {
      g_autofree char *known = tt_values_codes (&tt_support_kinds, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown kind of help “%s”: use %s."),
                   kind ? kind : "", known);
      return 0;
    }
  if (amount < 0 || amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Amounts must be 0 đồng or more."));
      return 0;
    }
  if (strcmp (day, profiled) < 0)
    {
      g_autofree char *shown = tt_date_display (profiled);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Date: the address was profiled on %s; help comes after that."), shown);
      return 0;
    }
  if (donor_id != 0 && !tt_donor_exists (db, donor_id, error))
    return 0;
  if (!tt_db_begin (db, error))
    return 0;
  insert = tt_db_prepare (db, "INSERT INTO address_helps (address_id, given_on, kind, amount, donor_id, note) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (insert == NULL)
    goto fail;
  tt_bind_int (insert, 1, address_id);
  tt_bind_text (insert, 2, day);
  tt_bind_text (insert, 3, kind);
  tt_bind_int (insert, 4, amount);
  tt_bind_opt_id (insert, 5, donor_id);
  tt_bind_text (insert, 6, why);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
  status = tt_db_prepare (db, "UPDATE humanitarian_addresses SET status = 'helped' WHERE id = ?1 AND status = 'open'",
                          error);
  if (status == NULL)
    goto fail;
  tt_bind_int (status, 1, address_id);
  if (!tt_db_step_done (db, status, error))
    goto fail;
  return tt_db_commit (db, error) ? id : 0;

fail:
  tt_db_rollback (db);
  return 0;
}

gboolean
tt_address_inhandao (TtDb        *db,
                     gint64       address_id,
                     gboolean     connected,
                     const char  *code,
                     GError     **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(TtStmt) update = NULL;
  char profiled[11];

  if (!address_day (db, address_id, profiled, error) ||
      !tt_text_clean_field (code, _("iNhandao code"), 100, &clean, error))
    return FALSE;
  if (!tt_db_begin (db, error))
    return FALSE;
  update = tt_db_prepare (db, "UPDATE humanitarian_addresses SET inhandao_connected = ?2, "
                              "inhandao_code = CASE WHEN ?2 THEN coalesce(?3, inhandao_code) ELSE NULL END "
                              "WHERE id = ?1", error);
  if (update == NULL)
    {
      tt_db_rollback (db);
      return FALSE;
    }
  tt_bind_int (update, 1, address_id);
  sqlite3_bind_int (update, 2, connected ? 1 : 0);
  tt_bind_text (update, 3, clean);
  return run (db, update, error);
}

/* Closes an address: it is no longer followed, and the household may be profiled again. */
gboolean
tt_address_close (TtDb    *db,
                  gint64   address_id,
                  GError **error)
{
  g_autoptr(TtStmt) update = NULL;
  char profiled[11];

  if (!address_day (db, address_id, profiled, error) || !tt_db_begin (db, error))
    return FALSE;
  update = tt_db_prepare (db, "UPDATE humanitarian_addresses SET status = 'closed' WHERE id = ?1", error);
  if (update == NULL)
    {
      tt_db_rollback (db);
      return FALSE;
    }
  tt_bind_int (update, 1, address_id);
  return run (db, update, error);
}

GPtrArray *
tt_address_list (TtDb                  *db,
                 const TtAddressFilter *filter,
                 GError               **error)
{
  g_autofree char *place = tt_household_place_condition (db, filter->place_id);
  g_autofree char *sql = g_strdup_printf (
    "SELECT a.id, a.household_id, h.head_name, v.name, a.need, a.profiled_on, a.priority, d.name, a.commitment, "
    "a.status, a.inhandao_connected, a.inhandao_code, "
    "(SELECT coalesce(sum(x.amount), 0) FROM address_helps x WHERE x.address_id = a.id) "
    "FROM humanitarian_addresses a JOIN households h ON h.id = a.household_id "
    "LEFT JOIN places v ON v.id = h.village_id LEFT JOIN donors d ON d.id = a.sponsor_id "
    "WHERE %s AND (?1 IS NULL OR a.status = ?1) AND (?2 = 0 OR substr(a.profiled_on, 1, 4) = printf('%%04d', ?2)) "
    "AND (?3 = 0 OR a.household_id = ?3) "
    "ORDER BY a.priority DESC, a.id",
    place ? place : "1");
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, sql, error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_text (stmt, 1, filter->status);
  sqlite3_bind_int (stmt, 2, filter->year);
  tt_bind_int (stmt, 3, filter->household_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_address_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtAddress *a = g_new0 (TtAddress, 1);
      a->id = sqlite3_column_int64 (stmt, 0);
      a->household_id = sqlite3_column_int64 (stmt, 1);
      a->head_name = tt_column_dup (stmt, 2);
      a->village = tt_column_dup (stmt, 3);
      a->need = tt_column_dup (stmt, 4);
      a->profiled_on = tt_column_dup (stmt, 5);
      a->priority = sqlite3_column_int (stmt, 6);
      a->sponsor = tt_column_dup (stmt, 7);
      a->commitment = tt_column_dup (stmt, 8);
      a->status = tt_column_dup (stmt, 9);
      a->connected = sqlite3_column_int (stmt, 10) != 0;
      a->code = tt_column_dup (stmt, 11);
      a->helped = sqlite3_column_int64 (stmt, 12);
      g_ptr_array_add (out, a);
    }
  return out;
}

/* The plan's counts per commune for @year (0: every year). */
GPtrArray *
tt_address_stats (TtDb    *db,
                  int      year,
                  GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
    "SELECT c.name, count(*), sum(a.status = 'helped' OR EXISTS (SELECT 1 FROM address_helps x "
    "  WHERE x.address_id = a.id)), sum(a.inhandao_connected) "
    "FROM humanitarian_addresses a JOIN households h ON h.id = a.household_id "
    "JOIN places c ON c.id = h.commune_id "
    "WHERE ?1 = 0 OR substr(a.profiled_on, 1, 4) = printf('%04d', ?1) "
    "GROUP BY c.id ORDER BY c.name COLLATE tt_natural",
    error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_address_stats_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TtAddressStats *s = g_new0 (TtAddressStats, 1);
      s->commune = tt_column_dup (stmt, 0);
      s->profiled = sqlite3_column_int64 (stmt, 1);
      s->helped = sqlite3_column_int64 (stmt, 2);
      s->connected = sqlite3_column_int64 (stmt, 3);
      s->percent_helped = s->profiled > 0 ? 100.0 * s->helped / s->profiled : 0;
      g_ptr_array_add (out, s);
    }
  return out;
}
