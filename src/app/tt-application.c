/* tt-application.c — the application: actions, office file, windows
 *
 * `tuong-than [FILE]` opens that office file; without one, the last office (GSettings) or
 * the default office file under the user's data folder. The app runs once per user session:
 * a second launch hands its file to the running app (D-Bus), which presents the window that
 * has it open or opens a new one, so one office file is open in one window only. Without a
 * session bus each launch runs on its own.
 *
 * The office a launch starts on is opened on a thread of its own while GTK starts (the file
 * probed, its schema read, any migration run), so that the window has it as soon as it can be
 * built.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-application.h"
#include "tt-help.h"
#include "tt-locale.h"
#include "tt-busy.h"
#include "tt-restore.h"
#include "tt-window.h"

/* The office being opened while GTK starts. */
typedef struct
{
  char    *path;
  TtDb    *db;
  GError  *error;
} Opening;

struct _TtApplication
{
  AdwApplication  parent_instance;
  GSettings      *settings;
  gboolean        launched;       /* from the command line, which named... */
  gboolean        launch_named;   /* ...a file... */
  char           *launch_path;    /* ...at this local path (or none: the last office) */
  GThread        *opening;        /* returns its Opening */
};

G_DEFINE_FINAL_TYPE (TtApplication, tt_application, ADW_TYPE_APPLICATION)

static void
show_error (TtApplication *self, const char *path, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                              _("Cannot open the office file"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", path, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* For bench/bench-startup and the install test: print when the first frame has been drawn and
 * the title of the place shown (in the user's language), then quit. */
static void
on_first_frame_cb (GdkFrameClock *clock, GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  if (TT_IS_WINDOW (window))
    g_print ("section %s\n", tt_window_get_section_title (TT_WINDOW (window)));
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, app);
  g_application_quit (app);
}

static void
on_window_realize_cb (GtkWidget *window, GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_first_frame_cb), app);
}

static void
quit_later_cb (gpointer app)
{
  g_application_quit (G_APPLICATION (app));
}

/* The window that has @path open, if any: one office file is open in one window only, so two
 * windows never write the same file at once. */
static TtWindow *
window_for_path (TtApplication *self, const char *path)
{
  g_autoptr(GFile) wanted = g_file_new_for_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      TtDb *db = TT_IS_WINDOW (l->data) ? tt_window_get_db (l->data) : NULL;
      g_autoptr(GFile) open = db ? g_file_new_for_path (tt_db_get_path (db)) : NULL;

      if (open != NULL && g_file_equal (open, wanted))
        return l->data;
    }
  return NULL;
}

static gpointer
open_in_thread (gpointer data)
{
  Opening *o = data;

  o->db = tt_db_open (o->path, &o->error);
  return o;
}

static void
start_opening (TtApplication *self, const char *path)
{
  Opening *o = g_new0 (Opening, 1);

  o->path = g_strdup (path);
  self->opening = g_thread_new ("tt-open", open_in_thread, o);
}

/* The office opened at start when it is @path's (TRUE, with @db or @error set); the opening
 * waited for, and dropped when it is another file's. */
static gboolean
take_opened (TtApplication *self, const char *path, TtDb **db, GError **error)
{
  Opening *o;
  gboolean ours;

  if (self->opening == NULL)
    return FALSE;
  o = g_thread_join (g_steal_pointer (&self->opening));
  ours = path != NULL && g_str_equal (o->path, path);
  if (ours)
    {
      *db = g_steal_pointer (&o->db);
      if (o->error != NULL)
        g_propagate_error (error, g_steal_pointer (&o->error));
    }
  g_clear_object (&o->db);
  g_clear_error (&o->error);
  g_free (o->path);
  g_free (o);
  return ours;
}

static TtWindow *
open_office (TtApplication *self, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  TtWindow *window = window_for_path (self, path);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }
  if (!take_opened (self, path, &db, &error))
    db = tt_db_open (path, &error);
  if (db == NULL)
    {
      show_error (self, path, error);
      return NULL;
    }
  tt_busy_watch (db);
  g_settings_set_string (self->settings, "last-office", path);
  window = tt_window_new (self, db);
  if (g_getenv ("TT_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), self);
  /* For bench/province.sh: a place opened at start, and the app ended after a while. */
  if (g_getenv ("TT_OPEN_SECTION") != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", g_getenv ("TT_OPEN_SECTION"));
  if (g_getenv ("TT_QUIT_AFTER_MS") != NULL)
    g_timeout_add_once ((guint) g_ascii_strtoull (g_getenv ("TT_QUIT_AFTER_MS"), NULL, 10), quit_later_cb, self);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The office a launch without a file opens: the last one, else the default office file. */
static char *
last_office_path (TtApplication *self)
{
  char *last = g_settings_get_string (self->settings, "last-office");

  if (last == NULL || *last == '\0' || !g_file_test (last, G_FILE_TEST_EXISTS))
    {
      g_free (last);
      last = tt_db_default_path ();
    }
  return last;
}

static void
tt_application_activate (GApplication *app)
{
  TtApplication *self = TT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *last = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  last = last_office_path (self);
  open_office (self, last);
}

static void
tt_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      if (path != NULL)
        open_office (TT_APPLICATION (app), path);
    }
}

static void
on_quit_activated_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_about_activated_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  const char *developers[] = { "Tương Thân contributors", NULL };
  const char *documenters[] = { "Tương Thân contributors", NULL };
  GtkWidget *about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                                   "application-name", _("Tương Thân"),
                                   "application-icon", SCHEMA_ID,
                                   "version", PACKAGE_VERSION,
                                   "developer-name", _("Tương Thân contributors"),
                                   "developers", developers,
                                   "documenters", documenters,
                                   "translator-credits", _("translator-credits"),
                                   "website", "https://github.com/tuongthan/tuong-than",
                                   "issue-url", "https://github.com/tuongthan/tuong-than/issues",
                                   "copyright", "© 2026 Tương Thân contributors",
                                   "license-type", GTK_LICENSE_GPL_3_0,
                                   "comments", _("Donations, receipts, beneficiaries and support "
                                                 "for the Fund for the Poor"),
                                   "transient-for", gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                                   NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_help_activated_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  tt_help_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)), NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated_cb },
  { "about", on_about_activated_cb },
  { "help", on_help_activated_cb },
};

