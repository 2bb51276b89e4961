/* tt-household-pick.c — choosing one household among several that match what was typed
 *
 * Namesakes are common; the clerk tells them apart by birth year, village and the last digits
 * of the ID number (masked, as on anything shown to others), and picks one with a click or
 * Enter.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-household-pick.h"
#include "tt-households.h"
#include "tt-text.h"

#define SHOWN 30

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
on_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, AdwMessageDialog *dialog)
{
  TtHouseholdPicked func = g_object_get_data (G_OBJECT (dialog), "func");
  g_autoptr(GObject) instance = g_weak_ref_get (g_object_get_data (G_OBJECT (dialog), "instance"));
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "household"));

  if (instance != NULL)
    func (instance, id);
  gtk_window_close (GTK_WINDOW (dialog));
}

static GtkWidget *
household_row (TtDb *db, gint64 id)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, id, NULL);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();

  if (h == NULL)
    return NULL;
  if (h->head_birth_year > 0)
    g_string_append_printf (subtitle, _("born %d"), h->head_birth_year);
  if (h->village_name != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", h->village_name);
  else if (h->commune_name != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", h->commune_name);
  if (h->id_number != NULL)
    {
      g_autofree char *masked = tt_text_mask_id (h->id_number);
      g_string_append_printf (subtitle, "%s%s %s", subtitle->len ? " · " : "", _("ID"), masked);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), h->head_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "household", GSIZE_TO_POINTER (id));
  return row;
}

/* Asks which of the households @ids (all matching @typed) is meant; @func gets it. */
void
tt_household_pick (GtkWindow         *parent,
                   TtDb              *db,
                   const char        *typed,
                   GArray            *ids,
                   GObject           *instance,
                   TtHouseholdPicked  func)
{
  g_autofree char *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household matches “%s”.",
                                                        "%u households match “%s”.", ids->len),
                                           ids->len, typed);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Which Household?"), body));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < MIN (ids->len, SHOWN); i++)
    {
      GtkWidget *row = household_row (db, g_array_index (ids, gint64, i));
      if (row != NULL)
        gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  adw_message_dialog_set_extra_child (dialog, scroller);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "func", func);
  {
    GWeakRef *ref = g_new0 (GWeakRef, 1);
    g_weak_ref_init (ref, instance);
    g_object_set_data_full (G_OBJECT (dialog), "instance", ref, weak_ref_free);
  }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated_cb), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
