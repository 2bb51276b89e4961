/* tt-overview-page.c — the office's year at a glance, under the Overview's three figures
 *
 * The campaign running today (or one picked) with its days left, its progress toward every
 * target and the money raised against its target and the year before, each chart with its
 * numbers beside it; the cash and bank balances today; what needs attention (idle houses, cards
 * ending, gifts not yet delivered), each opening its place; the latest gifts; and any other
 * chart picked from the list (receipts and payments, houses by stage, gift coverage, donations by
 * kind of donor, poverty rates), which "Save Chart…" writes as a PNG. It is read after the
 * window's first frame on a worker thread, so opening even a province's office stays quick.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-campaigns.h"
#include "tt-reading.h"
#include "tt-chart-view.h"
#include "tt-date.h"
#include "tt-donations.h"
#include "tt-form.h"
#include "tt-money.h"
#include "tt-overview-page.h"
#include "tt-overview.h"
#include "tt-print.h"

struct _TtOverviewPage
{
  GtkWidget      parent_instance;

  TtDb          *db;
  GtkDropDown   *campaign;
  GArray        *campaign_ids;
  GtkLabel      *days;
  TtChartView   *progress;
  TtChartView   *money;
  GtkDropDown   *other;
  TtChartView   *other_chart;
  GtkListBox    *attention;
  GtkListBox    *recent;
  guint          idle_id;
  guint          rest_tick;  /* the lower half of a first reading, shown a frame later */
  struct Loaded *rest;
  guint          rest_step;
  gboolean       filling;
  GCancellable  *loading;    /* the read under way */
  gboolean       filled;     /* what is shown has been read */
  gboolean       stale;      /* to be read again once shown */
  gint64         shown;      /* the campaign picked; 0 while the overview picks it */
};

G_DEFINE_FINAL_TYPE (TtOverviewPage, tt_overview_page, GTK_TYPE_WIDGET)

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkListBox *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return GTK_LIST_BOX (list);
}

/* Removes the rows of @list from the @keep-th on. */
static void
clear_from (GtkListBox *list, guint keep)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, (int) keep)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* The @index-th row of @list shows a figure at its end (with @section, activating it opens that
 * place) and, with @subtitle, a line under its title. A row already there is changed in place:
 * a province's office lays out each new row's texts anew, which a frame can ill afford. */
static void
figure_row (GtkListBox *list, guint index, const char *name, const char *title, const char *subtitle,
            const char *figure, const char *section)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);
  GtkWidget *value;

  if (row != NULL && g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) != 0)
    {
      clear_from (list, index);
      row = NULL;
    }
  if (row == NULL)
    {
      row = GTK_LIST_BOX_ROW (adw_action_row_new ());
      value = gtk_label_new (NULL);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_name (GTK_WIDGET (row), name);
      gtk_widget_set_name (value, "figure");
      gtk_widget_add_css_class (value, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      if (section != NULL)
        {
          gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.section");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", section);
          gtk_list_box_row_set_activatable (row, TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
        }
      g_object_set_data (G_OBJECT (row), "figure", value);
      gtk_list_box_append (list, GTK_WIDGET (row));
    }
  value = g_object_get_data (G_OBJECT (row), "figure");
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle ? subtitle : "") != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (value)), figure) != 0)
    gtk_label_set_label (GTK_LABEL (value), figure);
}

static char *
days_text (const TtOverview *o)
{
  if (o->campaign_id == 0)
    return g_strdup (_("No campaign yet: create one under Campaigns."));
  if (o->days_to_start > 0)
    return g_strdup_printf (g_dngettext (NULL, "Starts in %d day", "Starts in %d days", o->days_to_start),
                            o->days_to_start);
  if (o->days_left > 0)
    return g_strdup_printf (g_dngettext (NULL, "%d day left", "%d days left", o->days_left), o->days_left);
  return g_strdup (_("Ended"));
}

static void show_other (TtOverviewPage *self);
static void build_upper (TtOverviewPage *self);
static void build_lists (TtOverviewPage *self);
static void build_charts (TtOverviewPage *self);

/* The chart the list offers first: receipts and payments by month. */
#define FIRST_OTHER_CHART 2

