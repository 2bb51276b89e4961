/* tt-households-page.c — the register of beneficiary households
 *
 * A lazy list (TtQueryModel: ids from SQL, rows made when shown) searched without accents and
 * filtered by category and year, with the poverty rates of each commune below it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-columns.h"
#include "tt-household-dialog.h"
#include "tt-household-row.h"
#include "tt-households-page.h"
#include "tt-import-dialog.h"
#include "tt-money.h"
#include "tt-places-dialog.h"
#include "tt-query-model.h"

struct _TtHouseholdsPage
{
  GtkWidget             parent_instance;

  TtDb                 *db;
  TtQueryModel         *model;
  GPtrArray            *stat_rows;

  GtkBox               *content;
  GtkSearchEntry       *search;
  GtkDropDown          *category;
  GtkSpinButton        *year;
  GtkLabel             *count;
  GtkColumnView        *view;
  AdwPreferencesGroup  *stats;
};

G_DEFINE_FINAL_TYPE (TtHouseholdsPage, tt_households_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_DB, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { COL_HEAD, COL_BIRTH, COL_VILLAGE, COL_COMMUNE, COL_CATEGORY, COL_STATUS, N_COLS };

static char *
column_text (const TtHousehold *h, int column)
{
  switch (column)
    {
    case COL_HEAD:
      return g_strdup (h->head_name);
    case COL_BIRTH:
      return h->head_birth_year ? g_strdup_printf ("%d", h->head_birth_year) : g_strdup ("");
    case COL_VILLAGE:
      return g_strdup (h->village_name ? h->village_name : "");
    case COL_COMMUNE:
      return g_strdup (h->commune_name ? h->commune_name : "");
    case COL_CATEGORY:
      return h->category ? g_strdup_printf ("%s (%d)", tt_category_label (h->category), h->year) : g_strdup ("");
    case COL_STATUS:
    default:
      return g_strdup (tt_household_status_label (h->status));
    }
}

static char *
cell_text (GtkListItem *item, int column, gpointer data)
{
  TtHouseholdRow *row = gtk_list_item_get_item (item);

  return row ? column_text (tt_household_row_get_household (row), column) : NULL;
}

static const char *
selected_category (TtHouseholdsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->category);

  return i == 0 || i == GTK_INVALID_LIST_POSITION ? NULL : tt_category_nth (i - 1);
}

static void
refresh_stats (TtHouseholdsPage *self)
{
  int year = gtk_spin_button_get_value_as_int (self->year);
  g_autoptr(GPtrArray) stats = tt_household_stats (self->db, year, 0, NULL);

  for (guint i = 0; i < self->stat_rows->len; i++)
    adw_preferences_group_remove (self->stats, self->stat_rows->pdata[i]);
  g_ptr_array_set_size (self->stat_rows, 0);
  for (guint i = 0; stats && i < stats->len; i++)
    {
      TtCommuneStats *s = stats->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%s (%s)", s->commune_name, s->commune_code ? s->commune_code : "");
      g_autofree char *total = tt_money_format_plain (s->total);
      g_autofree char *subtitle = NULL;

      if (s->total > 0)
        subtitle = g_strdup_printf (_("%s households · poor %lld (%.2f %%) · near-poor %lld (%.2f %%) · %lld in the register"),
                                    total, (long long) s->poor, s->poor_rate, (long long) s->near_poor,
                                    s->near_poor_rate, (long long) s->registered);
      else
        subtitle = g_strdup_printf (_("Total households not set · poor %lld · near-poor %lld · %lld in the register"),
                                    (long long) s->poor, (long long) s->near_poor, (long long) s->registered);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->stats, row);
      g_ptr_array_add (self->stat_rows, row);
    }
}

static void
refresh (TtHouseholdsPage *self)
{
  TtHouseholdFilter f = {
    .query = gtk_editable_get_text (GTK_EDITABLE (self->search)),
    .categories = selected_category (self),
  };
  g_autoptr(GArray) ids = NULL;
  g_autofree char *n = NULL;
  g_autofree char *text = NULL;

  if (f.categories != NULL)
    f.year = gtk_spin_button_get_value_as_int (self->year);
  ids = tt_household_ids (self->db, &f, NULL);
  if (ids == NULL)
    ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  n = tt_money_format_plain (ids->len);
  text = g_strdup_printf (g_dngettext (NULL, "%s household", "%s households", ids->len), n);
  gtk_label_set_label (self->count, text);
  tt_query_model_set_ids (self->model, ids);
}

static void
on_filter_changed_cb (TtHouseholdsPage *self)
{
  if (self->db == NULL || self->model == NULL)
    return;
  refresh (self);
  refresh_stats (self);
}

/* Shows the register again after an import or an edit. */
void
tt_households_page_reload (TtHouseholdsPage *self)
{
  g_return_if_fail (TT_IS_HOUSEHOLDS_PAGE (self));
  on_filter_changed_cb (self);
}

