/* tt-spending-page.c — money out: the payment vouchers
 *
 * The vouchers newest first (the latest 60, or the latest 60 that hold what is typed: payee,
 * number or reason), each with its menu: print (a reprint is marked as a copy), save as PDF, void with a
 * reason. New Voucher… opens the form. With none yet, the page says what vouchers are for.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-ask.h"
#include "tt-date.h"
#include "tt-form.h"
#include "tt-money.h"
#include "tt-print.h"
#include "tt-receipt.h"
#include "tt-reading.h"
#include "tt-receipt-doc.h"
#include "tt-spending-page.h"
#include "tt-text.h"
#include "tt-voucher-dialog.h"
#include "tt-vouchers.h"
#include "tt-window.h"

#define SHOWN 60

/* A voucher in the list. */
#define TT_TYPE_VOUCHER_ITEM (tt_voucher_item_get_type ())
G_DECLARE_FINAL_TYPE (TtVoucherItem, tt_voucher_item, TT, VOUCHER_ITEM, GObject)

struct _TtVoucherItem
{
  GObject    parent_instance;
  TtVoucher *voucher;
};

G_DEFINE_FINAL_TYPE (TtVoucherItem, tt_voucher_item, G_TYPE_OBJECT)

static void
tt_voucher_item_finalize (GObject *object)
{
  g_clear_pointer (&TT_VOUCHER_ITEM (object)->voucher, tt_voucher_free);
  G_OBJECT_CLASS (tt_voucher_item_parent_class)->finalize (object);
}

static void
tt_voucher_item_class_init (TtVoucherItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_voucher_item_finalize;
}

static void tt_voucher_item_init (TtVoucherItem *self) { }

struct _TtSpendingPage
{
  GtkWidget       parent_instance;

  TtDb           *db;
  GtkStack       *stack;
  GListStore     *vouchers;
  GtkSearchEntry *search;
  GtkLabel       *summary;
  GCancellable   *loading;   /* the vouchers being read on a worker thread */
};

G_DEFINE_FINAL_TYPE (TtSpendingPage, tt_spending_page, GTK_TYPE_WIDGET)

static GtkWindow *
parent_window (TtSpendingPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
toast (TtSpendingPage *self, const char *message)
{
  if (TT_IS_WINDOW (parent_window (self)))
    tt_window_toast (TT_WINDOW (parent_window (self)), message);
}

static GMenuModel *
voucher_menu (const char *number, gboolean valid)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) print = g_menu_item_new (_("_Print…"), NULL);
  g_autoptr(GMenuItem) pdf = g_menu_item_new (_("Save as _PDF…"), NULL);

  g_menu_item_set_action_and_target_value (print, "spending.print", g_variant_new_string (number));
  g_menu_item_set_action_and_target_value (pdf, "spending.pdf", g_variant_new_string (number));
  g_menu_append_item (menu, print);
  g_menu_append_item (menu, pdf);
  if (valid)
    {
      g_autoptr(GMenuItem) void_item = g_menu_item_new (_("_Void…"), NULL);
      g_menu_item_set_action_and_target_value (void_item, "spending.void", g_variant_new_string (number));
      g_menu_append_item (menu, void_item);
    }
  return G_MENU_MODEL (menu);
}

/* A row's menu is made when it is opened, for the voucher the row shows then. */
static void
make_menu_cb (GtkMenuButton *button, gpointer data)
{
  g_autoptr(GMenuModel) menu = NULL;
  TtVoucherItem *item = g_object_get_data (G_OBJECT (button), "item");

  if (item == NULL)
    return;
  menu = voucher_menu (item->voucher->number, g_str_equal (item->voucher->status, "valid"));
  gtk_menu_button_set_menu_model (button, menu);
}

static char *
voucher_title (const TtVoucher *v)
{
  g_autofree char *amount = tt_money_format (v->amount);

  return g_strdup_printf ("%s · %s", v->number, amount);
}

static char *
voucher_subtitle (const TtVoucher *v)
{
  g_autofree char *date = tt_date_display (v->paid_on);

  if (g_str_equal (v->status, "void"))
    return g_strdup_printf (_("%s · %s · VOID: %s"), date, v->payee_name, v->void_reason);
  return g_strdup_printf ("%s · %s · %s · %s", date, v->payee_name, v->reason,
                          tt_values_label (&tt_voucher_purposes, v->purpose));
}

