/* tt-gifts-page.c — Tết gift packages, distribution lists, delivery and coverage
 *
 * For the chosen campaign: its lists on the left, the households of the selected list on the
 * right (ticked off as delivered or absent, with the proxy who signed), the coverage of the
 * poor and near-poor households above, and the signing sheet to print or export.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-ask.h"
#include "tt-campaign-dialog.h"
#include "tt-household-pick.h"
#include "tt-campaigns.h"
#include "tt-columns.h"
#include "tt-date.h"
#include "tt-gifts-page-private.h"
#include "tt-figures.h"
#include "tt-gifts.h"
#include "tt-support.h"
#include "tt-text.h"
#include "tt-window.h"
#include "tt-money.h"
#include "tt-form.h"
#include "tt-list-growth.h"
#include "tt-places.h"
#include "tt-query-model.h"
#include "tt-reading.h"

struct _TtGiftsPage
{
  GtkWidget       parent_instance;

  TtDb           *db;
  GPtrArray      *campaigns;     /* TtCampaign, in the drop-down's order */
  TtQueryModel   *entry_model;   /* one item per entry, made when the column view shows it */
  TtListGrowth    growth;        /* a first result shown a few rows a frame */
  gint64          list_id;

  GtkBox         *content;
  GtkDropDown    *campaign;
  GtkStack       *pages;
  GtkSearchEntry *entry_search;
  guint           list_size;      /* households on the list shown, found or not */
  char           *pick_reason;   /* the reason typed while a namesake is picked */
  GtkLabel       *coverage;
  GCancellable   *counting;      /* the coverage being counted on a worker thread */
  GCancellable   *loading;       /* the entries being read on a worker thread */
  GCancellable   *printing;      /* the signing sheet being read for printing */
  gboolean        building;      /* a new list is being built on a worker thread */
  gboolean        filling;       /* the lists are being filled: a row selected loads nothing */
  gboolean        loading_campaigns;  /* the campaigns are being put in the drop-down */
  GtkListView    *missing;
  GtkWidget      *missing_expander;
  GListStore     *missing_items;   /* TtTextItem: the households left out shown */
  GtkListBox     *lists;
  GtkEntry       *proxy;
  GtkColumnView  *entries_view;
};

G_DEFINE_FINAL_TYPE (TtGiftsPage, tt_gifts_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_DB, N_PROPS };
static GParamSpec *properties[N_PROPS];
enum { SIGNAL_CAMPAIGNS_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { COL_HEAD, COL_VILLAGE, COL_CATEGORY, COL_PACKAGES, COL_STATUS, COL_PROXY, N_COLS };

gint64
tt_gifts_page_get_campaign (TtGiftsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->campaign);

  if (self->campaigns == NULL || i >= self->campaigns->len)
    return 0;
  return ((TtCampaign *) self->campaigns->pdata[i])->id;
}

gint64
tt_gifts_page_get_list (TtGiftsPage *self)
{
  return self->list_id;
}

TtDb *
tt_gifts_page_get_db (TtGiftsPage *self)
{
  return self->db;
}

GtkWindow *
tt_gifts_page_parent_window (TtGiftsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

void
tt_gifts_page_show_problem (TtGiftsPage *self, GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (tt_gifts_page_parent_window (self), _("Not Done"), error ? error->message : NULL);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
entry_text (const TtGiftEntry *e, int column)
{
  switch (column)
    {
    case COL_HEAD:
      return g_strdup (e->head_name);
    case COL_VILLAGE:
      return g_strdup (e->village_name ? e->village_name : "");
    case COL_CATEGORY:
      return g_strdup (tt_category_label (e->category));
    case COL_PACKAGES:
      return g_strdup_printf ("%d", e->quantity);
    case COL_STATUS:
      if (e->status_on != NULL)
        {
          g_autofree char *on = tt_date_display (e->status_on);
          return g_strdup_printf ("%s %s", tt_gift_status_label (e->status), on);
        }
      return g_strdup (tt_gift_status_label (e->status));
    case COL_PROXY:
    default:
      return g_strdup (e->proxy_name ? e->proxy_name : "");
    }
}

static char *
cell_text (GtkListItem *item, int column, gpointer data)
{
  const TtGiftEntry *e = tt_record_row_get (gtk_list_item_get_item (item), NULL);

  return e != NULL ? entry_text (e, column) : NULL;
}

/* The item of the row selected, as the list now has it (a row ticked off is read again), or
 * NULL. */
static TtRecordRow *
selected_item (TtGiftsPage *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->entries_view);
  guint position = selection != NULL ? gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection))
                                     : GTK_INVALID_LIST_POSITION;

  return position != GTK_INVALID_LIST_POSITION && self->entry_model != NULL
           ? g_list_model_get_item (G_LIST_MODEL (self->entry_model), position)
           : NULL;
}

