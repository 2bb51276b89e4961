/* tt-donation-dialog.c — record a donation from the keyboard
 *
 * Type the donor's name (accents optional) or phone, Enter takes the best match or creates
 * the donor; type the amount in any accepted form and read it back in words; Enter saves and
 * gives the receipt number. With "enter another", the form empties for the next slip.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-batches.h"
#include "tt-campaigns.h"
#include "tt-form.h"
#include "tt-twin-ask.h"
#include "tt-date.h"
#include "tt-donation-dialog.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-value-row.h"

#define N_MATCHES 6

struct _TtDonationDialog
{
  AdwWindow       parent_instance;

  TtDb           *db;
  gint64          donor_id;
  char           *new_donor;      /* a donor typed in, written with the gift */
  gint64          batch_id;
  GArray         *campaign_ids;   /* gint64, index 0 is "none" */
  gboolean        campaign_chosen; /* by the clerk: the date no longer moves it */
  gboolean        setting_campaign;

  AdwWindowTitle *window_title;
  AdwEntryRow    *donor_row;
  AdwActionRow   *chosen_row;
  GtkListBox     *matches;
  AdwEntryRow    *amount_row;
  AdwComboRow    *method_row;
  AdwEntryRow    *bank_ref_row;
  AdwEntryRow    *goods_row;
  AdwEntryRow    *date_row;
  GtkLabel       *words_label;
  AdwComboRow    *campaign_row;
  AdwEntryRow    *reason_row;
  AdwEntryRow    *earmark_row;
  AdwEntryRow    *collected_row;
  GtkLabel       *error_label;
  GtkLabel       *progress_label;
  GtkCheckButton *another_check;
};

enum {
  PROP_0,
  PROP_DB,
  PROP_DONOR_ID,
  PROP_BATCH_ID,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtDonationDialog, tt_donation_dialog, ADW_TYPE_WINDOW)

static void
show_error (TtDonationDialog *self, const char *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* A refusal: the message at the top of the form, the field it is about marked and focused (the
 * form scrolls to it); every other field unmarked. */
static void
refuse (TtDonationDialog *self, gpointer field, const char *message)
{
  GtkWidget *fields[] = { GTK_WIDGET (self->donor_row), GTK_WIDGET (self->amount_row), GTK_WIDGET (self->date_row),
                          GTK_WIDGET (self->bank_ref_row), GTK_WIDGET (self->goods_row) };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] == field)
      gtk_widget_add_css_class (fields[i], "error");
    else
      gtk_widget_remove_css_class (fields[i], "error");
  show_error (self, message);
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

static void
choose_donor (TtDonationDialog *self, gint64 id)
{
  g_autoptr(TtDonor) donor = id > 0 ? tt_donor_get (self->db, id, NULL) : NULL;

  self->donor_id = donor ? donor->id : 0;
  g_clear_pointer (&self->new_donor, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_row), donor != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->matches), FALSE);
  if (donor != NULL)
    {
      g_autofree char *total = tt_money_format (donor->total);
      g_autofree char *subtitle = g_strdup_printf (_("%s · given so far %s"),
                                                   donor->address ? donor->address : tt_donor_kind_label (donor->kind),
                                                   total);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chosen_row), donor->name);
      adw_action_row_set_subtitle (self->chosen_row, subtitle);
    }
}

static void
clear_matches (TtDonationDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matches))) != NULL)
    gtk_list_box_remove (self->matches, child);
}

static GtkWidget *
match_row (const char *title, const char *subtitle, gint64 id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "donor-id64", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static void
on_donor_changed_cb (TtDonationDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->donor_row));
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *create = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  clear_matches (self);
  if (*trimmed == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->matches), FALSE);
      return;
    }
  hits = tt_donor_search (self->db, text, N_MATCHES, NULL);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      TtDonor *d = hits->pdata[i];
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s", d->address ? d->address : "",
                                                   d->address && d->phone ? " · " : "", d->phone ? d->phone : "");
      gtk_list_box_append (self->matches, match_row (d->name, *subtitle ? subtitle : NULL, d->id));
    }
  create = g_strdup_printf (_("New donor “%s”"), trimmed);
  gtk_list_box_append (self->matches, match_row (create, _("Create this donor and record the gift"), 0));
  gtk_widget_set_visible (GTK_WIDGET (self->matches), TRUE);
}

