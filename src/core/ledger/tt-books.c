/* tt-books.c — the cash book and the bank book, computed from the documents
 *
 * A book is never stored: it is the account's opening balance, then every receipt and voucher
 * of the account (cash receipts and vouchers in the cash book, transfers in the bank book; gifts
 * in kind in neither) in date order, each line with the balance after it. A void document stays
 * in its place with no effect. So a backdated or voided document is reflected everywhere at
 * once, and the book of any period is read the same way.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tt-books-private.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-money.h"

/* The documents of one account from @1 on, in the order the book lists them. */
#define BOOK_DOCUMENTS                                                                            \
  "SELECT d.received_on AS day, 0 AS kind, s.code, d.number, d.payer_name, d.reason, d.amount, "   \
  "  d.status = 'void', d.created_at AS made, d.id "                                              \
  "  FROM donations d JOIN doc_series s ON s.id = d.series_id WHERE d.method = ?2 "               \
  "  AND d.received_on BETWEEN ?1 AND ?3 "                                                        \
  "UNION ALL "                                                                                    \
  "SELECT v.paid_on, 1, s.code, v.number, v.payee_name, v.reason, v.amount, v.status = 'void', v.created_at, " \
  "  v.id "                                                                                       \
  "  FROM payment_vouchers v JOIN doc_series s ON s.id = v.series_id WHERE v.method = ?2 "        \
  "  AND v.paid_on BETWEEN ?1 AND ?3 "                                                            \
  "ORDER BY day, made, kind, number"

/* An empty book whose lines are kept whole or (@compact) as entries. */
TtBook *
tt_book_new (gboolean compact)
{
  TtBook *book = g_new0 (TtBook, 1);

  book->compact = compact;
  book->lines = g_array_new (FALSE, TRUE, sizeof (TtBookLine));
  book->entries = g_array_new (FALSE, TRUE, sizeof (TtBookEntry));
  book->marks = g_array_new (FALSE, FALSE, sizeof (gint64));
  return book;
}

#define ENTRY_VOID    (G_GUINT64_CONSTANT (1) << 62)
#define ENTRY_VOUCHER (G_GUINT64_CONSTANT (1) << 63)
#define ENTRY_AMOUNT  ((G_GUINT64_CONSTANT (1) << 50) - 1)
#define MARK_EVERY    64

/* Adds @line (@amount as written, its texts taken when the book is kept whole) and counts it in
 * the totals. FALSE (@loading's error set) for a line that cannot be kept compact, which the
 * office's constraints on ids and amounts rule out. */
gboolean
tt_book_add_line (TtBookLoading *loading, TtBookLine *line, gint64 amount)
{
  TtBook *book = loading->book;
  TtBookEntry e = { (guint64) amount | (line->is_void ? ENTRY_VOID : 0) | (line->is_voucher ? ENTRY_VOUCHER : 0),
                    (guint32) line->id, 0 };
  GDate date;

  book->voided += line->is_void;
  book->total_in += line->in;
  book->total_out += line->out;
  if (!book->compact)
    {
      g_array_append_val (book->lines, *line);
      return TRUE;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) atoi (line->on + 8), (GDateMonth) atoi (line->on + 5),
                  (GDateYear) atoi (line->on));
  if (line->id <= 0 || line->id > G_MAXUINT32 || amount < 0 || (guint64) amount > ENTRY_AMOUNT ||
      !g_date_valid (&date))
    {
      g_set_error (&loading->error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Document %lld of %s cannot be shown in the list."), (long long) line->id, line->on);
      return FALSE;
    }
  e.day = g_date_get_julian (&date);
  if (book->entries->len % MARK_EVERY == 0)
    g_array_append_val (book->marks, line->balance);
  g_array_append_val (book->entries, e);
  return TRUE;
}

/* What entry @e adds to the balance. */
static gint64
entry_change (const TtBookEntry *e)
{
  gint64 amount = (gint64) (e->amount_flags & ENTRY_AMOUNT);

  if (e->amount_flags & ENTRY_VOID)
    return 0;
  return e->amount_flags & ENTRY_VOUCHER ? -amount : amount;
}

