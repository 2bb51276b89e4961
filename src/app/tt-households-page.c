/* tt-households-page.c — the register of beneficiary households
 *
 * A lazy list (TtQueryModel: ids, rows made when shown) searched without accents and filtered
 * by category and year, with the poverty rates of each commune below it. A province keeps
 * hundreds of thousands of households, so nothing long runs on the main thread: the household
 * index is loaded on a worker thread from its own connection (the list shows once it is
 * there), each key typed or filter chosen searches it on a worker thread, cancelling the
 * search before it, and the result replaces the ids with one items-changed. The figures per
 * commune are counted on a worker thread too. After an edit or an import the index is loaded
 * again in the background while the list keeps showing the old one.
 */
#include "config.h"

#include <glib/gi18n.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "tt-columns.h"
#include "tt-figures.h"
#include "tt-household-dialog.h"
#include "tt-household-index.h"
#include "tt-household-row.h"
#include "tt-households-page.h"
#include "tt-import-dialog.h"
#include "tt-list-growth.h"
#include "tt-money.h"
#include "tt-places-dialog.h"
#include "tt-query-model.h"
#include "tt-reading.h"

struct _TtHouseholdsPage
{
  GtkWidget             parent_instance;

  TtDb                 *db;
  TtQueryModel         *model;
  GtkSingleSelection   *selection;
  GPtrArray            *stat_rows;
  GPtrArray            *stats_pending;  /* TtCommuneStats being shown */
  guint                 stats_shown;
  guint                 stats_tick;
  TtListGrowth          growth;         /* a result shown a few rows a frame */

  TtHouseholdIndex     *index;
  guint                 generation;     /* of the index being loaded; older loads are dropped */
  gboolean              loading;
  GCancellable         *search_cancellable;
  GCancellable         *stats_cancellable;
  gboolean              ready;

  GtkBox               *content;
  GtkSearchEntry       *search;
  GtkDropDown          *category;
  GtkSpinButton        *year;
  GtkLabel             *count;
  GtkColumnView        *view;
  AdwPreferencesGroup  *stats;
};

G_DEFINE_FINAL_TYPE (TtHouseholdsPage, tt_households_page, GTK_TYPE_WIDGET)

#define STATS_PER_FRAME 4

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
  TtRecordRow *row = gtk_list_item_get_item (item);

  return row ? column_text (tt_household_row_get_household (row), column) : NULL;
}

static const char *
selected_category (TtHouseholdsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->category);

  return i == 0 || i == GTK_INVALID_LIST_POSITION ? NULL : tt_category_nth (i - 1);
}

typedef struct
{
  TtHouseholdIndex *index;
  char             *query;
  const char       *categories;   /* a code of the fixed table */
  int               year;
} Search;

static void
search_free (Search *search)
{
  g_clear_pointer (&search->index, tt_household_index_unref);
  g_free (search->query);
  g_free (search);
}

static void
show_count (TtHouseholdsPage *self, guint n)
{
  g_autofree char *number = tt_money_format_plain (n);
  g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "%s household", "%s households", n), number);

  gtk_label_set_label (self->count, text);
}

static void
fill_stat_row (AdwActionRow *row, const TtCommuneStats *s)
{
  g_autofree char *title = g_strdup_printf ("%s (%s)", s->commune_name, s->commune_code ? s->commune_code : "");
  g_autofree char *total = tt_money_format_plain (s->total);
  g_autofree char *poor = tt_money_format_plain (s->poor);
  g_autofree char *near_poor = tt_money_format_plain (s->near_poor);
  g_autofree char *registered = tt_money_format_plain (s->registered);
  g_autofree char *poor_rate = tt_rate_display (s->poor_rate, 2);
  g_autofree char *near_poor_rate = tt_rate_display (s->near_poor_rate, 2);
  g_autofree char *subtitle = NULL;

  if (s->total > 0)
    subtitle = g_strdup_printf (_("%s households · poor %s (%s %%) · near-poor %s (%s %%) · %s in the register"),
                                total, poor, poor_rate, near_poor, near_poor_rate, registered);
  else
    subtitle = g_strdup_printf (_("Total households not set · poor %s · near-poor %s · %s in the register"),
                                poor, near_poor, registered);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
}

/* Shows the next few communes' figures, reusing the rows there are; TRUE while some are left. */
static gboolean
show_some_stats (TtHouseholdsPage *self)
{
  guint n = self->stats_shown + STATS_PER_FRAME;

  for (; self->stats_shown < n && self->stats_shown < self->stats_pending->len; self->stats_shown++)
    {
      guint i = self->stats_shown;

      if (i >= self->stat_rows->len)
        {
          GtkWidget *row = adw_action_row_new ();
          adw_preferences_group_add (self->stats, row);
          g_ptr_array_add (self->stat_rows, row);
        }
      fill_stat_row (self->stat_rows->pdata[i], self->stats_pending->pdata[i]);
    }
  if (self->stats_shown < self->stats_pending->len)
    return TRUE;
  while (self->stat_rows->len > self->stats_pending->len)
    {
      adw_preferences_group_remove (self->stats, g_ptr_array_steal_index (self->stat_rows, self->stat_rows->len - 1));
      if (self->stat_rows->len % STATS_PER_FRAME == 0)
        return self->stat_rows->len > self->stats_pending->len;
    }
  return FALSE;
}