static gint64
row_donor (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "donor-id64");
  return id ? *id : 0;
}

/* A new donor is written with the gift (Cancel leaves nothing behind); until then the form
 * shows the name as the donor chosen. */
static void
take_new_donor (TtDonationDialog *self, const char *name)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));

  choose_donor (self, 0);
  self->new_donor = g_steal_pointer (&clean);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chosen_row), self->new_donor);
  adw_action_row_set_subtitle (self->chosen_row, _("New donor, added with this gift"));
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static void
on_twin_answer (GObject *instance, gint64 existing)
{
  TtDonationDialog *self = TT_DONATION_DIALOG (instance);

  show_error (self, NULL);
  if (existing > 0)
    {
      choose_donor (self, existing);
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
    }
  else
    take_new_donor (self, gtk_editable_get_text (GTK_EDITABLE (self->donor_row)));
}

static void
take_row (TtDonationDialog *self, GtkListBoxRow *row)
{
  gint64 id = row_donor (row);

  if (id == 0)
    {
      TtDonorInput in = { .name = gtk_editable_get_text (GTK_EDITABLE (self->donor_row)) };

      gtk_widget_set_visible (GTK_WIDGET (self->matches), FALSE);
      tt_twin_ask (GTK_WINDOW (self), self->db, &in, G_OBJECT (self), on_twin_answer);
      return;
    }
  show_error (self, NULL);
  choose_donor (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static void
on_match_activated_cb (TtDonationDialog *self, GtkListBoxRow *row)
{
  take_row (self, row);
}

/* Enter in the donor field takes the best match (the first row). */
static void
on_donor_activated_cb (TtDonationDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->matches, 0);

  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->matches)))
    take_row (self, first);
  else if (self->donor_id > 0 || self->new_donor != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static void
on_amount_changed_cb (TtDonationDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  g_autoptr(GError) error = NULL;
  gint64 amount;

  if (*text == '\0')
    gtk_label_set_label (self->words_label, "");
  else if (tt_money_parse_positive (text, &amount, &error))
    {
      g_autofree char *figures = tt_money_format (amount);
      g_autofree char *words = tt_office_amount_words (self->db, amount);
      g_autofree char *label = g_strdup_printf ("%s — %s", figures, words);
      gtk_label_set_label (self->words_label, label);
      gtk_widget_remove_css_class (GTK_WIDGET (self->words_label), "error");
    }
  else
    {
      gtk_label_set_label (self->words_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->words_label), "error");
    }
}

static void
on_method_changed_cb (TtDonationDialog *self)
{
  const char *method = tt_value_row_get (self->method_row);

  gtk_widget_set_visible (GTK_WIDGET (self->bank_ref_row), g_strcmp0 (method, "transfer") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->goods_row), g_strcmp0 (method, "in_kind") == 0);
}

static const char *
optional (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  return *text ? text : NULL;
}

static void
reset_for_next (TtDonationDialog *self)
{
  self->donor_id = 0;
  g_clear_pointer (&self->new_donor, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->donor_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->bank_ref_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->goods_row), "");
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_row), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->donor_row));
}

static void
on_save_clicked_cb (TtDonationDialog *self)
{
  tt_donation_dialog_save (self);
}

static gboolean
save_form (GtkWidget *form)
{
  return tt_donation_dialog_save (TT_DONATION_DIALOG (form));
}

static void
load_campaigns (TtDonationDialog *self)
{
  g_autoptr(GtkStringList) names = tt_form_campaign_choices (self->db, self->campaign_ids);

  self->setting_campaign = TRUE;
  adw_combo_row_set_model (self->campaign_row, G_LIST_MODEL (names));
  self->setting_campaign = FALSE;
}

