/* tt-form.c — the keys every form has
 *
 * Ctrl+Enter saves from anywhere in the form (Enter in a one-line field is each form's own);
 * Escape cancels, and asks first when something was typed since the form was shown, so a key
 * pressed by mistake throws nothing away.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-campaigns.h"
#include "tt-form.h"

/* Every text field of @widget's tree, in order, as "text\x1f…". */
static void
collect_texts (GtkWidget *widget, GString *out)
{
  if (GTK_IS_EDITABLE (widget) && gtk_editable_get_delegate (GTK_EDITABLE (widget)) == NULL)
    {
      g_string_append (out, gtk_editable_get_text (GTK_EDITABLE (widget)));
      g_string_append_c (out, '\x1f');
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_texts (c, out);
}

static char *
texts_of (GtkWindow *form)
{
  GString *out = g_string_new (NULL);

  collect_texts (GTK_WIDGET (form), out);
  return g_string_free (out, FALSE);
}

static void
on_map_cb (GtkWindow *form)
{
  g_object_set_data_full (G_OBJECT (form), "tt-form-shown", texts_of (form), g_free);
}

static void
on_discard_cb (AdwMessageDialog *dialog, const char *response, GtkWindow *form)
{
  if (g_str_equal (response, "discard"))
    gtk_window_destroy (form);
}

/* Closes the form, asking first when what it holds is not what it was shown with. */
void
tt_form_cancel (GtkWindow *form)
{
  const char *shown = g_object_get_data (G_OBJECT (form), "tt-form-shown");
  g_autofree char *now = texts_of (form);
  AdwMessageDialog *ask;

  if (shown == NULL || g_str_equal (shown, now))
    {
      gtk_window_close (form);
      return;
    }
  ask = ADW_MESSAGE_DIALOG (adw_message_dialog_new (form, _("Discard What Was Typed?"),
                                                    _("The form is closed without saving.")));
  adw_message_dialog_add_responses (ask, "keep", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ask, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ask, "keep");
  adw_message_dialog_set_close_response (ask, "keep");
  g_signal_connect_object (ask, "response", G_CALLBACK (on_discard_cb), form, 0);
  gtk_window_present (GTK_WINDOW (ask));
}

static gboolean
on_escape_cb (GtkWidget *widget, GVariant *args, gpointer data)
{
  tt_form_cancel (GTK_WINDOW (widget));
  return TRUE;
}

static gboolean
on_save_cb (GtkWidget *widget, GVariant *args, gpointer data)
{
  TtFormSave save = data;

  save (widget);
  return TRUE;
}

/* Gives @form its keys: Ctrl+Enter calls @save (when given), Escape cancels. */
void
tt_form_keys (GtkWindow  *form,
              TtFormSave  save)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (on_escape_cb, NULL, NULL)));
  if (save != NULL)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_alternative_trigger_new (
                                                              gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                              gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK)),
                                                            gtk_callback_action_new (on_save_cb, save, NULL)));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (form), keys);
  g_signal_connect (form, "map", G_CALLBACK (on_map_cb), NULL);
}

static void
on_save_clicked_cb (GtkButton *button, GtkWindow *form)
{
  TtFormSave save = g_object_get_data (G_OBJECT (button), "save");

  save (GTK_WIDGET (form));
}

/* Puts @content in the frame every form has: a header with Cancel and Save that stays in sight,
 * the refusal line under it, the fields scrolling beneath, and the form's keys. Returns the
 * refusal line. */
GtkLabel *
tt_form_frame (GtkWindow  *form,
               GtkWidget  *content,
               TtFormSave  save)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *ok = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *error = gtk_label_new (NULL);

  gtk_widget_add_css_class (ok, "suggested-action");
  g_object_set_data (G_OBJECT (ok), "save", save);
  g_signal_connect (ok, "clicked", G_CALLBACK (on_save_clicked_cb), form);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), form);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), ok);

  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  gtk_widget_set_name (error, "error_label");
  g_object_set (error, "margin-start", 18, "margin-end", 18, "margin-top", 12, NULL);

  g_object_set (content, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 600);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), error);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (form), box);
  tt_form_keys (form, save);
  return GTK_LABEL (error);
}

/* The campaigns a new document can go to: "None", then every open campaign; @ids gets their
 * ids in the same order (0 for none). */
GtkStringList *
tt_form_campaign_choices (TtDb   *db,
                          GArray *ids)
{
  g_autoptr(GPtrArray) list = tt_campaign_list (db, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, C_("campaign", "None"));
  g_array_append_val (ids, none);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      TtCampaign *c = list->pdata[i];
      if (c->closed)
        continue;
      gtk_string_list_append (names, c->name);
      g_array_append_val (ids, c->id);
    }
  return names;
}

