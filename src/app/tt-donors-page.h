/* tt-donors-page.h — every donor, searched as you type, with their gifts and receipts */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_DONORS_PAGE (tt_donors_page_get_type ())
G_DECLARE_FINAL_TYPE (TtDonorsPage, tt_donors_page, TT, DONORS_PAGE, GtkWidget)

void        tt_donors_page_search          (TtDonorsPage *self,
                                            const char   *text);
void        tt_donors_page_select_donor    (TtDonorsPage *self,
                                            gint64        donor_id);
gint64      tt_donors_page_get_donor       (TtDonorsPage *self);
guint       tt_donors_page_get_n_shown     (TtDonorsPage *self);
gboolean    tt_donors_page_is_loading      (TtDonorsPage *self);
void        tt_donors_page_reload          (TtDonorsPage *self);
gint64      tt_donors_page_get_batch       (TtDonorsPage *self);

G_END_DECLS