void
tt_book_free (TtBook *book)
{
  if (book == NULL)
    return;
  for (guint i = 0; book->lines != NULL && i < book->lines->len; i++)
    {
      TtBookLine *l = &g_array_index (book->lines, TtBookLine, i);
      g_free (l->document);
      g_free (l->description);
    }
  g_clear_pointer (&book->lines, g_array_unref);
  g_clear_pointer (&book->entries, g_array_unref);
  g_clear_pointer (&book->marks, g_array_unref);
  g_free (book);
}

gboolean
tt_account_parse (const char *text, TtAccount *out, GError **error)
{
  if (g_strcmp0 (text, "cash") == 0)
    *out = TT_ACCOUNT_CASH;
  else if (g_strcmp0 (text, "bank") == 0)
    *out = TT_ACCOUNT_BANK;
  else
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown account “%s”: use cash or bank."),
                   text ? text : "");
      return FALSE;
    }
  return TRUE;
}

const char *
tt_account_code (TtAccount account)
{
  return account == TT_ACCOUNT_BANK ? "bank" : "cash";
}

/* The method of payment as the documents store it (cash, transfer). */
static const char *
account_method (TtAccount account)
{
  return account == TT_ACCOUNT_BANK ? "transfer" : "cash";
}

TtAccount
tt_account_of_method (const char *method)
{
  return g_strcmp0 (method, "transfer") == 0 ? TT_ACCOUNT_BANK : TT_ACCOUNT_CASH;
}

/* Opens (or opens again) the book of @account with @amount at @date; the books read from that
 * date on. */
gboolean
tt_book_set_opening (TtDb        *db,
                     TtAccount    account,
                     const char  *date,
                     gint64       amount,
                     GError     **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  char on[11];

  if (!tt_date_parse (date, on, error))
    {
      g_prefix_error (error, _("Opening date: "));
      return FALSE;
    }
  if (amount < 0 || amount > TT_MONEY_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("The opening balance must be 0 or more."));
      return FALSE;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO book_openings (account, opened_on, amount) VALUES (?1, ?2, ?3) "
                        "ON CONFLICT (account) DO UPDATE SET opened_on = ?2, amount = ?3, "
                        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, tt_account_code (account));
  tt_bind_text (stmt, 2, on);
  tt_bind_int (stmt, 3, amount);
  return tt_db_step_done (db, stmt, error);
}

/* The account's opening: its date (the start of time when none was set) and balance. */
static gboolean
opening_of (TtDb *db, TtAccount account, char on[11], gint64 *amount, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT opened_on, amount FROM book_openings WHERE account = ?1",
                                          error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, tt_account_code (account));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_strlcpy (on, (const char *) sqlite3_column_text (stmt, 0), 11);
      *amount = sqlite3_column_int64 (stmt, 1);
    }
  else
    {
      g_strlcpy (on, "0000-01-01", 11);
      *amount = 0;
    }
  return TRUE;
}

typedef gboolean (*LineFunc) (const char *day, int kind, const char *code, gint64 number, const char *who,
                              const char *reason, gint64 amount, gboolean is_void, gint64 balance,
                              const char *made, gint64 id, gpointer data);

/* The balance of @account at the end of the day before @day (ISO): its opening and every valid
 * document from the opening on, summed without putting them in order (the index on method and
 * date finds them). */
