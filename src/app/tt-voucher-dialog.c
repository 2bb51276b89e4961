/* tt-voucher-dialog.c — a payment recorded in a form
 *
 * Payee, address, amount (read back in words), date, method, purpose, campaign, reason and
 * attachments. A payment that would take its book below zero is asked about with the balance
 * core names, and recorded only when the clerk confirms. Enter or Ctrl+Enter saves; Escape asks
 * before throwing typing away; a refusal is shown at the top with the field marked and nothing
 * typed is lost. "saved" carries the voucher number.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-ask.h"
#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-form.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-value-row.h"
#include "tt-voucher-dialog.h"
#include "tt-vouchers.h"

struct _TtVoucherDialog
{
  AdwWindow    parent_instance;

  TtDb        *db;
  GArray      *campaign_ids;
  AdwEntryRow *payee_row;
  AdwEntryRow *address_row;
  AdwEntryRow *amount_row;
  GtkLabel    *words_label;
  AdwEntryRow *date_row;
  AdwComboRow *method_row;
  AdwComboRow *purpose_row;
  AdwComboRow *campaign_row;
  AdwEntryRow *reason_row;
  AdwEntryRow *attachments_row;
  GtkLabel    *error_label;
};

enum { SIGNAL_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const TtValue methods[] = {
  { "cash", N_("Cash"), "Tiền mặt" }, { "transfer", N_("Bank transfer"), "Chuyển khoản" },
};
static const TtValueList voucher_methods = TT_VALUE_LIST (methods);

G_DEFINE_FINAL_TYPE (TtVoucherDialog, tt_voucher_dialog, ADW_TYPE_WINDOW)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
refuse (TtVoucherDialog *self, gpointer field, const char *message)
{
  AdwEntryRow *rows[] = { self->payee_row, self->address_row, self->amount_row, self->date_row, self->reason_row,
                          self->attachments_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if ((gpointer) rows[i] == field)
      gtk_widget_add_css_class (GTK_WIDGET (rows[i]), "error");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

/* Runs once the question has gone: saving closes the form the question stands on. */
static gboolean
pay_anyway (gpointer data)
{
  TtVoucherDialog *self = data;

  if (self->db != NULL)
    tt_voucher_dialog_save (self, TRUE);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
on_pay_anyway_cb (AdwMessageDialog *ask, const char *response, TtVoucherDialog *self)
{
  if (g_str_equal (response, "pay"))
    g_idle_add (pay_anyway, g_object_ref (self));
}

/* Records the payment; a balance below zero is asked about first (@allow_negative: asked). */
gboolean
tt_voucher_dialog_save (TtVoucherDialog *self,
                        gboolean         allow_negative)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  TtVoucherInput in = { 0 };
  guint campaign = adw_combo_row_get_selected (self->campaign_row);
  guint64 attachments = 0;
  gpointer field = NULL;

  if (!tt_money_parse_positive (text_of (self->amount_row), &in.amount, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Amount: %s"), error->message);
      refuse (self, self->amount_row, message);
      return FALSE;
    }
  if (*text_of (self->attachments_row) != '\0' &&
      !g_ascii_string_to_unsigned (text_of (self->attachments_row), 10, 0, 1000, &attachments, NULL))
    {
      refuse (self, self->attachments_row, _("Attachments: give how many documents go with the voucher (0 to 1000)."));
      return FALSE;
    }
  in.payee_name = text_of (self->payee_row);
  in.payee_address = *text_of (self->address_row) ? text_of (self->address_row) : NULL;
  in.paid_on = text_of (self->date_row);
  in.method = tt_value_row_get (self->method_row);
  in.purpose = tt_value_row_get (self->purpose_row);
  in.reason = text_of (self->reason_row);
  in.campaign_id = campaign < self->campaign_ids->len ? g_array_index (self->campaign_ids, gint64, campaign) : 0;
  in.attachments = (int) attachments;
  in.allow_negative = allow_negative;
  if (tt_voucher_add (self->db, &in, &number, &error) == 0)
    {
      if (g_error_matches (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NEGATIVE))
        {
          refuse (self, NULL, NULL);
          tt_ask (GTK_WINDOW (self), self, _("Pay Beyond the Balance?"), error->message, NULL, _("_Cancel"), "pay",
                  _("_Pay Anyway"), ADW_RESPONSE_DESTRUCTIVE, "cancel", G_CALLBACK (on_pay_anyway_cb));
          return FALSE;
        }
      field = strstr (error->message, _("Payee")) ? (gpointer) self->payee_row
            : strstr (error->message, _("Date paid: ")) ? (gpointer) self->date_row
            : strstr (error->message, _("Reason for payment")) ? (gpointer) self->reason_row
            : strstr (error->message, _("Address")) ? (gpointer) self->address_row : NULL;
      refuse (self, field, error->message);
      return FALSE;
    }
  refuse (self, NULL, NULL);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, number);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_cb (TtVoucherDialog *self)
{
  tt_voucher_dialog_save (self, FALSE);
}

static gboolean
save_form (GtkWidget *form)
{
  return tt_voucher_dialog_save (TT_VOUCHER_DIALOG (form), FALSE);
}

static void
on_amount_changed_cb (TtVoucherDialog *self)
{
  gint64 amount;

  if (tt_money_parse_positive (text_of (self->amount_row), &amount, NULL))
    {
      g_autofree char *figures = tt_money_format (amount);
      g_autofree char *words = tt_office_amount_words (self->db, amount);
      g_autofree char *label = g_strdup_printf ("%s — %s", figures, words);
      gtk_label_set_label (self->words_label, label);
    }
  else
    gtk_label_set_label (self->words_label, "");
}

static void
load_campaigns (TtVoucherDialog *self)
{
  g_autoptr(GtkStringList) names = tt_form_campaign_choices (self->db, self->campaign_ids);

  adw_combo_row_set_model (self->campaign_row, G_LIST_MODEL (names));
}

static void
build (TtVoucherDialog *self)
{
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *who = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *what = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  gtk_window_set_title (GTK_WINDOW (self), _("New Payment Voucher"));
  adw_preferences_group_set_title (who, _("Paid To"));
  self->payee_row = tt_form_entry_row (who, _("_Payee (person or household)"), G_CALLBACK (on_save_cb), self);
  self->address_row = tt_form_entry_row (who, _("A_ddress"), G_CALLBACK (on_save_cb), self);
  adw_preferences_group_set_title (what, _("Payment"));
  self->amount_row = tt_form_entry_row (what, _("_Amount (e.g. 30 triệu, 1.200.000)"), G_CALLBACK (on_save_cb), self);
  self->date_row = tt_form_entry_row (what, _("Date _paid (dd/mm/yyyy)"), G_CALLBACK (on_save_cb), self);
  self->method_row = tt_form_combo_row (what, _("_Method"));
  tt_value_row_fill (self->method_row, &voucher_methods, NULL);
  self->purpose_row = tt_form_combo_row (what, _("P_urpose"));
  tt_value_row_fill (self->purpose_row, &tt_voucher_purposes, NULL);
  self->campaign_row = tt_form_combo_row (what, _("_Campaign"));
  adw_combo_row_set_use_subtitle (self->campaign_row, TRUE);
  self->reason_row = tt_form_entry_row (what, _("_Reason, as printed on the voucher"), G_CALLBACK (on_save_cb), self);
  self->attachments_row = tt_form_entry_row (what, _("A_ttachments (documents with it)"), G_CALLBACK (on_save_cb),
                                             self);
  g_signal_connect_swapped (self->amount_row, "changed", G_CALLBACK (on_amount_changed_cb), self);
  gtk_widget_set_name (GTK_WIDGET (self->payee_row), "payee_row");
  gtk_widget_set_name (GTK_WIDGET (self->amount_row), "amount_row");
  gtk_widget_set_name (GTK_WIDGET (self->date_row), "date_row");
  gtk_widget_set_name (GTK_WIDGET (self->reason_row), "reason_row");
  gtk_widget_set_name (GTK_WIDGET (self->method_row), "method_row");

  self->words_label = tt_form_note ();
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (who));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (what));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->words_label));
  self->error_label = tt_form_frame (GTK_WINDOW (self), inner, save_form);
}

static void
tt_voucher_dialog_dispose (GObject *object)
{
  TtVoucherDialog *self = TT_VOUCHER_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->campaign_ids, g_array_unref);
  G_OBJECT_CLASS (tt_voucher_dialog_parent_class)->dispose (object);
}

static void
tt_voucher_dialog_class_init (TtVoucherDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tt_voucher_dialog_dispose;
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tt_voucher_dialog_init (TtVoucherDialog *self)
{
  self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  build (self);
}

TtVoucherDialog *
tt_voucher_dialog_new (GtkWindow *parent,
                       TtDb      *db)
{
  TtVoucherDialog *self = g_object_new (TT_TYPE_VOUCHER_DIALOG, "transient-for", parent, "modal", TRUE,
                                        "default-width", 560, "default-height", 700, NULL);
  char today[11];
  g_autofree char *shown = NULL;

  self->db = g_object_ref (db);
  load_campaigns (self);
  tt_value_row_set (self->purpose_row, "other");
  tt_date_today (today);
  shown = tt_date_display (today);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), shown);
  gtk_widget_grab_focus (GTK_WIDGET (self->payee_row));
  return self;
}