/* A row: the number and amount, the date, payee and reason under them, the menu. */
static void
on_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = tt_list_texts_new ();
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), make_menu_cb, NULL, NULL);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  tt_widget_set_row_tooltip (button, _("Print, save or void this voucher"));
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_margin_top (texts, 6);
  gtk_widget_set_margin_bottom (texts, 6);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), button);
  g_object_set (row, "margin-start", 12, "margin-end", 6, NULL);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  TtVoucherItem *voucher = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *button = gtk_widget_get_last_child (row);
  g_autofree char *title = voucher_title (voucher->voucher);
  g_autofree char *subtitle = voucher_subtitle (voucher->voucher);

  tt_list_texts_set (gtk_widget_get_first_child (row), title, subtitle);
  if (g_str_equal (voucher->voucher->status, "void"))
    gtk_widget_add_css_class (row, "dim-label");
  else
    gtk_widget_remove_css_class (row, "dim-label");
  /* The row is used again for other vouchers as the list scrolls: its menu is made anew. */
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), NULL);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (voucher), g_object_unref);
}

static gpointer
search_thread (TtDb *reader, gpointer job, GError **error)
{
  return tt_voucher_search (reader, job, SHOWN, error);
}

static void
on_found_cb (gpointer owner, gpointer result, gpointer job, const GError *error)
{
  TtSpendingPage *self = owner;
  g_autoptr(GPtrArray) found = result;
  gboolean searching = *(const char *) job != '\0';
  g_autofree char *line = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (found == NULL)
    {
      gtk_label_set_label (self->summary, error->message);
      return;
    }
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < found->len; i++)
    {
      TtVoucherItem *item = g_object_new (TT_TYPE_VOUCHER_ITEM, NULL);
      item->voucher = g_steal_pointer (&found->pdata[i]);
      g_ptr_array_add (items, item);
    }
  /* One change for the whole list: the rows are made once. */
  g_list_store_splice (self->vouchers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->vouchers)), items->pdata,
                       items->len);
  if (found->len == SHOWN)
    line = g_strdup_printf (searching ? _("The latest %d vouchers that match are shown.")
                                      : _("The latest %d vouchers are shown; type to find an older one."), SHOWN);
  else
    line = g_strdup_printf (g_dngettext (NULL, "%u voucher", "%u vouchers", found->len), found->len);
  gtk_label_set_label (self->summary, line);
  if (!searching)
    gtk_stack_set_visible_child_name (self->stack, found->len > 0 ? "list" : "empty");
}

/* Reads the vouchers again on a worker thread, newest first, narrowed by the search. */
void
tt_spending_page_refresh (TtSpendingPage *self)
{
  tt_read_in_thread (self, &self->loading, self->db, search_thread,
                     g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search))), g_free,
                     (GDestroyNotify) g_ptr_array_unref, on_found_cb);
}

static void
on_saved_cb (TtSpendingPage *self, const char *number)
{
  g_autofree char *message = g_strdup_printf (_("Payment voucher %s recorded"), number);

  tt_spending_page_refresh (self);
  toast (self, message);
}

static void
new_voucher_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtSpendingPage *self = TT_SPENDING_PAGE (widget);
  TtVoucherDialog *dialog = tt_voucher_dialog_new (parent_window (self), self->db);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  TtDb         *db;
  TtReceiptDoc *doc;
} VoucherJob;

static void
voucher_job_free (VoucherJob *job)
{
  g_clear_object (&job->db);
  tt_receipt_doc_free (job->doc);
  g_free (job);
}

static VoucherJob *
voucher_job (TtSpendingPage *self, GVariant *param)
{
  g_autoptr(GError) error = NULL;
  TtReceiptDoc *doc = tt_voucher_doc_load (self->db, g_variant_get_string (param, NULL), FALSE, &error);
  VoucherJob *job;

  if (doc == NULL)
    {
      toast (self, error->message);
      return NULL;
    }
  job = g_new0 (VoucherJob, 1);
  job->db = g_object_ref (self->db);
  job->doc = doc;
  return job;
}

static void
draw_voucher (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_receipt_draw (cr, ((VoucherJob *) data)->doc, page);
}

static void
voucher_printed (gboolean printed, gpointer data)
{
  VoucherJob *job = data;

  if (printed)
    tt_voucher_mark_printed (job->db, job->doc->donation_id, NULL);
}

static gboolean
write_voucher (const char *path, gpointer data, GError **error)
{
  VoucherJob *job = data;

  return tt_receipt_write_pdf (job->doc, TT_PAPER_A5, path, error) &&
         tt_voucher_mark_printed (job->db, job->doc->donation_id, error);
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtSpendingPage *self = TT_SPENDING_PAGE (widget);
  VoucherJob *job = voucher_job (self, param);

  if (job != NULL)
    tt_print_pages (parent_window (self), job->doc->receipt, TT_PAPER_A5, TRUE, 1, draw_voucher, voucher_printed, job,
                    (GDestroyNotify) voucher_job_free);
}

