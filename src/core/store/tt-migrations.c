/* tt-migrations.c — schema migrations by PRAGMA user_version
 *
 * Each migration is an SQL file in the core resources plus generated audit triggers; it runs
 * in one transaction. tt_db_open() backs the file up before migrating an existing office.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "tt-core-resources.h"
#include "tt-audit-private.h"
#include "tt-db-private.h"

typedef struct
{
  const char *table;
  const char *no_update_check;   /* a column whose change alone is not logged, or NULL */
  gboolean    redact;            /* personal or sensitive data: log which fields, not values */
  gboolean    forbid_delete;     /* financial rows are voided, never deleted */
  gboolean    copy_inserts;      /* a small table whose inserts keep their values */
} AuditSpec;

static const AuditSpec audit_v1[] = {
  { "settings", NULL, FALSE, FALSE, TRUE },
  { "campaigns", NULL, FALSE, FALSE },
  { "campaign_targets", NULL, FALSE, FALSE },
  { "donors", NULL, FALSE, FALSE },
  { "doc_series", "last_number", FALSE, TRUE },
  { "donation_batches", NULL, FALSE, TRUE },
  { "donations", NULL, FALSE, TRUE },
  { "households", NULL, FALSE, FALSE },
  { "household_personal", NULL, TRUE, FALSE },
  { "household_sensitive", NULL, TRUE, FALSE },
  { "household_members", NULL, TRUE, FALSE },
  { "household_classifications", NULL, FALSE, FALSE },
  { "commune_totals", NULL, FALSE, FALSE },
  { "gift_packages", NULL, FALSE, FALSE },
  { "gift_lists", NULL, FALSE, FALSE },
  { "gift_entries", NULL, FALSE, FALSE },
  { "payment_vouchers", NULL, FALSE, TRUE },
  { "housing_projects", NULL, FALSE, FALSE },
  { "housing_stage_events", NULL, FALSE, FALSE },
  { "housing_funding", NULL, FALSE, TRUE },
  { "housing_disbursements", NULL, FALSE, TRUE },
  { "livelihood_models", NULL, FALSE, FALSE },
  { "livelihood_assignments", NULL, FALSE, FALSE },
  { "bhyt_cards", NULL, FALSE, FALSE },
  { "humanitarian_addresses", NULL, FALSE, FALSE },
  { "support_events", NULL, FALSE, TRUE },
};

/* Schema 6 adds columns to campaigns: their update trigger is made anew to log them. */
static const AuditSpec audit_v6[] = {
  { "campaigns", NULL, FALSE, FALSE },
};

/* Schema 7: the books' opening balances are logged with their values; vouchers gain a column. */
static const AuditSpec audit_v7[] = {
  { "book_openings", NULL, FALSE, FALSE, TRUE },
  { "payment_vouchers", NULL, FALSE, TRUE },
};

/* Schema 8: the housing norms are logged with their values; projects gain columns. */
static const AuditSpec audit_v8[] = {
  { "housing_norms", NULL, FALSE, FALSE, TRUE },
  { "housing_projects", NULL, FALSE, FALSE },
};

/* Schema 9: projects keep what was paid on them. */
static const AuditSpec audit_v9[] = {
  { "housing_projects", NULL, FALSE, FALSE },
};

/* Schema 11: the cards' table is made anew (a household may pay): its triggers too. */
static const AuditSpec audit_v11[] = {
  { "bhyt_cards", NULL, FALSE, FALSE },
};

/* Schema 12: models are made anew with their kinds, unit, voucher and outcome; holders say what
 * they received. */
static const AuditSpec audit_v12[] = {
  { "livelihood_models", NULL, FALSE, FALSE },
  { "livelihood_assignments", NULL, FALSE, FALSE },
};

/* Schema 13: addresses gain their need, commitment and code; helps given are logged. */
static const AuditSpec audit_v13[] = {
  { "humanitarian_addresses", NULL, FALSE, FALSE },
  { "address_helps", NULL, FALSE, TRUE },
};

/* Schema 14: the allowed combinations of support are logged with their values. */
static const AuditSpec audit_v14[] = {
  { "support_combinations", NULL, FALSE, FALSE, TRUE },
};

