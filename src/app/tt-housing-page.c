/* tt-housing-page.c — houses for poor households: the pipeline and the projects
 *
 * Across the top, the pipeline: each stage with how many projects stand there, their approved
 * support and what was paid; a stage is a toggle that narrows the list to it. Under it the
 * filters (head of household, kind of work, programme, "no progress") and the projects, the
 * latest 200 that match, those with no new stage for the office's idle days marked. A project
 * opens in its own window; New Project… finds the household by name (or namesakes to choose
 * from) and opens the form.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-ask.h"
#include "tt-date.h"
#include "tt-form.h"
#include "tt-household-pick.h"
#include "tt-households.h"
#include "tt-housing-dialog.h"
#include "tt-housing-page.h"
#include "tt-reading.h"
#include "tt-housing.h"
#include "tt-money.h"
#include "tt-project-window.h"
#include "tt-window.h"

#define SHOWN 200

/* One project of the list, with whether it has stood still too long. */
#define TT_TYPE_PROJECT_ITEM (tt_project_item_get_type ())
G_DECLARE_FINAL_TYPE (TtProjectItem, tt_project_item, TT, PROJECT_ITEM, GObject)

struct _TtProjectItem
{
  GObject           parent_instance;
  TtHousingProject *project;
  gboolean          idle;
};

G_DEFINE_FINAL_TYPE (TtProjectItem, tt_project_item, G_TYPE_OBJECT)

static void
tt_project_item_finalize (GObject *object)
{
  tt_housing_project_free (TT_PROJECT_ITEM (object)->project);
  G_OBJECT_CLASS (tt_project_item_parent_class)->finalize (object);
}

static void
tt_project_item_class_init (TtProjectItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_project_item_finalize;
}

static void
tt_project_item_init (TtProjectItem *self)
{
}

struct _TtHousingPage
{
  GtkWidget        parent_instance;

  TtDb            *db;
  GtkStack        *stack;
  GtkToggleButton *stages[TT_HOUSING_N_STAGES];
  GtkLabel        *counts[TT_HOUSING_N_STAGES];
  GtkLabel        *sums[TT_HOUSING_N_STAGES];
  GtkSearchEntry  *search;
  GtkDropDown     *kind;
  GtkDropDown     *stream;
  GtkToggleButton *idle;
  GtkLabel        *summary;
  GListStore      *projects;
  GtkListView     *list;
  gboolean         updating;
  GCancellable    *loading;   /* the pipeline and projects being read on a worker thread */
};

G_DEFINE_FINAL_TYPE (TtHousingPage, tt_housing_page, GTK_TYPE_WIDGET)

static GtkWindow *
parent_window (TtHousingPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
toast (TtHousingPage *self, const char *message)
{
  if (TT_IS_WINDOW (parent_window (self)))
    tt_window_toast (TT_WINDOW (parent_window (self)), message);
}

static const char *
chosen (GtkDropDown *drop, const TtValueList *list)
{
  guint i = gtk_drop_down_get_selected (drop);

  return i > 0 && i <= list->n_values ? list->values[i - 1].code : NULL;
}

static void
read_filter (TtHousingPage *self, TtHousingFilter *f)
{
  memset (f, 0, sizeof *f);
  for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
    if (gtk_toggle_button_get_active (self->stages[i]))
      f->stage = g_object_get_data (G_OBJECT (self->stages[i]), "stage");
  f->kind = chosen (self->kind, &tt_housing_kinds);
  f->stream = chosen (self->stream, &tt_housing_streams);
  f->query = gtk_editable_get_text (GTK_EDITABLE (self->search));
  f->idle_days = gtk_toggle_button_get_active (self->idle) ? tt_housing_idle_days (self->db) : 0;
}

static char *
short_money (gint64 amount)
{
  if (amount >= 1000000000)
    return g_strdup_printf (_("%.1f billion"), amount / 1e9);
  if (amount >= 1000000)
    return g_strdup_printf (_("%.0f million"), amount / 1e6);
  return tt_money_format (amount);
}

static void
show_pipeline (TtHousingPage *self, const TtHousingStageSum sums[TT_HOUSING_N_STAGES])
{
  for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, sums[i].count);
      g_autofree char *support = short_money (sums[i].support);
      g_autofree char *paid = short_money (sums[i].paid);
      g_autofree char *line = g_strdup_printf (_("%s\npaid %s"), support, paid);
      gtk_label_set_label (self->counts[i], count);
      gtk_label_set_label (self->sums[i], line);
    }
}

static char *
project_title (const TtHousingProject *p)
{
  return g_strdup_printf (_("No. %lld · %s"), (long long) p->id, p->head_name);
}