static gboolean
show_stats_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (widget);

  if (show_some_stats (self))
    return G_SOURCE_CONTINUE;
  self->stats_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Shows the figures of each commune a few rows a frame (hundreds of rows at once would hold
 * the window for a second). */
static void
show_stats (TtHouseholdsPage *self, GPtrArray *stats)
{
  g_clear_pointer (&self->stats_pending, g_ptr_array_unref);
  self->stats_pending = stats ? g_ptr_array_ref (stats) : g_ptr_array_new ();
  self->stats_shown = 0;
  if (self->stats_tick == 0 && show_some_stats (self))
    self->stats_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_stats_cb, NULL, NULL);
}

/* Long background work (loading the register, counting) gives way to the window and the
 * display server: on Linux a thread has its own nice value. */
static void
yield_to_window (void)
{
#ifdef __linux__
  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
#endif
}

static void
stats_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "year"));
  GPtrArray *stats;

  yield_to_window ();
  db = tt_task_connection (task, task_data, TRUE, &error);
  stats = db ? tt_household_stats (db, year, 0, &error) : NULL;

  if (stats == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, stats, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_stats_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (source);
  g_autoptr(GPtrArray) stats = g_task_propagate_pointer (G_TASK (result), NULL);

  if (g_task_get_cancellable (G_TASK (result)) != self->stats_cancellable)
    return;   /* a newer count was asked for, or the page is gone */
  g_clear_object (&self->stats_cancellable);
  show_stats (self, stats);
}

/* Counts the poor and near-poor of each commune for the year shown, in the background. */
static void
refresh_stats (TtHouseholdsPage *self)
{
  g_autoptr(GTask) task = NULL;

  tt_read_stop (&self->stats_cancellable);
  self->stats_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->stats_cancellable, on_stats_done_cb, NULL);
  g_task_set_task_data (task, g_strdup (tt_db_get_path (self->db)), g_free);
  g_object_set_data (G_OBJECT (task), "year", GINT_TO_POINTER (gtk_spin_button_get_value_as_int (self->year)));
  g_task_set_return_on_cancel (task, TRUE);
  tt_task_run (task, self->db, stats_thread, G_OBJECT (self), on_stats_done_cb, NULL);
}

static void
search_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Search *search = task_data;
  TtHouseholdFilter filter = { .query = search->query, .categories = search->categories, .year = search->year };
  g_autoptr(GError) error = NULL;
  GArray *ids = tt_household_index_search (search->index, &filter, cancellable, &error);

  if (ids == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

static void
on_search_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_task_get_cancellable (G_TASK (result)) != self->search_cancellable)
    return;   /* a newer key was typed, or the page is gone */
  g_clear_object (&self->search_cancellable);
  if (ids == NULL)
    ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  show_count (self, ids->len);
  /* With a row selected, the selection would look for it among every new row (making each
   * one); the list starts again unselected. The model keeps the row objects of the rows the
   * view shows and refills them, so the view keeps its row widgets. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  tt_list_growth_show (&self->growth, ids);
}

/* Searches the register for what the search box and the filters say, on a worker thread;
 * a search still running is cancelled. */
static void
refresh (TtHouseholdsPage *self)
{
  Search *search;
  g_autoptr(GTask) task = NULL;

  if (self->index == NULL)
    return;   /* searched once the index is loaded */
  tt_read_stop (&self->search_cancellable);
  self->search_cancellable = g_cancellable_new ();

  search = g_new0 (Search, 1);
  search->index = tt_household_index_ref (self->index);
  search->query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search)));
  search->categories = selected_category (self);
  if (search->categories != NULL)
    search->year = gtk_spin_button_get_value_as_int (self->year);
  task = g_task_new (self, self->search_cancellable, on_search_done_cb, NULL);
  g_task_set_task_data (task, search, (GDestroyNotify) search_free);
  g_task_set_return_on_cancel (task, TRUE);
  tt_task_run_in_background (task, search_thread);
}

static void
load_index_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  TtHouseholdIndex *index;

  yield_to_window ();
  db = tt_task_connection (task, task_data, TRUE, &error);
  index = db ? tt_household_index_load (db, &error) : NULL;

  if (index == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, index, (GDestroyNotify) tt_household_index_unref);
}

static void
on_index_loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  TtHouseholdsPage *self = TT_HOUSEHOLDS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(TtHouseholdIndex) index = g_task_propagate_pointer (G_TASK (result), &error);

  if (GPOINTER_TO_UINT (user_data) != self->generation)
    return;   /* loaded again since, or the page is gone */
  self->loading = FALSE;
  if (index == NULL)
    {
      gtk_label_set_label (self->count, error->message);
      return;
    }
  g_clear_pointer (&self->index, tt_household_index_unref);
  self->index = g_steal_pointer (&index);
  refresh (self);
}