/* Schema 15: targets are made anew with their measures and units, logged with their values. */
static const AuditSpec audit_v15[] = {
  { "campaign_targets", NULL, FALSE, FALSE, TRUE },
};

/* Schema 18: classifications keep the indicators a household lacked, logged like the rest. */
static const AuditSpec audit_v18[] = {
  { "household_classifications", NULL, FALSE, FALSE },
};

/* Schema 10: projects keep what their completion inspection found. */
static const AuditSpec audit_v10[] = {
  { "housing_projects", NULL, FALSE, FALSE },
};

typedef struct
{
  int              version;
  const char      *resource;
  const AuditSpec *audit;        /* tables whose audit triggers are made (anew) */
  gsize            n_audit;
  gboolean       (*after) (TtDb *db, GError **error);
} Migration;

/* Schema 5, after its SQL: the entries written before are sealed into the chain, then the office
 * gets its own identity (a restore refuses a backup of another office). */
static gboolean
seal_and_identify (TtDb *db, GError **error)
{
  return tt_audit_seal_existing (db, error) &&
         tt_db_exec (db, "INSERT OR IGNORE INTO settings (key, value) "
                         "VALUES ('office-uuid', lower (hex (randomblob (16))))", error);
}

/* "(col = 'a' OR col = 'b' OR col = 'c')" for the match of "col IN ('a', 'b', 'c')". */
static gboolean
list_as_comparisons (const GMatchInfo *match, GString *out, gpointer data)
{
  g_autofree char *column = g_match_info_fetch (match, 1);
  g_autofree char *list = g_match_info_fetch (match, 2);
  g_autoptr(GRegex) text = g_regex_new ("'[^']*'", 0, 0, NULL);
  g_autoptr(GMatchInfo) item = NULL;
  gboolean first = TRUE;

  g_string_append_c (out, '(');
  for (g_regex_match (text, list, 0, &item); g_match_info_matches (item); g_match_info_next (item, NULL))
    {
      g_autofree char *value = g_match_info_fetch (item, 0);
      g_string_append_printf (out, "%s%s = %s", first ? "" : " OR ", column, value);
      first = FALSE;
    }
  g_string_append_c (out, ')');
  return FALSE;
}

/* The definition @sql of a table with each CHECK that a column is one of three or more texts
 * said with comparisons (see 022-checks-without-lists.sql). */
char *
tt_migrations_checks_without_lists (const char *sql)
{
  /* A bare column right after "(", "OR " or "AND ", where the comparisons in parentheses mean
   * what the list meant; anything else ("t.kind IN", "a || kind IN") is left as it is. */
  g_autoptr(GRegex) in_list = g_regex_new ("(?<=\\(|OR |AND )([a-z_]+) IN "
                                           "\\(((?:\\s*'[^']*'\\s*,){2,}\\s*'[^']*'\\s*)\\)", 0, 0, NULL);

  return g_regex_replace_eval (in_list, sql, -1, 0, 0, list_as_comparisons, NULL, NULL);
}

/* Schema 22: every table's definition rewritten so, in place; the file is then checked whole,
 * its rows against the new CHECKs included. */
