/* tt-donors-page-private.h — shared by the files of the donors page */
#pragma once

#include "tt-donor-index.h"
#include "tt-donors-page.h"
#include "tt-query-model.h"

G_BEGIN_DECLS

struct _TtDonorsPage
{
  GtkWidget           parent_instance;

  TtDb               *db;
  TtQueryModel       *model;
  GtkSingleSelection *selection;
  TtDonorIndex       *index;
  guint               generation;     /* of the index load in flight */
  gboolean            loading;
  guint               first_load;     /* timeout that starts the first load */
  gint64              donor_id;       /* shown on the right */
  gint64              batch_id;       /* open batch, or 0 */

  GtkRevealer        *batch_revealer;
  GtkLabel           *batch_label;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *sort_dropdown;
  GtkStack           *list_stack;
  GtkSpinner         *spinner;
  GtkListView        *list_view;
  GtkLabel           *count_label;
  GtkStack           *detail_stack;
  GtkLabel           *name_label;
  GtkLabel           *summary_label;
  GtkListBox         *details_list;
  GtkListBox         *gifts_list;
  AdwStatusPage      *empty_page;
  AdwPreferencesGroup *merged_group;
  GtkListBox         *merged_list;
};

GtkWindow *tt_donors_page_parent_window     (TtDonorsPage *self);
void       tt_donors_page_toast             (TtDonorsPage *self,
                                             const char   *message);
void       tt_donors_page_changed           (TtDonorsPage *self,
                                             gint64        donor_id);
AdwMessageDialog *tt_donors_page_ask      (TtDonorsPage          *self,
                                           const char            *heading,
                                           const char            *body,
                                           GtkWidget             *extra,
                                           const char            *cancel_label,
                                           const char            *response,
                                           const char            *response_label,
                                           AdwResponseAppearance  appearance,
                                           const char            *default_response,
                                           GCallback              callback);
void       tt_donors_page_print_action      (GtkWidget    *widget,
                                             const char   *name,
                                             GVariant     *param);
void       tt_donors_page_export_action     (GtkWidget    *widget,
                                             const char   *name,
                                             GVariant     *param);
void       tt_donors_page_statement_action  (GtkWidget    *widget,
                                             const char   *name,
                                             GVariant     *param);

void       tt_donors_page_show_donor        (TtDonorsPage *self,
                                             gint64        id);
void       tt_donors_page_clear_list        (GtkListBox   *list);
void       tt_donors_page_open_donation_dialog (TtDonorsPage *self,
                                             gint64        donor_id);
void       tt_donors_page_show_batch        (TtDonorsPage *self);
void       tt_donors_page_history_action (GtkWidget *widget,
                                             const char   *name,
                                             GVariant     *param);
void       tt_donors_page_receipt_history_action (GtkWidget *widget,
                                             const char   *name,
                                             GVariant     *param);
void       tt_donors_page_void_action       (GtkWidget    *widget,
                                             const char   *name,
                                             GVariant     *param);
void       tt_donors_page_merge_action      (GtkWidget    *widget,
                                             const char   *name,
                                             GVariant     *param);
void       tt_donors_page_start_batch_action (GtkWidget   *widget,
                                             const char   *name,
                                             GVariant     *param);
void       tt_donors_page_close_batch_action (GtkWidget   *widget,
                                             const char   *name,
                                             GVariant     *param);

G_END_DECLS
