/* tt-campaign-dialog.c — a campaign created or changed in a form
 *
 * Name, kind, period, level and fund. Enter in a field or Ctrl+Enter saves, Escape cancels;
 * a refused field is marked, focused and explained under the form, and what was typed stays.
 * "saved" carries the campaign's id.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-campaign-dialog.h"
#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-form.h"
#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-value-row.h"

struct _TtCampaignDialog
{
  AdwWindow     parent_instance;

  TtDb         *db;
  gint64        id;
  AdwEntryRow  *name_row;
  AdwComboRow  *kind_row;
  AdwEntryRow  *from_row;
  AdwEntryRow  *to_row;
  AdwComboRow  *level_row;
  AdwEntryRow  *fund_row;
  GtkLabel     *error_label;
};

enum { SIGNAL_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtCampaignDialog, tt_campaign_dialog, ADW_TYPE_WINDOW)

static void
mark (TtCampaignDialog *self, AdwEntryRow *bad, const char *message)
{
  AdwEntryRow *rows[] = { self->name_row, self->from_row, self->to_row, self->fund_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (rows[i] == bad)
        gtk_widget_add_css_class (GTK_WIDGET (rows[i]), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
    }
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (bad != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (bad));
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Which field a refusal is about, from what core says first. */
static AdwEntryRow *
refused_field (TtCampaignDialog *self, const char *message, const char *from_prefix, const char *to_prefix)
{
  if (g_str_has_prefix (message, from_prefix))
    return self->from_row;
  if (g_str_has_prefix (message, to_prefix) || strstr (message, _("The campaign ends before it starts.")))
    return self->to_row;
  if (strstr (message, _("Fund")) != NULL)
    return self->fund_row;
  return self->name_row;
}

/* Checks and saves the form; on a refusal the form stays as typed with the field marked. */
gboolean
tt_campaign_dialog_save (TtCampaignDialog *self)
{
  g_autoptr(GError) error = NULL;
  TtCampaignInput in = { 0 };
  gint64 id;

  in.name = text_of (self->name_row);
  in.kind = tt_value_row_get (self->kind_row);
  in.starts_on = text_of (self->from_row);
  in.ends_on = text_of (self->to_row);
  in.level = tt_value_row_get (self->level_row);
  in.fund = *text_of (self->fund_row) ? text_of (self->fund_row) : NULL;
  id = tt_campaign_save (self->db, self->id, &in, &error);
  if (id == 0)
    {
      mark (self, refused_field (self, error->message, _("Start date: "), _("End date: ")), error->message);
      return FALSE;
    }
  mark (self, NULL, NULL);
  self->id = id;
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_cb (TtCampaignDialog *self)
{
  tt_campaign_dialog_save (self);
}

static gboolean
save_form (GtkWidget *form)
{
  return tt_campaign_dialog_save (TT_CAMPAIGN_DIALOG (form));
}

static AdwComboRow *
combo_row (AdwPreferencesGroup *group, const char *title, const TtValueList *list, const char *none)
{
  AdwComboRow *row = tt_form_combo_row (group, title);

  tt_value_row_fill (row, list, none);
  return row;
}

static void
build (TtCampaignDialog *self)
{
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *money = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  self->name_row = tt_form_entry_row (group, _("_Name, e.g. Tháng cao điểm vì người nghèo 2026"),
                                      G_CALLBACK (on_save_cb), self);
  self->kind_row = combo_row (group, _("_Kind"), &tt_campaign_kinds, NULL);
  self->from_row = tt_form_entry_row (group, _("_From (day/month/year)"), G_CALLBACK (on_save_cb), self);
  self->to_row = tt_form_entry_row (group, _("_To (day/month/year)"), G_CALLBACK (on_save_cb), self);
  adw_preferences_group_set_title (money, _("Who Runs It"));
  self->level_row = combo_row (money, _("_Level"), &tt_office_levels, _("Not set"));
  self->fund_row = tt_form_entry_row (money, _("F_und (empty: the office's fund)"), G_CALLBACK (on_save_cb), self);

  gtk_widget_set_name (GTK_WIDGET (self->name_row), "name_row");
  gtk_widget_set_name (GTK_WIDGET (self->kind_row), "kind_row");
  gtk_widget_set_name (GTK_WIDGET (self->from_row), "from_row");
  gtk_widget_set_name (GTK_WIDGET (self->to_row), "to_row");
  gtk_widget_set_name (GTK_WIDGET (self->level_row), "level_row");
  gtk_widget_set_name (GTK_WIDGET (self->fund_row), "fund_row");
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (group));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (money));
  self->error_label = tt_form_frame (GTK_WINDOW (self), inner, save_form);
}

static void
fill (TtCampaignDialog *self, const char *kind)
{
  g_autoptr(TtCampaign) c = self->id > 0 ? tt_campaign_get (self->db, self->id, NULL) : NULL;
  g_autoptr(TtOfficeProfile) office = tt_office_profile_load (self->db);

  adw_entry_row_set_show_apply_button (self->fund_row, FALSE);
  if (c != NULL)
    {
      g_autofree char *from = tt_date_display (c->starts_on);
      g_autofree char *to = tt_date_display (c->ends_on);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Campaign"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), c->name);
      tt_value_row_set (self->kind_row, c->kind);
      gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
      gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
      tt_value_row_set (self->level_row, c->level);
      gtk_editable_set_text (GTK_EDITABLE (self->fund_row), c->fund ? c->fund : "");
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Campaign"));
      tt_value_row_set (self->kind_row, kind ? kind : "fundraising");
      tt_value_row_set (self->level_row, office->level);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
tt_campaign_dialog_dispose (GObject *object)
{
  TtCampaignDialog *self = TT_CAMPAIGN_DIALOG (object);

  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_campaign_dialog_parent_class)->dispose (object);
}

static void
tt_campaign_dialog_class_init (TtCampaignDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tt_campaign_dialog_dispose;
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
tt_campaign_dialog_init (TtCampaignDialog *self)
{
  build (self);
}

/* A form for campaign @id, or for a new campaign of @kind when @id is 0. */
TtCampaignDialog *
tt_campaign_dialog_new (GtkWindow  *parent,
                        TtDb       *db,
                        gint64      id,
                        const char *kind)
{
  TtCampaignDialog *self = g_object_new (TT_TYPE_CAMPAIGN_DIALOG, "transient-for", parent, "modal", TRUE,
                                         "default-width", 560, NULL);

  self->db = g_object_ref (db);
  self->id = id;
  fill (self, kind);
  return self;
}