static gboolean
checks_without_lists (TtDb *db, GError **error)
{
  g_autoptr(TtStmt) tables = tt_db_prepare (db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                                "AND sql LIKE '% IN (%' ORDER BY name", error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sqls = g_ptr_array_new_with_free_func (g_free);
  gint64 cookie = tt_db_query_int (db, "PRAGMA schema_version", -1);
  g_autofree char *bump = NULL;
  g_autofree char *problem = NULL;
  gboolean ok = TRUE;

  if (tables == NULL || cookie < 0)
    return tables != NULL ? tt_db_set_error (db, error, _("Reading the office’s tables")) : FALSE;
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *sql = (const char *) sqlite3_column_text (tables, 1);
      char *rewritten = tt_migrations_checks_without_lists (sql);

      if (rewritten == NULL || g_str_equal (rewritten, sql))
        {
          g_free (rewritten);
          continue;
        }
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (tables, 0)));
      g_ptr_array_add (sqls, rewritten);
    }
  if (names->len == 0)
    return TRUE;
  ok = tt_db_exec (db, "PRAGMA writable_schema = ON", error);
  for (guint i = 0; i < names->len && ok; i++)
    {
      g_autoptr(TtStmt) set = tt_db_prepare (db, "UPDATE sqlite_schema SET sql = ?2 WHERE type = 'table' AND name = ?1",
                                             error);
      ok = set != NULL;
      if (ok)
        {
          tt_bind_text (set, 1, names->pdata[i]);
          tt_bind_text (set, 2, sqls->pdata[i]);
          ok = tt_db_step_done (db, set, error);
        }
    }
  bump = g_strdup_printf ("PRAGMA schema_version = %" G_GINT64_FORMAT, cookie + 1);
  ok = ok && tt_db_exec (db, bump, error);
  if (!tt_db_exec (db, "PRAGMA writable_schema = OFF", ok ? error : NULL))
    ok = FALSE;
  /* Each table read again under its new definition: its rows against its CHECKs. */
  for (guint i = 0; i < names->len && ok; i++)
    {
      g_autofree char *check = g_strdup_printf ("PRAGMA quick_check (\"%s\")", (const char *) names->pdata[i]);
      g_free (problem);
      if (g_strcmp0 (problem = tt_db_query_text (db, check), "ok") != 0)
        {
          g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_CORRUPT, _("Table %s failed its check after the upgrade: %s"),
                       (const char *) names->pdata[i], problem ? problem : "");
          ok = FALSE;
        }
    }
  return ok;
}

static const Migration migrations[] = {
  { 1, "/io/github/tuongthan/TuongThan/core/sql/001-initial.sql", audit_v1, G_N_ELEMENTS (audit_v1), NULL },
  { 2, "/io/github/tuongthan/TuongThan/core/sql/002-donor-stats.sql", NULL, 0, NULL },
  { 3, "/io/github/tuongthan/TuongThan/core/sql/003-household-identity.sql", NULL, 0, NULL },
  { 4, "/io/github/tuongthan/TuongThan/core/sql/004-household-search.sql", NULL, 0, NULL },
  { 5, "/io/github/tuongthan/TuongThan/core/sql/005-audit-chain.sql", audit_v1, G_N_ELEMENTS (audit_v1),
    seal_and_identify },
  { 6, "/io/github/tuongthan/TuongThan/core/sql/006-campaigns-and-phones.sql", audit_v6, G_N_ELEMENTS (audit_v6),
    NULL },
  { 7, "/io/github/tuongthan/TuongThan/core/sql/007-ledger.sql", audit_v7, G_N_ELEMENTS (audit_v7), NULL },
  { 8, "/io/github/tuongthan/TuongThan/core/sql/008-housing.sql", audit_v8, G_N_ELEMENTS (audit_v8), NULL },
  { 9, "/io/github/tuongthan/TuongThan/core/sql/009-housing-paid.sql", audit_v9, G_N_ELEMENTS (audit_v9), NULL },
  { 10, "/io/github/tuongthan/TuongThan/core/sql/010-housing-inspection.sql", audit_v10, G_N_ELEMENTS (audit_v10),
    NULL },
  { 11, "/io/github/tuongthan/TuongThan/core/sql/011-bhyt-household.sql", audit_v11, G_N_ELEMENTS (audit_v11), NULL },
  { 12, "/io/github/tuongthan/TuongThan/core/sql/012-livelihood.sql", audit_v12, G_N_ELEMENTS (audit_v12), NULL },
  { 13, "/io/github/tuongthan/TuongThan/core/sql/013-addresses.sql", audit_v13, G_N_ELEMENTS (audit_v13), NULL },
  { 14, "/io/github/tuongthan/TuongThan/core/sql/014-support-rules.sql", audit_v14, G_N_ELEMENTS (audit_v14),
    NULL },
  { 15, "/io/github/tuongthan/TuongThan/core/sql/015-targets.sql", audit_v15, G_N_ELEMENTS (audit_v15), NULL },
  { 16, "/io/github/tuongthan/TuongThan/core/sql/016-audit-sealed-on-write.sql", NULL, 0, NULL },
  { 17, "/io/github/tuongthan/TuongThan/core/sql/017-donor-count.sql", NULL, 0, NULL },
  { 18, "/io/github/tuongthan/TuongThan/core/sql/018-lacking.sql", audit_v18, G_N_ELEMENTS (audit_v18), NULL },
  { 19, "/io/github/tuongthan/TuongThan/core/sql/019-campaign-stats.sql", NULL, 0, NULL },
  { 20, "/io/github/tuongthan/TuongThan/core/sql/020-gift-list-counts.sql", NULL, 0, NULL },
  { 21, "/io/github/tuongthan/TuongThan/core/sql/021-donation-collectors.sql", NULL, 0, NULL },
  { 22, "/io/github/tuongthan/TuongThan/core/sql/022-checks-without-lists.sql", NULL, 0, checks_without_lists },
};

