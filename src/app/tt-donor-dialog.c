/* tt-donor-dialog.c — create or edit a donor
 *
 * Validation is the core's (tt_donor_add/update): the message names the field; the form
 * keeps what was typed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-donor-dialog.h"
#include "tt-form.h"
#include "tt-twin-ask.h"
#include "tt-donors.h"
#include "tt-value-row.h"

struct _TtDonorDialog
{
  AdwWindow       parent_instance;

  TtDb           *db;
  gint64          donor_id;

  AdwWindowTitle *window_title;
  AdwEntryRow    *name_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *phone_row;
  AdwEntryRow    *address_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *tax_code_row;
  AdwEntryRow    *note_row;
  GtkLabel       *error_label;
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtDonorDialog, tt_donor_dialog, ADW_TYPE_WINDOW)

static void
on_save_clicked_cb (TtDonorDialog *self)
{
  tt_donor_dialog_save (self);
}

static gboolean
save_form (GtkWidget *form)
{
  return tt_donor_dialog_save (TT_DONOR_DIALOG (form));
}

static void
tt_donor_dialog_dispose (GObject *object)
{
  TtDonorDialog *self = TT_DONOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TT_TYPE_DONOR_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_donor_dialog_parent_class)->dispose (object);
}

static void
tt_donor_dialog_class_init (TtDonorDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_donor_dialog_dispose;

  /* saved (donor id) */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-donor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, tax_code_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, TtDonorDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
}

static void
tt_donor_dialog_init (TtDonorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tt_value_row_fill (self->kind_row, &tt_donor_kinds, NULL);
  adw_window_title_set_title (self->window_title, _("New Donor"));
  tt_form_keys (GTK_WINDOW (self), save_form);
}

static void
set_text (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* @donor_id 0 makes a new donor, starting from @name when given. */
TtDonorDialog *
tt_donor_dialog_new (GtkWindow  *parent,
                     TtDb       *db,
                     gint64      donor_id,
                     const char *name)
{
  TtDonorDialog *self = g_object_new (TT_TYPE_DONOR_DIALOG, "transient-for", parent, NULL);
  g_autoptr(TtDonor) donor = donor_id > 0 ? tt_donor_get (db, donor_id, NULL) : NULL;

  self->db = g_object_ref (db);
  set_text (self->name_row, name);
  if (donor != NULL)
    {
      self->donor_id = donor->id;
      adw_window_title_set_title (self->window_title, _("Edit Donor"));
      adw_window_title_set_subtitle (self->window_title, donor->name);
      set_text (self->name_row, donor->name);
      set_text (self->phone_row, donor->phone);
      set_text (self->address_row, donor->address);
      set_text (self->email_row, donor->email);
      set_text (self->tax_code_row, donor->tax_code);
      set_text (self->note_row, donor->note);
      tt_value_row_set (self->kind_row, donor->kind);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

static gboolean save (TtDonorDialog *self, gboolean checked_twins);

/* The clerk answered about a donor already on file: use it, or add the new one after all. */
static void
on_twin_answer (GObject *instance, gint64 existing)
{
  TtDonorDialog *self = TT_DONOR_DIALOG (instance);

  if (existing > 0)
    {
      g_signal_emit (self, signals[SIGNAL_SAVED], 0, existing);
      gtk_window_close (GTK_WINDOW (self));
    }
  else
    save (self, TRUE);
}

static gboolean
save (TtDonorDialog *self, gboolean checked_twins)
{
  g_autoptr(GError) error = NULL;
  TtDonorInput in = {
    .kind = tt_value_row_get (self->kind_row),
    .name = gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
    .phone = gtk_editable_get_text (GTK_EDITABLE (self->phone_row)),
    .email = gtk_editable_get_text (GTK_EDITABLE (self->email_row)),
    .address = gtk_editable_get_text (GTK_EDITABLE (self->address_row)),
    .tax_code = gtk_editable_get_text (GTK_EDITABLE (self->tax_code_row)),
    .note = gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
  };
  gint64 id = self->donor_id;
  gboolean ok;

  /* A new donor who may already be on file is asked about first. */
  if (id == 0 && !checked_twins)
    {
      tt_twin_ask (GTK_WINDOW (self), self->db, &in, G_OBJECT (self), on_twin_answer);
      return FALSE;
    }
  if (id > 0)
    ok = tt_donor_update (self->db, id, &in, &error);
  else
    ok = (id = tt_donor_add (self->db, &in, &error)) > 0;
  if (!ok)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Saves the form: TRUE when the donor was written at once (a new donor who may already be on
 * file is asked about first, and written, or the existing one used, after the answer). */
gboolean
tt_donor_dialog_save (TtDonorDialog *self)
{
  return save (self, FALSE);
}