static gboolean
balance_before (TtDb *db, TtAccount account, const char *day, gint64 *balance, char opened[11], GError **error)
{
  g_autoptr(TtStmt) stmt = NULL;

  if (!opening_of (db, account, opened, balance, error))
    return FALSE;
  if (strcmp (day, opened) <= 0)
    return TRUE;
  stmt = tt_db_prepare (db,
                        "SELECT (SELECT coalesce(sum(amount), 0) FROM donations WHERE method = ?1 "
                        "AND received_on >= ?2 AND received_on < ?3 AND status <> 'void') - "
                        "(SELECT coalesce(sum(amount), 0) FROM payment_vouchers WHERE method = ?1 "
                        "AND paid_on >= ?2 AND paid_on < ?3 AND status <> 'void')",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, account_method (account));
  tt_bind_text (stmt, 2, opened);
  tt_bind_text (stmt, 3, day);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tt_db_set_error (db, error, _("reading the books"));
  *balance += sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Walks the documents of @account from @from (its opening when @from is earlier) to @to (NULL:
 * the last), in the order of the book, with the balance after each; @balance starts as the
 * balance at the end of the day before @from. */
static gboolean
walk (TtDb *db, TtAccount account, const char *from, const char *opened, const char *to, gint64 *balance,
      LineFunc func, gpointer data, GError **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  int rc;

  if ((stmt = tt_db_prepare (db, BOOK_DOCUMENTS, error)) == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, strcmp (from, opened) > 0 ? from : opened);
  tt_bind_text (stmt, 2, account_method (account));
  tt_bind_text (stmt, 3, to != NULL ? to : "9999-12-31");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind = sqlite3_column_int (stmt, 1);
      gint64 amount = sqlite3_column_int64 (stmt, 6);
      gboolean is_void = sqlite3_column_int (stmt, 7) != 0;

      if (!is_void)
        *balance += kind == 0 ? amount : -amount;
      if (!func ((const char *) sqlite3_column_text (stmt, 0), kind, (const char *) sqlite3_column_text (stmt, 2),
                 sqlite3_column_int64 (stmt, 3), (const char *) sqlite3_column_text (stmt, 4),
                 (const char *) sqlite3_column_text (stmt, 5), amount, is_void, *balance,
                 (const char *) sqlite3_column_text (stmt, 8), sqlite3_column_int64 (stmt, 9), data))
        break;
    }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tt_db_set_error (db, error, _("reading the books"));
  return TRUE;
}

/* The balance of @account at the end of @day (ISO). */
gboolean
tt_book_balance (TtDb        *db,
                 TtAccount    account,
                 const char  *day,
                 gint64      *out_balance,
                 GError     **error)
{
  g_autoptr(GDate) next = g_date_new ();
  char after[11], opened[11];

  if (!tt_date_is_iso (day))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("“%s” is not a date."), day);
      return FALSE;
    }
  g_date_set_dmy (next, atoi (day + 8), atoi (day + 5), atoi (day));
  g_date_add_days (next, 1);
  g_snprintf (after, sizeof after, "%04d-%02d-%02d", g_date_get_year (next), g_date_get_month (next),
              g_date_get_day (next));
  return balance_before (db, account, after, out_balance, opened, error);
}

/* A book line's document number and description. */
static void
line_texts (const char *code, gint64 number, const char *who, const char *reason, gboolean is_void,
            char **document, char **description)
{
  *document = g_strdup_printf ("%s-%06" G_GINT64_FORMAT, code ? code : "", number);
  *description = g_strdup_printf ("%s%s%s%s", who ? who : "", reason ? " — " : "", reason ? reason : "",
                                  is_void ? " (void)" : "");
}

static gboolean
add_line (const char *day, int kind, const char *code, gint64 number, const char *who, const char *reason,
          gint64 amount, gboolean is_void, gint64 balance, const char *made, gint64 id, gpointer data)
{
  TtBookLoading *loading = data;
  TtBook *book = loading->book;
  TtBookLine line = { { 0 } };

  if (strcmp (day, book->from) < 0)
    {
      book->opening = balance;
      return TRUE;
    }
  if (strcmp (day, book->to) > 0)
    return FALSE;
  g_strlcpy (line.on, day, sizeof line.on);
  g_strlcpy (line.recorded, made ? made : day, sizeof line.recorded);
  if (!book->compact)
    line_texts (code, number, who, reason, is_void, &line.document, &line.description);
  line.id = id;
  line.is_void = is_void;
  line.is_voucher = kind == 1;
  if (!is_void)
    {
      line.in = kind == 0 ? amount : 0;
      line.out = kind == 1 ? amount : 0;
    }
  line.balance = balance;
  return tt_book_add_line (loading, &line, amount);
}

/* The book of @account from @from to @to (ISO, inclusive): the balance at the start, every
 * document with the balance after it, the totals and the balance at the end. */
static TtBook *
load (TtDb *db, TtAccount account, const char *from, const char *to, gboolean compact, GError **error)
{
  g_autoptr(TtBook) book = tt_book_new (compact);
  TtBookLoading loading = { book, NULL };
  gint64 balance = 0;
  char opened[11];

  book->account = account;
  g_strlcpy (book->from, from, sizeof book->from);
  g_strlcpy (book->to, to, sizeof book->to);
  if (!balance_before (db, account, from, &book->opening, opened, error))
    return NULL;
  balance = book->opening;
  if (!walk (db, account, from, opened, to, &balance, add_line, &loading, error))
    return NULL;
  if (loading.error != NULL)
    {
      g_propagate_error (error, loading.error);
      return NULL;
    }
  book->closing = book->opening + book->total_in - book->total_out;
  return g_steal_pointer (&book);
}

