/* tt-books.h — the cash book and the bank book, computed from the documents */
#pragma once

#include "tt-db.h"
#include "tt-donations.h"

G_BEGIN_DECLS

typedef enum {
  TT_ACCOUNT_CASH,
  TT_ACCOUNT_BANK,
} TtAccount;

typedef struct
{
  char    on[11];            /* ISO date of the document */
  char    recorded[11];      /* ISO date it was entered (ngày ghi sổ) */
  char   *document;          /* receipt or voucher number */
  char   *description;       /* payer or payee and reason; "(void)" on a void document */
  gint64  in;                /* đồng, 0 on a void document */
  gint64  out;
  gint64  balance;           /* after this line */
  gboolean is_void;
  gboolean is_voucher;
  gint64  id;                /* the donation's or the voucher's */
} TtBookLine;

typedef struct
{
  TtAccount  account;
  char       from[11];
  char       to[11];
  gint64     opening;        /* balance at the start of the period */
  gint64     total_in;
  gint64     total_out;
  gint64     closing;
  GArray    *lines;          /* TtBookLine; empty when compact */
  gboolean   journal;        /* the donations journal: receipts only, the balance a running total */
  gboolean   compact;        /* the lines are in @entries, without their texts */
  GArray    *entries;        /* the lines kept compact (tt-books-private.h), when compact */
  GArray    *marks;          /* gint64: the balance after entry 64 × i, when compact */
  guint      voided;         /* void documents among the lines */
} TtBook;

void        tt_book_free          (TtBook      *book);
guint       tt_book_n_lines       (const TtBook *book);
gboolean    tt_book_line_read     (TtDb        *db,
                                   const TtBook *book,
                                   guint        i,
                                   TtBookLine  *out);
void        tt_book_line_clear    (TtBookLine  *line);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtBook, tt_book_free)

gboolean    tt_account_parse      (const char  *text,
                                   TtAccount   *out,
                                   GError     **error);
const char *tt_account_code       (TtAccount    account);
TtAccount   tt_account_of_method  (const char  *method);
gboolean    tt_book_set_opening   (TtDb        *db,
                                   TtAccount    account,
                                   const char  *date,
                                   gint64       amount,
                                   GError     **error);
TtBook     *tt_book_load          (TtDb        *db,
                                   TtAccount    account,
                                   const char  *from,
                                   const char  *to,
                                   GError     **error);
TtBook     *tt_book_load_compact  (TtDb        *db,
                                   TtAccount    account,
                                   const char  *from,
                                   const char  *to,
                                   GError     **error);
gboolean    tt_book_balance       (TtDb        *db,
                                   TtAccount    account,
                                   const char  *day,
                                   gint64      *out_balance,
                                   GError     **error);
gboolean    tt_book_lowest_from   (TtDb        *db,
                                   TtAccount    account,
                                   const char  *date,
                                   gint64      *out_lowest,
                                   char        *out_on,
                                   GError     **error);

TtBook     *tt_journal_load       (TtDb                  *db,
                                   const TtJournalFilter *filter,
                                   GError               **error);
TtBook     *tt_journal_load_compact (TtDb                *db,
                                   const TtJournalFilter *filter,
                                   GError               **error);

gboolean    tt_book_check         (TtDb        *db,
                                   GPtrArray   *problems,
                                   GError     **error);

G_END_DECLS
