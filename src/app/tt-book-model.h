/* tt-book-model.h — a book's lines as a list model for the Books place */
#pragma once

#include <gio/gio.h>

#include "tt-books.h"

G_BEGIN_DECLS

#define TT_TYPE_BOOK_ITEM (tt_book_item_get_type ())
G_DECLARE_FINAL_TYPE (TtBookItem, tt_book_item, TT, BOOK_ITEM, GObject)

#define TT_TYPE_BOOK_MODEL (tt_book_model_get_type ())
G_DECLARE_FINAL_TYPE (TtBookModel, tt_book_model, TT, BOOK_MODEL, GObject)

TtBookModel      *tt_book_model_new     (void);
void              tt_book_model_set     (TtBookModel *self,
                                         TtBook      *book,
                                         TtDb        *db);
const TtBookLine *tt_book_item_get_line (TtBookItem  *item);

G_END_DECLS
