/* tt-reports-page.h — the periodic reports, for any period */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_REPORTS_PAGE (tt_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (TtReportsPage, tt_reports_page, TT, REPORTS_PAGE, GtkWidget)

TtReportsPage *tt_reports_page_new (TtDb *db);
gboolean       tt_reports_page_is_printing (TtReportsPage *self);

G_END_DECLS
