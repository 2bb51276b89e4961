/* tt-gifts-page.h — Tết gift packages, distribution lists, delivery and coverage */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_GIFTS_PAGE (tt_gifts_page_get_type ())
G_DECLARE_FINAL_TYPE (TtGiftsPage, tt_gifts_page, TT, GIFTS_PAGE, GtkWidget)

gint64 tt_gifts_page_get_campaign (TtGiftsPage *self);
void   tt_gifts_page_reload_campaigns (TtGiftsPage *self);
gint64 tt_gifts_page_get_list     (TtGiftsPage *self);
gboolean tt_gifts_page_is_counting (TtGiftsPage *self);
gboolean tt_gifts_page_is_loading  (TtGiftsPage *self);
gboolean tt_gifts_page_is_building (TtGiftsPage *self);
gboolean tt_gifts_page_is_printing (TtGiftsPage *self);
void   tt_gifts_page_select_list  (TtGiftsPage *self,
                                   gint64       list_id);

G_END_DECLS
