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

static void
clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row with a figure at its end; with @section, activating it opens that place. */
static void
figure_row (GtkListBox *list, const char *name, const char *title, const char *figure, const char *section)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (figure);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_name (row, name);
  gtk_widget_add_css_class (value, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  if (section != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.section");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", section);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  gtk_list_box_append (list, row);
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
static void build (TtOverviewPage *self);

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
typedef struct
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

static void
apply (TtOverviewPage *self, Loaded *l)
{
  TtOverview *o = &l->overview;
  g_autofree char *days = NULL;
  g_autofree char *cash = NULL;
  g_autofree char *bank = NULL;
  g_autofree char *idle = NULL;
  g_autofree char *cards = NULL;
  g_autofree char *gifts = NULL;

  if (self->campaign == NULL)
    build (self);
  tt_chart_view_set_chart (self->other_chart, g_steal_pointer (&l->chart));
  self->filled = TRUE;
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

  clear (self->attention);
  cash = tt_money_format (o->cash);
  bank = tt_money_format (o->bank);
  idle = tt_money_format_plain (o->idle_houses);
  cards = tt_money_format_plain (o->cards_ending);
  gifts = tt_money_format_plain (o->gifts_pending);
  figure_row (self->attention, "cash", _("Cash book balance today"), cash, "books");
  figure_row (self->attention, "bank", _("Bank book balance today"), bank, "books");
  figure_row (self->attention, "idle-houses", _("Houses with no new stage for a while"), idle, "housing");
  figure_row (self->attention, "cards-ending", _("Health-insurance cards ending within 30 days"), cards, "support");
  figure_row (self->attention, "gifts-pending", _("Gift packages of the campaign not yet delivered"), gifts, "gifts");

  clear (self->recent);
  for (guint i = 0; o->recent != NULL && i < o->recent->len; i++)
    {
      TtDonation *d = o->recent->pdata[i];
      g_autofree char *amount = tt_money_format (d->amount);
      g_autofree char *on = tt_date_display (d->received_on);
      g_autofree char *title = g_strdup_printf ("%s · %s", d->receipt, d->payer_name ? d->payer_name : "");
      g_autofree char *name = g_strdup_printf ("recent%u", i);
      figure_row (self->recent, name, title, amount, NULL);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->recent))), on);
    }
  if (o->recent == NULL || o->recent->len == 0)
    figure_row (self->recent, "recent-none", _("No gift recorded yet"), "", NULL);
}

static void
on_loaded_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  TtOverviewPage *self = TT_OVERVIEW_PAGE (source);
  Loaded *l = g_object_get_data (G_OBJECT (result), "loaded");

  if (g_task_get_cancellable (G_TASK (result)) != self->loading)
    return;   /* a newer read was asked for, or the page is gone */
  g_clear_object (&self->loading);
  apply (self, l);
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
  apply (self, l);
  loaded_free (l);
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

/* What the page shows below the office's figures, made when its first reading arrives: the
 * window's first frame has less to lay out and draw, and a province's office takes a while to
 * add up anyway. */
static void
build (TtOverviewPage *self)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self));
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *charts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

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

  self->attention = boxed_list ();
  self->recent = boxed_list ();
  gtk_box_append (GTK_BOX (left), heading (_("Balances and What Needs Attention")));
  gtk_box_append (GTK_BOX (left), GTK_WIDGET (self->attention));
  gtk_box_append (GTK_BOX (right), heading (_("Latest Gifts")));
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->recent));
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_box_append (GTK_BOX (columns), left);
  gtk_box_append (GTK_BOX (columns), right);

  gtk_box_append (GTK_BOX (box), heading (_("Campaign")));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), charts);
  gtk_box_append (GTK_BOX (box), columns);
  {
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