/* Loads the household index in the background; the list keeps showing the old one. */
static void
load_index (TtHouseholdsPage *self)
{
  g_autoptr(GTask) task = NULL;

  self->generation++;
  self->loading = TRUE;
  if (self->index == NULL)
    gtk_label_set_label (self->count, _("Loading the register…"));
  task = g_task_new (self, NULL, on_index_loaded_cb, GUINT_TO_POINTER (self->generation));
  g_task_set_task_data (task, g_strdup (tt_db_get_path (self->db)), g_free);
  tt_task_run (task, self->db, load_index_thread, G_OBJECT (self), on_index_loaded_cb,
               GUINT_TO_POINTER (self->generation));
}

static void
on_filter_changed_cb (TtHouseholdsPage *self)
{
  if (self->ready)
    refresh (self);
}

static void
on_year_changed_cb (TtHouseholdsPage *self)
{
  if (!self->ready)
    return;
  if (selected_category (self) != NULL)
    refresh (self);
  refresh_stats (self);
}

/* Shows the register again after an import or an edit. */
void
tt_households_page_reload (TtHouseholdsPage *self)
{
  g_return_if_fail (TT_IS_HOUSEHOLDS_PAGE (self));

  if (!self->ready)
    return;
  load_index (self);
  refresh_stats (self);
}

/* TRUE while the register, a search or the figures are being worked out in the background
 * or shown. */
gboolean
tt_households_page_is_busy (TtHouseholdsPage *self)
{
  g_return_val_if_fail (TT_IS_HOUSEHOLDS_PAGE (self), FALSE);

  return self->loading || self->search_cancellable != NULL || self->stats_cancellable != NULL ||
         self->stats_tick != 0 || tt_list_growth_busy (&self->growth);
}

static void
on_saved_cb (TtHouseholdsPage *self)
{
  tt_households_page_reload (self);
}

/* The year, category and status columns as wide as the longest text they can hold. */
static void
fit_columns (TtHouseholdsPage *self)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  const char *year[] = { "8888", NULL };

  for (guint i = 0; tt_category_nth (i) != NULL; i++)
    g_ptr_array_add (categories, g_strdup_printf ("%s (%d)", tt_category_label (tt_category_nth (i)), 8888));
  g_ptr_array_add (categories, NULL);
  for (guint i = 0; i < tt_household_statuses.n_values; i++)
    g_ptr_array_add (statuses, (gpointer) tt_household_status_label (tt_values_code (&tt_household_statuses, i)));
  g_ptr_array_add (statuses, NULL);
  tt_column_view_fit (self->view, COL_BIRTH, year);
  tt_column_view_fit (self->view, COL_CATEGORY, (const char *const *) categories->pdata);
  tt_column_view_fit (self->view, COL_STATUS, (const char *const *) statuses->pdata);
}

static void
focus_search_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (TT_HOUSEHOLDS_PAGE (widget)->search));
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
  static const int widths[N_COLS] = { 260, 90, 150, 200, 190, 130 };
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  G_OBJECT_CLASS (tt_households_page_parent_class)->constructed (object);

  self->model = tt_record_model_new (self->db, &tt_household_record);
  tt_list_growth_init (&self->growth, GTK_WIDGET (self), self->model);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  tt_column_view_add_text_columns (self->view, titles, N_COLS, COL_HEAD, cell_text, NULL);
  /* Fixed widths: otherwise each new result measures the text of every cell of the 200 rows
   * the view keeps to size its columns. */
  for (guint i = 0; i < N_COLS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (self->view), i);
      gtk_column_view_column_set_fixed_width (column, widths[i]);
    }
  fit_columns (self);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (on_activate_cb), self, G_CONNECT_SWAPPED);

  gtk_string_list_append (categories, _("All categories"));
  for (guint i = 0; tt_category_nth (i) != NULL; i++)
    gtk_string_list_append (categories, tt_category_label (tt_category_nth (i)));
  gtk_drop_down_set_model (self->category, G_LIST_MODEL (categories));
  gtk_spin_button_set_value (self->year, g_date_time_get_year (now));
  self->ready = self->db != NULL;
  tt_households_page_reload (self);
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
  self->ready = FALSE;
  self->generation++;   /* an index still loading is dropped */
  tt_read_stop (&self->search_cancellable);
  tt_read_stop (&self->stats_cancellable);
  tt_list_growth_stop (&self->growth);
  g_clear_pointer (&self->index, tt_household_index_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->db);
  if (self->stats_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->stats_tick);
  self->stats_tick = 0;
  g_clear_pointer (&self->stats_pending, g_ptr_array_unref);
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
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);
  gtk_widget_class_install_action (widget_class, "households.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "households.focus-search", NULL, focus_search_action);
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