static gint64
chosen_campaign (TtOverviewPage *self)
{
  guint k = self->campaign ? gtk_drop_down_get_selected (self->campaign) : GTK_INVALID_LIST_POSITION;

  return self->campaign_ids != NULL && k < self->campaign_ids->len ? g_array_index (self->campaign_ids, gint64, k) : 0;
}

static void
fill_campaigns (TtOverviewPage *self, gint64 shown)
{
  g_autoptr(GtkStringList) names = NULL;

  if (self->campaign_ids == NULL)
    self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  names = tt_form_campaign_filter (self->db, self->campaign_ids);
  /* The first choice, "every campaign", is not one an overview shows. */
  gtk_string_list_remove (names, 0);
  g_array_remove_index (self->campaign_ids, 0);
  self->filling = TRUE;
  gtk_drop_down_set_model (self->campaign, G_LIST_MODEL (names));
  for (guint i = 0; i < self->campaign_ids->len; i++)
    if (g_array_index (self->campaign_ids, gint64, i) == shown)
      gtk_drop_down_set_selected (self->campaign, i);
  self->filling = FALSE;
}

/* What the Overview shows, read on a worker thread from its own connection: a province's office
 * takes seconds to add up, and the window stays alive meanwhile. */
typedef struct Loaded
{
  gint64      campaign;      /* asked for; 0: the overview picks */
  guint       other;         /* the chart picked from the list */
  gboolean    other_only;    /* only that chart is read again */
  TtOverview  overview;
  TtChart    *progress;
  TtChart    *money;
  TtChart    *chart;
  char       *error;
} Loaded;

static void
loaded_free (Loaded *l)
{
  tt_overview_clear (&l->overview);
  g_clear_pointer (&l->progress, tt_chart_free);
  g_clear_pointer (&l->money, tt_chart_free);
  g_clear_pointer (&l->chart, tt_chart_free);
  g_free (l->error);
  g_free (l);
}

static void
load (TtDb *db, Loaded *l)
{
  g_autoptr(GError) error = NULL;
  TtChartQuery q = { .campaign_id = l->campaign };

  if (!l->other_only)
    {
      if (!tt_overview_load (db, l->campaign, &l->overview, &error))
        {
          l->error = g_strdup (error->message);
          return;
        }
      q.campaign_id = l->overview.campaign_id;
      if (q.campaign_id != 0)
        {
          l->progress = tt_chart_build (db, "progress", &q, NULL);
          l->money = tt_chart_build (db, "money", &q, NULL);
        }
    }
  if (l->other < tt_chart_names.n_values)
    l->chart = tt_chart_build (db, tt_chart_names.values[l->other].code, &q, NULL);
}

static void
load_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Loaded *l = g_object_get_data (G_OBJECT (task), "loaded");
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = tt_task_connection (task, task_data, FALSE, &error);

  if (db == NULL)
    l->error = g_strdup (error->message);
  else
    load (db, l);
  g_task_return_boolean (task, TRUE);
}

/* The balances and what needs attention. */
static void
apply_attention (TtOverviewPage *self, Loaded *l)
{
  TtOverview *o = &l->overview;
  g_autofree char *cash = NULL;
  g_autofree char *bank = NULL;
  g_autofree char *idle = NULL;
  g_autofree char *cards = NULL;
  g_autofree char *gifts = NULL;

  if (l->other_only || l->error != NULL)
    return;
  cash = tt_money_format (o->cash);
  bank = tt_money_format (o->bank);
  idle = tt_money_format_plain (o->idle_houses);
  cards = tt_money_format_plain (o->cards_ending);
  gifts = tt_money_format_plain (o->gifts_pending);
  figure_row (self->attention, 0, "cash", _("Cash book balance today"), NULL, cash, "books");
  figure_row (self->attention, 1, "bank", _("Bank book balance today"), NULL, bank, "books");
  figure_row (self->attention, 2, "idle-houses", _("Houses with no new stage for a while"), NULL, idle, "housing");
  figure_row (self->attention, 3, "cards-ending", _("Health-insurance cards ending within 30 days"), NULL, cards,
              "support");
  figure_row (self->attention, 4, "gifts-pending", _("Gift packages of the campaign not yet delivered"), NULL,
              gifts, "gifts");
}

