/* tt-twin-ask.c — before a donor is added: is this donor already on file?
 *
 * Core finds the donors the new one may be a second record of (same tax code, or same name with
 * the same or a missing phone). With none, the caller goes on at once; otherwise the clerk sees
 * them (name, address, phone) and uses one, adds the new donor anyway, or goes back to the form.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-twin-ask.h"

static void
on_response_cb (AdwMessageDialog *dialog, const char *response, GObject *instance)
{
  TtTwinFunc func = g_object_get_data (G_OBJECT (dialog), "func");
  GPtrArray *twins = g_object_get_data (G_OBJECT (dialog), "twins");

  if (g_str_equal (response, "new"))
    func (instance, 0);
  else if (g_str_has_prefix (response, "use-"))
    {
      guint64 i = g_ascii_strtoull (response + 4, NULL, 10);
      if (i < twins->len)
        func (instance, ((TtDonor *) twins->pdata[i])->id);
    }
}

void
tt_twin_ask (GtkWindow          *parent,
             TtDb               *db,
             const TtDonorInput *input,
             GObject            *instance,
             TtTwinFunc          func)
{
  g_autoptr(GPtrArray) twins = tt_donor_twins (db, input, NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;
  guint shown;

  if (twins == NULL || twins->len == 0)
    {
      func (instance, 0);
      return;
    }
  shown = MIN (twins->len, 3);
  g_string_append (body, g_dngettext (GETTEXT_PACKAGE, "This donor may already be on file:",
                                      "These donors may already be on file:", twins->len));
  for (guint i = 0; i < twins->len; i++)
    {
      TtDonor *d = twins->pdata[i];
      g_string_append_printf (body, "\n• %s", d->name);
      if (d->address != NULL)
        g_string_append_printf (body, " · %s", d->address);
      if (d->phone != NULL)
        g_string_append_printf (body, " · %s", d->phone);
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Already a Donor?"), body->str));
  adw_message_dialog_add_response (dialog, "cancel", _("_Back"));
  for (guint i = 0; i < shown; i++)
    {
      g_autofree char *id = g_strdup_printf ("use-%u", i);
      g_autofree char *label = shown == 1 ? g_strdup (_("_Use This Donor"))
                                          : g_strdup_printf (_("Use %s (%u)"), ((TtDonor *) twins->pdata[i])->name, i + 1);
      adw_message_dialog_add_response (dialog, id, label);
    }
  adw_message_dialog_add_response (dialog, "new", _("_Add a New Donor"));
  adw_message_dialog_set_response_appearance (dialog, "use-0", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "use-0");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "func", func);
  g_object_set_data_full (G_OBJECT (dialog), "twins", g_steal_pointer (&twins), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), instance, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
