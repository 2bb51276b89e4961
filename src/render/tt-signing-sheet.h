/* tt-signing-sheet.h — a gift list's signing sheet: A4 landscape pages, PDF and XLSX */
#pragma once

#include "tt-db.h"
#include "tt-document.h"
#include "tt-gift-sheet.h"

G_BEGIN_DECLS

typedef struct _TtSigningSheet TtSigningSheet;

TtSigningSheet *tt_signing_sheet_new         (TtSheetDoc        *doc);
void            tt_signing_sheet_free        (TtSigningSheet    *sheet);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtSigningSheet, tt_signing_sheet_free)

void            tt_signing_sheet_page_size   (TtPageSize        *out);
int             tt_signing_sheet_page_count  (TtSigningSheet    *sheet);
void            tt_signing_sheet_draw_page   (TtSigningSheet    *sheet,
                                              cairo_t           *cr,
                                              int                page_nr);
const TtSheetDoc *tt_signing_sheet_get_doc   (TtSigningSheet    *sheet);

gboolean        tt_signing_sheet_write_pdf   (TtSheetDoc        *doc,
                                              const char        *path,
                                              GError           **error);
gboolean        tt_signing_sheet_write_xlsx  (TtSheetDoc        *doc,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
