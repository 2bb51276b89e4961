/* tt-support-page.c — the other support programmes: livelihood models, health-insurance cards,
 * humanitarian addresses
 *
 * One view per programme, switched at the top, each a list that makes only the rows in sight,
 * narrowed as the head of household's name is typed (without accents as well as with), by
 * commune, by campaign (models and cards) and by what each programme is followed by: a model's
 * kind, the cards ending within 30 days, an address's status. A model opens its chain of holders, oldest first; a card or an address opens
 * the household's record, where support is added.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-addresses.h"
#include "tt-cards.h"
#include "tt-date.h"
#include "tt-form.h"
#include "tt-household-dialog.h"
#include "tt-livelihood.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-place-picker.h"
#include "tt-places.h"
#include "tt-reading.h"
#include "tt-support-page.h"
#include "tt-text.h"

enum { VIEW_MODELS, VIEW_CARDS, VIEW_ADDRESSES, N_VIEWS };

struct _TtSupportPage
{
  GtkWidget        parent_instance;

  TtDb            *db;
  GtkStack        *stack;
  GtkSearchEntry  *search;
  GtkDropDown     *filters[N_VIEWS];
  TtPlacePicker   *place;
  AdwComboRow     *campaign;
  GArray          *campaign_ids;
  GListStore      *items[N_VIEWS];
  GtkLabel        *counts[N_VIEWS];
  GCancellable    *loading;   /* the lists being read on a worker thread */
};

G_DEFINE_FINAL_TYPE (TtSupportPage, tt_support_page, GTK_TYPE_WIDGET)

/* A row of one of the lists: a model stands for its id, a card or an address for its household. */
static void
add_item (GPtrArray *out, char *title, char *subtitle, gint64 id)
{
  g_ptr_array_add (out, tt_text_item_new (title, subtitle, id));
}

static gboolean
matches (const char *wanted, const char *name)
{
  g_autofree char *folded = NULL;

  if (*wanted == '\0')
    return TRUE;
  folded = tt_text_fold (name ? name : "");
  return strstr (folded, wanted) != NULL;
}

/* The campaign the lists are narrowed to, 0 for every one. */
static gint64
chosen_campaign (TtSupportPage *self)
{
  guint k = adw_combo_row_get_selected (self->campaign);

  return self->campaign_ids != NULL && k < self->campaign_ids->len ? g_array_index (self->campaign_ids, gint64, k) : 0;
}

/* What a worker reads: the three lists narrowed as the page shows them, each row made ready. */
typedef struct
{
  char       *wanted;            /* folded */
  const char *model_kind;
  int         expiring_within;
  const char *address_status;
  gint64      campaign_id;
  gint64      place_id;
  GPtrArray  *rows[N_VIEWS];     /* TtTextItem */
} Reading;

static void
reading_free (Reading *r)
{
  g_free (r->wanted);
  for (int v = 0; v < N_VIEWS; v++)
    g_clear_pointer (&r->rows[v], g_ptr_array_unref);
  g_free (r);
}

static gboolean
read_models (TtDb *db, Reading *r, GError **error)
{
  TtLivelihoodFilter f = { .kind = r->model_kind, .campaign_id = r->campaign_id, .place_id = r->place_id };
  g_autoptr(GPtrArray) rows = tt_livelihood_list (db, &f, error);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TtLivelihoodRow *m = rows->pdata[i];
      g_autofree char *value = tt_money_format (m->value);
      if (!matches (r->wanted, m->holder))
        continue;
      add_item (r->rows[VIEW_MODELS], g_strdup_printf (_("Model %lld · %s"), (long long) m->id, m->description),
                g_strdup_printf (g_dngettext (NULL, "%s · %s · held by %s, %s · reached %d household",
                                              "%s · %s · held by %s, %s · reached %d households", m->reached),
                                 tt_values_label (&tt_livelihood_kinds, m->kind), value, m->holder,
                                 m->village ? m->village : "—", m->reached),
                m->id);
    }
  return rows != NULL;
}