/* The latest gifts. */
static void
apply_recent (TtOverviewPage *self, Loaded *l)
{
  TtOverview *o = &l->overview;
  guint n = o->recent != NULL ? o->recent->len : 0;

  if (l->other_only || l->error != NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      TtDonation *d = o->recent->pdata[i];
      g_autofree char *amount = tt_money_format (d->amount);
      g_autofree char *on = tt_date_display (d->received_on);
      g_autofree char *title = g_strdup_printf ("%s · %s", d->receipt, d->payer_name ? d->payer_name : "");
      g_autofree char *name = g_strdup_printf ("recent%u", i);
      figure_row (self->recent, i, name, title, on, amount, NULL);
    }
  if (n == 0)
    figure_row (self->recent, 0, "recent-none", _("No gift recorded yet"), NULL, "", NULL);
  clear_from (self->recent, MAX (n, 1));
}

/* The campaign, its days left and its two charts. */
static void
apply_campaign (TtOverviewPage *self, Loaded *l)
{
  TtOverview *o = &l->overview;
  g_autofree char *days = NULL;

  if (l->other_only)
    return;
  if (l->error != NULL)
    {
      gtk_label_set_label (self->days, l->error);
      return;
    }
  if (l->campaign == 0 || self->campaign_ids == NULL)
    fill_campaigns (self, o->campaign_id);
  days = days_text (o);
  gtk_label_set_label (self->days, days);
  tt_chart_view_set_chart (self->progress, g_steal_pointer (&l->progress));
  tt_chart_view_set_chart (self->money, g_steal_pointer (&l->money));
  gtk_widget_set_visible (GTK_WIDGET (self->progress), o->campaign_id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->money), o->campaign_id != 0);
}

/* A lower half still to be shown is dropped: a newer reading is shown, or the page is gone. */
static void
forget_rest (TtOverviewPage *self)
{
  if (self->rest_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rest_tick);
  self->rest_tick = 0;
  g_clear_pointer (&self->rest, loaded_free);
}

/* Shows part @part of the lower half from @l, making it the first time: the balances and what
 * needs attention, the latest gifts, the chart picked from the list. TRUE after the last. */
static gboolean
show_lower (TtOverviewPage *self, Loaded *l, guint part)
{
  switch (part)
    {
    case 0:
      if (self->attention == NULL)
        build_lists (self);
      apply_attention (self, l);
      return FALSE;
    case 1:
      apply_recent (self, l);
      return FALSE;
    default:
      if (self->other_chart == NULL)
        build_charts (self);
      tt_chart_view_set_chart (self->other_chart, g_steal_pointer (&l->chart));
      return TRUE;
    }
}

/* The lower half of a first reading, a part a frame, after the frame that lays out the upper
 * half. */
static gboolean
rest_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  TtOverviewPage *self = TT_OVERVIEW_PAGE (widget);

  if (self->rest_step++ == 0 || !show_lower (self, self->rest, self->rest_step - 2))
    return G_SOURCE_CONTINUE;
  g_clear_pointer (&self->rest, loaded_free);
  self->rest_tick = 0;
  self->filled = TRUE;
  return G_SOURCE_REMOVE;
}

/* Shows what @l read, and frees it. The first reading makes the page: its upper half (the
 * campaign and its charts) at once, its lower half over the next frames (rest_tick_cb), so that
 * no frame lays out every new text of the page on a province's office; unless @at_once. */
static void
apply (TtOverviewPage *self, Loaded *l, gboolean at_once)
{
  /* The chart picked from the list, read again alone: what else is still to be shown stays. */
  if (l->other_only)
    {
      if (self->other_chart != NULL)
        tt_chart_view_set_chart (self->other_chart, g_steal_pointer (&l->chart));
      loaded_free (l);
      return;
    }
  forget_rest (self);
  if (self->campaign == NULL)
    build_upper (self);
  apply_campaign (self, l);
  if (self->other_chart == NULL && !at_once)
    {
      self->rest = l;
      self->rest_step = 0;
      self->rest_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), rest_tick_cb, NULL, NULL);
      return;
    }
  for (guint part = 0; !show_lower (self, l, part); part++)
    ;
  loaded_free (l);
  self->filled = TRUE;
}

