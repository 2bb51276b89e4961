/* tt-statement.h — a donor's statement of gifts, A4 portrait, as many pages as it needs */
#pragma once

#include "tt-document.h"
#include "tt-statement-doc.h"

G_BEGIN_DECLS

int      tt_statement_page_count (const TtStatementDoc *doc,
                                  const TtPageSize     *page);
void     tt_statement_draw_page  (cairo_t              *cr,
                                  const TtStatementDoc *doc,
                                  const TtPageSize     *page,
                                  int                   page_nr);
gboolean tt_statement_write_pdf  (const TtStatementDoc *doc,
                                  const char           *path,
                                  GError              **error);

G_END_DECLS