/* Until the clerk picks one, the campaign is the one running on the date received. */
static void
on_date_changed_cb (TtDonationDialog *self)
{
  char date[11];
  gint64 id;

  if (self->campaign_chosen || !tt_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), date, NULL))
    return;
  id = tt_campaign_for_donation (self->db, date);
  for (guint i = 0; i < self->campaign_ids->len; i++)
    if (g_array_index (self->campaign_ids, gint64, i) == id)
      {
        self->setting_campaign = TRUE;
        adw_combo_row_set_selected (self->campaign_row, i);
        self->setting_campaign = FALSE;
      }
}

static void
on_campaign_chosen_cb (TtDonationDialog *self)
{
  if (!self->setting_campaign)
    self->campaign_chosen = TRUE;
}

/* Under the title: in a batch, how far the stack of slips has come and the last receipt given;
 * otherwise the last receipt given while entering one gift after another. */
static void
show_progress (TtDonationDialog *self, const char *last_receipt)
{
  g_autoptr(GString) line = g_string_new (NULL);
  TtBatch batch = { 0 };

  if (self->batch_id > 0 && tt_batch_get (self->db, self->batch_id, &batch, NULL))
    {
      g_autofree char *count = tt_money_format_plain (batch.count);
      g_autofree char *expected_count = tt_money_format_plain (batch.expected_count);
      g_autofree char *total = tt_money_format (batch.total);
      g_autofree char *expected_total = tt_money_format (batch.expected_total);

      g_string_append_printf (line, _("Batch %lld: %s of %s slips, %s of %s"), (long long) self->batch_id, count,
                              expected_count, total, expected_total);
    }
  if (last_receipt != NULL)
    g_string_append_printf (line, "%s%s", line->len ? " · " : "", last_receipt);
  gtk_label_set_label (self->progress_label, line->str);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), line->len > 0);
  if (self->batch_id > 0)
    {
      g_autofree char *subtitle = g_strdup_printf (_("Batch %lld"), (long long) self->batch_id);
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
}

static void
tt_donation_dialog_constructed (GObject *object)
{
  TtDonationDialog *self = TT_DONATION_DIALOG (object);
  char today[11];
  g_autofree char *shown = NULL;

  G_OBJECT_CLASS (tt_donation_dialog_parent_class)->constructed (object);

  load_campaigns (self);
  tt_date_today (today);
  shown = tt_date_display (today);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), shown);
  on_date_changed_cb (self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (on_date_changed_cb), self);
  g_signal_connect_swapped (self->campaign_row, "notify::selected", G_CALLBACK (on_campaign_chosen_cb), self);
  if (self->batch_id > 0)
    {
      show_progress (self, NULL);
      gtk_check_button_set_active (self->another_check, TRUE);
    }
  if (self->donor_id > 0)
    {
      choose_donor (self, self->donor_id);
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->donor_row));
}

static void
tt_donation_dialog_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  TtDonationDialog *self = TT_DONATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DB:
      g_value_set_object (value, self->db);
      break;
    case PROP_DONOR_ID:
      g_value_set_int64 (value, self->donor_id);
      break;
    case PROP_BATCH_ID:
      g_value_set_int64 (value, self->batch_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_donation_dialog_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  TtDonationDialog *self = TT_DONATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DB:
      self->db = g_value_dup_object (value);
      break;
    case PROP_DONOR_ID:
      self->donor_id = g_value_get_int64 (value);
      break;
    case PROP_BATCH_ID:
      self->batch_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_donation_dialog_dispose (GObject *object)
{
  TtDonationDialog *self = TT_DONATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TT_TYPE_DONATION_DIALOG);
  g_clear_object (&self->db);
  g_clear_pointer (&self->campaign_ids, g_array_unref);
  g_clear_pointer (&self->new_donor, g_free);
  G_OBJECT_CLASS (tt_donation_dialog_parent_class)->dispose (object);
}