/* Every campaign, closed ones too, after "Every campaign": the choices of a list narrowed to
 * one; @ids gets the campaign of each choice (0 for every one). */
GtkStringList *
tt_form_campaign_filter (TtDb   *db,
                         GArray *ids)
{
  g_autoptr(GPtrArray) list = tt_campaign_list (db, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 every = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, _("Every campaign"));
  g_array_append_val (ids, every);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      TtCampaign *c = list->pdata[i];
      gtk_string_list_append (names, c->name);
      g_array_append_val (ids, c->id);
    }
  return names;
}

/* A one-line field of a form (@title with its mnemonic): Enter in it calls @activated. */
AdwEntryRow *
tt_form_entry_row (AdwPreferencesGroup *group,
                   const char          *title,
                   GCallback            activated,
                   gpointer             data)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect_swapped (row, "entry-activated", activated, data);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

/* A choice of a form (@title with its mnemonic). */
AdwComboRow *
tt_form_combo_row (AdwPreferencesGroup *group,
                   const char          *title)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

GtkWidget *
tt_page_empty (const char *icon,
               const char *title,
               const char *description,
               const char *button,
               const char *action)
{
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *first = gtk_button_new_with_mnemonic (button);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), description);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (first), action);
  gtk_widget_add_css_class (first, "suggested-action");
  gtk_widget_add_css_class (first, "pill");
  gtk_widget_set_halign (first, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), first);
  return empty;
}

GtkWidget *
tt_page_scroller (GtkWidget *content,
                  int        max_width)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  g_object_set (content, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), max_width);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  return scroller;
}

/* A place's content clamped, not scrolling: a long list in it scrolls by itself. */
GtkWidget *
tt_page_clamped (GtkWidget *content,
                 int        max_width)
{
  GtkWidget *clamp = adw_clamp_new ();

  g_object_set (content, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), max_width);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  return clamp;
}

/* A long list (a GtkListView that makes only the rows in sight) in a card that fills the height
 * left and scrolls. */
GtkWidget *
tt_page_card_list (GtkWidget *list)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), FALSE);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_overflow (scroller, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (scroller, "card");
  return scroller;
}

struct _TtTextItem
{
  GObject  parent_instance;
  char    *title;
  char    *subtitle;
  gint64   id;         /* what the row stands for (a household, a model…) */
};

G_DEFINE_FINAL_TYPE (TtTextItem, tt_text_item, G_TYPE_OBJECT)

static void
tt_text_item_finalize (GObject *object)
{
  TtTextItem *self = TT_TEXT_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  G_OBJECT_CLASS (tt_text_item_parent_class)->finalize (object);
}

static void
tt_text_item_class_init (TtTextItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_text_item_finalize;
}

static void tt_text_item_init (TtTextItem *self) { }

/* Takes @title and @subtitle. */
TtTextItem *
tt_text_item_new (char   *title,
                  char   *subtitle,
                  gint64  id)
{
  TtTextItem *self = g_object_new (TT_TYPE_TEXT_ITEM, NULL);

  self->title = title;
  self->subtitle = subtitle;
  self->id = id;
  return self;
}

gint64
tt_text_item_get_id (TtTextItem *item)
{
  return item->id;
}

const char *
tt_text_item_get_title (TtTextItem *item)
{
  return item->title;
}

static void
on_text_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *texts = tt_list_texts_new ();

  g_object_set (texts, "margin-top", 9, "margin-bottom", 9, "margin-start", 12, "margin-end", 12, NULL);
  gtk_list_item_set_child (item, texts);
}

static void
on_text_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  TtTextItem *text = gtk_list_item_get_item (item);

  tt_list_texts_set (gtk_list_item_get_child (item), text->title, text->subtitle);
}

GtkListItemFactory *
tt_text_item_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_text_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_text_bind_cb), NULL);
  return factory;
}

static gboolean
on_row_tooltip_cb (GtkWidget  *widget,
                   int         x,
                   int         y,
                   gboolean    keyboard,
                   GtkTooltip *tooltip,
                   gpointer    data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "tt-row-tooltip");

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* gtk_widget_set_tooltip_text() asks the display where the pointer is whenever it is called on a
 * shown widget (a round trip to the X server): sixty rows of a list took 20-30 ms for it. */