static void
on_loaded_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  TtOverviewPage *self = TT_OVERVIEW_PAGE (source);
  Loaded *l = g_object_get_data (G_OBJECT (result), "loaded");

  if (g_task_get_cancellable (G_TASK (result)) != self->loading)
    return;   /* a newer read was asked for, or the page is gone */
  g_clear_object (&self->loading);
  g_object_steal_data (G_OBJECT (result), "loaded");
  apply (self, l, FALSE);
}

static Loaded *
loaded_new (TtOverviewPage *self, gint64 campaign, gboolean other_only)
{
  Loaded *l = g_new0 (Loaded, 1);

  l->campaign = campaign;
  l->other = self->other ? gtk_drop_down_get_selected (self->other) : FIRST_OTHER_CHART;
  l->other_only = other_only;
  return l;
}

/* Reads the overview of @campaign (0: the overview picks) on a worker thread. */
static void
fill (TtOverviewPage *self, gint64 campaign, gboolean other_only)
{
  g_autoptr(GTask) task = NULL;

  tt_read_stop (&self->loading);
  self->loading = g_cancellable_new ();
  task = g_task_new (self, self->loading, on_loaded_cb, NULL);
  g_object_set_data_full (G_OBJECT (task), "loaded", loaded_new (self, campaign, other_only),
                          (GDestroyNotify) loaded_free);
  g_task_set_task_data (task, g_strdup (tt_db_get_path (self->db)), g_free);
  tt_task_run (task, self->db, load_thread, G_OBJECT (self), on_loaded_cb, NULL);
}

/* The chart picked from the list, for the campaign shown and the reporting year. */
static void
show_other (TtOverviewPage *self)
{
  if (self->db != NULL && !self->filling)
    fill (self, chosen_campaign (self), TRUE);
}

/* What a saved chart is made from: read again on the worker that writes it, so the file has its
 * own copy whatever the view shows meanwhile. */
typedef struct
{
  char   *name;
  gint64  campaign_id;
} ChartJob;

static void
chart_job_free (ChartJob *job)
{
  g_free (job->name);
  g_free (job);
}

static gboolean
write_chart (TtDb *db, const char *path, gpointer data, GError **error)
{
  ChartJob *job = data;
  TtChartQuery q = { .campaign_id = job->campaign_id };
  g_autoptr(TtChart) chart = tt_chart_build (db, job->name, &q, error);

  return chart != NULL && tt_chart_write (chart, path, 2, FALSE, error);
}

static void
on_save_chart_cb (GtkButton *button, TtOverviewPage *self)
{
  const TtChart *chart = tt_chart_view_get_chart (self->other_chart);
  g_autofree char *file = NULL;
  ChartJob *job;

  if (chart == NULL)
    return;
  job = g_new0 (ChartJob, 1);
  job->name = g_strdup (chart->name);
  job->campaign_id = chosen_campaign (self);
  file = g_strdup_printf ("%s.png", chart->name);
  tt_save_file_on (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->db, _("Save Chart"), file,
                   _("PNG images"), "image/png", write_chart, job, (GDestroyNotify) chart_job_free);
}

static gboolean
fill_idle (gpointer data)
{
  TtOverviewPage *self = data;

  self->idle_id = 0;
  fill (self, self->shown, FALSE);
  return G_SOURCE_REMOVE;
}

/* Reads the overview again, after what is being drawn has been drawn; while the Overview is not
 * shown, once it is. */
