/* tt-gifts-page-private.h — what the Tết Gifts page shares with its list actions and dialogs */
#pragma once

#include <adwaita.h>

#include "tt-gifts-page.h"
#include "tt-gifts.h"

G_BEGIN_DECLS

/* What a worker reads for the page: the ids of the list's entries whose head's name holds what
 * is typed (@wanted), in the printed order. tt_gifts_read_entries() fills it and returns it. */
typedef struct
{
  gint64     list_id;
  char      *wanted;
  guint      list_size;   /* entries on the list, found or not */
  GArray    *ids;         /* gint64 */
} TtGiftsEntriesJob;

void       tt_gifts_entries_job_free     (TtGiftsEntriesJob *job);
gpointer   tt_gifts_read_entries         (TtDb        *reader,
                                          gpointer     job,
                                          GError     **error);

TtDb      *tt_gifts_page_get_db          (TtGiftsPage *self);
GtkWindow *tt_gifts_page_parent_window   (TtGiftsPage *self);
void       tt_gifts_page_show_problem    (TtGiftsPage *self,
                                          GError      *error);
void       tt_gifts_page_refresh_lists   (TtGiftsPage *self);
void       tt_gifts_page_refresh_coverage (TtGiftsPage *self);
GtkLabel  *tt_gifts_page_coverage_label  (TtGiftsPage *self);
GListStore *tt_gifts_page_missing_items  (TtGiftsPage *self);
GtkWidget  *tt_gifts_page_missing_expander (TtGiftsPage *self);
GCancellable **tt_gifts_page_counting    (TtGiftsPage *self);
GCancellable **tt_gifts_page_printing    (TtGiftsPage *self);
GtkWidget  *tt_gifts_page_labelled_entry (GtkBox           *box,
                                          const char       *placeholder);
const char *tt_gifts_page_entry_value    (AdwMessageDialog *dialog,
                                          const char       *key);
void       tt_gifts_page_list_created    (TtGiftsPage *self,
                                          gint64       list_id);
void       tt_gifts_page_set_building    (TtGiftsPage *self,
                                          gboolean     building);
void       tt_gifts_page_new_package_action (GtkWidget  *widget,
                                             const char *name,
                                             GVariant   *param);
void       tt_gifts_page_new_list_action (GtkWidget   *widget,
                                          const char  *name,
                                          GVariant    *param);
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