/* The coverage line and the households left out, shared with tt-gifts-page-coverage.c. */
GtkLabel *
tt_gifts_page_coverage_label (TtGiftsPage *self)
{
  return self->coverage;
}

GListStore *
tt_gifts_page_missing_items (TtGiftsPage *self)
{
  return self->missing_items;
}

GtkWidget *
tt_gifts_page_missing_expander (TtGiftsPage *self)
{
  return self->missing_expander;
}

GCancellable **
tt_gifts_page_counting (TtGiftsPage *self)
{
  return &self->counting;
}

GCancellable **
tt_gifts_page_printing (TtGiftsPage *self)
{
  return &self->printing;
}


static void update_actions (TtGiftsPage *self);

/* A province's list has 100,000 entries: the column view's items are made only for the rows it
 * shows (a list of one string object per entry took 70 ms of the window's thread to fill), and
 * the rows it has keep their items, which show the new entries (new items made the view build
 * every row again: 60 ms); a first result comes a few rows a frame (tt-list-growth.c). */
static void
show_entries (TtGiftsPage *self, guint list_size, GArray *ids)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->entries_view);
  g_autoptr(TtRecordRow) was = selected_item (self);
  gint64 keep = was != NULL ? tt_record_row_get_id (was) : 0;

  self->list_size = list_size;
  /* The rows kept read their entries again: the list was read again. The selection goes to the
   * first row, which keeps its item, while the rows change (a row further down selected would
   * have the selection look for its item among every new one: 100,000 made at once), then back
   * to the entry that was selected, where the new result still has it. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), 0);
  tt_query_model_rows_stale (self->entry_model);
  tt_list_growth_show (&self->growth, ids);
  for (guint i = 1; keep != 0 && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == keep)
      {
        if (i >= g_list_model_get_n_items (G_LIST_MODEL (self->entry_model)))
          tt_list_growth_finish (&self->growth);
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), i);
        break;
      }
  update_actions (self);
}

static void
on_entries_read_cb (gpointer owner, gpointer result, gpointer data, const GError *error)
{
  TtGiftsPage *self = owner;
  TtGiftsEntriesJob *job = data;

  if (result == NULL)
    {
      tt_gifts_page_show_problem (self, (GError *) error);
      return;
    }
  show_entries (self, job->list_size, job->ids);
}

/* Reads the entries of the list shown on a worker thread: a province's list has 100,000. */
static void
load_entries (TtGiftsPage *self)
{
  TtGiftsEntriesJob *job;

  if (self->list_id == 0)
    {
      tt_read_stop (&self->loading);
      g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (gint64));
      show_entries (self, 0, none);
      return;
    }
  job = g_new0 (TtGiftsEntriesJob, 1);
  job->list_id = self->list_id;
  job->wanted = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry_search)));
  tt_read_in_thread (self, &self->loading, self->db, tt_gifts_read_entries, job, (GDestroyNotify) tt_gifts_entries_job_free, NULL,
                     on_entries_read_cb);
}

/* For tests: whether the entries are still being read. */
gboolean
tt_gifts_page_is_loading (TtGiftsPage *self)
{
  return self->loading != NULL || tt_list_growth_busy (&self->growth);
}

