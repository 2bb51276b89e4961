/* tt-campaigns-page.c — the office's campaigns: list, create, edit, close
 *
 * Each campaign with its kind, period, level and what it has raised; a row opens the form, and
 * a closed campaign (kept in lists and reports, offered for no new gift) can be opened again.
 * With none yet, the page says what a campaign is for and offers to create one. "changed" tells
 * the window that the other pages' campaign choices must be read again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-campaign-dialog.h"
#include "tt-campaigns-page.h"
#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-targets-window.h"

struct _TtCampaignsPage
{
  GtkWidget   parent_instance;

  TtDb       *db;
  GtkStack   *stack;
  GtkListBox *list;
};

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtCampaignsPage, tt_campaigns_page, GTK_TYPE_WIDGET)

static void
on_saved_cb (TtCampaignsPage *self, gint64 id)
{
  tt_campaigns_page_refresh (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
open_form (TtCampaignsPage *self, gint64 id)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  TtCampaignDialog *dialog = tt_campaign_dialog_new (parent, self->db, id, NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_campaign_action (GtkWidget *widget, const char *name, GVariant *param)
{
  open_form (TT_CAMPAIGNS_PAGE (widget), 0);
}

static void
on_row_activated_cb (TtCampaignsPage *self, GtkListBoxRow *row)
{
  open_form (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "campaign")));
}

static void
on_close_clicked_cb (GtkButton *button, TtCampaignsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "campaign"));
  gboolean closing = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "closing"));
  g_autoptr(GError) error = NULL;

  if (!tt_campaign_set_closed (self->db, id, closing, &error))
    {
      AdwToast *toast = adw_toast_new (error->message);
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }
  tt_campaigns_page_refresh (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_targets_clicked_cb (GtkButton *button, TtCampaignsPage *self)
{
  GtkWindow *window = tt_targets_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->db,
                                             GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "campaign")),
                                             g_object_get_data (G_OBJECT (button), "name"));

  gtk_window_present (window);
}

static GtkWidget *
campaign_row (TtCampaignsPage *self, const TtCampaign *c)
{
  g_autofree char *from = tt_date_display (c->starts_on);
  g_autofree char *to = tt_date_display (c->ends_on);
  g_autofree char *raised = tt_money_format (c->raised);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (c->closed ? _("Re_open") : _("C_lose Campaign"));
  GtkWidget *targets = gtk_button_new_with_mnemonic (_("_Targets…"));

  g_string_append_printf (subtitle, "%s · %s – %s", tt_values_label (&tt_campaign_kinds, c->kind), from, to);
  if (c->level != NULL)
    g_string_append_printf (subtitle, " · %s", tt_values_label (&tt_office_levels, c->level));
  if (c->fund != NULL)
    g_string_append_printf (subtitle, " · %s", c->fund);
  g_string_append (subtitle, " · ");
  g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "raised %s (%lld gift)", "raised %s (%lld gifts)",
                                                 (gulong) c->gifts),
                          raised, (long long) c->gifts);
  if (c->closed)
    {
      g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("closed"));
      gtk_widget_add_css_class (row, "dim-label");
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "campaign", GSIZE_TO_POINTER (c->id));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, c->closed ? _("Offer this campaign for new gifts again")
                                                 : _("Keep it in lists and reports, but offer it for no new gift"));
  g_object_set_data (G_OBJECT (button), "campaign", GSIZE_TO_POINTER (c->id));
  g_object_set_data (G_OBJECT (button), "closing", GINT_TO_POINTER (!c->closed));
  g_signal_connect (button, "clicked", G_CALLBACK (on_close_clicked_cb), self);
  gtk_widget_set_valign (targets, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (targets, "flat");
  gtk_widget_set_tooltip_text (targets, _("The campaign's targets and how far it is toward each"));
  g_object_set_data (G_OBJECT (targets), "campaign", GSIZE_TO_POINTER (c->id));
  g_object_set_data_full (G_OBJECT (targets), "name", g_strdup (c->name), g_free);
  g_signal_connect (targets, "clicked", G_CALLBACK (on_targets_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), targets);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* Reads the campaigns again. */
void
tt_campaigns_page_refresh (TtCampaignsPage *self)
{
  g_autoptr(GPtrArray) campaigns = tt_campaign_list (self->db, NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; campaigns != NULL && i < campaigns->len; i++)
    gtk_list_box_append (self->list, campaign_row (self, campaigns->pdata[i]));
  gtk_stack_set_visible_child_name (self->stack, campaigns != NULL && campaigns->len > 0 ? "list" : "empty");
}

static GtkWidget *
new_button (void)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_New Campaign…"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "campaigns.new");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
build (TtCampaignsPage *self)
{
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Campaigns"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_New Campaign…"));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Campaigns Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("A campaign gathers gifts and support for a period: the peak month "
                                     "for the poor, Tết, a disaster appeal. Donations, gift lists and "
                                     "reports are counted by campaign."));
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), new_button ());
  gtk_stack_add_named (self->stack, empty, "empty");

  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "campaigns.new");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_box_append (GTK_BOX (bar), title);
  gtk_box_append (GTK_BOX (bar), add);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  g_object_set (box, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scroller, "list");
}

static void
tt_campaigns_page_dispose (GObject *object)
{
  TtCampaignsPage *self = TT_CAMPAIGNS_PAGE (object);

  if (self->stack != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->stack));
      self->stack = NULL;
    }
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_campaigns_page_parent_class)->dispose (object);
}

static void
tt_campaigns_page_class_init (TtCampaignsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_campaigns_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "campaigns.new", NULL, new_campaign_action);
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);
}

static void
tt_campaigns_page_init (TtCampaignsPage *self)
{
  build (self);
}

TtCampaignsPage *
tt_campaigns_page_new (TtDb *db)
{
  TtCampaignsPage *self = g_object_new (TT_TYPE_CAMPAIGNS_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);

  self->db = g_object_ref (db);
  tt_campaigns_page_refresh (self);
  return self;
}

/* For tests: the list of campaigns. */
GtkListBox *
tt_campaigns_page_get_list (TtCampaignsPage *self)
{
  return self->list;
}
