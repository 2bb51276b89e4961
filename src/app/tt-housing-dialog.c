/* tt-housing-dialog.c — a new housing project for a household, in a form
 *
 * The household is fixed (chosen before); the clerk gives the kind of work, the stream, the
 * campaign, the estimated cost, the approved support (the norm for the household is shown
 * beside it), the decision number and, beyond the norm or for a second house, the reason. A
 * refusal is shown at the top with the field marked; "saved" carries the project's number.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-form.h"
#include "tt-households.h"
#include "tt-housing-dialog.h"
#include "tt-housing.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-value-row.h"

struct _TtHousingDialog
{
  AdwWindow    parent_instance;

  TtDb        *db;
  gint64       household_id;
  GArray      *campaign_ids;
  AdwComboRow *kind_row;
  AdwComboRow *stream_row;
  AdwComboRow *campaign_row;
  AdwEntryRow *estimate_row;
  AdwEntryRow *support_row;
  AdwEntryRow *decision_row;
  AdwEntryRow *reason_row;
  GtkLabel    *norm_label;
  GtkLabel    *error_label;
};

enum { SIGNAL_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtHousingDialog, tt_housing_dialog, ADW_TYPE_WINDOW)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
refuse (TtHousingDialog *self, gpointer field, const char *message)
{
  AdwEntryRow *rows[] = { self->estimate_row, self->support_row, self->decision_row, self->reason_row };

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

static gboolean
amount_of (TtHousingDialog *self, AdwEntryRow *row, const char *label, gint64 *out)
{
  g_autoptr(GError) error = NULL;

  *out = 0;
  if (*text_of (row) == '\0' || tt_money_parse (text_of (row), out, &error))
    return TRUE;
  {
    g_autofree char *message = g_strdup_printf ("%s: %s", label, error->message);
    refuse (self, row, message);
  }
  return FALSE;
}

gboolean
tt_housing_dialog_save (TtHousingDialog *self)
{
  g_autoptr(GError) error = NULL;
  TtHousingInput in = { .household_id = self->household_id };
  guint campaign = adw_combo_row_get_selected (self->campaign_row);
  gint64 id;

  if (!amount_of (self, self->estimate_row, _("Estimated cost"), &in.estimate) ||
      !amount_of (self, self->support_row, _("Approved support"), &in.support))
    return FALSE;
  in.kind = tt_value_row_get (self->kind_row);
  in.stream = tt_value_row_get (self->stream_row);
  in.campaign_id = campaign < self->campaign_ids->len ? g_array_index (self->campaign_ids, gint64, campaign) : 0;
  in.decision_no = *text_of (self->decision_row) ? text_of (self->decision_row) : NULL;
  in.reason = *text_of (self->reason_row) ? text_of (self->reason_row) : NULL;
  if ((id = tt_housing_add (self->db, &in, &error)) == 0)
    {
      gpointer field = strstr (error->message, _("Decision number")) ? (gpointer) self->decision_row
                     : strstr (error->message, _("Reason")) || g_error_matches (error, TT_INPUT_ERROR,
                                                                                 TT_INPUT_ERROR_DUPLICATE)
                       ? (gpointer) self->reason_row
                     : g_error_matches (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE) ? (gpointer) self->support_row
                                                                                     : NULL;
      refuse (self, field, error->message);
      return FALSE;
    }
  refuse (self, NULL, NULL);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_cb (TtHousingDialog *self)
{
  tt_housing_dialog_save (self);
}

static gboolean
save_form (GtkWidget *form)
{
  return tt_housing_dialog_save (TT_HOUSING_DIALOG (form));
}

/* The norm for the kind chosen, beside the support, read back in words as it is typed. */
static void
show_norm (TtHousingDialog *self)
{
  const char *kind = tt_value_row_get (self->kind_row);
  gint64 norm = self->db ? tt_housing_norm_for_household (self->db, self->household_id, kind) : 0;
  g_autofree char *norm_text = norm > 0 ? tt_money_format (norm) : NULL;
  g_autofree char *line = norm > 0 ? g_strdup_printf (_("Norm for this household: %s. More needs the decision "
                                                       "number or the reason."), norm_text)
                                   : g_strdup (_("No norm is set for this kind of work in the office's province."));
  gint64 support = 0;

  if (*text_of (self->support_row) && tt_money_parse_positive (text_of (self->support_row), &support, NULL) &&
      self->db != NULL)
    {
      g_autofree char *figures = tt_money_format (support);
      g_autofree char *words = tt_office_amount_words (self->db, support);
      g_autofree char *both = g_strdup_printf ("%s — %s\n%s", figures, words, line);
      gtk_label_set_label (self->norm_label, both);
      return;
    }
  gtk_label_set_label (self->norm_label, line);
}

