/* tt-spending-page.h — money out: the payment vouchers */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_SPENDING_PAGE (tt_spending_page_get_type ())
G_DECLARE_FINAL_TYPE (TtSpendingPage, tt_spending_page, TT, SPENDING_PAGE, GtkWidget)

TtSpendingPage *tt_spending_page_new      (TtDb           *db);
void            tt_spending_page_refresh  (TtSpendingPage *self);
gboolean        tt_spending_page_is_loading (TtSpendingPage *self);
guint           tt_spending_page_n_shown    (TtSpendingPage *self);
char           *tt_spending_page_dup_title  (TtSpendingPage *self,
                                             guint           i);
GtkEditable    *tt_spending_page_get_search (TtSpendingPage *self);

G_END_DECLS