static gboolean
read_cards (TtDb *db, Reading *r, GError **error)
{
  TtCardFilter f = { .expiring_within = r->expiring_within, .campaign_id = r->campaign_id, .place_id = r->place_id };
  g_autoptr(GPtrArray) cards = tt_card_list (db, &f, error);

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      TtCard *c = cards->pdata[i];
      g_autofree char *from = tt_date_display (c->from);
      g_autofree char *to = tt_date_display (c->to);
      if (!matches (r->wanted, c->holder))
        continue;
      add_item (r->rows[VIEW_CARDS], g_strdup_printf ("%s · %s", c->card, c->holder),
                g_strdup_printf (_("%s · %s to %s · paid by %s"), c->village ? c->village : "—", from, to,
                                 tt_values_label (&tt_card_payers, c->paid_by)),
                c->household_id);
    }
  return cards != NULL;
}

static gboolean
read_addresses (TtDb *db, Reading *r, GError **error)
{
  TtAddressFilter f = { .status = r->address_status, .place_id = r->place_id };
  g_autoptr(GPtrArray) list = tt_address_list (db, &f, error);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      TtAddress *a = list->pdata[i];
      g_autofree char *helped = tt_money_format (a->helped);
      if (!matches (r->wanted, a->head_name))
        continue;
      add_item (r->rows[VIEW_ADDRESSES], g_strdup_printf ("%s · %s", a->head_name, a->need),
                g_strdup_printf (_("%s · %s · sponsor %s · helped %s%s"), a->village ? a->village : "—", a->status,
                                 a->sponsor ? a->sponsor : "—", helped, a->connected ? _(" · on iNhandao") : ""),
                a->household_id);
    }
  return list != NULL;
}

static gpointer
read_thread (TtDb *reader, gpointer job, GError **error)
{
  Reading *r = job;

  for (int v = 0; v < N_VIEWS; v++)
    r->rows[v] = g_ptr_array_new_with_free_func (g_object_unref);
  if (!read_models (reader, r, error) || !read_cards (reader, r, error) || !read_addresses (reader, r, error))
    return NULL;
  return job;   /* the result is the job, filled */
}

static void
on_read_cb (gpointer owner, gpointer result, gpointer job, const GError *error)
{
  TtSupportPage *self = owner;
  Reading *r = job;

  if (result == NULL)
    {
      for (int v = 0; v < N_VIEWS; v++)
        gtk_label_set_label (self->counts[v], error->message);
      return;
    }
  for (int v = 0; v < N_VIEWS; v++)
    {
      guint n = r->rows[v]->len;
      g_autofree char *line = g_strdup_printf (g_dngettext (NULL, "%u shown", "%u shown", n), n);
      g_list_store_splice (self->items[v], 0, g_list_model_get_n_items (G_LIST_MODEL (self->items[v])),
                           r->rows[v]->pdata, n);
      gtk_label_set_label (self->counts[v], line);
    }
}

/* Reads the three lists again for what is typed and chosen, on a worker thread. */
void
tt_support_page_refresh (TtSupportPage *self)
{
  static const char *const statuses[] = { NULL, "open", "helped", "closed" };
  Reading *r = g_new0 (Reading, 1);
  guint k = gtk_drop_down_get_selected (self->filters[VIEW_MODELS]);
  guint a = gtk_drop_down_get_selected (self->filters[VIEW_ADDRESSES]);

  r->wanted = tt_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->search)));
  r->model_kind = k > 0 && k <= tt_livelihood_kinds.n_values ? tt_livelihood_kinds.values[k - 1].code : NULL;
  r->expiring_within = gtk_drop_down_get_selected (self->filters[VIEW_CARDS]) == 1 ? 30 : 0;
  r->address_status = a < G_N_ELEMENTS (statuses) ? statuses[a] : NULL;
  r->campaign_id = chosen_campaign (self);
  r->place_id = tt_place_picker_get_place (self->place);
  tt_read_in_thread (self, &self->loading, self->db, read_thread, r, (GDestroyNotify) reading_free, NULL,
                     on_read_cb);
}

/* For tests: whether the lists are still being read. */
gboolean
tt_support_page_is_loading (TtSupportPage *self)
{
  return self->loading != NULL;
}