static void
tt_donation_dialog_class_init (TtDonationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tt_donation_dialog_constructed;
  object_class->dispose = tt_donation_dialog_dispose;
  object_class->get_property = tt_donation_dialog_get_property;
  object_class->set_property = tt_donation_dialog_set_property;

  properties[PROP_DB] = g_param_spec_object ("db", NULL, NULL, TT_TYPE_DB,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DONOR_ID] = g_param_spec_int64 ("donor-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BATCH_ID] = g_param_spec_int64 ("batch-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* saved (donation id, receipt number) */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/tuongthan/TuongThan/tt-donation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, donor_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, chosen_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, matches);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, bank_ref_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, goods_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, words_label);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, campaign_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, earmark_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, collected_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TtDonationDialog, another_check);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_donor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_donor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_match_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_method_changed_cb);
}

static void
tt_donation_dialog_init (TtDonationDialog *self)
{
  self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  tt_value_row_fill (self->method_row, &tt_payment_methods, NULL);

  tt_form_keys (GTK_WINDOW (self), save_form);
}

TtDonationDialog *
tt_donation_dialog_new (GtkWindow *parent,
                        TtDb      *db,
                        gint64     donor_id,
                        gint64     batch_id)
{
  return g_object_new (TT_TYPE_DONATION_DIALOG, "transient-for", parent, "db", db,
                       "donor-id", donor_id, "batch-id", batch_id, NULL);
}

gint64
tt_donation_dialog_get_donor (TtDonationDialog *self)
{
  return self->donor_id;
}

/* Checks and records the gift. On a mistake the form keeps everything and says what is wrong. */
gboolean
tt_donation_dialog_save (TtDonationDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *receipt = NULL;
  TtDonationInput in = { 0 };
  TtDonorInput new_donor = { .name = self->new_donor };
  char date[11];
  guint campaign = adw_combo_row_get_selected (self->campaign_row);
  gint64 id;

  if (self->donor_id == 0 && self->new_donor == NULL)
    {
      refuse (self, self->donor_row, _("Donor: choose who gave, or create a new donor from the name typed."));
      return FALSE;
    }
  if (!tt_money_parse_positive (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)), &in.amount, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Amount: %s"), error->message);
      refuse (self, self->amount_row, message);
      return FALSE;
    }
  if (!tt_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), date, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Date received: %s"), error->message);
      refuse (self, self->date_row, message);
      return FALSE;
    }
  in.donor_id = self->donor_id;
  in.new_donor = self->new_donor != NULL ? &new_donor : NULL;
  in.received_on = date;
  in.method = tt_value_row_get (self->method_row);
  in.bank_ref = g_strcmp0 (in.method, "transfer") == 0 ? optional (self->bank_ref_row) : NULL;
  in.goods_description = g_strcmp0 (in.method, "in_kind") == 0 ? optional (self->goods_row) : NULL;
  in.campaign_id = campaign < self->campaign_ids->len ? g_array_index (self->campaign_ids, gint64, campaign) : 0;
  in.reason = optional (self->reason_row);
  in.earmark = optional (self->earmark_row);
  in.collected_by = optional (self->collected_row);
  in.batch_id = self->batch_id;

  id = tt_donation_add (self->db, &in, &receipt, &error);
  if (id == 0)
    {
      /* A bank reference already on a receipt, or goods not described: the field is marked. */
      gpointer field = g_error_matches (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE) ? (gpointer) self->bank_ref_row
                     : g_error_matches (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY) ? (gpointer) self->goods_row
                     : NULL;
      refuse (self, field, error->message);
      return FALSE;
    }
  refuse (self, NULL, NULL);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id, receipt);
  if (gtk_check_button_get_active (self->another_check))
    {
      g_autofree char *last = g_strdup_printf (_("last receipt %s"), receipt);
      show_progress (self, last);
      reset_for_next (self);
    }
  else
    gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
