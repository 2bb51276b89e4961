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

typedef struct _TtBookPages TtBookPages;

TtBookPages *tt_book_pages_new   (const TtBookDoc   *doc);
int          tt_book_pages_count (const TtBookPages *pages);
void         tt_book_pages_draw  (const TtBookPages *pages,
                                  cairo_t           *cr,
                                  const TtPageSize  *page,
                                  int                page_nr);
void         tt_book_pages_free  (TtBookPages       *pages);

G_END_DECLS
