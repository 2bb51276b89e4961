/* tt-place-picker.c — a row showing a province or commune (name and code) that finds another
 * by part of its name or its code
 *
 * Activating the row opens a popover with a search entry over the places of the row's kind
 * (communes within one province when set): the clerk types part of a name without accents, or
 * the start of a code, moves with the arrow keys and takes a place with Enter or a click. The
 * row says "chosen" only for a place the clerk takes; setting the place from code is silent.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-place-picker.h"
#include "tt-places.h"

#define SHOWN_PLACES 100

struct _TtPlacePicker
{
  AdwActionRow        parent_instance;

  TtDb               *db;
  char               *kind;
  char               *none_label;   /* a choice for "no place", or NULL */
  gint64              within;       /* only places under this one (0: anywhere) */
  gint64              place;

  GtkMenuButton      *button;
  GtkPopover         *popover;
  GtkSearchEntry     *search;
  GtkScrolledWindow  *scroller;
  GtkListBox         *list;
  GtkLabel           *hint;
};

G_DEFINE_FINAL_TYPE (TtPlacePicker, tt_place_picker, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DB,
  PROP_KIND,
  PROP_PLACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_place (TtPlacePicker *self)
{
  g_autofree char *name = self->db && self->place ? tt_place_name (self->db, self->place) : NULL;
  g_autofree char *code = self->db && self->place ? tt_place_code (self->db, self->place) : NULL;
  g_autofree char *text = NULL;

  if (name == NULL)
    text = g_strdup (self->none_label ? self->none_label : _("Not chosen"));
  else
    text = code ? g_strdup_printf ("%s · %s", name, code) : g_strdup (name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text);
}

static GtkWidget *
new_place_row (gint64 id, const char *name, const char *code)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name_label = gtk_label_new (name);
  GtkWidget *code_label = gtk_label_new (code);

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_widget_add_css_class (code_label, "dim-label");
  gtk_widget_add_css_class (code_label, "numeric");
  gtk_widget_set_margin_end (box, 12);   /* clear of the scrollbar */
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), code_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "place-id", GSIZE_TO_POINTER ((gsize) id));
  return row;
}

static void
select_row (TtPlacePicker *self, GtkListBoxRow *row)
{
  graphene_rect_t bounds;

  gtk_list_box_select_row (self->list, row);
  if (row != NULL && gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (self->scroller), bounds.origin.y,
                               bounds.origin.y + bounds.size.height);
}

/* The places that match the search text, the first (or the chosen place) selected. */
static void
fill_list (TtPlacePicker *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autoptr(GPtrArray) places = NULL;
  g_autofree char *hint = NULL;
  GtkListBoxRow *chosen = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->db == NULL)
    return;
  if (self->none_label != NULL && *query == '\0')
    gtk_list_box_append (self->list, new_place_row (0, self->none_label, ""));
  places = tt_place_search (self->db, self->kind, self->within, query, SHOWN_PLACES + 1, NULL);
  for (guint i = 0; places != NULL && i < MIN (places->len, SHOWN_PLACES); i++)
    {
      TtPlace *p = places->pdata[i];
      GtkWidget *row = new_place_row (p->id, p->name, p->code ? p->code : "");

      gtk_list_box_append (self->list, row);
      if (p->id == self->place && *query == '\0')
        chosen = GTK_LIST_BOX_ROW (row);
    }
  if (places != NULL && places->len > SHOWN_PLACES)
    hint = g_strdup (_("More places match: type more of the name, or the code."));
  else if (places != NULL && places->len == 0)
    hint = g_strdup_printf (_("No place matches “%s”."), query);
  gtk_label_set_label (self->hint, hint ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint), hint != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->scroller), gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL);
  select_row (self, chosen ? chosen : gtk_list_box_get_row_at_index (self->list, 0));
}

/* The clerk took @id: the row shows it and says so when it is another place. */
static void
choose (TtPlacePicker *self, gint64 id)
{
  gtk_popover_popdown (self->popover);
  if (id == self->place)
    return;
  tt_place_picker_set_place (self, id);
  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0);
}

static void
on_search_changed_cb (TtPlacePicker *self)
{
  fill_list (self);
}

static void
on_search_activate_cb (TtPlacePicker *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row != NULL)
    choose (self, (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "place-id")));
}

static void
on_stop_search_cb (TtPlacePicker *self)
{
  gtk_popover_popdown (self->popover);
}

static void
on_row_activated_cb (TtPlacePicker *self, GtkListBoxRow *row)
{
  choose (self, (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "place-id")));
}

