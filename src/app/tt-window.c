/* tt-window.c — the main window of one office file
 *
 * A new office file opens on the welcome page; an office opens on its sections (a sidebar
 * in an AdwLeaflet that folds on narrow screens): Overview, Donors & donations. Sections of
 * later parts of the mission are added to the sidebar as they arrive.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-application.h"
#include "tt-reading.h"

#include "tt-backup.h"
#include "tt-print.h"
#include "tt-restore-dialog.h"
#include "tt-campaigns-page.h"
#include "tt-spending-page.h"
#include "tt-housing-page.h"
#include "tt-books-page.h"
#include "tt-support-page.h"
#include "tt-demo.h"
#include "tt-donation-dialog.h"
#include "tt-donor-dialog.h"
#include "tt-donors-page.h"
#include "tt-gifts-page.h"
#include "tt-household-dialog.h"
#include "tt-history-dialog.h"
#include "tt-households-page.h"
#include "tt-import-dialog.h"
#include "tt-place-picker.h"
#include "tt-places-dialog.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-preferences.h"
#include "tt-welcome.h"
#include "tt-overview-page.h"
#include "tt-reports-page.h"
#include "tt-window.h"

struct _TtWindow
{
  AdwApplicationWindow  parent_instance;

  TtDb                 *db;
  GSettings            *settings;
  TtDonorsPage         *donors_page;

  AdwToastOverlay      *toasts;
  GtkStack             *main_stack;
  TtWelcome            *welcome;          /* made only for a new office file */
  GtkBox               *welcome_holder;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListBox           *sections;
  AdwWindowTitle       *title;
  AdwViewStack         *stack;
  GtkLabel             *overview;
  GtkLabel             *overview_description;
  GtkBox               *overview_holder;
  TtOverviewPage       *overview_page;
  GtkBox               *donors_holder;
  GtkBox               *households_holder;
  TtHouseholdsPage     *households_page;
  GtkBox               *gifts_holder;
  TtGiftsPage          *gifts_page;
  GtkBox               *campaigns_holder;
  TtCampaignsPage      *campaigns_page;
  GtkBox               *spending_holder;
  TtSpendingPage       *spending_page;
  GtkBox               *housing_holder;
  TtHousingPage        *housing_page;
  GtkBox               *books_holder;
  TtBooksPage          *books_page;
  GtkBox               *support_holder;
  TtSupportPage        *support_page;
  GtkBox               *reports_holder;
  TtReportsPage        *reports_page;
  GtkLabel             *donors_label;
  GtkLabel             *receipts_label;
  GtkLabel             *total_label;
  guint                 figures_id;
};

enum {
  PROP_0,
  PROP_DB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TtWindow, tt_window, ADW_TYPE_APPLICATION_WINDOW)

/* The Overview's three figures: added up once the window has drawn (a province's office has a
 * hundred thousand donors to count). */
static gboolean
show_figures_cb (gpointer data)
{
  TtWindow *self = data;
  g_autofree char *donors = NULL;
  g_autofree char *receipts = NULL;
  g_autofree char *total = NULL;
  TtOfficeSummary summary;

  self->figures_id = 0;
  if (self->db == NULL)
    return G_SOURCE_REMOVE;
  tt_office_summary (self->db, &summary);
  donors = tt_money_format_plain (summary.donors);
  receipts = tt_money_format_plain (summary.receipts);
  total = tt_money_format (summary.received);
  gtk_label_set_label (self->donors_label, donors);
  gtk_label_set_label (self->receipts_label, receipts);
  gtk_label_set_label (self->total_label, total);
  return G_SOURCE_REMOVE;
}

static void
refresh (TtWindow *self)
{
  g_autoptr(TtOfficeProfile) office = tt_office_profile_load (self->db);
  const char *name = office->name;
  g_autofree char *ledger = g_strdup_printf (_("Office ledger of %s"), office->fund);

  adw_window_title_set_title (self->title, name ? name : _("New office"));
  adw_window_title_set_subtitle (self->title, tt_db_get_path (self->db));
  gtk_window_set_title (GTK_WINDOW (self), name ? name : _("Tương Thân"));
  gtk_label_set_label (self->overview, name ? name : _("New office"));
  gtk_label_set_label (self->overview_description, ledger);
  if (self->overview_page != NULL)
    tt_overview_page_refresh (self->overview_page);
  if (self->figures_id == 0)
    self->figures_id = g_idle_add (show_figures_cb, self);
}

