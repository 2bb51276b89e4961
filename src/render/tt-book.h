/* tt-book.h — the cash book and the bank book, printed (PDF) and as a workbook (XLSX) */
#pragma once

#include "tt-book-doc.h"
#include "tt-document.h"

G_BEGIN_DECLS

int      tt_book_page_count (const TtBookDoc *doc,
                             const TtPageSize *page);
gboolean tt_book_write_pdf  (const TtBookDoc *doc,
                             const char      *path,
                             GError         **error);
gboolean tt_book_write_xlsx (const TtBookDoc *doc,
                             const char      *path,
                             GError         **error);

G_END_DECLS