/* Up and Down move through the places while the search entry keeps the focus. */
static gboolean
on_search_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  TtPlacePicker         *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  int index = row ? gtk_list_box_row_get_index (row) : -1;

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    index++;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    index = MAX (index - 1, 0);
  else
    return FALSE;
  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row != NULL)
    select_row (self, row);
  return TRUE;
}

/* Activating the row (a click, Enter or Space on it) opens the search. */
static void
on_activated_cb (TtPlacePicker *self)
{
  gtk_menu_button_popup (self->button);
}

static void
on_popover_show_cb (TtPlacePicker *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  else
    fill_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
tt_place_picker_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  TtPlacePicker *self = TT_PLACE_PICKER (object);

  switch (prop_id)
    {
    case PROP_DB:
      g_value_set_object (value, self->db);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_PLACE:
      g_value_set_int64 (value, self->place);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_place_picker_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  TtPlacePicker *self = TT_PLACE_PICKER (object);

  switch (prop_id)
    {
    case PROP_DB:
      tt_place_picker_set_db (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      g_free (self->kind);
      self->kind = g_value_dup_string (value);
      break;
    case PROP_PLACE:
      tt_place_picker_set_place (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tt_place_picker_dispose (GObject *object)
{
  TtPlacePicker *self = TT_PLACE_PICKER (object);

  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), TT_TYPE_PLACE_PICKER);
  G_OBJECT_CLASS (tt_place_picker_parent_class)->dispose (object);
}

static void
tt_place_picker_finalize (GObject *object)
{
  TtPlacePicker *self = TT_PLACE_PICKER (object);

  g_free (self->kind);
  g_free (self->none_label);
  G_OBJECT_CLASS (tt_place_picker_parent_class)->finalize (object);
}

static void
tt_place_picker_class_init (TtPlacePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tt_place_picker_get_property;
  object_class->set_property = tt_place_picker_set_property;
  object_class->dispose = tt_place_picker_dispose;
  object_class->finalize = tt_place_picker_finalize;

  properties[PROP_DB] = g_param_spec_object ("db", NULL, NULL, TT_TYPE_DB,
                                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "commune",
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] = g_param_spec_int64 ("place", NULL, NULL, 0, G_MAXINT64, 0,
                                               G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-place-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, TtPlacePicker, button);
  gtk_widget_class_bind_template_child (widget_class, TtPlacePicker, popover);
  gtk_widget_class_bind_template_child (widget_class, TtPlacePicker, search);
  gtk_widget_class_bind_template_child (widget_class, TtPlacePicker, scroller);
  gtk_widget_class_bind_template_child (widget_class, TtPlacePicker, list);
  gtk_widget_class_bind_template_child (widget_class, TtPlacePicker, hint);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
}

static void
tt_place_picker_init (TtPlacePicker *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search), keys);
  show_place (self);
}

GtkWidget *
tt_place_picker_new (TtDb       *db,
                     const char *kind)
{
  return g_object_new (TT_TYPE_PLACE_PICKER, "db", db, "kind", kind, NULL);
}

void
tt_place_picker_set_db (TtPlacePicker *self,
                        TtDb          *db)
{
  g_return_if_fail (TT_IS_PLACE_PICKER (self));

  if (g_set_object (&self->db, db))
    {
      show_place (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DB]);
    }
}

/* Offers only the places under @parent_id (a province's communes); 0 offers every place. */
void
tt_place_picker_set_within (TtPlacePicker *self,
                            gint64         parent_id)
{
  g_return_if_fail (TT_IS_PLACE_PICKER (self));

  self->within = parent_id;
}

/* Offers "no place" as a choice, named @label (NULL: no such choice). */
void
tt_place_picker_set_none_label (TtPlacePicker *self,
                                const char    *label)
{
  g_return_if_fail (TT_IS_PLACE_PICKER (self));

  g_free (self->none_label);
  self->none_label = g_strdup (label);
  show_place (self);
}

/* The place shown, or 0. */
gint64
tt_place_picker_get_place (TtPlacePicker *self)
{
  g_return_val_if_fail (TT_IS_PLACE_PICKER (self), 0);

  return self->place;
}

void
tt_place_picker_set_place (TtPlacePicker *self,
                           gint64         place_id)
{
  g_return_if_fail (TT_IS_PLACE_PICKER (self));

  if (self->place == place_id)
    return;
  self->place = place_id;
  show_place (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

/* The official code of the place shown; NULL when none is shown or it has no code. */
char *
tt_place_picker_dup_code (TtPlacePicker *self)
{
  g_return_val_if_fail (TT_IS_PLACE_PICKER (self), NULL);

  return self->db && self->place ? tt_place_code (self->db, self->place) : NULL;
}