/* What cannot work yet is disabled: packages and lists need a campaign, the list's actions a list. */
static void
update_actions (TtGiftsPage *self)
{
  gboolean campaign = tt_gifts_page_get_campaign (self) != 0;
  gboolean list = campaign && self->list_id != 0;
  const char *list_actions[] = { "gifts.mark", "gifts.print", "gifts.add-household", "gifts.export-pdf",
                                 "gifts.export-xlsx", "gifts.rename-list", "gifts.delete-list" };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gifts.new-package", campaign);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gifts.new-list", campaign);
  for (guint i = 0; i < G_N_ELEMENTS (list_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), list_actions[i], list);
  /* Only an empty list can be deleted, and only a recorded delivery undone. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gifts.delete-list", list && self->list_size == 0);
  {
    g_autoptr(TtRecordRow) item = selected_item (self);
    const TtGiftEntry *e = tt_record_row_get (item, NULL);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "gifts.undo", list && e != NULL && !g_str_equal (e->status, "pending"));
  }
  gtk_stack_set_visible_child_name (self->pages, campaign ? "content" : "empty");
}

static char *
list_subtitle (const TtGiftList *l)
{
  g_autofree char *households = tt_money_format_plain (l->households);
  g_autofree char *delivered = tt_money_format_plain (l->delivered);

  return g_strdup_printf (_("%s households · %s delivered · %s"), households, delivered, l->package_name);
}

/* The shown list's row says again how many are on it and delivered. */
static void
update_list_counts (TtGiftsPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->lists);
  g_autoptr(TtGiftList) l = self->list_id ? tt_gift_list_get (self->db, self->list_id, NULL) : NULL;
  g_autofree char *subtitle = l ? list_subtitle (l) : NULL;

  if (row != NULL && subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data (G_OBJECT (row), "households", GSIZE_TO_POINTER (l->households));
    }
}

static void
refresh_lists (TtGiftsPage *self)
{
  g_autoptr(GPtrArray) lists = tt_gift_lists (self->db, tt_gifts_page_get_campaign (self), NULL);
  gint64 keep = self->list_id;
  GtkListBoxRow *old;

  self->filling = TRUE;
  /* Rows only: the list's placeholder ("No lists yet…") is a child too, and stays. */
  while ((old = gtk_list_box_get_row_at_index (self->lists, 0)) != NULL)
    gtk_list_box_remove (self->lists, GTK_WIDGET (old));
  self->list_id = 0;
  for (guint i = 0; lists && i < lists->len; i++)
    {
      TtGiftList *l = lists->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = list_subtitle (l);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), l->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data (G_OBJECT (row), "list-id", GSIZE_TO_POINTER (l->id));
      g_object_set_data (G_OBJECT (row), "households", GSIZE_TO_POINTER (l->households));
      gtk_list_box_append (self->lists, row);
      if (l->id == keep || (keep == 0 && i == 0))
        gtk_list_box_select_row (self->lists, GTK_LIST_BOX_ROW (row));
    }
  self->filling = FALSE;
  load_entries (self);
  tt_gifts_page_refresh_coverage (self);
  update_actions (self);
}

static void
on_entry_search_cb (TtGiftsPage *self)
{
  if (self->entry_model != NULL)
    load_entries (self);
}

static void
on_list_selected_cb (TtGiftsPage *self, GtkListBoxRow *row)
{
  if (self->entry_model == NULL)
    return;   /* the page is going away */
  self->list_id = row ? (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "list-id")) : 0;
  /* Known before the list is read: an empty list can be deleted at once. */
  self->list_size = row ? GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "households")) : 0;
  if (self->filling)
    return;   /* refresh_lists() reads the entries once the rows are made */
  load_entries (self);
  update_actions (self);
}

void
tt_gifts_page_select_list (TtGiftsPage *self,
                           gint64       list_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->lists)); row; row = gtk_widget_get_next_sibling (row))
    if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "list-id")) == list_id)
      gtk_list_box_select_row (self->lists, GTK_LIST_BOX_ROW (row));
}

static void
on_campaign_changed_cb (TtGiftsPage *self)
{
  if (self->db != NULL && self->entry_model != NULL && !self->loading_campaigns)
    refresh_lists (self);
}

static void
load_campaigns (TtGiftsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_autoptr(GPtrArray) all = tt_campaign_list (self->db, NULL);
  gint64 keep = self->campaigns != NULL ? tt_gifts_page_get_campaign (self) : 0;
  guint selected = 0;

  /* Gift lists belong to Tết campaigns; closed ones stay to be looked at and printed. */
  g_clear_pointer (&self->campaigns, g_ptr_array_unref);
  self->campaigns = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_campaign_free);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      TtCampaign *c = all->pdata[i];

      if (!g_str_equal (c->kind, "tet"))
        continue;
      if (c->id == keep)
        selected = self->campaigns->len;
      gtk_string_list_append (names, c->name);
      g_ptr_array_add (self->campaigns, g_steal_pointer (&all->pdata[i]));
    }
  /* Its callers read the lists once the campaign is chosen: not also for each choice on the way
   * (each reading of a province's list takes seconds of a worker). */
  self->loading_campaigns = TRUE;
  gtk_drop_down_set_model (self->campaign, G_LIST_MODEL (names));
  if (selected < self->campaigns->len)
    gtk_drop_down_set_selected (self->campaign, selected);
  self->loading_campaigns = FALSE;
}