static void
on_saved_cb (TtHouseholdsPage *self)
{
  tt_households_page_reload (self);
}

static void
add_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (widget);
  GtkWidget *dialog = GTK_WIDGET (tt_household_dialog_new (self->db));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_activate_cb (TtHouseholdsPage *self, guint position)
{
  gint64 id = tt_query_model_get_id (self->model, position);
  g_autoptr(GError) error = NULL;
  TtHouseholdDialog *dialog = id ? tt_household_dialog_edit (self->db, id, &error) : NULL;

  if (dialog == NULL)
    return;
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
places_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (widget);
  GtkWidget *dialog = GTK_WIDGET (tt_places_dialog_new (self->db));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (widget);
  GtkWidget *dialog = GTK_WIDGET (tt_import_dialog_new (self->db));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tt_households_page_constructed (GObject *object)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (object);
  static const char *const titles[N_COLS] = { N_("Head of household"), N_("Birth year"), N_("Village"),
                                              N_("Commune"), N_("Category"), N_("Status") };
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  G_OBJECT_CLASS (tt_households_page_parent_class)->constructed (object);

  self->model = tt_query_model_new (TT_TYPE_HOUSEHOLD_ROW, tt_household_row_fetch, self->db, NULL);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)))));
  tt_column_view_add_text_columns (self->view, titles, N_COLS, COL_HEAD, cell_text, NULL);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (on_activate_cb), self, G_CONNECT_SWAPPED);

  gtk_string_list_append (categories, _("All categories"));
  for (guint i = 0; tt_category_nth (i) != NULL; i++)
    gtk_string_list_append (categories, tt_category_label (tt_category_nth (i)));
  gtk_drop_down_set_model (self->category, G_LIST_MODEL (categories));
  gtk_spin_button_set_value (self->year, g_date_time_get_year (now));
  if (self->db != NULL)
    on_filter_changed_cb (self);
}

static void
tt_households_page_dispose (GObject *object)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (object);

  if (self->content != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->content));
      self->content = NULL;
    }
  g_clear_object (&self->model);
  g_clear_object (&self->db);
  g_clear_pointer (&self->stat_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (tt_households_page_parent_class)->dispose (object);
}

static void
tt_households_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (object);

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
tt_households_page_class_init (TtHouseholdsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tt_households_page_constructed;
  object_class->dispose = tt_households_page_dispose;
  object_class->set_property = tt_households_page_set_property;
  properties[PROP_DB] = g_param_spec_object ("db", NULL, NULL, TT_TYPE_DB,
                                             G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-households-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdsPage, content);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdsPage, search);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdsPage, category);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdsPage, year);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdsPage, count);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdsPage, view);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdsPage, stats);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_install_action (widget_class, "households.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "households.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "households.places", NULL, places_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tt_households_page_init (TtHouseholdsPage *self)
{
  self->stat_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
