/* tt-donors-page.c — every donor, searched as you type, with their gifts and receipts
 *
 * The list is a TtQueryModel over donor ids. Search and sorting go through the donor index,
 * loaded on a worker thread from its own connection so the window appears at once; each key
 * typed replaces the ids with one items-changed. After any change the index is reloaded in
 * the background and the current search applied again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-ask.h"
#include "tt-batches.h"
#include "tt-date.h"
#include "tt-donation-dialog.h"
#include "tt-donations.h"
#include "tt-donor-dialog.h"
#include "tt-donor-index.h"
#include "tt-donor-row.h"
#include "tt-form.h"
#include "tt-reading.h"
#include "tt-donors-page-private.h"
#include "tt-money.h"
#include "tt-query-model.h"
#include "tt-window.h"


enum {
  PROP_0,
  PROP_DB,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtDonorsPage, tt_donors_page, GTK_TYPE_WIDGET)


GtkWindow *
tt_donors_page_parent_window (TtDonorsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
tt_donors_page_toast (TtDonorsPage *self, const char *message)
{
  GtkWindow *window = tt_donors_page_parent_window (self);

  if (window != NULL && TT_IS_WINDOW (window))
    tt_window_toast (TT_WINDOW (window), message);
}

/* A question with one answer besides cancelling; @callback gets (dialog, response, self). */
AdwMessageDialog *
tt_donors_page_ask (TtDonorsPage          *self,
                    const char            *heading,
                    const char            *body,
                    GtkWidget             *extra,
                    const char            *cancel_label,
                    const char            *response,
                    const char            *response_label,
                    AdwResponseAppearance  appearance,
                    const char            *default_response,
                    GCallback              callback)
{
  return tt_ask (tt_donors_page_parent_window (self), self, heading, body, extra, cancel_label, response,
                 response_label, appearance, default_response, callback);
}

/* ---- the list -------------------------------------------------------------------------- */

static void
apply_search (TtDonorsPage *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autofree char *count = NULL;
  gint64 keep = self->donor_id;
  guint position;

  if (self->index == NULL)
    return;
  ids = tt_donor_index_search (self->index, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                               gtk_drop_down_get_selected (self->sort_dropdown));
  tt_query_model_set_ids (self->model, ids);

  {
    g_autofree char *n = tt_money_format_plain (ids->len);
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s donor", "%s donors", ids->len), n);
  }
  gtk_label_set_label (self->count_label, count);
  /* Nothing typed and no donor: the office has none yet, which is no failed search. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0')
    {
      adw_status_page_set_icon_name (self->empty_page, "avatar-default-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Donors Yet"));
      adw_status_page_set_description (self->empty_page, _("Press Ctrl+N to record a donation; its donor is added with it."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Donors Found"));
      adw_status_page_set_description (self->empty_page, _("Press Enter to add a donor with this name."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, ids->len > 0 ? "list" : "empty");
  gtk_spinner_stop (self->spinner);

  if (keep > 0 && tt_query_model_find (self->model, keep, &position))
    gtk_single_selection_set_selected (self->selection, position);
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
load_index_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = tt_task_connection (task, task_data, FALSE, &error);
  TtDonorIndex *index = db ? tt_donor_index_load (db, &error) : NULL;

  if (index == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, index, (GDestroyNotify) tt_donor_index_free);
}

static void
on_index_loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  TtDonorsPage *self = TT_DONORS_PAGE (source);
  g_autoptr(GError) error = NULL;
  TtDonorIndex *index = g_task_propagate_pointer (G_TASK (result), &error);

  if (GPOINTER_TO_UINT (user_data) != self->generation)
    {
      tt_donor_index_free (index);
      return;
    }
  if (index == NULL)
    {
      self->loading = FALSE;
      tt_donors_page_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->index, tt_donor_index_free);
  self->index = index;
  self->loading = FALSE;
  apply_search (self);
}

/* Loads the donor index again in the background; the list keeps showing the old one. */
void
tt_donors_page_reload (TtDonorsPage *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TT_IS_DONORS_PAGE (self));

  g_clear_handle_id (&self->first_load, g_source_remove);
  self->generation++;
  self->loading = TRUE;
  if (self->index == NULL)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "loading");
      gtk_spinner_start (self->spinner);
    }
  task = g_task_new (self, NULL, on_index_loaded_cb, GUINT_TO_POINTER (self->generation));
  g_task_set_task_data (task, g_strdup (tt_db_get_path (self->db)), g_free);
  tt_task_run (task, self->db, load_index_thread, G_OBJECT (self), on_index_loaded_cb,
               GUINT_TO_POINTER (self->generation));
}

