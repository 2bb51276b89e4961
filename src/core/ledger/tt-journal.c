/* tt-journal.c — the donations journal (sổ thu, bảng kê): every receipt of a period across
 * donors, narrowed by method, campaign, collector or status, as a book whose balance is the
 * running total of the valid receipts; a void receipt keeps its line, at zero. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-books-private.h"
#include "tt-donations.h"

/* A journal line's receipt number and description. */
void
tt_journal_texts (const TtDonation *d, char **document, char **description)
{
  *document = g_strdup (d->receipt);
  *description = g_strdup_printf ("%s — %s%s%s%s", d->payer_name, tt_donation_method_printed (d->method),
                                  d->reason ? " — " : "", d->reason ? d->reason : "",
                                  g_str_equal (d->status, "void") ? " (void)" : "");
}

static gboolean
add_receipt (const TtDonation *d, gpointer data)
{
  TtBookLoading *loading = data;
  gboolean is_void = g_str_equal (d->status, "void");
  TtBookLine line = { { 0 } };

  g_strlcpy (line.on, d->received_on, sizeof line.on);
  g_strlcpy (line.recorded, d->received_on, sizeof line.recorded);
  if (!loading->book->compact)
    tt_journal_texts (d, &line.document, &line.description);
  line.id = d->id;
  line.is_void = is_void;
  line.in = is_void ? 0 : d->amount;
  line.balance = loading->book->total_in + line.in;
  return tt_book_add_line (loading, &line, d->amount);
}

static TtBook *
load (TtDb *db, const TtJournalFilter *filter, gboolean compact, GError **error)
{
  g_autoptr(TtBook) book = tt_book_new (compact);
  TtBookLoading loading = { book, NULL };

  book->journal = TRUE;
  book->account = TT_ACCOUNT_CASH;
  g_strlcpy (book->from, filter->from ? filter->from : "0000-01-01", sizeof book->from);
  g_strlcpy (book->to, filter->to ? filter->to : "9999-12-31", sizeof book->to);
  if (!tt_donation_journal (db, filter, add_receipt, &loading, error))
    return NULL;
  if (loading.error != NULL)
    {
      g_propagate_error (error, loading.error);
      return NULL;
    }
  book->closing = book->total_in;
  return g_steal_pointer (&book);
}

/* The journal for @filter (its dates ISO and inclusive; NULL for no bound). */
TtBook *
tt_journal_load (TtDb                  *db,
                 const TtJournalFilter *filter,
                 GError               **error)
{
  return load (db, filter, FALSE, error);
}

/* The same with its lines kept compact, for a list on screen (tt_book_line_read() gives each). */
TtBook *
tt_journal_load_compact (TtDb                  *db,
                         const TtJournalFilter *filter,
                         GError               **error)
{
  return load (db, filter, TRUE, error);
}
