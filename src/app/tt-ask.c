/* tt-ask.c — a question in a message dialog with one answer besides Cancel */
#include "config.h"

#include "tt-ask.h"

/* Presents the question over @parent; @callback gets ("response" signal) @instance first. */
AdwMessageDialog *
tt_ask (GtkWindow             *parent,
        gpointer               instance,
        const char            *heading,
        const char            *body,
        GtkWidget             *extra,
        const char            *cancel_label,
        const char            *response,
        const char            *response_label,
        AdwResponseAppearance  appearance,
        const char            *default_response,
        GCallback              callback)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  if (extra != NULL)
    adw_message_dialog_set_extra_child (dialog, extra);
  adw_message_dialog_add_responses (dialog, "cancel", cancel_label, response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, default_response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", callback, instance, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