static void
on_search_changed_cb (TtDonorsPage *self)
{
  apply_search (self);
}

static void
on_sort_changed_cb (TtDonorsPage *self)
{
  apply_search (self);
}

/* Enter in the search: the only match opens; no match offers to create the donor. */
static void
on_search_activate_cb (TtDonorsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  if (n >= 1)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
  else if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_widget_activate_action (GTK_WIDGET (self), "donors.new-donor", NULL);
}

static void
on_selection_changed_cb (TtDonorsPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  tt_donors_page_show_donor (self, tt_query_model_get_id (self->model, position));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *sub = gtk_label_new (NULL);
  GtkWidget *total = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_widget_add_css_class (total, "numeric");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), sub);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), total);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *texts = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (texts);
  GtkWidget *sub = gtk_widget_get_next_sibling (name);
  GtkWidget *total = gtk_widget_get_next_sibling (texts);
  const TtDonor *d = tt_donor_row_get_donor (gtk_list_item_get_item (item));
  g_autofree char *amount = tt_money_format (d->total);
  g_autofree char *last = d->last_gift ? tt_date_display (d->last_gift) : NULL;
  g_autofree char *subtitle = NULL;

  if (last != NULL)
    subtitle = g_strdup_printf (_("Last gift %s · %s"), last, d->address ? d->address : tt_donor_kind_label (d->kind));
  else
    subtitle = g_strdup (d->address ? d->address : tt_donor_kind_label (d->kind));
  gtk_label_set_label (GTK_LABEL (name), d->name);
  gtk_label_set_label (GTK_LABEL (sub), subtitle);
  gtk_label_set_label (GTK_LABEL (total), amount);
}

/* ---- the donor ------------------------------------------------------------------------- */

void
tt_donors_page_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_detail (TtDonorsPage *self, const char *title, const char *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  gtk_list_box_append (self->details_list, row);
}

static GMenuModel *
gift_menu (const TtDonation *d)
{
  GMenu *menu = g_menu_new ();
  GMenu *print = g_menu_new ();
  GMenu *other = g_menu_new ();
  GVariant *target = g_variant_new_string (d->receipt);

  {
    struct { const char *label; const char *action; } items[] = {
      { N_("_Print Receipt…"), "donors.print-receipt" },
      { N_("_Export Receipt as PDF…"), "donors.export-receipt" },
      { N_("Print _Certificate of Thanks…"), "donors.print-certificate" },
      { N_("Export Certificate as P_DF…"), "donors.export-certificate" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS (items); i++)
      {
        g_autoptr(GMenuItem) item = NULL;

        if (g_str_equal (d->status, "void") && i >= 2)
          break;
        item = g_menu_item_new (_(items[i].label), NULL);
        g_menu_item_set_action_and_target_value (item, items[i].action, target);
        g_menu_append_item (print, item);
      }
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (print));
  if (g_str_equal (d->status, "valid"))
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("_Void Receipt…"), NULL);
      g_menu_item_set_action_and_target_value (item, "donors.void", target);
      g_menu_append_item (other, item);
    }
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_History"), NULL);
    g_menu_item_set_action_and_target_value (item, "donors.receipt-history", target);
    g_menu_append_item (other, item);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (other));
  g_object_unref (print);
  g_object_unref (other);
  return G_MENU_MODEL (menu);
}

