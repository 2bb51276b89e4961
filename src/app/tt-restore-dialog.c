/* tt-restore-dialog.c — choosing a backup to put in place of the office file
 *
 * Lists the office's automatic backups, newest first, with when and why each was made, and
 * lets the clerk pick any other backup file. The choice is confirmed in words that say what
 * happens to the current file; a backup of another office asks once more. The restore itself
 * (checking the backup, keeping the replaced file, reopening the office) is the application's.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-application.h"
#include "tt-ask.h"
#include "tt-backup.h"
#include "tt-form.h"
#include "tt-restore-dialog.h"

typedef struct
{
  TtWindow *window;
  char     *chosen;
  gboolean  force;
} Restore;

static void
restore_free (Restore *r)
{
  g_free (r->chosen);
  g_free (r);
}

static const char *
reason_label (const char *reason)
{
  if (g_strcmp0 (reason, "close") == 0)
    return _("When the app was closed after changes");
  if (g_strcmp0 (reason, "upgrade") == 0)
    return _("Before the office file was upgraded");
  if (g_strcmp0 (reason, "import") == 0)
    return _("Before an import");
  if (g_strcmp0 (reason, "restore") == 0)
    return _("The file a restore replaced");
  return _("Made by hand");
}

/* “30/11/2026 21:54” for a backup of ours, its file name otherwise. */
static char *
backup_when (const char *path)
{
  g_autoptr(GDateTime) when = NULL;

  if (tt_backup_describe (path, &when, NULL))
    return g_date_time_format (when, "%d/%m/%Y %H:%M:%S");
  return g_path_get_basename (path);
}

/* Runs once the question has gone: the restore closes this dialog and the office window. */
static gboolean
restore_chosen (gpointer data)
{
  GtkWindow *dialog = data;
  Restore *r = g_object_get_data (G_OBJECT (dialog), "restore");
  g_autofree char *backup = g_strdup (r->chosen);
  TtWindow *window = r->window;
  gboolean force = r->force;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  gtk_window_destroy (dialog);
  tt_application_restore_office (TT_APPLICATION (app), window, backup, force);
  g_object_unref (dialog);
  return G_SOURCE_REMOVE;
}

static void
on_confirm_cb (AdwMessageDialog *ask, const char *response, GtkWindow *dialog)
{
  if (g_str_equal (response, "restore"))
    g_idle_add (restore_chosen, g_object_ref (dialog));
}

static void
choose (GtkWindow *dialog, const char *backup)
{
  Restore *r = g_object_get_data (G_OBJECT (dialog), "restore");
  g_autofree char *ours = tt_db_get_setting (tt_window_get_db (r->window), "office-uuid");
  g_autofree char *theirs = NULL;
  g_autofree char *name = NULL;
  g_autofree char *when = backup_when (backup);
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;

  if (!tt_backup_read_office (backup, &theirs, &name, &error))
    {
      tt_ask (dialog, dialog, _("This Backup Cannot Be Used"), error->message, NULL, _("_Close"), "choose",
              _("Choose _Another"), ADW_RESPONSE_DEFAULT, "choose", G_CALLBACK (on_confirm_cb));
      return;
    }
  g_free (r->chosen);
  r->chosen = g_strdup (backup);
  r->force = ours != NULL && theirs != NULL && !g_str_equal (ours, theirs);
  if (!r->force)
    {
      body = g_strdup_printf (_("The office file will be replaced by the backup of %s. What was entered "
                                "since then is kept in a backup of the current file, which this list "
                                "can restore again."), when);
      tt_ask (dialog, dialog, _("Restore This Backup?"), body, NULL, _("_Cancel"), "restore", _("_Restore"),
              ADW_RESPONSE_DESTRUCTIVE, "cancel", G_CALLBACK (on_confirm_cb));
    }
  else
    {
      body = g_strdup_printf (_("The backup of %s belongs to another office, “%s”. The office file will be "
                                "replaced by it; the current file is kept as a backup."),
                              when, name ? name : "?");
      tt_ask (dialog, dialog, _("Restore a Backup of Another Office?"), body, NULL, _("_Cancel"), "restore",
              _("_Restore Anyway"), ADW_RESPONSE_DESTRUCTIVE, "cancel", G_CALLBACK (on_confirm_cb));
    }
}

static void
on_row_restore_cb (GtkButton *button, GtkWindow *dialog)
{
  choose (dialog, g_object_get_data (G_OBJECT (button), "path"));
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser, int response, GtkWindow *dialog)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        choose (dialog, path);
    }
  g_object_unref (chooser);
}

static void
on_other_file_cb (GtkWindow *dialog)
{
  Restore *r = g_object_get_data (G_OBJECT (dialog), "restore");
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Choose a Backup File"), dialog,
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                                               _("_Cancel"));
  g_autofree char *dir = tt_backup_dir (tt_db_get_path (tt_window_get_db (r->window)));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Office files"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
backup_row (GtkWindow *dialog, const char *path)
{
  g_autofree char *when = backup_when (path);
  const char *reason = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  g_autofree char *size = g_format_size (info ? g_file_info_get_size (info) : 0);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

  tt_backup_describe (path, NULL, &reason);
  subtitle = g_strdup_printf ("%s · %s", reason_label (reason), size);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "path", g_strdup (path), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_restore_cb), dialog);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

/* Presents the list of backups of @window's office. */
GtkWindow *
tt_restore_dialog_show (TtWindow *window)
{
  const char *office = tt_db_get_path (tt_window_get_db (window));
  g_autoptr(GPtrArray) backups = tt_backup_list (office);
  g_autofree char *dir = tt_backup_dir (office);
  g_autofree char *description = g_strdup_printf (_("Made when the app closes after changes, before "
                                                    "upgrades, imports and restores, in “%s”."), dir);
  GtkWindow *dialog = GTK_WINDOW (adw_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *other = adw_preferences_group_new ();
  GtkWidget *other_row = adw_action_row_new ();
  Restore *r = g_new0 (Restore, 1);

  r->window = window;
  g_object_set_data_full (G_OBJECT (dialog), "restore", r, (GDestroyNotify) restore_free);
  gtk_window_set_title (dialog, _("Restore from Backup"));
  gtk_window_set_modal (dialog, TRUE);
  gtk_window_set_transient_for (dialog, GTK_WINDOW (window));
  gtk_window_set_default_size (dialog, 600, 560);
  tt_form_keys (dialog, NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Backups"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  for (guint i = 0; i < backups->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), backup_row (dialog, backups->pdata[i]));
  if (backups->len == 0)
    {
      GtkWidget *none = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _("No backups yet"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), none);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (other_row), _("_Other Backup File…"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (other_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (other_row), _("A copy saved with Back Up Office File, or from another computer"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (other_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (other_row), gtk_image_new_from_icon_name ("document-open-symbolic"));
  g_signal_connect_swapped (other_row, "activated", G_CALLBACK (on_other_file_cb), dialog);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (other), other_row);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (other));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (dialog), box);
  gtk_window_present (dialog);
  return dialog;
}