static char *
project_subtitle (const TtHousingProject *p)
{
  g_autofree char *support = tt_money_format (p->support);
  g_autofree char *paid = tt_money_format (p->paid);
  g_autofree char *since = tt_date_display (p->last_on);
  g_autofree char *stage = p->paused_reason ? g_strdup_printf (_("%s (paused)"), tt_housing_stage_label (p->stage))
                                            : g_strdup (tt_housing_stage_label (p->stage));

  return g_strdup_printf (_("%s · %s · %s since %s · support %s, paid %s"), p->village ? p->village : "—",
                          tt_values_label (&tt_housing_kinds, p->kind), stage, since, support, paid);
}

/* A row of the list: the idle sign, the title and the line under it, the arrow. */
static void
on_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = tt_list_texts_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_name (icon, "idle-sign");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set (row, "margin-top", 9, "margin-bottom", 9, "margin-start", 12, "margin-end", 12, NULL);
  g_object_set_data (G_OBJECT (row), "icon", icon);
  g_object_set_data (G_OBJECT (row), "texts", texts);
  gtk_list_item_set_child (item, row);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  TtProjectItem *project = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "icon");
  g_autofree char *title = project_title (project->project);
  g_autofree char *subtitle = project_subtitle (project->project);

  tt_list_texts_set (g_object_get_data (G_OBJECT (row), "texts"), title, subtitle);
  gtk_widget_set_opacity (icon, project->idle ? 1 : 0);
  /* Only the sign shown has its tooltip. */
  tt_widget_set_row_tooltip (icon, project->idle ? _("No new stage for a long time") : NULL);
  gtk_widget_set_opacity (row, g_str_equal (project->project->stage, "cancelled") ? 0.55 : 1);
}

/* What a worker reads: the pipeline, the latest projects and how many there are in all. */
typedef struct
{
  TtHousingFilter   filter;       /* its query is the job's own copy */
  TtHousingStageSum sums[TT_HOUSING_N_STAGES];
  GPtrArray        *projects;
  gint64            total;
} Reading;

static void
reading_free (Reading *r)
{
  g_free ((char *) r->filter.query);
  g_clear_pointer (&r->projects, g_ptr_array_unref);
  g_free (r);
}

static gpointer
read_thread (TtDb *reader, gpointer job, GError **error)
{
  Reading *r = job;

  if (!tt_housing_pipeline (reader, &r->filter, r->sums, error))
    return NULL;
  r->filter.limit = SHOWN;
  if ((r->projects = tt_housing_list (reader, &r->filter, error)) == NULL)
    return NULL;
  r->total = tt_housing_count (reader);
  return job;   /* the result is the job, filled */
}

static void
on_read_cb (gpointer owner, gpointer result, gpointer job, const GError *error)
{
  TtHousingPage *self = owner;
  Reading *r = job;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) cut = g_date_time_add_days (now, -tt_housing_idle_days (self->db));
  g_autofree char *idle_since = g_date_time_format (cut, "%Y-%m-%d");
  g_autofree char *line = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint n;

  if (result == NULL)
    {
      gtk_label_set_label (self->summary, error->message);
      return;
    }
  show_pipeline (self, r->sums);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < r->projects->len; i++)
    {
      TtProjectItem *item = g_object_new (TT_TYPE_PROJECT_ITEM, NULL);
      TtHousingProject *p = r->projects->pdata[i];
      item->idle = !g_str_equal (p->stage, "handed_over") && !g_str_equal (p->stage, "cancelled") &&
                   p->last_on != NULL && strcmp (p->last_on, idle_since) <= 0;
      item->project = g_steal_pointer (&r->projects->pdata[i]);
      g_ptr_array_add (items, item);
    }
  /* One change for the whole list: the rows are made once, not once per project added. */
  g_list_store_splice (self->projects, 0, g_list_model_get_n_items (G_LIST_MODEL (self->projects)), items->pdata,
                       items->len);
  n = r->projects->len;
  line = n == SHOWN ? g_strdup_printf (_("The latest %d projects that match are shown."), SHOWN)
                    : g_strdup_printf (g_dngettext (NULL, "%u project", "%u projects", n), n);
  gtk_label_set_label (self->summary, line);
  gtk_stack_set_visible_child_name (self->stack, r->total > 0 ? "list" : "empty");
}

/* Reads the pipeline and the projects again for the filters shown, on a worker thread: on a
 * province's office the pipeline sums twenty thousand projects. */
void
tt_housing_page_refresh (TtHousingPage *self)
{
  Reading *r;

  if (self->db == NULL || self->updating)
    return;
  r = g_new0 (Reading, 1);
  read_filter (self, &r->filter);
  r->filter.query = g_strdup (r->filter.query);
  tt_read_in_thread (self, &self->loading, self->db, read_thread, r, (GDestroyNotify) reading_free, NULL,
                     on_read_cb);
}

