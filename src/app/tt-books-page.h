/* tt-books-page.h — the cash book and the bank book on screen, printed and exported */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_BOOKS_PAGE (tt_books_page_get_type ())
G_DECLARE_FINAL_TYPE (TtBooksPage, tt_books_page, TT, BOOKS_PAGE, GtkWidget)

TtBooksPage *tt_books_page_new         (TtDb        *db);
void         tt_books_page_refresh     (TtBooksPage *self);
gboolean     tt_books_page_is_loading  (TtBooksPage *self);
gboolean     tt_books_page_is_printing (TtBooksPage *self);
GtkDropDown *tt_books_page_get_account (TtBooksPage *self);
GtkDropDown *tt_books_page_get_method  (TtBooksPage *self);
GtkEditable *tt_books_page_get_period  (TtBooksPage *self);
const char  *tt_books_page_figure      (TtBooksPage *self,
                                        guint        i);
GListModel  *tt_books_page_get_lines   (TtBooksPage *self);

G_END_DECLS
