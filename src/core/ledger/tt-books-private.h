/* tt-books-private.h — what the books' files share */
#pragma once

#include "tt-books.h"

G_BEGIN_DECLS

TtBook  *tt_book_new        (gboolean    compact);
gboolean tt_book_add_entry  (TtBook     *book,
                             gint64      id,
                             const char *day,
                             gint64      amount,
                             gboolean    is_void,
                             gboolean    is_voucher,
                             gint64      balance,
                             GError    **error);

G_END_DECLS