/* The lists read again after one was renamed or deleted. */
void
tt_gifts_page_refresh_lists (TtGiftsPage *self)
{
  refresh_lists (self);
}

/* Reads the campaigns again (one was created, changed or closed elsewhere). */
void
tt_gifts_page_reload_campaigns (TtGiftsPage *self)
{
  load_campaigns (self);
  refresh_lists (self);
}

static void
on_campaign_saved_cb (TtGiftsPage *self, gint64 id)
{
  g_signal_emit (self, signals[SIGNAL_CAMPAIGNS_CHANGED], 0);
  tt_gifts_page_reload_campaigns (self);
  for (guint i = 0; i < self->campaigns->len; i++)
    if (((TtCampaign *) self->campaigns->pdata[i])->id == id)
      gtk_drop_down_set_selected (self->campaign, i);
}

static void
new_campaign_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  TtCampaignDialog *dialog = tt_campaign_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->db, 0, "tet");

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_campaign_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- packages and lists ----------------------------------------------------------------- */

GtkWidget *
tt_gifts_page_labelled_entry (GtkBox     *box,
                              const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_box_append (box, entry);
  return entry;
}

const char *
tt_gifts_page_entry_value (AdwMessageDialog *dialog,
                           const char       *key)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), key)));
}


/* A list was built: it is shown. */
void
tt_gifts_page_list_created (TtGiftsPage *self,
                            gint64       list_id)
{
  self->list_id = list_id;
  gtk_editable_set_text (GTK_EDITABLE (self->entry_search), "");
  refresh_lists (self);
}

/* While a list is built the page waits: nothing on it can change the campaign's lists. */
void
tt_gifts_page_set_building (TtGiftsPage *self,
                            gboolean     building)
{
  self->building = building;
  gtk_widget_set_sensitive (GTK_WIDGET (self->pages), !building);
  if (building && TT_IS_WINDOW (tt_gifts_page_parent_window (self)))
    tt_window_toast (TT_WINDOW (tt_gifts_page_parent_window (self)), _("Building the list…"));
}

/* For tests: whether the signing sheet is being read for printing. */
gboolean
tt_gifts_page_is_printing (TtGiftsPage *self)
{
  return self->printing != NULL;
}

/* For tests: whether a new list is being built. */
gboolean
tt_gifts_page_is_building (TtGiftsPage *self)
{
  return self->building;
}

/* ---- delivery --------------------------------------------------------------------------- */

static void
mark_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  GtkSelectionModel *selection = gtk_column_view_get_model (self->entries_view);
  guint position = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));
  const char *status = g_variant_get_string (param, NULL);
  const char *proxy = gtk_editable_get_text (GTK_EDITABLE (self->proxy));
  g_autoptr(TtRecordRow) item = selected_item (self);
  g_autoptr(GError) error = NULL;
  const TtGiftEntry *e = tt_record_row_get (item, &error);
  g_autoptr(GArray) changed = NULL;

  if (e == NULL)
    {
      if (error != NULL)
        tt_gifts_page_show_problem (self, error);
      return;
    }
  if (!tt_gift_list_set_status (self->db, self->list_id, e->household_id, status, NULL,
                                *proxy ? proxy : NULL, NULL, &error) ||
      (changed = tt_gift_list_household_entries (self->db, self->list_id, e->household_id, &error)) == NULL)
    {
      tt_gifts_page_show_problem (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->proxy), "");
  /* Only the household's rows change (a second package is a row of its own): they are read
   * again and redrawn, the list keeps its place (a province's list is not read whole for each
   * household ticked off). */
  for (guint i = 0; i < changed->len; i++)
    tt_query_model_row_changed (self->entry_model, g_array_index (changed, gint64, i));
  update_list_counts (self);
  tt_gifts_page_refresh_coverage (self);
  /* After a delivery the next household is ready; an undone one stays selected. */
  if (!g_str_equal (status, "pending"))
    position = MIN (position + 1, g_list_model_get_n_items (G_LIST_MODEL (self->entry_model)) - 1);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), position);
  update_actions (self);
}

/* Ctrl+F on the place: the search of the list shown. */
static void
focus_search_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (TT_GIFTS_PAGE (widget)->entry_search));
}

/* Undo Delivery: the selected household back to not delivered. */
static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_widget_activate_action (widget, "gifts.mark", "s", "pending");
}

