/* tt-series.c — gapless numbering of documents
 *
 * Every numbered document (receipts now; payment vouchers and handover records as they come)
 * takes the next number of its series from a counter row, incremented in the same BEGIN
 * IMMEDIATE transaction that inserts the document: no number is skipped or given twice, even
 * with two programs writing at once. A series is a code (by default the year) per kind of
 * document; a closed series takes no more documents. `check` verifies every series of every
 * kind against the documents that carry its numbers.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-series.h"

static const TtSeriesKind kinds[] = {
  { "receipt", "donations",
    N_("The receipt series “%s” is closed."),
    N_("Receipt series %s: counter at %lld but %lld receipts numbered %lld to %lld; numbers are "
       "missing or out of range."),
    N_("Receipt %s is missing from its series.") },
  { "voucher", "payment_vouchers",
    N_("The payment-voucher series “%s” is closed."),
    N_("Payment-voucher series %s: counter at %lld but %lld vouchers numbered %lld to %lld; "
       "numbers are missing or out of range."),
    N_("Payment voucher %s is missing from its series.") },
};

/* The kinds' messages are formats from the table above, each checked by xgettext's c-format. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
char *
tt_series_message (const char *format, ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (_(format), args);
  va_end (args);
  return text;
}
#pragma GCC diagnostic pop

const TtSeriesKind *
tt_series_kinds (gsize *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

const TtSeriesKind *
tt_series_kind (const char *kind)
{
  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      return &kinds[i];
  return NULL;
}

/* "2026-000123": the series code, a dash and six digits. */
char *
tt_series_format (const char *code,
                  gint64      number)
{
  return g_strdup_printf ("%s-%06" G_GINT64_FORMAT, code, number);
}

gboolean
tt_series_parse (const char  *text,
                 char       **out_code,
                 gint64      *out_number)
{
  const char *dash;
  gint64 number;

  if (text == NULL || (dash = strrchr (text, '-')) == NULL || dash == text || !g_ascii_isdigit (dash[1]) ||
      !g_ascii_string_to_signed (dash + 1, 10, 1, G_MAXINT64, &number, NULL))
    return FALSE;
  *out_code = g_strndup (text, dash - text);
  *out_number = number;
  return TRUE;
}

/* The next number of the @kind series @code (of @year, or 0), created on first use. Runs inside
 * the caller's unit of work, which inserts the document with that number. */
gint64
tt_series_take (TtDb        *db,
                const char  *kind,
                const char  *code,
                int          year,
                gint64      *out_series_id,
                GError     **error)
{
  const TtSeriesKind *k = tt_series_kind (kind);
  g_autoptr(TtStmt) create = NULL;
  g_autoptr(TtStmt) bump = NULL;
  int rc;

  g_return_val_if_fail (k != NULL, 0);
  g_return_val_if_fail (tt_db_in_transaction (db), 0);

  create = tt_db_prepare (db,
                          "INSERT INTO doc_series (doc_kind, code, year) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (doc_kind, code) DO NOTHING",
                          error);
  if (create == NULL)
    return 0;
  tt_bind_text (create, 1, kind);
  tt_bind_text (create, 2, code);
  tt_bind_opt_id (create, 3, year);
  if (!tt_db_step_done (db, create, error))
    return 0;

  bump = tt_db_prepare (db,
                        "UPDATE doc_series SET last_number = last_number + 1 "
                        "WHERE doc_kind = ?1 AND code = ?2 AND active = 1 "
                        "RETURNING id, last_number",
                        error);
  if (bump == NULL)
    return 0;
  tt_bind_text (bump, 1, kind);
  tt_bind_text (bump, 2, code);
  rc = sqlite3_step (bump);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        tt_db_set_error (db, error, _("numbering the document"));
      else
        {
          g_autofree char *text = tt_series_message (k->closed, code);
          g_set_error_literal (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE, text);
        }
      return 0;
    }
  *out_series_id = sqlite3_column_int64 (bump, 0);
  return sqlite3_column_int64 (bump, 1);
}