static void
pdf_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtSpendingPage *self = TT_SPENDING_PAGE (widget);
  VoucherJob *job = voucher_job (self, param);
  g_autofree char *file = NULL;

  if (job == NULL)
    return;
  file = g_strdup_printf ("phieu-chi-%s.pdf", job->doc->receipt);
  tt_save_pdf (parent_window (self), _("Save Payment Voucher"), file, write_voucher, job,
               (GDestroyNotify) voucher_job_free);
}

static void
on_void_response_cb (AdwMessageDialog *dialog, const char *response, TtSpendingPage *self)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  const char *number = g_object_get_data (G_OBJECT (dialog), "number");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "void"))
    return;
  if (!tt_voucher_void (self->db, number, gtk_editable_get_text (reason), &error))
    toast (self, error->message);
  tt_spending_page_refresh (self);
}

static void
on_reason_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "void", *text != '\0');
}

static void
void_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtSpendingPage *self = TT_SPENDING_PAGE (widget);
  const char *number = g_variant_get_string (param, NULL);
  g_autofree char *heading = g_strdup_printf (_("Void payment voucher %s?"), number);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason for voiding"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = tt_ask (parent_window (self), self, heading,
                   _("The voucher stays in the book marked void, and its amount leaves the totals. Give the reason."),
                   entry, _("_Cancel"), "void", _("_Void Voucher"), ADW_RESPONSE_DESTRUCTIVE, "void",
                   G_CALLBACK (on_void_response_cb));
  adw_message_dialog_set_response_enabled (dialog, "void", FALSE);
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_object_set_data_full (G_OBJECT (dialog), "number", g_strdup (number), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  gtk_widget_grab_focus (entry);
}

static void
build (TtSpendingPage *self)
{
  GtkWidget *empty = tt_page_empty ("document-send-symbolic", _("No Payments Yet"),
                                    _("Every payment of the fund — houses, gift packages, livelihood models, cards, "
                                     "relief — goes on a payment voucher, numbered in its own series and entered in "
                                     "the cash or bank book."),
                                    _("_New Voucher…"), "spending.new");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_New Voucher…"));
  GtkListItemFactory *factory;
  GtkWidget *list;

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
  gtk_stack_add_named (self->stack, empty, "empty");

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  g_object_set (self->search, "placeholder-text", _("Find a voucher by payee, number or reason"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (tt_spending_page_refresh), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "spending.new");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (bar), add);
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  /* Only the rows in sight are made. */
  self->vouchers = g_list_store_new (TT_TYPE_VOUCHER_ITEM);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->vouchers)))),
                            factory);
  gtk_list_view_set_show_separators (GTK_LIST_VIEW (list), TRUE);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), tt_page_card_list (list));
  gtk_stack_add_named (self->stack, tt_page_clamped (box, 1000), "list");
}

static void
tt_spending_page_dispose (GObject *object)
{
  TtSpendingPage *self = TT_SPENDING_PAGE (object);

  tt_read_stop (&self->loading);
  if (self->stack != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->stack));
      self->stack = NULL;
    }
  g_clear_object (&self->db);
  g_clear_object (&self->vouchers);
  G_OBJECT_CLASS (tt_spending_page_parent_class)->dispose (object);
}

static void
tt_spending_page_class_init (TtSpendingPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_spending_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "spending.new", NULL, new_voucher_action);
  gtk_widget_class_install_action (widget_class, "spending.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "spending.pdf", "s", pdf_action);
  gtk_widget_class_install_action (widget_class, "spending.void", "s", void_action);
}

static void
tt_spending_page_init (TtSpendingPage *self)
{
  build (self);
}

TtSpendingPage *
tt_spending_page_new (TtDb *db)
{
  TtSpendingPage *self = g_object_new (TT_TYPE_SPENDING_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);

  self->db = g_object_ref (db);
  tt_spending_page_refresh (self);
  return self;
}

/* For tests: whether the vouchers are still being read, how many are shown and the title of one. */
gboolean
tt_spending_page_is_loading (TtSpendingPage *self)
{
  return self->loading != NULL;
}

guint
tt_spending_page_n_shown (TtSpendingPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->vouchers));
}

char *
tt_spending_page_dup_title (TtSpendingPage *self,
                            guint           i)
{
  g_autoptr(TtVoucherItem) item = g_list_model_get_item (G_LIST_MODEL (self->vouchers), i);

  return item != NULL ? voucher_title (item->voucher) : NULL;
}

GtkEditable *
tt_spending_page_get_search (TtSpendingPage *self)
{
  return GTK_EDITABLE (self->search);
}
