/* tt-book-doc.h — everything a printed cash or bank book shows */
#pragma once

#include "tt-books.h"
#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  char   *office;
  char   *parent;
  char   *title;           /* SỔ QUỸ TIỀN MẶT or SỔ TIỀN GỬI NGÂN HÀNG */
  char   *account_line;    /* the bank and account number, for the bank book */
  char   *period;          /* "Từ ngày 01/01/2026 đến ngày 31/12/2026" */
  char   *fund;
  char   *date_words;      /* the day it is printed */
  char   *cashier;
  char   *accountant;
  char   *head;
  TtBook *book;
} TtBookDoc;

void       tt_book_doc_free   (TtBookDoc  *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtBookDoc, tt_book_doc_free)

TtBookDoc *tt_book_doc_load   (TtDb       *db,
                               TtAccount   account,
                               const char *from,
                               const char *to,
                               GError    **error);
gboolean   tt_book_doc_export (TtDb       *db,
                               TtAccount   account,
                               const char *from,
                               const char *to,
                               const char *path,
                               gboolean  (*write) (const TtBookDoc *doc, const char *path, GError **error),
                               GError    **error);

TtBookDoc *tt_journal_doc_load   (TtDb                  *db,
                                  const TtJournalFilter *filter,
                                  GError               **error);
gboolean   tt_journal_doc_export (TtDb                  *db,
                                  const TtJournalFilter *filter,
                                  const char            *path,
                                  gboolean             (*write) (const TtBookDoc *doc, const char *path, GError **error),
                                  GError               **error);

G_END_DECLS
