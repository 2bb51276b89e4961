/* tt-window.c — the main window of one office file */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-money.h"
#include "tt-office.h"
#include "tt-window.h"

struct _TtWindow
{
  AdwApplicationWindow  parent_instance;

  TtDb                 *db;
  GSettings            *settings;

  AdwWindowTitle       *title;
  AdwStatusPage        *overview;
  GtkLabel             *donors_label;
  GtkLabel             *receipts_label;
  GtkLabel             *total_label;
};

enum {
  PROP_0,
  PROP_DB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TtWindow, tt_window, ADW_TYPE_APPLICATION_WINDOW)

static void
refresh (TtWindow *self)
{
  g_autofree char *name = tt_office_get (self->db, "name");
  g_autofree char *donors = NULL;
  g_autofree char *receipts = NULL;
  g_autofree char *total = NULL;
  TtOfficeSummary summary;

  tt_office_summary (self->db, &summary);

  adw_window_title_set_title (self->title, name ? name : _("New office"));
  adw_window_title_set_subtitle (self->title, tt_db_get_path (self->db));
  gtk_window_set_title (GTK_WINDOW (self), name ? name : _("Tương Thân"));
  adw_status_page_set_title (self->overview, name ? name : _("New office"));

  donors = tt_money_format_plain (summary.donors);
  receipts = tt_money_format_plain (summary.receipts);
  total = tt_money_format (summary.received);
  gtk_label_set_label (self->donors_label, donors);
  gtk_label_set_label (self->receipts_label, receipts);
  gtk_label_set_label (self->total_label, total);
}

static void
tt_window_constructed (GObject *object)
{
  TtWindow *self = TT_WINDOW (object);

  G_OBJECT_CLASS (tt_window_parent_class)->constructed (object);
  refresh (self);
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

static void
tt_window_dispose (GObject *object)
{
  TtWindow *self = TT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TT_TYPE_WINDOW);
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
  object_class->get_property = tt_window_get_property;
  object_class->set_property = tt_window_set_property;

  properties[PROP_DB] = g_param_spec_object ("db", NULL, NULL, TT_TYPE_DB,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TtWindow, title);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, donors_label);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, receipts_label);
  gtk_widget_class_bind_template_child (widget_class, TtWindow, total_label);
}

static void
tt_window_init (TtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
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