/* ---- adding a household by hand ------------------------------------------------------- */

/* Adds household @id to the list shown, with the reason typed (a second package needs one). */
static void
add_household (TtGiftsPage *self, gint64 id, const char *reason)
{
  g_autoptr(GError) error = NULL;

  if (tt_gift_list_add (self->db, self->list_id, id, 1, reason && *reason ? reason : NULL, &error))
    {
      g_autoptr(GPtrArray) other = tt_support_conflicts (self->db, id, "gift", tt_gifts_page_get_campaign (self), NULL);
      refresh_lists (self);
      if (other != NULL && other->len > 0)
        {
          g_autofree char *joined = NULL;
          g_ptr_array_add (other, NULL);
          joined = g_strjoinv ("\n", (char **) other->pdata);
          g_set_error (&error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                       _("Added. The household already had support in this period:\n%s"), joined);
        }
    }
  if (error != NULL)
    tt_gifts_page_show_problem (self, error);
}

static void
on_household_picked (GObject *instance, gint64 id)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (instance);

  add_household (self, id, self->pick_reason);
}

static void
on_add_household_response_cb (AdwMessageDialog *dialog, const char *response, TtGiftsPage *self)
{
  TtHouseholdFilter f = { .query = tt_gifts_page_entry_value (dialog, "who") };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add"))
    return;
  ids = tt_household_ids (self->db, &f, &error);
  g_free (self->pick_reason);
  self->pick_reason = g_strdup (tt_gifts_page_entry_value (dialog, "reason"));
  /* Namesakes: the clerk picks the one meant by birth year, village and ID number. */
  if (ids != NULL && ids->len > 1)
    tt_household_pick (tt_gifts_page_parent_window (self), self->db, f.query, ids, G_OBJECT (self), on_household_picked);
  else if (ids != NULL && ids->len == 0)
    g_set_error (&error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("No active household matches “%s”."), f.query);
  else if (ids != NULL)
    add_household (self, g_array_index (ids, gint64, 0), self->pick_reason);
  if (error != NULL)
    tt_gifts_page_show_problem (self, error);
}

static void
add_household_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  GtkWidget *who, *reason;
  AdwMessageDialog *dialog;

  if (self->list_id == 0)
    return;
  who = tt_gifts_page_labelled_entry (box, _("Head of household or ID number"));
  reason = tt_gifts_page_labelled_entry (box, _("Reason, only for a second package in this campaign"));
  dialog = tt_ask (tt_gifts_page_parent_window (self), self, _("Add a Household"), NULL, GTK_WIDGET (box), _("_Cancel"), "add",
                   _("_Add"), ADW_RESPONSE_SUGGESTED, "add", G_CALLBACK (on_add_household_response_cb));
  g_object_set_data (G_OBJECT (dialog), "who", who);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
}

/* ---- the widget ------------------------------------------------------------------------- */

/* The category, packages and status columns as wide as the longest text they can hold. */
static void
fit_columns (TtGiftsPage *self)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  g_autoptr(GPtrArray) statuses = g_ptr_array_new_with_free_func (g_free);
  const char *packages[] = { "88", NULL };

  for (guint i = 0; tt_category_nth (i) != NULL; i++)
    g_ptr_array_add (categories, (gpointer) tt_category_label (tt_category_nth (i)));
  g_ptr_array_add (categories, NULL);
  for (guint i = 0; i < tt_gift_statuses.n_values; i++)
    g_ptr_array_add (statuses, g_strdup_printf ("%s 88/88/8888", tt_gift_status_label (tt_values_code (&tt_gift_statuses, i))));
  g_ptr_array_add (statuses, NULL);
  tt_column_view_fit (self->entries_view, COL_CATEGORY, (const char *const *) categories->pdata);
  tt_column_view_fit (self->entries_view, COL_PACKAGES, packages);
  tt_column_view_fit (self->entries_view, COL_STATUS, (const char *const *) statuses->pdata);
}