static gboolean
add_gift_row (const TtDonation *d, gpointer user_data)
{
  TtDonorsPage *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = gift_menu (d);
  g_autofree char *amount = tt_money_format (d->amount);
  g_autofree char *date = tt_date_display (d->received_on);
  g_autofree char *title = g_strdup_printf ("%s · %s", d->receipt, amount);
  const char *method = tt_values_label (&tt_payment_methods, d->method);
  g_autofree char *subtitle = NULL;

  if (g_str_equal (d->status, "void"))
    subtitle = g_strdup_printf (_("%s · %s · VOID: %s"), date, method, d->void_reason);
  else
    subtitle = g_strdup_printf ("%s · %s%s%s", date, method, d->reason ? " · " : "", d->reason ? d->reason : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (g_str_equal (d->status, "void"))
    gtk_widget_add_css_class (row, "dim-label");

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  tt_widget_set_row_tooltip (menu_button, _("Print, export or void this receipt"));
  gtk_widget_add_css_class (menu_button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  g_object_set_data_full (G_OBJECT (row), "receipt", g_strdup (d->receipt), g_free);
  gtk_list_box_prepend (self->gifts_list, row);   /* newest first */
  return TRUE;
}

void
tt_donors_page_show_donor (TtDonorsPage *self, gint64 id)
{
  g_autoptr(TtDonor) d = tt_donor_get (self->db, id, NULL);
  g_autoptr(GPtrArray) merged = NULL;
  g_autofree char *total = NULL;
  g_autofree char *summary = NULL;

  tt_donors_page_clear_list (self->details_list);
  tt_donors_page_clear_list (self->gifts_list);
  tt_donors_page_clear_list (self->merged_list);
  if (d == NULL)
    {
      self->donor_id = 0;
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }
  self->donor_id = d->id;
  gtk_label_set_label (self->name_label, d->name);
  total = tt_money_format (d->total);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %lld gift", "%s in %lld gifts", d->gift_count),
                             total, (long long) d->gift_count);
  gtk_label_set_label (self->summary_label, summary);

  add_detail (self, C_("donor", "Kind"), tt_donor_kind_label (d->kind));
  add_detail (self, _("Phone"), d->phone);
  add_detail (self, _("Address"), d->address);
  add_detail (self, _("Email"), d->email);
  add_detail (self, _("Tax code"), d->tax_code);
  add_detail (self, _("Note"), d->note);

  tt_donation_foreach (self->db, d->id, add_gift_row, self, NULL);
  if (gtk_widget_get_first_child (GTK_WIDGET (self->gifts_list)) == NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No gifts recorded yet"));
      gtk_list_box_append (self->gifts_list, row);
    }

  merged = tt_donor_merged_from (self->db, d->id, NULL);
  for (guint i = 0; merged != NULL && i < merged->len; i++)
    {
      TtDonor *m = merged->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *when = NULL;
      if (m->last_gift != NULL)
        {
          g_autofree char *day = g_strndup (m->last_gift, 10);
          g_autofree char *shown = tt_date_display (day);
          when = g_strdup_printf (_("Merged on %s"), shown);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (when != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
      gtk_list_box_append (self->merged_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->merged_group), merged != NULL && merged->len > 0);
  gtk_stack_set_visible_child_name (self->detail_stack, "donor");
}

/* Something changed: show it now, and refresh the list in the background. */
void
tt_donors_page_changed (TtDonorsPage *self, gint64 donor_id)
{
  if (donor_id > 0)
    {
      tt_query_model_row_changed (self->model, donor_id);
      if (donor_id == self->donor_id || self->donor_id == 0)
        tt_donors_page_show_donor (self, donor_id);
    }
  tt_donors_page_reload (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* ---- actions --------------------------------------------------------------------------- */

static void
on_donation_saved_cb (TtDonationDialog *dialog, gint64 id, const char *receipt, TtDonorsPage *self)
{
  g_autoptr(TtDonation) d = tt_donation_get (self->db, id, NULL);
  g_autofree char *message = NULL;

  if (d == NULL)
    return;
  message = g_strdup_printf (_("Receipt %s recorded for %s"), receipt, d->payer_name);
  if (TT_IS_WINDOW (tt_donors_page_parent_window (self)))
    tt_window_toast_action (TT_WINDOW (tt_donors_page_parent_window (self)), message, _("_Print Receipt"),
                            "win.print-receipt", g_variant_new_string (receipt));
  self->donor_id = d->donor_id;
  tt_donors_page_changed (self, d->donor_id);
  tt_donors_page_show_batch (self);
}

void
tt_donors_page_open_donation_dialog (TtDonorsPage *self, gint64 donor_id)
{
  TtDonationDialog *dialog = tt_donation_dialog_new (tt_donors_page_parent_window (self), self->db, donor_id, self->batch_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_donation_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_donation_action (GtkWidget *widget, const char *name, GVariant *param)
{
  tt_donors_page_open_donation_dialog (TT_DONORS_PAGE (widget), 0);
}

static void
new_donation_for_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  tt_donors_page_open_donation_dialog (self, self->donor_id);
}

static void
on_donor_saved_cb (TtDonorDialog *dialog, gint64 id, TtDonorsPage *self)
{
  self->donor_id = id;
  tt_donors_page_changed (self, id);
  tt_donors_page_show_donor (self, id);
}

static void
donor_dialog (TtDonorsPage *self, gint64 id, const char *name)
{
  TtDonorDialog *dialog = tt_donor_dialog_new (tt_donors_page_parent_window (self), self->db, id, name);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_donor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_donor_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  donor_dialog (self, 0, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
edit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  if (self->donor_id > 0)
    donor_dialog (self, self->donor_id, NULL);
}

/* The receipt of the gift row selected on the donor's page, else of the newest gift. */
static const char *
selected_receipt (TtDonorsPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->gifts_list);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->gifts_list, 0);
  return row != NULL ? g_object_get_data (G_OBJECT (row), "receipt") : NULL;
}

/* Ctrl+P and Ctrl+Shift+S: the selected receipt printed or saved as PDF. */
static void
selected_receipt_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  const char *receipt = selected_receipt (self);

  if (receipt == NULL)
    {
      tt_donors_page_toast (self, _("Choose a donor with a gift to print its receipt."));
      return;
    }
  gtk_widget_activate_action (widget, g_str_equal (name, "donors.print-selected") ? "donors.print-receipt"
                                                                                   : "donors.export-receipt",
                              "s", receipt);
}

static void
focus_search_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (TT_DONORS_PAGE (widget)->search_entry));
}

/* ---- object ---------------------------------------------------------------------------- */

static gboolean
first_load_cb (gpointer data)
{
  TtDonorsPage *self = data;

  self->first_load = 0;
  tt_donors_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
tt_donors_page_constructed (GObject *object)
{
  TtDonorsPage *self = TT_DONORS_PAGE (object);

  G_OBJECT_CLASS (tt_donors_page_parent_class)->constructed (object);

  self->model = tt_query_model_new (TT_TYPE_DONOR_ROW, tt_donor_row_fetch, self->db, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  /* The first load waits until the window has drawn its first frame: on a two-core office PC
   * it would otherwise compete with start-up for the processor. */
  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->list_stack, "loading");
  gtk_spinner_start (self->spinner);
  self->first_load = g_timeout_add (300, first_load_cb, self);
}

static void
tt_donors_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DB:
      g_value_set_object (value, TT_DONORS_PAGE (object)->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_donors_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DB:
      TT_DONORS_PAGE (object)->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_donors_page_dispose (GObject *object)
{
  TtDonorsPage *self = TT_DONORS_PAGE (object);

  self->generation++;   /* an index still loading is dropped */
  g_clear_handle_id (&self->first_load, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TT_TYPE_DONORS_PAGE);
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_pointer (&self->index, tt_donor_index_free);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_donors_page_parent_class)->dispose (object);
}

static void
tt_donors_page_class_init (TtDonorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tt_donors_page_constructed;
  object_class->dispose = tt_donors_page_dispose;
  object_class->get_property = tt_donors_page_get_property;
  object_class->set_property = tt_donors_page_set_property;

  properties[PROP_DB] = g_param_spec_object ("db", NULL, NULL, TT_TYPE_DB,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "donors.new-donation", NULL, new_donation_action);
  gtk_widget_class_install_action (widget_class, "donors.new-donation-for", NULL, new_donation_for_action);
  gtk_widget_class_install_action (widget_class, "donors.new-donor", NULL, new_donor_action);
  gtk_widget_class_install_action (widget_class, "donors.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "donors.merge", NULL, tt_donors_page_merge_action);
  gtk_widget_class_install_action (widget_class, "donors.statement", NULL, tt_donors_page_statement_action);
  gtk_widget_class_install_action (widget_class, "donors.start-batch", NULL, tt_donors_page_start_batch_action);
  gtk_widget_class_install_action (widget_class, "donors.close-batch", NULL, tt_donors_page_close_batch_action);
  gtk_widget_class_install_action (widget_class, "donors.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "donors.print-selected", NULL, selected_receipt_action);
  gtk_widget_class_install_action (widget_class, "donors.pdf-selected", NULL, selected_receipt_action);
  gtk_widget_class_install_action (widget_class, "donors.void", "s", tt_donors_page_void_action);
  gtk_widget_class_install_action (widget_class, "donors.history", NULL, tt_donors_page_history_action);
  gtk_widget_class_install_action (widget_class, "donors.receipt-history", "s", tt_donors_page_receipt_history_action);
  gtk_widget_class_install_action (widget_class, "donors.print-receipt", "s", tt_donors_page_print_action);
  gtk_widget_class_install_action (widget_class, "donors.print-certificate", "s", tt_donors_page_print_action);
  gtk_widget_class_install_action (widget_class, "donors.export-receipt", "s", tt_donors_page_export_action);
  gtk_widget_class_install_action (widget_class, "donors.export-certificate", "s", tt_donors_page_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "donors.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "donors.edit", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-donors-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, batch_revealer);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, batch_label);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, details_list);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, gifts_list);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, merged_group);
  gtk_widget_class_bind_template_child (widget_class, TtDonorsPage, merged_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
}

static void
tt_donors_page_init (TtDonorsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Every key typed searches at once: the index answers within a frame, so the entry's
   * default 150 ms pause would only make the list lag behind the typing. */
  gtk_search_entry_set_search_delay (self->search_entry, 0);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

void
tt_donors_page_search (TtDonorsPage *self,
                       const char   *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  apply_search (self);
}

void
tt_donors_page_select_donor (TtDonorsPage *self,
                             gint64        donor_id)
{
  guint position;

  if (tt_query_model_find (self->model, donor_id, &position))
    gtk_single_selection_set_selected (self->selection, position);
  tt_donors_page_show_donor (self, donor_id);
}

gint64
tt_donors_page_get_donor (TtDonorsPage *self)
{
  return self->donor_id;
}

guint
tt_donors_page_get_n_shown (TtDonorsPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->model));
}

/* TRUE while the donor list is being (re)loaded in the background. */
gboolean
tt_donors_page_is_loading (TtDonorsPage *self)
{
  return self->loading;
}

gint64
tt_donors_page_get_batch (TtDonorsPage *self)
{
  return self->batch_id;
}
