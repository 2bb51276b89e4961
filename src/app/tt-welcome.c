/* tt-welcome.c — first start: create the office, or try a demo office
 *
 * The form writes every field with tt_office_set() in one transaction, so a bad value (a
 * bank BIN that is not six digits) leaves the office file as it was and says which field.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-office.h"
#include "tt-value-row.h"
#include "tt-welcome.h"

struct _TtWelcome
{
  GtkWidget    parent_instance;

  AdwEntryRow *name_row;
  AdwComboRow *level_row;
  AdwEntryRow *parent_row;
  AdwEntryRow *address_row;
  AdwEntryRow *head_row;
  AdwEntryRow *accountant_row;
  AdwEntryRow *cashier_row;
  AdwEntryRow *clerk_row;
  AdwComboRow *paper_row;
  AdwEntryRow *bank_name_row;
  AdwEntryRow *bank_bin_row;
  AdwEntryRow *bank_account_row;
  GtkLabel    *error_label;
  GtkButton   *create_button;
  GtkButton   *demo_button;
};

enum {
  SIGNAL_CREATE,
  SIGNAL_DEMO,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtWelcome, tt_welcome, GTK_TYPE_WIDGET)

static void
on_create_clicked_cb (TtWelcome *self)
{
  g_signal_emit (self, signals[SIGNAL_CREATE], 0);
}

static void
on_demo_clicked_cb (TtWelcome *self)
{
  g_signal_emit (self, signals[SIGNAL_DEMO], 0);
}

static void
tt_welcome_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TT_TYPE_WELCOME);
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
      gtk_widget_unparent (child);
  }
  G_OBJECT_CLASS (tt_welcome_parent_class)->dispose (object);
}

static void
tt_welcome_class_init (TtWelcomeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_welcome_dispose;

  signals[SIGNAL_CREATE] = g_signal_new ("create-office", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_DEMO] = g_signal_new ("open-demo", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, name_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, level_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, parent_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, address_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, head_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, accountant_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, cashier_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, clerk_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, paper_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, bank_name_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, bank_bin_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, bank_account_row);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, error_label);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, create_button);
  gtk_widget_class_bind_template_child (widget_class, TtWelcome, demo_button);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_demo_clicked_cb);
}

static gboolean
on_create_shortcut_cb (GtkWidget *widget, GVariant *args, gpointer data)
{
  on_create_clicked_cb (TT_WELCOME (widget));
  return TRUE;
}

static void
tt_welcome_init (TtWelcome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tt_value_row_fill (self->level_row, &tt_office_levels, NULL);
  tt_value_row_fill (self->paper_row, &tt_paper_sizes, NULL);
  /* Enter in any field creates the office, as Ctrl+Enter does anywhere in the form. */
  {
    AdwEntryRow *rows[] = { self->name_row, self->parent_row, self->address_row, self->head_row,
                            self->accountant_row, self->cashier_row, self->clerk_row, self->bank_name_row,
                            self->bank_bin_row, self->bank_account_row };
    GtkEventController *keys = gtk_shortcut_controller_new ();

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      g_signal_connect_swapped (rows[i], "entry-activated", G_CALLBACK (on_create_clicked_cb), self);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_alternative_trigger_new (
                                                              gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                              gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK)),
                                                            gtk_callback_action_new (on_create_shortcut_cb, NULL, NULL)));
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }
}

/* Puts the cursor in the first field: a new office starts with its name. */
void
tt_welcome_focus (TtWelcome *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

void
tt_welcome_show_error (TtWelcome  *self,
                       const char *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
save_fields (TtWelcome *self, TtDb *db, GError **error)
{
  struct { const char *key; AdwEntryRow *row; } fields[] = {
    { "parent", self->parent_row }, { "address", self->address_row }, { "head", self->head_row },
    { "accountant", self->accountant_row }, { "cashier", self->cashier_row }, { "clerk", self->clerk_row },
    { "bank-name", self->bank_name_row }, { "bank-bin", self->bank_bin_row },
    { "bank-account", self->bank_account_row },
  };
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autoptr(GPtrArray) settings = g_ptr_array_new ();

  g_ptr_array_add (settings, (gpointer) "level");
  g_ptr_array_add (settings, (gpointer) tt_value_row_get (self->level_row));
  g_ptr_array_add (settings, (gpointer) "receipt-paper");
  g_ptr_array_add (settings, (gpointer) tt_value_row_get (self->paper_row));
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_ptr_array_add (settings, (gpointer) fields[i].key);
      g_ptr_array_add (settings, (gpointer) gtk_editable_get_text (GTK_EDITABLE (fields[i].row)));
    }
  g_ptr_array_add (settings, NULL);
  return tt_office_setup (db, name, (const char *const *) settings->pdata, error);
}

/* Writes the office from the form; on a bad field nothing is written and the form says why. */
gboolean
tt_welcome_save (TtWelcome  *self,
                 TtDb       *db,
                 GError    **error)
{
  g_autoptr(GError) local = NULL;

  if (!save_fields (self, db, &local))
    {
      tt_welcome_show_error (self, local->message);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  tt_welcome_show_error (self, NULL);
  return TRUE;
}
