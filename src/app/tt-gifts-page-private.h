/* tt-gifts-page-private.h — what the Tết Gifts page shares with its signing-sheet actions */
#pragma once

#include "tt-gifts-page.h"

G_BEGIN_DECLS

TtDb      *tt_gifts_page_get_db          (TtGiftsPage *self);
GtkWindow *tt_gifts_page_parent_window   (TtGiftsPage *self);
void       tt_gifts_page_show_problem    (TtGiftsPage *self,
                                          GError      *error);
void       tt_gifts_page_refresh_lists   (TtGiftsPage *self);
void       tt_gifts_page_refresh_coverage (TtGiftsPage *self);
GtkLabel  *tt_gifts_page_coverage_label  (TtGiftsPage *self);
GtkListBox *tt_gifts_page_missing_box    (TtGiftsPage *self);
GCancellable **tt_gifts_page_counting    (TtGiftsPage *self);
void       tt_gifts_page_rename_action   (GtkWidget   *widget,
                                          const char  *name,
                                          GVariant    *param);
void       tt_gifts_page_delete_action   (GtkWidget   *widget,
                                          const char  *name,
                                          GVariant    *param);
void       tt_gifts_page_print_action    (GtkWidget   *widget,
                                          const char  *name,
                                          GVariant    *param);
void       tt_gifts_page_export_action   (GtkWidget   *widget,
                                          const char  *name,
                                          GVariant    *param);

G_END_DECLS