static GPtrArray *
table_columns (TtDb *db, const char *table)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (%s)", table);
  GPtrArray *cols = g_ptr_array_new_with_free_func (g_free);

  if (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (cols, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  return cols;
}

static void
append_json (GString *sql, GPtrArray *cols, const char *prefix, gboolean redact)
{
  g_string_append (sql, "json_object(");
  for (guint i = 0; i < cols->len; i++)
    {
      const char *c = cols->pdata[i];
      if (i > 0)
        g_string_append (sql, ", ");
      if (redact && g_strcmp0 (c, "household_id") != 0 && g_strcmp0 (c, "id") != 0)
        g_string_append_printf (sql, "'%s', CASE WHEN %s.%s IS NULL THEN NULL ELSE '***' END",
                                c, prefix, c);
      else
        g_string_append_printf (sql, "'%s', %s.%s", c, prefix, c);
    }
  g_string_append (sql, ")");
}

/* The changed columns only, as a JSON object, from OLD or NEW. */
static void
append_changed_json (GString *sql, GPtrArray *cols, const char *side, gboolean redact)
{
  g_string_append (sql, "(SELECT json_group_object (k, v) FROM (");
  for (guint i = 0; i < cols->len; i++)
    {
      const char *c = cols->pdata[i];
      if (i > 0)
        g_string_append (sql, " UNION ALL ");
      if (redact && g_strcmp0 (c, "household_id") != 0 && g_strcmp0 (c, "id") != 0)
        g_string_append_printf (sql, "SELECT '%s' AS k, CASE WHEN %s.%s IS NULL THEN NULL ELSE '***' END AS v ",
                                c, side, c);
      else
        g_string_append_printf (sql, "SELECT '%s' AS k, %s.%s AS v ", c, side, c);
      g_string_append_printf (sql, "WHERE OLD.%s IS NOT NEW.%s", c, c);
    }
  g_string_append (sql, "))");
}

/* The audit triggers of a table, made anew: an insert names the row (the log's own trigger adds
 * its content hash), an update keeps the changed columns, a deletion keeps the row; financial
 * rows cannot be deleted at all. */
static char *
audit_triggers_sql (TtDb *db, const AuditSpec *spec)
{
  g_autoptr(GPtrArray) cols = table_columns (db, spec->table);
  g_autoptr(GPtrArray) watched = g_ptr_array_new ();
  g_autoptr(GString) when = g_string_new (NULL);
  GString *sql = g_string_new (NULL);
  gboolean has_status = FALSE;
  const char *t = spec->table;

  for (guint i = 0; i < cols->len; i++)
    {
      const char *c = cols->pdata[i];
      if (g_str_equal (c, "status"))
        has_status = TRUE;
      if (g_str_equal (c, "updated_at") || g_strcmp0 (c, spec->no_update_check) == 0)
        continue;
      g_ptr_array_add (watched, (gpointer) c);
      g_string_append_printf (when, "%sOLD.%s IS NOT NEW.%s", when->len ? " OR " : "", c, c);
    }

  g_string_append_printf (sql,
                          "DROP TRIGGER IF EXISTS audit_%s_insert; DROP TRIGGER IF EXISTS audit_%s_update; "
                          "DROP TRIGGER IF EXISTS audit_%s_delete; DROP TRIGGER IF EXISTS guard_%s_delete;\n",
                          t, t, t, t);
  if (spec->copy_inserts)
    {
      g_string_append_printf (sql,
                              "CREATE TRIGGER audit_%s_insert AFTER INSERT ON %s BEGIN "
                              "INSERT INTO audit_log (actor, table_name, row_id, action, new_values) "
                              "VALUES (tt_actor(), '%s', NEW.rowid, 'insert', ", t, t, t);
      append_json (sql, cols, "NEW", spec->redact);
      g_string_append (sql, "); END;\n");
    }
  else
    g_string_append_printf (sql,
                            "CREATE TRIGGER audit_%s_insert AFTER INSERT ON %s BEGIN "
                            "INSERT INTO audit_log (actor, table_name, row_id, action) "
                            "VALUES (tt_actor(), '%s', NEW.rowid, 'insert'); END;\n", t, t, t);

  g_string_append_printf (sql,
                          "CREATE TRIGGER audit_%s_update AFTER UPDATE ON %s WHEN %s BEGIN "
                          "INSERT INTO audit_log (actor, table_name, row_id, action, old_values, new_values) "
                          "VALUES (tt_actor(), '%s', NEW.rowid, %s, ",
                          t, t, when->str, t,
                          has_status ? "CASE WHEN NEW.status = 'void' AND OLD.status IS NOT 'void' "
                                       "THEN 'void' ELSE 'update' END" : "'update'");
  append_changed_json (sql, watched, "OLD", spec->redact);
  g_string_append (sql, ", ");
  append_changed_json (sql, watched, "NEW", spec->redact);
  g_string_append (sql, "); END;\n");

  if (spec->forbid_delete)
    g_string_append_printf (sql,
                            "CREATE TRIGGER guard_%s_delete BEFORE DELETE ON %s BEGIN "
                            "SELECT RAISE (ABORT, 'financial records are voided, never deleted'); END;\n",
                            t, t);
  else
    {
      g_string_append_printf (sql,
                              "CREATE TRIGGER audit_%s_delete AFTER DELETE ON %s BEGIN "
                              "INSERT INTO audit_log (actor, table_name, row_id, action, old_values) "
                              "VALUES (tt_actor(), '%s', OLD.rowid, 'delete', ", t, t, t);
      append_json (sql, cols, "OLD", spec->redact);
      g_string_append (sql, "); END;\n");
    }

  return g_string_free (sql, FALSE);
}

static gboolean
run_one (TtDb *db, const Migration *m, GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *script = NULL;
  g_autofree char *set_version = NULL;

  bytes = g_resource_lookup_data (tt_core_get_resource (), m->resource,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  script = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!tt_db_exec (db, script, error))
    return FALSE;

  for (gsize i = 0; i < m->n_audit; i++)
    {
      g_autofree char *sql = audit_triggers_sql (db, &m->audit[i]);
      if (!tt_db_exec (db, sql, error))
        return FALSE;
    }

  if (m->after != NULL && !m->after (db, error))
    return FALSE;
  set_version = g_strdup_printf ("PRAGMA user_version = %d", m->version);
  return tt_db_exec (db, set_version, error);
}

/* Brings the file from @from_version to the current schema in one unit of work: a failure
 * leaves it exactly as it was. */
gboolean
tt_migrations_run (TtDb    *db,
                   int      from_version,
                   GError **error)
{
  g_autoptr(GError) local = NULL;
  gboolean ok = TRUE;
  int failed = 0;

  if (!tt_db_begin (db, error))
    return FALSE;
  for (gsize i = 0; ok && i < G_N_ELEMENTS (migrations); i++)
    {
      const Migration *m = &migrations[i];

      if (m->version <= from_version)
        continue;
      ok = run_one (db, m, &local);
      failed = m->version;
    }
  if (!tt_db_end (db, ok, ok ? &local : NULL))
    {
      if (local != NULL && local->domain == TT_DB_ERROR &&
          (local->code == TT_DB_ERROR_BUSY || local->code == TT_DB_ERROR_READONLY || local->code == TT_DB_ERROR_IO))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, TT_DB_ERROR, TT_DB_ERROR_NOT_OURS,
                     _("The office file “%s” could not be upgraded to schema %d: it was changed by another "
                       "program or is damaged. Nothing was changed; restore it from a backup."),
                     tt_db_get_path (db), failed);
      return FALSE;
    }
  return TRUE;
}