void
tt_widget_set_row_tooltip (GtkWidget  *widget,
                           const char *text)
{
  if (g_object_get_data (G_OBJECT (widget), "tt-row-tooltip-cb") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_row_tooltip_cb), NULL);
      g_object_set_data (G_OBJECT (widget), "tt-row-tooltip-cb", GINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (G_OBJECT (widget), "tt-row-tooltip", g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

GtkWidget *
tt_list_texts_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  return box;
}

void
tt_list_texts_set (GtkWidget  *texts,
                   const char *title,
                   const char *subtitle)
{
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (texts)), title);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (texts)), subtitle);
}

void
tt_form_info_row (AdwPreferencesGroup *group,
                  const char          *title,
                  const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
}

GtkLabel *
tt_form_note (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_xalign (label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  return label;
}

typedef struct
{
  AdwComboRow     *choice;
  AdwEntryRow     *fields[8];
  int              n;
  GtkLabel        *error;
  GtkLabel        *warning;
  TtSmallFormRun   run;
  TtSmallFormDone  done;
  gpointer         data;
} SmallForm;

static gboolean
small_form_save (GtkWidget *window)
{
  SmallForm *f = g_object_get_data (G_OBJECT (window), "small-form");
  g_autoptr(GError) error = NULL;

  if (!f->run (GTK_WINDOW (window), f->data, &error))
    {
      gtk_label_set_label (f->error, error ? error->message : "");
      gtk_widget_set_visible (GTK_WIDGET (f->error), TRUE);
      return FALSE;
    }
  if (f->done != NULL)
    f->done (f->data);
  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}

static void
on_small_field_activated_cb (GtkWidget *window)
{
  small_form_save (window);
}

GtkWindow *
tt_small_form_new (GtkWindow          *parent,
                   const char         *title,
                   const char         *choice_title,
                   const char *const  *titles,
                   int                 n,
                   TtSmallFormRun      run,
                   TtSmallFormDone     done,
                   gpointer            data)
{
  GtkWidget *window = g_object_new (ADW_TYPE_WINDOW, "transient-for", parent, "modal", TRUE, "title", title,
                                    "default-width", 520, "default-height", 480, NULL);
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  SmallForm *f = g_new0 (SmallForm, 1);

  f->run = run;
  f->done = done;
  f->data = data;
  f->n = MIN (n, (int) G_N_ELEMENTS (f->fields));
  if (choice_title != NULL)
    {
      f->choice = tt_form_combo_row (group, choice_title);
      gtk_widget_set_name (GTK_WIDGET (f->choice), "choice_row");
    }
  for (int i = 0; i < f->n; i++)
    {
      g_autofree char *name = g_strdup_printf ("field%d", i);
      f->fields[i] = tt_form_entry_row (group, titles[i], G_CALLBACK (on_small_field_activated_cb), window);
      gtk_widget_set_name (GTK_WIDGET (f->fields[i]), name);
    }
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (group));
  f->warning = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (f->warning, TRUE);
  gtk_label_set_xalign (f->warning, 0);
  gtk_widget_add_css_class (GTK_WIDGET (f->warning), "warning");
  gtk_widget_set_name (GTK_WIDGET (f->warning), "warning");
  gtk_widget_set_visible (GTK_WIDGET (f->warning), FALSE);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (f->warning));
  g_object_set_data_full (G_OBJECT (window), "small-form", f, g_free);
  f->error = tt_form_frame (GTK_WINDOW (window), inner, small_form_save);
  return GTK_WINDOW (window);
}

AdwComboRow *
tt_small_form_choice (GtkWindow *form)
{
  SmallForm *f = g_object_get_data (G_OBJECT (form), "small-form");

  return f ? f->choice : NULL;
}

AdwEntryRow *
tt_small_form_field (GtkWindow *form,
                     int        i)
{
  SmallForm *f = g_object_get_data (G_OBJECT (form), "small-form");

  return f && i >= 0 && i < f->n ? f->fields[i] : NULL;
}

/* The text of field @i, or NULL when it is empty. */
const char *
tt_small_form_text (GtkWindow *form,
                    int        i)
{
  AdwEntryRow *row = tt_small_form_field (form, i);
  const char *text = row ? gtk_editable_get_text (GTK_EDITABLE (row)) : NULL;

  return text != NULL && *text != '\0' ? text : NULL;
}

/* Shows @text under the fields as something to know before saving, not a refusal. */
void
tt_small_form_warn (GtkWindow  *form,
                    const char *text)
{
  SmallForm *f = g_object_get_data (G_OBJECT (form), "small-form");

  if (f == NULL)
    return;
  gtk_label_set_label (f->warning, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (f->warning), text != NULL && *text != '\0');
}