TtBook *
tt_book_load (TtDb        *db,
              TtAccount    account,
              const char  *from,
              const char  *to,
              GError     **error)
{
  return load (db, account, from, to, FALSE, error);
}

/* The same book with its lines kept compact, for a list on screen: a province's year of
 * documents is some hundred thousand lines, a journal of every day a million. */
TtBook *
tt_book_load_compact (TtDb        *db,
                      TtAccount    account,
                      const char  *from,
                      const char  *to,
                      GError     **error)
{
  return load (db, account, from, to, TRUE, error);
}

/* Reads the texts of a cash or bank book's line by its document's id. */
static void
read_line_texts (TtDb *db, const TtBookEntry *e, TtBookLine *out)
{
  gboolean is_voucher = (e->amount_flags & ENTRY_VOUCHER) != 0;
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, is_voucher
                                              ? "SELECT s.code, v.number, v.payee_name, v.reason FROM payment_vouchers v "
                                                "JOIN doc_series s ON s.id = v.series_id WHERE v.id = ?1"
                                              : "SELECT s.code, d.number, d.payer_name, d.reason FROM donations d "
                                                "JOIN doc_series s ON s.id = d.series_id WHERE d.id = ?1", NULL);

  if (stmt != NULL)
    {
      tt_bind_int (stmt, 1, e->id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        line_texts ((const char *) sqlite3_column_text (stmt, 0), sqlite3_column_int64 (stmt, 1),
                    (const char *) sqlite3_column_text (stmt, 2), (const char *) sqlite3_column_text (stmt, 3),
                    (e->amount_flags & ENTRY_VOID) != 0, &out->document, &out->description);
    }
}

/* Line @i of @book as a whole line, its texts read from @db when the book is compact; clear it
 * with tt_book_line_clear(). */
gboolean
tt_book_line_read (TtDb         *db,
                   const TtBook *book,
                   guint         i,
                   TtBookLine   *out)
{
  const TtBookEntry *e;

  *out = (TtBookLine) { { 0 } };
  if (i >= tt_book_n_lines (book))
    return FALSE;
  if (!book->compact)
    {
      *out = g_array_index (book->lines, TtBookLine, i);
      out->document = g_strdup (out->document);
      out->description = g_strdup (out->description);
      return TRUE;
    }
  e = &g_array_index (book->entries, TtBookEntry, i);
  {
    g_autoptr(GDate) date = g_date_new_julian (e->day);
    gint64 change = entry_change (e);
    g_snprintf (out->on, sizeof out->on, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                g_date_get_day (date));
    memcpy (out->recorded, out->on, sizeof out->recorded);
    out->id = e->id;
    out->is_void = (e->amount_flags & ENTRY_VOID) != 0;
    out->is_voucher = (e->amount_flags & ENTRY_VOUCHER) != 0;
    out->in = change > 0 ? change : 0;
    out->out = change < 0 ? -change : 0;
    /* The balance noted at the last mark, and what each line since changed. */
    out->balance = g_array_index (book->marks, gint64, i / MARK_EVERY);
    for (guint j = i / MARK_EVERY * MARK_EVERY + 1; j <= i; j++)
      out->balance += entry_change (&g_array_index (book->entries, TtBookEntry, j));
  }
  if (book->journal)
    {
      g_autoptr(TtDonation) d = tt_donation_get (db, e->id, NULL);
      if (d != NULL)
        tt_journal_texts (d, &out->document, &out->description);
    }
  else
    read_line_texts (db, e, out);
  if (out->document == NULL)
    out->document = g_strdup ("");
  if (out->description == NULL)
    out->description = g_strdup ("");
  return TRUE;
}

void
tt_book_line_clear (TtBookLine *line)
{
  g_clear_pointer (&line->document, g_free);
  g_clear_pointer (&line->description, g_free);
}

guint
tt_book_n_lines (const TtBook *book)
{
  return book->compact ? book->entries->len : book->lines->len;
}

typedef struct
{
  const char *from;
  gint64      lowest;
  char        lowest_on[11];
  gint64      before;       /* the balance just before @from */
  char        day[11];
  gint64      day_end;
  gboolean    in_range;
  gboolean    on_date;      /* documents on @from itself */
} Lowest;