static void
build (TtHousingDialog *self)
{
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *work = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *money = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  gtk_window_set_title (GTK_WINDOW (self), _("New Housing Project"));
  adw_preferences_group_set_title (work, _("Work"));
  self->kind_row = tt_form_combo_row (work, _("_Kind of work"));
  tt_value_row_fill (self->kind_row, &tt_housing_kinds, NULL);
  self->stream_row = tt_form_combo_row (work, _("_Programme"));
  tt_value_row_fill (self->stream_row, &tt_housing_streams, NULL);
  adw_combo_row_set_use_subtitle (self->stream_row, TRUE);
  self->campaign_row = tt_form_combo_row (work, _("_Campaign"));
  adw_combo_row_set_use_subtitle (self->campaign_row, TRUE);
  adw_preferences_group_set_title (money, _("Money"));
  self->estimate_row = tt_form_entry_row (money, _("_Estimated cost (e.g. 85 triệu)"), G_CALLBACK (on_save_cb), self);
  self->support_row = tt_form_entry_row (money, _("Approved _support (e.g. 60 triệu)"), G_CALLBACK (on_save_cb), self);
  self->decision_row = tt_form_entry_row (money, _("_Decision number"), G_CALLBACK (on_save_cb), self);
  self->reason_row = tt_form_entry_row (money, _("_Reason (beyond the norm, or a second house)"), G_CALLBACK (on_save_cb),
                                        self);
  gtk_widget_set_name (GTK_WIDGET (self->support_row), "support_row");
  gtk_widget_set_name (GTK_WIDGET (self->reason_row), "reason_row");
  gtk_widget_set_name (GTK_WIDGET (self->kind_row), "kind_row");
  self->norm_label = tt_form_note ();
  g_signal_connect_swapped (self->support_row, "changed", G_CALLBACK (show_norm), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (show_norm), self);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (work));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (money));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->norm_label));
  self->error_label = tt_form_frame (GTK_WINDOW (self), inner, save_form);
}

static void
tt_housing_dialog_dispose (GObject *object)
{
  TtHousingDialog *self = TT_HOUSING_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->campaign_ids, g_array_unref);
  G_OBJECT_CLASS (tt_housing_dialog_parent_class)->dispose (object);
}

static void
tt_housing_dialog_class_init (TtHousingDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tt_housing_dialog_dispose;
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
tt_housing_dialog_init (TtHousingDialog *self)
{
  self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  build (self);
}

TtHousingDialog *
tt_housing_dialog_new (GtkWindow *parent,
                       TtDb      *db,
                       gint64     household_id)
{
  TtHousingDialog *self = g_object_new (TT_TYPE_HOUSING_DIALOG, "transient-for", parent, "modal", TRUE,
                                        "default-width", 560, "default-height", 640, NULL);
  g_autoptr(TtHousehold) h = tt_household_get (db, household_id, NULL);
  g_autoptr(GtkStringList) names = NULL;

  self->db = g_object_ref (db);
  self->household_id = household_id;
  names = tt_form_campaign_choices (db, self->campaign_ids);
  adw_combo_row_set_model (self->campaign_row, G_LIST_MODEL (names));
  if (h != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("New Housing Project — %s"), h->head_name);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  show_norm (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
  return self;
}