/* A model's holders, oldest first, in a window of their own. */
static void
show_chain (TtSupportPage *self, gint64 model_id)
{
  g_autoptr(TtLivelihood) m = tt_livelihood_get (self->db, model_id, NULL);
  GtkWidget *window, *box, *page;
  AdwPreferencesGroup *group;
  g_autofree char *title = NULL;

  if (m == NULL)
    return;
  title = g_strdup_printf (_("Model %lld · %s"), (long long) m->id, m->description);
  window = g_object_new (ADW_TYPE_WINDOW, "transient-for", gtk_widget_get_root (GTK_WIDGET (self)), "modal", TRUE,
                         "title", title, "default-width", 560, "default-height", 520, NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  page = adw_preferences_page_new ();
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, m->revolving ? _("Holders, Oldest First") : _("Holder"));
  if (m->conditions != NULL)
    adw_preferences_group_set_description (group, m->conditions);
  for (guint i = 0; i < m->chain->len; i++)
    {
      TtLivelihoodHolder *h = m->chain->pdata[i];
      g_autofree char *on = tt_date_display (h->on);
      g_autofree char *row = g_strdup_printf ("%s · %s", on, h->head_name);
      g_autofree char *sub = g_strdup_printf ("%s%s%s", h->village ? h->village : "", h->what ? " · " : "",
                                              h->what ? h->what : "");
      tt_form_info_row (group, row, sub);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_activate_cb (GtkListView *view, guint position, TtSupportPage *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(TtTextItem) item = g_list_model_get_item (model, position);
  TtHouseholdDialog *record;

  if (item == NULL)
    return;
  if (gtk_no_selection_get_model (GTK_NO_SELECTION (model)) == G_LIST_MODEL (self->items[VIEW_MODELS]))
    {
      show_chain (self, tt_text_item_get_id (item));
      return;
    }
  if ((record = tt_household_dialog_edit (self->db, tt_text_item_get_id (item), NULL)) == NULL)
    return;
  gtk_window_set_transient_for (GTK_WINDOW (record), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (record, "destroy", G_CALLBACK (tt_support_page_refresh), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (record));
}

static GtkWidget *
build_view (TtSupportPage *self, int v, GtkDropDown *filter)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GtkListItemFactory) factory = tt_text_item_factory ();
  GtkWidget *list;

  self->items[v] = g_list_store_new (TT_TYPE_TEXT_ITEM);
  self->filters[v] = filter;
  self->counts[v] = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->counts[v]), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->counts[v]), TRUE);
  gtk_label_set_xalign (self->counts[v], 0);
  g_signal_connect_swapped (filter, "notify::selected", G_CALLBACK (tt_support_page_refresh), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->counts[v]));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (filter));
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items[v])))),
                            g_object_ref (factory));
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (list), TRUE);
  gtk_list_view_set_show_separators (GTK_LIST_VIEW (list), TRUE);
  g_signal_connect (list, "activate", G_CALLBACK (on_activate_cb), self);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), tt_page_card_list (list));
  return box;
}

static GtkDropDown *
drop (const char *const *names)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (int i = 0; names[i]; i++)
    gtk_string_list_append (list, names[i]);
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL));
}

static void
on_view_changed_cb (TtSupportPage *self)
{
  /* Addresses belong to no campaign. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->campaign),
                            g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "addresses") != 0);
}

/* The commune and the campaign the lists are narrowed to, side by side. */
static GtkWidget *
build_narrowing (TtSupportPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *places = gtk_list_box_new ();
  GtkWidget *campaigns = gtk_list_box_new ();

  self->place = TT_PLACE_PICKER (tt_place_picker_new (NULL, "commune"));
  tt_place_picker_set_none_label (self->place, _("Every commune"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->place), tt_place_kind_label ("commune"));
  gtk_widget_set_name (GTK_WIDGET (self->place), "place");
  g_signal_connect_swapped (self->place, "chosen", G_CALLBACK (tt_support_page_refresh), self);
  self->campaign = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->campaign), _("Campaign"));
  gtk_widget_set_name (GTK_WIDGET (self->campaign), "campaign");
  g_signal_connect_swapped (self->campaign, "notify::selected", G_CALLBACK (tt_support_page_refresh), self);
  for (GtkWidget **l = (GtkWidget *[]) { places, campaigns, NULL }; *l; l++)
    {
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (*l), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (*l, "boxed-list");
      gtk_widget_set_hexpand (*l, TRUE);
      gtk_box_append (GTK_BOX (box), *l);
    }
  gtk_list_box_append (GTK_LIST_BOX (places), GTK_WIDGET (self->place));
  gtk_list_box_append (GTK_LIST_BOX (campaigns), GTK_WIDGET (self->campaign));
  return box;
}

