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
  GtkButton    *save_button;
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

static AdwEntryRow *
entry_row (AdwPreferencesGroup *group, const char *title, TtCampaignDialog *self)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_save_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static AdwComboRow *
combo_row (AdwPreferencesGroup *group, const char *title, const TtValueList *list, const char *none)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  tt_value_row_fill (row, list, none);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static void
build (TtCampaignDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *money = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  self->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_widget_add_css_class (GTK_WIDGET (self->save_button), "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_cb), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->save_button));

  self->name_row = entry_row (group, _("_Name, e.g. Tháng cao điểm vì người nghèo 2026"), self);
  self->kind_row = combo_row (group, _("_Kind"), &tt_campaign_kinds, NULL);
  self->from_row = entry_row (group, _("_From (day/month/year)"), self);
  self->to_row = entry_row (group, _("_To (day/month/year)"), self);
  adw_preferences_group_set_title (money, _("Who Runs It"));
  self->level_row = combo_row (money, _("_Level"), &tt_office_levels, _("Not set"));
  self->fund_row = entry_row (money, _("F_und (empty: the office's fund)"), self);

  gtk_widget_set_name (GTK_WIDGET (self->name_row), "name_row");
  gtk_widget_set_name (GTK_WIDGET (self->kind_row), "kind_row");
  gtk_widget_set_name (GTK_WIDGET (self->from_row), "from_row");
  gtk_widget_set_name (GTK_WIDGET (self->to_row), "to_row");
  gtk_widget_set_name (GTK_WIDGET (self->level_row), "level_row");
  gtk_widget_set_name (GTK_WIDGET (self->fund_row), "fund_row");
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (group));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (money));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->error_label));
  g_object_set (inner, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 600);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);

  tt_form_keys (GTK_WINDOW (self), save_form);
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