static void
tt_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *help_accels[] = { "F1", NULL };

  TtApplication *self = TT_APPLICATION (app);

  /* Read once the app really starts: --version and --help need no settings. */
  self->settings = tt_settings_new ();
  /* A file with no local path opens nothing: the last office is not opened for it. */
  if (self->launched && (self->launch_path != NULL || !self->launch_named))
    {
      g_autofree char *last = self->launch_path ? NULL : last_office_path (self);
      start_opening (self, self->launch_path ? self->launch_path : last);
    }
  G_APPLICATION_CLASS (tt_application_parent_class)->startup (app);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
}

static void
tt_application_dispose (GObject *object)
{
  TtApplication *self = TT_APPLICATION (object);

  take_opened (self, NULL, NULL, NULL);
  g_clear_pointer (&self->launch_path, g_free);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (tt_application_parent_class)->dispose (object);
}

/* The app's settings: from the system's schemas, or those installed beside the program when it
 * runs from elsewhere than where it was configured to be installed (a DESTDIR). */
GSettings *
tt_settings_new (void)
{
  static GSettingsSchemaSource *beside;
  GSettingsSchemaSource *system = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = system ? g_settings_schema_source_lookup (system, SCHEMA_ID, TRUE) : NULL;

  if (schema == NULL)
    {
      if (beside == NULL)
        {
          g_autofree char *dir = g_build_filename (tt_data_dir (), "glib-2.0", "schemas", NULL);
          beside = g_settings_schema_source_new_from_directory (dir, system, FALSE, NULL);
        }
      schema = beside ? g_settings_schema_source_lookup (beside, SCHEMA_ID, TRUE) : NULL;
    }
  return schema ? g_settings_new_full (schema, NULL, NULL) : g_settings_new (SCHEMA_ID);
}

/* The file a launch names (its first argument that is no option), to be opened while GTK
 * starts if this process is the one that shows it. */
static gboolean
tt_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  TtApplication *self = TT_APPLICATION (app);
  char **argv = *arguments;

  self->launched = TRUE;
  for (int i = 1; argv[i] != NULL; i++)
    if (argv[i][0] != '-' || (g_str_equal (argv[i], "--") && argv[i + 1] != NULL))
      {
        g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i][0] != '-' ? argv[i] : argv[i + 1]);
        self->launch_named = TRUE;
        self->launch_path = g_file_get_path (file);
        break;
      }
  return G_APPLICATION_CLASS (tt_application_parent_class)->local_command_line (app, arguments, exit_status);
}

/* --version prints the version and ends there. */
static int
tt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("tuong-than %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

static void
tt_application_class_init (TtApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_application_dispose;
  app_class->activate = tt_application_activate;
  app_class->open = tt_application_open;
  app_class->startup = tt_application_startup;
  app_class->handle_local_options = tt_application_handle_local_options;
  app_class->local_command_line = tt_application_local_command_line;
}

static void
tt_application_init (TtApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Print the version and quit"), NULL);
}

TtApplication *
tt_application_new (void)
{
  return g_object_new (TT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/tuongthan/TuongThan",
                       NULL);
}

/* Opens the office file @path in a new window (creating it when it does not exist), or presents
 * the window that already has it open. */
void
tt_application_open_file (TtApplication *self,
                          const char    *path)
{
  open_office (self, path);
}

/* Puts @backup in place of the office file open in @window: the window is closed (its
 * connection with it), the backup restored, and the office opened again, saying what became of
 * the replaced file or why nothing was changed. */
void
tt_application_restore_office (TtApplication *self,
                               TtWindow      *window,
                               const char    *backup,
                               gboolean       force)
{
  g_autofree char *path = g_strdup (tt_db_get_path (tt_window_get_db (window)));
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  gpointer open_db = tt_window_get_db (window);
  gboolean ok = FALSE;

  g_application_hold (G_APPLICATION (self));
  g_object_add_weak_pointer (open_db, &open_db);
  gtk_window_destroy (GTK_WINDOW (window));
  /* Work in the background (a search, a print) may hold the connection a moment longer. */
  for (int i = 0; open_db != NULL && i < 300; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (open_db != NULL)
        g_usleep (10 * 1000);
    }
  if (open_db != NULL)
    {
      g_object_remove_weak_pointer (open_db, &open_db);
      g_set_error (&error, TT_DB_ERROR, TT_DB_ERROR_BUSY,
                   _("The office file is still in use by a print or an export; restore it when that has ended."));
    }
  else
    ok = tt_backup_restore (path, backup, force, &saved, &error);

  window = open_office (self, path);
  if (window != NULL && ok)
    {
      g_autofree char *name = g_path_get_basename (saved ? saved : "");
      g_autofree char *message = saved ? g_strdup_printf (_("Backup restored. The file it replaced is kept as “%s”."), name)
                                       : g_strdup (_("Backup restored."));
      tt_window_toast (window, message);
    }
  else if (!ok)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("The Backup Was Not Restored"),
                                                  error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_application_release (G_APPLICATION (self));
}