/* The office's communes and every campaign, once the file is known. */
static void
fill_narrowing (TtSupportPage *self)
{
  g_autofree char *province = tt_office_get (self->db, "province-code");
  g_autoptr(GtkStringList) names = NULL;

  tt_place_picker_set_db (self->place, self->db);
  tt_place_picker_set_within (self->place, province ? tt_place_id_by_code (self->db, province) : 0);
  self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  names = tt_form_campaign_filter (self->db, self->campaign_ids);
  adw_combo_row_set_model (self->campaign, G_LIST_MODEL (names));
}

static void
build (TtSupportPage *self)
{
  const char *cards[] = { _("Every card"), _("Ending within 30 days"), NULL };
  const char *statuses[] = { _("Every address"), _("Open"), _("Helped"), _("Closed"), NULL };
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkWidget *clamp = adw_clamp_new ();

  g_ptr_array_add (kinds, (gpointer) _("Every kind"));
  for (guint i = 0; i < tt_livelihood_kinds.n_values; i++)
    g_ptr_array_add (kinds, (gpointer) _(tt_livelihood_kinds.values[i].label));
  g_ptr_array_add (kinds, NULL);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  /* Only the view shown is measured: the others' rows are laid out when they are shown. */
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_add_titled (self->stack, build_view (self, VIEW_MODELS, drop ((const char *const *) kinds->pdata)),
                        "models", _("Livelihood Models"));
  gtk_stack_add_titled (self->stack, build_view (self, VIEW_CARDS, drop (cards)), "cards", _("Health Insurance"));
  gtk_stack_add_titled (self->stack, build_view (self, VIEW_ADDRESSES, drop (statuses)), "addresses",
                        _("Humanitarian Addresses"));
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->stack);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (on_view_changed_cb), self);
  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  g_object_set (self->search, "placeholder-text", _("Find by head of household or holder"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (tt_support_page_refresh), self);
  gtk_box_append (GTK_BOX (bar), switcher);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (outer), bar);
  gtk_box_append (GTK_BOX (outer), build_narrowing (self));
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->stack));
  g_object_set (outer, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), outer);
  gtk_widget_set_parent (clamp, GTK_WIDGET (self));
}

static void
tt_support_page_dispose (GObject *object)
{
  TtSupportPage *self = TT_SUPPORT_PAGE (object);
  GtkWidget *child;

  tt_read_stop (&self->loading);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (int v = 0; v < N_VIEWS; v++)
    g_clear_object (&self->items[v]);
  g_clear_object (&self->db);
  g_clear_pointer (&self->campaign_ids, g_array_unref);
  G_OBJECT_CLASS (tt_support_page_parent_class)->dispose (object);
}

static void
focus_search_action (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (TT_SUPPORT_PAGE (widget)->search));
}

static void
tt_support_page_class_init (TtSupportPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_support_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "support-page.focus-search", NULL, focus_search_action);
}

static void
tt_support_page_init (TtSupportPage *self)
{
  build (self);
}

TtSupportPage *
tt_support_page_new (TtDb *db)
{
  TtSupportPage *self = g_object_new (TT_TYPE_SUPPORT_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);

  self->db = g_object_ref (db);
  fill_narrowing (self);
  tt_support_page_refresh (self);
  return self;
}

/* For tests: how many rows view @v shows, the title of one, the search box and a filter. */
guint
tt_support_page_n_shown (TtSupportPage *self,
                         guint          v)
{
  return v < N_VIEWS ? g_list_model_get_n_items (G_LIST_MODEL (self->items[v])) : 0;
}

char *
tt_support_page_dup_title (TtSupportPage *self,
                           guint          v,
                           guint          i)
{
  g_autoptr(TtTextItem) item = v < N_VIEWS ? g_list_model_get_item (G_LIST_MODEL (self->items[v]), i) : NULL;

  return item ? g_strdup (tt_text_item_get_title (item)) : NULL;
}

GtkEditable *
tt_support_page_get_search (TtSupportPage *self)
{
  return GTK_EDITABLE (self->search);
}

GtkDropDown *
tt_support_page_get_filter (TtSupportPage *self,
                            guint          v)
{
  return v < N_VIEWS ? self->filters[v] : NULL;
}