void
tt_overview_page_refresh (TtOverviewPage *self)
{
  g_return_if_fail (TT_IS_OVERVIEW_PAGE (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, fill_idle, self, NULL);
}

static void
on_map_cb (TtOverviewPage *self)
{
  if (self->stale)
    {
      self->stale = FALSE;
      tt_overview_page_refresh (self);
    }
}

/* For tests: the same, at once, on this thread. */
void
tt_overview_page_fill_now (TtOverviewPage *self)
{
  Loaded *l = loaded_new (self, self->shown, FALSE);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  tt_read_stop (&self->loading);
  load (self->db, l);
  apply (self, l, TRUE);
}

static void
on_campaign_chosen_cb (TtOverviewPage *self)
{
  if (self->filling)
    return;
  self->shown = chosen_campaign (self);
  fill (self, self->shown, FALSE);
}

static void
tt_overview_page_dispose (GObject *object)
{
  TtOverviewPage *self = TT_OVERVIEW_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  tt_read_stop (&self->loading);
  forget_rest (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->campaign_ids, g_array_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_overview_page_parent_class)->dispose (object);
}

static void
tt_overview_page_class_init (TtOverviewPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_overview_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* What the page shows below the office's figures is made when its first reading arrives: the
 * window's first frame has less to lay out and draw, and a province's office takes a while to
 * add up anyway. Its upper half: the campaign and its two charts. */
static void
build_upper (TtOverviewPage *self)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self));
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *charts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->campaign = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_name (GTK_WIDGET (self->campaign), "campaign");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->campaign), _("The campaign shown"));
  g_signal_connect_swapped (self->campaign, "notify::selected", G_CALLBACK (on_campaign_chosen_cb), self);
  self->days = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->days), "days");
  gtk_widget_add_css_class (GTK_WIDGET (self->days), "dim-label");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->campaign));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->days));

  self->progress = tt_chart_view_new ();
  self->money = tt_chart_view_new ();
  gtk_widget_set_name (GTK_WIDGET (self->progress), "progress");
  gtk_widget_set_name (GTK_WIDGET (self->money), "money");
  gtk_box_set_homogeneous (GTK_BOX (charts), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->money), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (charts), GTK_WIDGET (self->progress));
  gtk_box_append (GTK_BOX (charts), GTK_WIDGET (self->money));

  gtk_box_append (GTK_BOX (box), heading (_("Campaign")));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), charts);
}

/* Its lower half: the balances and what needs attention beside the latest gifts... */
static void
build_lists (TtOverviewPage *self)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self));
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->attention = boxed_list ();
  self->recent = boxed_list ();
  gtk_box_append (GTK_BOX (left), heading (_("Balances and What Needs Attention")));
  gtk_box_append (GTK_BOX (left), GTK_WIDGET (self->attention));
  gtk_box_append (GTK_BOX (right), heading (_("Latest Gifts")));
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->recent));
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_box_append (GTK_BOX (columns), left);
  gtk_box_append (GTK_BOX (columns), right);
  gtk_box_append (GTK_BOX (box), columns);
}

/* ...and under them the other charts, picked from a list. */
static void
build_charts (TtOverviewPage *self)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *more = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save Chart…"));

  for (guint i = 0; i < tt_chart_names.n_values; i++)
    gtk_string_list_append (names, _(tt_chart_names.values[i].label));
  self->other = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  gtk_drop_down_set_selected (self->other, FIRST_OTHER_CHART);
  gtk_widget_set_name (GTK_WIDGET (self->other), "other-chart");
  g_signal_connect_swapped (self->other, "notify::selected", G_CALLBACK (show_other), self);
  gtk_widget_set_name (save, "save-chart");
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_chart_cb), self);
  self->other_chart = tt_chart_view_new ();
  gtk_widget_set_name (GTK_WIDGET (self->other_chart), "chart");
  gtk_box_append (GTK_BOX (more), GTK_WIDGET (self->other));
  gtk_box_append (GTK_BOX (more), save);
  gtk_box_append (GTK_BOX (box), heading (_("Charts")));
  gtk_box_append (GTK_BOX (box), more);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->other_chart));
}

static void
tt_overview_page_init (TtOverviewPage *self)
{
  gtk_widget_set_parent (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12), GTK_WIDGET (self));
}

TtOverviewPage *
tt_overview_page_new (TtDb *db)
{
  TtOverviewPage *self = g_object_new (TT_TYPE_OVERVIEW_PAGE, "hexpand", TRUE, NULL);

  self->db = g_object_ref (db);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  tt_overview_page_refresh (self);
  return self;
}

/* Whether the overview has been read and shown (for the benchmark). */
gboolean
tt_overview_page_get_filled (TtOverviewPage *self)
{
  return self->filled;
}