static void
update_actions (TtWindow *self)
{
  gboolean office = g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "office");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-donation", office);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-donor", office);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-batch", office);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences", office);
}

/* The donors page, made the first time it is needed (its list, or a donation recorded from
 * anywhere): the window's first frame shows the Overview and nothing else. */
static TtDonorsPage *
donors_page (TtWindow *self)
{
  if (self->donors_page == NULL && self->db != NULL)
    {
      self->donors_page = g_object_new (TT_TYPE_DONORS_PAGE, "db", self->db, "hexpand", TRUE, "vexpand", TRUE, NULL);
      g_signal_connect_swapped (self->donors_page, "changed", G_CALLBACK (refresh), self);
      gtk_box_append (self->donors_holder, GTK_WIDGET (self->donors_page));
    }
  return self->donors_page;
}

static void
show_office (TtWindow *self)
{
  if (self->overview_page == NULL)
    {
      self->overview_page = tt_overview_page_new (self->db);
      gtk_box_append (self->overview_holder, GTK_WIDGET (self->overview_page));
    }
  refresh (self);
  gtk_stack_set_visible_child_name (self->main_stack, "office");
  update_actions (self);
}

/* Shows a section by name: overview, donors, households, gifts. Pages other than the donors'
 * are made the first time they are shown, so opening an office stays quick. */
/* A campaign was created, changed or closed: the pages that offer campaigns read them again. */
static void
on_campaigns_changed_cb (TtWindow *self)
{
  if (self->gifts_page != NULL)
    tt_gifts_page_reload_campaigns (self->gifts_page);
  if (self->campaigns_page != NULL)
    tt_campaigns_page_refresh (self->campaigns_page);
}

static void
show_section (TtWindow *self, const char *name)
{
  if (g_str_equal (name, "donors"))
    donors_page (self);
  if (g_str_equal (name, "spending") && self->spending_page == NULL && self->db != NULL)
    {
      self->spending_page = tt_spending_page_new (self->db);
      gtk_box_append (self->spending_holder, GTK_WIDGET (self->spending_page));
    }
  if (g_str_equal (name, "support") && self->support_page != NULL)
    tt_support_page_refresh (self->support_page);
  if (g_str_equal (name, "support") && self->support_page == NULL && self->db != NULL)
    {
      self->support_page = tt_support_page_new (self->db);
      gtk_box_append (self->support_holder, GTK_WIDGET (self->support_page));
    }
  if (g_str_equal (name, "reports") && self->reports_page == NULL && self->db != NULL)
    {
      self->reports_page = tt_reports_page_new (self->db);
      gtk_box_append (self->reports_holder, GTK_WIDGET (self->reports_page));
    }
  if (g_str_equal (name, "books") && self->books_page != NULL)
    tt_books_page_refresh (self->books_page);
  if (g_str_equal (name, "books") && self->books_page == NULL && self->db != NULL)
    {
      self->books_page = tt_books_page_new (self->db);
      gtk_box_append (self->books_holder, GTK_WIDGET (self->books_page));
    }
  if (g_str_equal (name, "housing") && self->housing_page != NULL)
    tt_housing_page_refresh (self->housing_page);
  if (g_str_equal (name, "housing") && self->housing_page == NULL && self->db != NULL)
    {
      self->housing_page = tt_housing_page_new (self->db);
      gtk_box_append (self->housing_holder, GTK_WIDGET (self->housing_page));
    }
  if (g_str_equal (name, "campaigns") && self->campaigns_page == NULL && self->db != NULL)
    {
      self->campaigns_page = tt_campaigns_page_new (self->db);
      g_signal_connect_swapped (self->campaigns_page, "changed", G_CALLBACK (on_campaigns_changed_cb), self);
      gtk_box_append (self->campaigns_holder, GTK_WIDGET (self->campaigns_page));
    }
  if (g_str_equal (name, "gifts") && self->gifts_page == NULL && self->db != NULL)
    {
      self->gifts_page = g_object_new (TT_TYPE_GIFTS_PAGE, "db", self->db, "hexpand", TRUE, "vexpand", TRUE, NULL);
      g_signal_connect_swapped (self->gifts_page, "campaigns-changed", G_CALLBACK (on_campaigns_changed_cb), self);
      gtk_box_append (self->gifts_holder, GTK_WIDGET (self->gifts_page));
    }
  if (g_str_equal (name, "households") && self->households_page == NULL && self->db != NULL)
    {
      self->households_page = g_object_new (TT_TYPE_HOUSEHOLDS_PAGE, "db", self->db, "hexpand", TRUE,
                                            "vexpand", TRUE, NULL);
      gtk_box_append (self->households_holder, GTK_WIDGET (self->households_page));
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sections)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_str_equal (gtk_widget_get_name (row), name))
      gtk_list_box_select_row (self->sections, GTK_LIST_BOX_ROW (row));
  adw_view_stack_set_visible_child_name (self->stack, name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_section_activated_cb (TtWindow *self, GtkListBoxRow *row)
{
  show_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_back_clicked_cb (TtWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_welcome_create_cb (TtWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (tt_welcome_save (self->welcome, self->db, &error))
    {
      show_office (self);
      show_section (self, "donors");
      tt_window_toast (self, _("The office is ready. Press Ctrl+N to record the first donation."));
    }
}

static void
generate_demo_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = tt_db_open_reader (task_data, &error);
  TtDemoSize size = { 3000, 15000, 600, 1, 800, 120, 80, 150, 40 };

  if (db == NULL || !tt_demo_generate (db, &size, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_demo_ready_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  TtWindow *self = TT_WINDOW (source);
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->welcome), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      tt_welcome_show_error (self->welcome, error->message);
      return;
    }
  tt_application_open_file (TT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                            g_task_get_task_data (G_TASK (result)));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The demo office is its own file beside the default one, so real data is never mixed in. */
static void
on_welcome_demo_cb (TtWindow *self)
{
  g_autofree char *dir = g_path_get_dirname (tt_db_get_path (self->db));
  g_autofree char *path = g_build_filename (dir, "demo-office.db", NULL);
  g_autoptr(GTask) task = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      tt_application_open_file (TT_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), path);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->welcome), FALSE);
  tt_window_toast (self, _("Making the demo office…"));
  task = g_task_new (self, NULL, on_demo_ready_cb, NULL);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  tt_task_run_in_background (task, generate_demo_thread);
}

