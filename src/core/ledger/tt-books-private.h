/* tt-books-private.h — what the books' files share */
#pragma once

#include "tt-books.h"

G_BEGIN_DECLS

TtBook  *tt_book_new        (gboolean    compact);
guint32  tt_book_day_number (const char *day);

G_END_DECLS
