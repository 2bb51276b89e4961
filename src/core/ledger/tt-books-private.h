/* tt-books-private.h — what the books' files share */
#pragma once

#include "tt-books.h"

G_BEGIN_DECLS

/* A line kept compact (a book loaded for a list on screen), 16 bytes: its texts are read by its
 * id when it is shown, its balance from the balance noted every 64 lines. */
typedef struct
{
  guint64 amount_flags;      /* đồng as written (at most 15 digits: 50 bits), void (bit 62), voucher (bit 63) */
  guint32 id;
  guint32 day;               /* Julian day (GDate) */
} TtBookEntry;

/* A book being loaded, and the first line that could not be kept compact. */
typedef struct
{
  TtBook *book;
  GError *error;
} TtBookLoading;

TtBook  *tt_book_new        (gboolean       compact);
gboolean tt_book_add_line   (TtBookLoading *loading,
                             TtBookLine    *line,
                             gint64         amount);
void     tt_journal_texts   (const TtDonation *donation,
                             char          **document,
                             char          **description);

G_END_DECLS
