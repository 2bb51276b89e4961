/* tt-support-page.h — livelihood models, health-insurance cards, humanitarian addresses */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_SUPPORT_PAGE (tt_support_page_get_type ())
G_DECLARE_FINAL_TYPE (TtSupportPage, tt_support_page, TT, SUPPORT_PAGE, GtkWidget)

TtSupportPage *tt_support_page_new        (TtDb          *db);
void           tt_support_page_refresh    (TtSupportPage *self);
gboolean       tt_support_page_is_loading (TtSupportPage *self);
guint          tt_support_page_n_shown    (TtSupportPage *self,
                                           guint          view);
char          *tt_support_page_dup_title  (TtSupportPage *self,
                                           guint          view,
                                           guint          i);
GtkEditable   *tt_support_page_get_search (TtSupportPage *self);
GtkDropDown   *tt_support_page_get_filter (TtSupportPage *self,
                                           guint          view);

G_END_DECLS
