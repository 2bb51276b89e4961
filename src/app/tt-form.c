/* tt-form.c — the keys every form has
 *
 * Ctrl+Enter saves from anywhere in the form (Enter in a one-line field is each form's own);
 * Escape cancels, and asks first when something was typed since the form was shown, so a key
 * pressed by mistake throws nothing away.
 */
#include "config.h"

#include <glib/gi18n.h>

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