/* For tests: whether the projects are still being read. */
gboolean
tt_housing_page_is_loading (TtHousingPage *self)
{
  return self->loading != NULL;
}

static void
on_project_changed_cb (TtHousingPage *self)
{
  tt_housing_page_refresh (self);
}

/* Opens one project in its window. */
void
tt_housing_page_open (TtHousingPage *self,
                      gint64         project_id)
{
  TtProjectWindow *window = tt_project_window_new (parent_window (self), self->db, project_id);

  g_signal_connect_object (window, "changed", G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_activate_cb (TtHousingPage *self, guint position)
{
  g_autoptr(TtProjectItem) item = g_list_model_get_item (G_LIST_MODEL (self->projects), position);

  if (item != NULL)
    tt_housing_page_open (self, item->project->id);
}

static void
on_saved_cb (TtHousingPage *self, gint64 id)
{
  g_autofree char *message = g_strdup_printf (_("Housing project %lld recorded"), (long long) id);

  tt_housing_page_refresh (self);
  toast (self, message);
  tt_housing_page_open (self, id);
}

static void
new_for_household (TtHousingPage *self, gint64 household_id)
{
  TtHousingDialog *dialog = tt_housing_dialog_new (parent_window (self), self->db, household_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_household_picked (GObject *instance, gint64 id)
{
  new_for_household (TT_HOUSING_PAGE (instance), id);
}

static void
on_find_response_cb (AdwMessageDialog *dialog, const char *response, TtHousingPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "who");
  TtHouseholdFilter f = { .query = gtk_editable_get_text (entry) };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "find"))
    return;
  ids = tt_household_ids (self->db, &f, &error);
  if (ids != NULL && ids->len > 1)
    tt_household_pick (parent_window (self), self->db, f.query, ids, G_OBJECT (self), on_household_picked);
  else if (ids != NULL && ids->len == 1)
    new_for_household (self, g_array_index (ids, gint64, 0));
  else
    {
      g_autofree char *message = ids != NULL ? g_strdup_printf (_("No active household matches “%s”."), f.query)
                                             : g_strdup (error->message);
      toast (self, message);
    }
}

static void
new_project_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtHousingPage *self = TT_HOUSING_PAGE (widget);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Head of household, ID or phone number"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = tt_ask (parent_window (self), self, _("New Housing Project"),
                   _("Which household is the house for? Type the head of household's name (or the ID or phone "
                     "number)."),
                   entry, _("_Cancel"), "find", _("_Find Household"), ADW_RESPONSE_SUGGESTED, "find",
                   G_CALLBACK (on_find_response_cb));
  g_object_set_data (G_OBJECT (dialog), "who", entry);
  gtk_widget_grab_focus (entry);
}

static void
focus_search_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (TT_HOUSING_PAGE (widget)->search));
}

static void
on_stage_toggled_cb (GtkToggleButton *button, TtHousingPage *self)
{
  if (self->updating)
    return;
  if (gtk_toggle_button_get_active (button))
    {
      self->updating = TRUE;
      for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
        if (self->stages[i] != button)
          gtk_toggle_button_set_active (self->stages[i], FALSE);
      self->updating = FALSE;
    }
  tt_housing_page_refresh (self);
}

static GtkDropDown *
filter_drop (const char *all, const TtValueList *list, const char *tooltip)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkDropDown *drop;

  gtk_string_list_append (names, all);
  for (guint i = 0; i < list->n_values; i++)
    gtk_string_list_append (names, _(list->values[i].label));
  drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (drop), tooltip);
  return drop;
}

static GtkWidget *
build_pipeline (TtHousingPage *self)
{
  static const char *const order[TT_HOUSING_N_STAGES] = { "survey", "approved", "started", "completed",
                                                          "handed_over", "cancelled" };
  GtkWidget *strip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_set_homogeneous (GTK_BOX (strip), TRUE);
  for (int i = 0; i < TT_HOUSING_N_STAGES; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = gtk_label_new (tt_housing_stage_label (order[i]));
      g_autofree char *tip = g_strdup_printf (_("Show only the projects at “%s”"), tt_housing_stage_label (order[i]));

      self->counts[i] = GTK_LABEL (gtk_label_new ("0"));
      self->sums[i] = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_add_css_class (name, "caption-heading");
      gtk_widget_add_css_class (GTK_WIDGET (self->counts[i]), "title-2");
      gtk_widget_add_css_class (GTK_WIDGET (self->sums[i]), "caption");
      gtk_label_set_ellipsize (self->sums[i], PANGO_ELLIPSIZE_END);
      gtk_label_set_justify (self->sums[i], GTK_JUSTIFY_CENTER);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (card), name);
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->counts[i]));
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->sums[i]));
      self->stages[i] = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
      gtk_button_set_child (GTK_BUTTON (self->stages[i]), card);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->stages[i]), tip);
      gtk_widget_set_name (GTK_WIDGET (self->stages[i]), order[i]);
      g_object_set_data (G_OBJECT (self->stages[i]), "stage", (gpointer) order[i]);
      g_signal_connect (self->stages[i], "toggled", G_CALLBACK (on_stage_toggled_cb), self);
      gtk_box_append (GTK_BOX (strip), GTK_WIDGET (self->stages[i]));
    }
  return strip;
}