/* ---- window actions -------------------------------------------------------------------- */

static void
new_donation_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);

  show_section (self, "donors");
  gtk_widget_activate_action (GTK_WIDGET (donors_page (self)), "donors.new-donation", NULL);
}

static void
new_donor_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);

  show_section (self, "donors");
  gtk_widget_activate_action (GTK_WIDGET (donors_page (self)), "donors.new-donor", NULL);
}

static void
start_batch_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);

  show_section (self, "donors");
  gtk_widget_activate_action (GTK_WIDGET (donors_page (self)), "donors.start-batch", NULL);
}

static void
preferences_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);
  TtPreferences *prefs = tt_preferences_new (GTK_WINDOW (self), self->db);

  g_signal_connect_object (prefs, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
on_office_chosen_cb (GtkNativeDialog *chooser, int response, TtWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      if (path != NULL && app != NULL)
        tt_application_open_file (TT_APPLICATION (app), path);
    }
  g_object_unref (chooser);
}

static GtkFileChooserNative *
office_chooser (TtWindow *self, const char *title, GtkFileChooserAction action, const char *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Office files"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  tt_file_chooser_start (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static void
open_office_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);
  GtkFileChooserNative *chooser = office_chooser (self, _("Open Office File"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  g_signal_connect (chooser, "response", G_CALLBACK (on_office_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
new_office_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);
  GtkFileChooserNative *chooser = office_chooser (self, _("New Office File"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "office.db");
  g_signal_connect (chooser, "response", G_CALLBACK (on_office_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_backup_chosen_cb (GtkNativeDialog *chooser, int response, TtWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      tt_file_chooser_remember (GTK_FILE_CHOOSER (chooser));
      if (tt_db_backup (self->db, path, &error))
        message = g_strdup_printf (_("Backed up to “%s”"), path);
      tt_window_toast (self, message ? message : error->message);
    }
  g_object_unref (chooser);
}

static void
backup_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);
  GtkFileChooserNative *chooser = office_chooser (self, _("Back Up Office File"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M");
  g_autofree char *file = g_strdup_printf ("sao-luu-%s.db", stamp);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file);
  g_signal_connect (chooser, "response", G_CALLBACK (on_backup_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Opens a place by name (from the Overview's rows). */
static void
section_action (GtkWidget *widget, const char *name, GVariant *param)
{
  show_section (TT_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* Ctrl+F, Ctrl+P, Ctrl+Shift+S: the current page's search, print and PDF. */
static void
page_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->stack);
  static const struct { const char *page, *action, *target; } map[] = {
    { "donors", "win.find", "donors.focus-search" },
    { "donors", "win.print", "donors.print-selected" },
    { "donors", "win.save-pdf", "donors.pdf-selected" },
    { "households", "win.find", "households.focus-search" },
    { "housing", "win.find", "housing.focus-search" },
    { "books", "win.print", "books.print" },
    { "support", "win.find", "support-page.focus-search" },
    { "books", "win.save-pdf", "books.pdf" },
    { "gifts", "win.find", "gifts.focus-search" },
    { "gifts", "win.print", "gifts.print" },
    { "gifts", "win.save-pdf", "gifts.export-pdf" },
  };
  GtkWidget *pages[] = { GTK_WIDGET (self->donors_page), GTK_WIDGET (self->households_page),
                         GTK_WIDGET (self->gifts_page), GTK_WIDGET (self->housing_page),
                         GTK_WIDGET (self->books_page), GTK_WIDGET (self->support_page) };

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "office"))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (page, map[i].page) == 0 && g_str_equal (name, map[i].action))
      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        if (pages[p] != NULL && gtk_widget_is_ancestor (pages[p], GTK_WIDGET (self->stack)) &&
            gtk_widget_get_mapped (pages[p]))
          gtk_widget_activate_action (pages[p], map[i].target, NULL);
}

/* The "Print Receipt" button of the toast after a donation is saved. */
static void
print_receipt_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtWindow *self = TT_WINDOW (widget);

  if (self->donors_page != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (self->donors_page), "donors.print-receipt", param);
}

static void
restore_action (GtkWidget *widget, const char *name, GVariant *param)
{
  tt_restore_dialog_show (TT_WINDOW (widget));
}

/* ---- object ---------------------------------------------------------------------------- */

static void
tt_window_constructed (GObject *object)
{
  TtWindow *self = TT_WINDOW (object);
  g_autofree char *name = NULL;

  G_OBJECT_CLASS (tt_window_parent_class)->constructed (object);

  name = tt_office_get (self->db, "name");
  if (name == NULL)
    {
      /* The welcome form is made only here: an office that has a name never shows it. */
      self->welcome = g_object_new (TT_TYPE_WELCOME, "vexpand", TRUE, NULL);
      g_signal_connect_swapped (self->welcome, "create-office", G_CALLBACK (on_welcome_create_cb), self);
      g_signal_connect_swapped (self->welcome, "open-demo", G_CALLBACK (on_welcome_demo_cb), self);
      gtk_box_append (self->welcome_holder, GTK_WIDGET (self->welcome));
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      update_actions (self);
      tt_welcome_focus (self->welcome);
    }
  else
    {
      show_office (self);
      show_section (self, "overview");
    }
}

static void
tt_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  TtWindow *self = TT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  TtWindow *self = TT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB:
      self->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Closing after changes leaves a verified backup beside the office file. */
static gboolean
tt_window_close_request (GtkWindow *window)
{
  TtWindow *self = TT_WINDOW (window);

  if (self->db != NULL && tt_db_has_changes (self->db))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = tt_backup_take (self->db, "close", &error);
      if (path == NULL)
        g_message ("%s", error->message);
    }
  return GTK_WINDOW_CLASS (tt_window_parent_class)->close_request (window);
}

static void
tt_window_dispose (GObject *object)
{
  TtWindow *self = TT_WINDOW (object);

  g_clear_handle_id (&self->figures_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TT_TYPE_WINDOW);
  self->donors_page = NULL;
  self->overview_page = NULL;
  self->households_page = NULL;
  self->gifts_page = NULL;
  self->campaigns_page = NULL;
  self->spending_page = NULL;
  self->housing_page = NULL;
  self->books_page = NULL;
  self->support_page = NULL;
  self->reports_page = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_window_parent_class)->dispose (object);
}

static void
tt_window_class_init (TtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tt_window_constructed;
  object_class->dispose = tt_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = tt_window_close_request;
  object_class->get_property = tt_window_get_property;
  object_class->set_property = tt_window_set_property;

  properties[PROP_DB] = g_param_spec_object ("db", NULL, NULL, TT_TYPE_DB,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TT_TYPE_WELCOME);
  g_type_ensure (TT_TYPE_DONORS_PAGE);
  g_type_ensure (TT_TYPE_HOUSEHOLDS_PAGE);
  g_type_ensure (TT_TYPE_GIFTS_PAGE);
  g_type_ensure (TT_TYPE_HOUSEHOLD_DIALOG);
  g_type_ensure (TT_TYPE_IMPORT_DIALOG);
  g_type_ensure (TT_TYPE_PLACES_DIALOG);
  g_type_ensure (TT_TYPE_DONATION_DIALOG);
  g_type_ensure (TT_TYPE_DONOR_DIALOG);
  g_type_ensure (TT_TYPE_HISTORY_DIALOG);
  g_type_ensure (TT_TYPE_PREFERENCES);
  g_type_ensure (TT_TYPE_PLACE_PICKER);

  gtk_widget_class_install_action (widget_class, "win.new-donation", NULL, new_donation_action);
  gtk_widget_class_install_action (widget_class, "win.new-donor", NULL, new_donor_action);
  gtk_widget_class_install_action (widget_class, "win.start-batch", NULL, start_batch_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.open-office", NULL, open_office_action);
  gtk_widget_class_install_action (widget_class, "win.new-office", NULL, new_office_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.save-pdf", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.print-receipt", "s", print_receipt_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-donation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-donor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "win.start-batch", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-office", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TtWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, welcome_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, sections);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, title);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, overview_description);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, overview_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, donors_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, households_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, gifts_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, campaigns_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, spending_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, housing_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, books_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, support_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, reports_holder);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, donors_label);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, receipts_label);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, total_label);
  gtk_widget_class_bind_template_callback (widget_class, on_section_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
}

static void
tt_window_init (TtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = tt_settings_new ();
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

TtWindow *
tt_window_new (TtApplication *application,
               TtDb          *db)
{
  return g_object_new (TT_TYPE_WINDOW, "application", application, "db", db, NULL);
}

TtDb *
tt_window_get_db (TtWindow *self)
{
  return self->db;
}

void
tt_window_toast (TtWindow   *self,
                 const char *message)
{
  AdwToast *toast;

  if (self->toasts == NULL)
    return;   /* the window is closing: work that ended after it has nowhere to say so */
  toast = adw_toast_new (message);
  /* A longer message (a file name, a receipt number) stays long enough to be read. */
  adw_toast_set_timeout (toast, g_utf8_strlen (message, -1) > 60 ? 10 : 5);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* A toast that stays until it is dismissed (adw_toast_dismiss() on the toast returned, which the
 * caller owns): something under way. */
AdwToast *
tt_window_toast_lasting (TtWindow   *self,
                         const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  if (self->toasts != NULL)
    adw_toast_overlay_add_toast (self->toasts, g_object_ref (toast));
  return toast;
}

/* A toast with a button that activates @action (a window action) with @target. */
void
tt_window_toast_action (TtWindow   *self,
                        const char *message,
                        const char *button,
                        const char *action,
                        GVariant   *target)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, button);
  adw_toast_set_action_name (toast, action);
  adw_toast_set_action_target_value (toast, target);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* For tests: the welcome form of a new office file, or NULL. */
TtWelcome *
tt_window_get_welcome (TtWindow *self)
{
  return self->welcome;
}

/* For tests: the gift lists page once shown, or NULL. */
TtGiftsPage *
tt_window_get_gifts_page (TtWindow *self)
{
  return self->gifts_page;
}

/* For tests: the households page once shown, or NULL. */
TtHouseholdsPage *
tt_window_get_households_page (TtWindow *self)
{
  return self->households_page;
}

/* For tests and the command line: the donors page of an open office, or NULL. */
TtDonorsPage *
tt_window_get_donors_page (TtWindow *self)
{
  return donors_page (self);
}

const char *
tt_window_get_page (TtWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/* The title of the place shown, as the sidebar names it. */
const char *
tt_window_get_section_title (TtWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->stack);
  AdwViewStackPage *page = child ? adw_view_stack_get_page (self->stack, child) : NULL;

  return page ? adw_view_stack_page_get_title (page) : "";
}