static void
tt_gifts_page_constructed (GObject *object)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (object);
  static const TtColumnTitle titles[N_COLS] = {
    { NULL, N_("Head of household") }, { NULL, N_("Village") }, { NULL, N_("Category") },
    { NULL, N_("Packages") }, { "delivery", NC_("delivery", "Status") }, { NULL, N_("Received by") },
  };

  G_OBJECT_CLASS (tt_gifts_page_parent_class)->constructed (object);
  /* The households left out: only the rows in sight are made (a province's are hundreds). */
  self->missing_items = g_list_store_new (TT_TYPE_TEXT_ITEM);
  {
    g_autoptr(GtkListItemFactory) factory = tt_text_item_factory ();
    gtk_list_view_set_factory (self->missing, factory);
  }
  gtk_list_view_set_model (self->missing, GTK_SELECTION_MODEL (gtk_no_selection_new (
                             g_object_ref (G_LIST_MODEL (self->missing_items)))));
  /* A row's entry is read (by the window's connection) when the view shows the row. */
  self->entry_model = tt_record_model_new (self->db, &tt_gift_entry_record);
  tt_list_growth_init (&self->growth, GTK_WIDGET (self), self->entry_model);
  {
    GtkSingleSelection *selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->entry_model)));
    gtk_column_view_set_model (self->entries_view, GTK_SELECTION_MODEL (selection));
    g_signal_connect_object (selection, "selection-changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  }
  tt_column_view_add_titled_columns (self->entries_view, titles, N_COLS, COL_HEAD, cell_text, self);
  fit_columns (self);
  {
    GtkWidget *none = gtk_label_new (_("No lists yet. New List… builds one for an area from the poor and "
                                       "near-poor households of the campaign's year."));
    gtk_label_set_wrap (GTK_LABEL (none), TRUE);
    gtk_label_set_justify (GTK_LABEL (none), GTK_JUSTIFY_CENTER);
    g_object_set (none, "margin-top", 24, "margin-bottom", 24, "margin-start", 12, "margin-end", 12, NULL);
    gtk_widget_add_css_class (none, "dim-label");
    gtk_list_box_set_placeholder (self->lists, none);
  }
  if (self->db != NULL)
    {
      load_campaigns (self);
      refresh_lists (self);
    }
}

static void
tt_gifts_page_dispose (GObject *object)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (object);

  if (self->pages != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->pages));
      self->pages = NULL;
      self->content = NULL;
    }
  tt_read_stop (&self->counting);
  tt_read_stop (&self->loading);
  tt_read_stop (&self->printing);
  tt_list_growth_stop (&self->growth);
  g_clear_object (&self->entry_model);
  g_clear_object (&self->missing_items);
  g_clear_pointer (&self->campaigns, g_ptr_array_unref);
  g_clear_pointer (&self->pick_reason, g_free);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_gifts_page_parent_class)->dispose (object);
}

static void
tt_gifts_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (object);

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
tt_gifts_page_class_init (TtGiftsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tt_gifts_page_constructed;
  object_class->dispose = tt_gifts_page_dispose;
  object_class->set_property = tt_gifts_page_set_property;
  properties[PROP_DB] = g_param_spec_object ("db", NULL, NULL, TT_TYPE_DB,
                                             G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-gifts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, content);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, campaign);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, pages);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, entry_search);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_search_cb);
  gtk_widget_class_install_action (widget_class, "gifts.rename-list", NULL, tt_gifts_page_rename_action);
  gtk_widget_class_install_action (widget_class, "gifts.delete-list", NULL, tt_gifts_page_delete_action);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, coverage);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, missing);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, missing_expander);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, lists);
  gtk_widget_class_bind_template_child (widget_class, TtGiftsPage, proxy);
  gtk_widget_class_bind_template_child_full (widget_class, "entries", FALSE,
                                             G_STRUCT_OFFSET (TtGiftsPage, entries_view));
  gtk_widget_class_bind_template_callback (widget_class, on_campaign_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_selected_cb);
  gtk_widget_class_install_action (widget_class, "gifts.new-campaign", NULL, new_campaign_action);
  gtk_widget_class_install_action (widget_class, "gifts.new-package", NULL, tt_gifts_page_new_package_action);
  signals[SIGNAL_CAMPAIGNS_CHANGED] = g_signal_new ("campaigns-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "gifts.new-list", NULL, tt_gifts_page_new_list_action);
  gtk_widget_class_install_action (widget_class, "gifts.mark", "s", mark_action);
  gtk_widget_class_install_action (widget_class, "gifts.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "gifts.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "gifts.print", NULL, tt_gifts_page_print_action);
  gtk_widget_class_install_action (widget_class, "gifts.add-household", NULL, add_household_action);
  gtk_widget_class_install_action (widget_class, "gifts.export-pdf", NULL, tt_gifts_page_export_action);
  gtk_widget_class_install_action (widget_class, "gifts.export-xlsx", NULL, tt_gifts_page_export_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tt_gifts_page_init (TtGiftsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
