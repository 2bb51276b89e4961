/* tt-journal.c — the donations journal (sổ thu, bảng kê): every receipt of a period across
 * donors, narrowed by method, campaign, collector or status, as a book whose balance is the
 * running total of the valid receipts; a void receipt keeps its line, at zero. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-books.h"
#include "tt-donations.h"

static gboolean
add_receipt (const TtDonation *d, gpointer data)
{
  TtBook *book = data;
  gboolean is_void = g_str_equal (d->status, "void");
  const char *how = tt_donation_method_printed (d->method);
  TtBookLine line = { { 0 } };

  g_strlcpy (line.on, d->received_on, sizeof line.on);
  g_strlcpy (line.recorded, d->received_on, sizeof line.recorded);
  line.document = g_strdup (d->receipt);
  line.description = g_strdup_printf ("%s — %s%s%s%s", d->payer_name, how, d->reason ? " — " : "",
                                      d->reason ? d->reason : "", is_void ? " (void)" : "");
  line.is_void = is_void;
  line.in = is_void ? 0 : d->amount;
  book->total_in += line.in;
  line.balance = book->total_in;
  g_array_append_val (book->lines, line);
  return TRUE;
}

/* The journal for @filter (its dates ISO and inclusive; NULL for no bound). */
TtBook *
tt_journal_load (TtDb                  *db,
                 const TtJournalFilter *filter,
                 GError               **error)
{
  g_autoptr(TtBook) book = g_new0 (TtBook, 1);

  book->journal = TRUE;
  book->account = TT_ACCOUNT_CASH;
  g_strlcpy (book->from, filter->from ? filter->from : "0000-01-01", sizeof book->from);
  g_strlcpy (book->to, filter->to ? filter->to : "9999-12-31", sizeof book->to);
  book->lines = g_array_new (FALSE, FALSE, sizeof (TtBookLine));
  if (!tt_donation_journal (db, filter, add_receipt, book, error))
    return NULL;
  book->closing = book->total_in;
  return g_steal_pointer (&book);
}