static void
close_day (Lowest *l)
{
  if (l->in_range && l->day_end < l->lowest)
    {
      l->lowest = l->day_end;
      g_strlcpy (l->lowest_on, l->day, sizeof l->lowest_on);
    }
}

static gboolean
track_lowest (const char *day, int kind, const char *code, gint64 number, const char *who, const char *reason,
              gint64 amount, gboolean is_void, gint64 balance, const char *made, gint64 id, gpointer data)
{
  Lowest *l = data;

  if (strcmp (day, l->from) < 0)
    {
      l->before = balance;
      return TRUE;
    }
  if (strcmp (day, l->day) != 0)
    close_day (l);
  if (strcmp (day, l->from) == 0)
    l->on_date = TRUE;
  g_strlcpy (l->day, day, sizeof l->day);
  l->in_range = TRUE;
  l->day_end = balance;
  return TRUE;
}

/* The lowest end-of-day balance of @account on @date or any later day (what a payment dated
 * @date would take from each of them), and that day. */
gboolean
tt_book_lowest_from (TtDb        *db,
                     TtAccount    account,
                     const char  *date,
                     gint64      *out_lowest,
                     char        *out_on,
                     GError     **error)
{
  Lowest l = { date, G_MAXINT64, { 0 }, 0, { 0 }, 0, FALSE, FALSE };
  gint64 balance = 0;
  char opened[11];

  if (!balance_before (db, account, date, &l.before, opened, error))
    return FALSE;
  balance = l.before;
  if (!walk (db, account, date, opened, NULL, &balance, track_lowest, &l, error))
    return FALSE;
  close_day (&l);
  /* A day without documents of its own ends with the balance it started with. */
  if (!l.on_date && l.before < l.lowest)
    {
      l.lowest = l.before;
      g_strlcpy (l.lowest_on, date, sizeof l.lowest_on);
    }
  *out_lowest = l.lowest;
  if (out_on != NULL)
    g_strlcpy (out_on, l.lowest_on, 11);
  return TRUE;
}

/* For `check`: each book's running balance is the opening plus what came in less what went out
 * at every line, and its end agrees with the documents summed on their own. */
gboolean
tt_book_check (TtDb      *db,
               GPtrArray *problems,
               GError   **error)
{
  for (int a = 0; a < 2; a++)
    {
      TtAccount account = a ? TT_ACCOUNT_BANK : TT_ACCOUNT_CASH;
      g_autoptr(TtBook) book = tt_book_load (db, account, "0000-01-01", "9999-12-31", error);
      g_autoptr(TtStmt) sums = NULL;
      gint64 balance, summed;
      char opened[11];
      gint64 opening;

      if (book == NULL || !opening_of (db, account, opened, &opening, error))
        return FALSE;
      balance = book->opening;
      for (guint i = 0; i < book->lines->len; i++)
        {
          TtBookLine *l = &g_array_index (book->lines, TtBookLine, i);
          balance += l->in - l->out;
          if (l->balance != balance)
            {
              g_ptr_array_add (problems, g_strdup_printf (_("The %s book does not add up at %s: %lld shown, %lld counted."),
                                                          tt_account_code (account), l->document,
                                                          (long long) l->balance, (long long) balance));
              break;
            }
        }
      sums = tt_db_prepare (db,
                            "SELECT ?3 + (SELECT coalesce(sum(amount), 0) FROM donations WHERE method = ?2 "
                            "AND status = 'valid' AND received_on >= ?1) - (SELECT coalesce(sum(amount), 0) "
                            "FROM payment_vouchers WHERE method = ?2 AND status = 'valid' AND paid_on >= ?1)",
                            error);
      if (sums == NULL)
        return FALSE;
      tt_bind_text (sums, 1, opened);
      tt_bind_text (sums, 2, account_method (account));
      tt_bind_int (sums, 3, opening);
      summed = sqlite3_step (sums) == SQLITE_ROW ? sqlite3_column_int64 (sums, 0) : 0;
      if (summed != book->closing)
        g_ptr_array_add (problems, g_strdup_printf (_("The %s book ends at %lld but its documents sum to %lld."),
                                                    tt_account_code (account), (long long) book->closing,
                                                    (long long) summed));
    }
  return TRUE;
}