static void
build (TtHousingPage *self)
{
  GtkWidget *empty = tt_page_empty ("user-home-symbolic", _("No Housing Projects Yet"),
                                    _("A house built or repaired for a poor household is followed here from the "
                                     "survey to the handover, with its funding and the tranches paid."),
                                    _("_New Project…"), "housing.new");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_New Project…"));
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *top = adw_clamp_new ();
  GtkWidget *scroller;
  GtkListItemFactory *factory;

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
  gtk_stack_add_named (self->stack, empty, "empty");

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  g_object_set (self->search, "placeholder-text", _("Find by head of household"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (tt_housing_page_refresh), self);
  self->kind = filter_drop (_("All kinds of work"), &tt_housing_kinds, _("Kind of work"));
  self->stream = filter_drop (_("All programmes"), &tt_housing_streams, _("Programme"));
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (tt_housing_page_refresh), self);
  g_signal_connect_swapped (self->stream, "notify::selected", G_CALLBACK (tt_housing_page_refresh), self);
  self->idle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("No _Progress")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->idle), _("Only open projects with no new stage for the days set in "
                                                          "Preferences"));
  g_signal_connect_swapped (self->idle, "toggled", G_CALLBACK (tt_housing_page_refresh), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "housing.new");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->kind));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->stream));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->idle));
  gtk_box_append (GTK_BOX (bar), add);
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  /* Only the rows in sight are made: the list scrolls under the pipeline and the filters. */
  self->projects = g_list_store_new (TT_TYPE_PROJECT_ITEM);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                                                   g_object_ref (G_LIST_MODEL (self->projects)))), factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_list_view_set_show_separators (self->list, TRUE);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_box_append (GTK_BOX (box), build_pipeline (self));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  g_object_set (box, "margin-top", 18, "margin-bottom", 6, NULL);
  scroller = tt_page_card_list (GTK_WIDGET (self->list));
  g_object_set (scroller, "margin-bottom", 18, NULL);
  gtk_box_append (GTK_BOX (outer), box);
  gtk_box_append (GTK_BOX (outer), scroller);
  g_object_set (outer, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (top), 1100);
  adw_clamp_set_child (ADW_CLAMP (top), outer);
  gtk_stack_add_named (self->stack, top, "list");
}

static void
tt_housing_page_dispose (GObject *object)
{
  TtHousingPage *self = TT_HOUSING_PAGE (object);

  tt_read_stop (&self->loading);
  if (self->stack != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->stack));
      self->stack = NULL;
    }
  g_clear_object (&self->db);
  g_clear_object (&self->projects);
  G_OBJECT_CLASS (tt_housing_page_parent_class)->dispose (object);
}

static void
tt_housing_page_class_init (TtHousingPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_housing_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "housing.new", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "housing.focus-search", NULL, focus_search_action);
}

static void
tt_housing_page_init (TtHousingPage *self)
{
  build (self);
}

TtHousingPage *
tt_housing_page_new (TtDb *db)
{
  TtHousingPage *self = g_object_new (TT_TYPE_HOUSING_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);

  self->db = g_object_ref (db);
  tt_housing_page_refresh (self);
  return self;
}

/* For tests: the projects listed, the stage toggles and their counts. */
guint
tt_housing_page_n_listed (TtHousingPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->projects));
}

char *
tt_housing_page_dup_title (TtHousingPage *self,
                           guint          i)
{
  g_autoptr(TtProjectItem) item = g_list_model_get_item (G_LIST_MODEL (self->projects), i);

  return item ? project_title (item->project) : NULL;
}

GtkToggleButton *
tt_housing_page_get_stage (TtHousingPage *self,
                           guint          i)
{
  return i < TT_HOUSING_N_STAGES ? self->stages[i] : NULL;
}

GtkLabel *
tt_housing_page_get_count (TtHousingPage *self,
                           guint          i)
{
  return i < TT_HOUSING_N_STAGES ? self->counts[i] : NULL;
}
