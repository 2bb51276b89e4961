/* test-app.c — the application as launched: one instance per session, a wait for another
 * program's write shown while the app keeps drawing, and Restore from Backup.
 *
 * Runs on its own session bus (dbus-run-session) and X server (xvfb-run).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "tt-application.h"
#include "tt-backup.h"
#include "tt-busy.h"
#include "tt-donors.h"
#include "tt-help.h"
#include "tt-office.h"
#include "tt-restore-dialog.h"
#include "tt-test-util.h"
#include "tt-window.h"

typedef void (*StageFunc) (TtApplication *app, gpointer data);

typedef struct
{
  TtApplication *app;
  StageFunc      func;
  gpointer       data;
} Stage;

static void
spin (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
spin_for (int ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static gboolean
on_stage_cb (gpointer data)
{
  Stage *stage = data;

  stage->func (stage->app, stage->data);
  g_application_quit (G_APPLICATION (stage->app));
  return G_SOURCE_REMOVE;
}

/* Runs the application on @path as `tuong-than PATH` would, calls @func once its window is up,
 * then quits. */
static void
run_app (const char *path, StageFunc func, gpointer data)
{
  g_autoptr(TtApplication) app = tt_application_new ();
  char *argv[] = { (char *) "tuong-than", (char *) path, NULL };
  Stage stage = { app, func, data };

  g_timeout_add (300, on_stage_cb, &stage);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
}

/* The office windows open, and how many of them have @path open. */
static guint
office_windows (TtApplication *app, const char *path, guint *with_path)
{
  guint n = 0;

  *with_path = 0;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (TT_IS_WINDOW (l->data))
      {
        n++;
        if (path != NULL && g_str_equal (tt_db_get_path (tt_window_get_db (l->data)), path))
          (*with_path)++;
      }
  return n;
}

static TtWindow *
the_window (TtApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (TT_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

typedef struct
{
  gboolean done;
  int      status;
} Child;

static void
on_child_exit_cb (GPid pid, int status, gpointer data)
{
  Child *child = data;

  child->status = status;
  child->done = TRUE;
  g_spawn_close_pid (pid);
}

/* Launches the app binary a second time, with @file if given, and waits for it to end while
 * this instance keeps running. */
static void
launch_again (const char *file)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("TT_APP"), file, NULL };
  Child child = { FALSE, -1 };
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  GPid pid;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_child_watch_add (pid, on_child_exit_cb, &child);
  while (!child.done && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (child.done);
  g_assert_true (WIFEXITED (child.status));
  g_assert_cmpint (WEXITSTATUS (child.status), ==, 0);
  spin ();
}

/* ---- one instance ---------------------------------------------------------------------- */

static void
single_instance_stage (TtApplication *app, gpointer data)
{
  char **paths = data;
  guint with_path;

  g_assert_cmpuint (office_windows (app, paths[0], &with_path), ==, 1);
  g_assert_cmpuint (with_path, ==, 1);

  /* The same office again: the running app presents its window, no second one appears. */
  launch_again (paths[0]);
  g_assert_cmpuint (office_windows (app, paths[0], &with_path), ==, 1);
  g_assert_cmpuint (with_path, ==, 1);

  /* No file: the open window is presented. */
  launch_again (NULL);
  g_assert_cmpuint (office_windows (app, NULL, &with_path), ==, 1);

  /* Another office: a second window in the same app. The second launch hands its file over
   * and ends without waiting for the answer, so the window may come a little after it ended. */
  launch_again (paths[1]);
  {
    gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while (office_windows (app, paths[1], &with_path) < 2 && g_get_monotonic_time () < until)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
  }
  g_assert_cmpuint (office_windows (app, paths[1], &with_path), ==, 2);
  g_assert_cmpuint (with_path, ==, 1);
}

static void
test_single_instance (void)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(TtDb) db_a = tt_test_new_db (&a);
  g_autoptr(TtDb) db_b = tt_test_new_db (&b);
  char *paths[] = { a, b };

  g_clear_object (&db_a);
  g_clear_object (&db_b);
  run_app (a, single_instance_stage, paths);
}

/* ---- a file that is no office ----------------------------------------------------------- */

/* The office a launch names is opened while GTK starts; a file that is none is refused as
 * before: no office window, and a message naming the file and why. */
static void
refused_stage (TtApplication *app, gpointer data)
{
  const char *path = data;
  guint with_path;
  gboolean said = FALSE;

  g_assert_cmpuint (office_windows (app, NULL, &with_path), ==, 0);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        const char *body = adw_message_dialog_get_body (l->data);
        g_assert_cmpstr (adw_message_dialog_get_heading (l->data), ==, "Cannot open the office file");
        g_assert_nonnull (strstr (body, path));
        g_assert_nonnull (strstr (body, "is not a Tương Thân office file"));
        said = TRUE;
        gtk_window_destroy (l->data);
        break;
      }
  g_assert_true (said);
}

static void
test_start_refused (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);

  g_assert_true (g_file_set_contents (path, "Danh sách hộ nghèo năm 2026\n", -1, NULL));
  run_app (path, refused_stage, path);
}

/* ---- a write that waits for another program --------------------------------------------- */

typedef struct
{
  sqlite3  *holder;
  gboolean  released;
  gboolean  notice_seen;
  gboolean  greyed_seen;
  TtWindow *window;
} Busy;

static gboolean
on_release_cb (gpointer data)
{
  Busy *busy = data;
  GtkWindow *notice = tt_busy_get_notice ();

  /* This runs while the app's write is still waiting: the app keeps its main loop going. */
  busy->notice_seen = notice != NULL && gtk_widget_get_visible (GTK_WIDGET (notice));
  busy->greyed_seen = !gtk_widget_get_sensitive (GTK_WIDGET (busy->window));
  g_assert_cmpint (sqlite3_exec (busy->holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  busy->released = TRUE;
  return G_SOURCE_REMOVE;
}

static gpointer
release_later (gpointer holder)
{
  g_usleep (1200 * 1000);
  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  return NULL;
}

static gpointer
write_clerk (gpointer db)
{
  return GINT_TO_POINTER (tt_office_set (db, "clerk", "Người chờ lâu", NULL));
}

static void
busy_stage (TtApplication *app, gpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *clerk = NULL;
  g_autofree char *later = NULL;
  Busy busy = { NULL, FALSE, FALSE, FALSE, the_window (app) };
  TtDb *db = tt_window_get_db (busy.window);

  g_assert_cmpint (sqlite3_open (path, &busy.holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (busy.holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_timeout_add (1500, on_release_cb, &busy);

  g_assert_true (tt_office_set (db, "clerk", "Người chờ", &error));
  g_assert_no_error (error);
  g_assert_true (busy.released);
  g_assert_true (busy.notice_seen);
  g_assert_true (busy.greyed_seen);
  clerk = tt_db_get_setting (db, "clerk");
  g_assert_cmpstr (clerk, ==, "Người chờ");

  /* Once the write went through, the notice goes and the window takes input again. */
  spin_for (600);
  g_assert_null (tt_busy_get_notice ());
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (busy.window)));

  /* A worker thread that writes with the window's connection while the window waits for it (an
   * office on a network share) waits too, and leaves GTK alone: no notice is made from it. */
  g_assert_cmpint (sqlite3_exec (busy.holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    GThread *releaser = g_thread_new ("release", release_later, busy.holder);
    GThread *writer = g_thread_new ("write", write_clerk, db);
    g_assert_true (GPOINTER_TO_INT (g_thread_join (writer)));
    g_thread_join (releaser);
  }
  g_assert_null (tt_busy_get_notice ());
  later = tt_db_get_setting (db, "clerk");
  g_assert_cmpstr (later, ==, "Người chờ lâu");
  sqlite3_close (busy.holder);
}

static void
test_busy_shown (void)
{
  g_autofree char *path = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (&path);

  g_clear_object (&db);
  run_app (path, busy_stage, path);
}

/* ---- Restore from Backup ---------------------------------------------------------------- */

static GtkWidget *
find_button_for (GtkWidget *widget, const char *path)
{
  const char *mine = GTK_IS_BUTTON (widget) ? g_object_get_data (G_OBJECT (widget), "path") : NULL;

  if (mine != NULL && g_str_equal (mine, path))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_for (c, path);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gint64
donors_named (TtDb *db, const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM donors WHERE name = '%s'", name);

  return tt_test_count (db, sql);
}

/* Picks @backup in the Restore dialog of the app's window; returns the question asked. */
static AdwMessageDialog *
pick_backup (TtApplication *app, const char *backup, GtkWindow **out_dialog)
{
  GtkWindow *dialog = tt_restore_dialog_show (the_window (app));
  GtkWidget *button;
  AdwMessageDialog *asked;

  spin ();
  button = find_button_for (GTK_WIDGET (dialog), backup);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin ();
  asked = question ();
  g_assert_nonnull (asked);
  *out_dialog = dialog;
  return asked;
}

typedef struct
{
  char *office;
  char *backup;
  char *foreign;
  char *damaged;
} Restore;

static void
restore_stage (TtApplication *app, gpointer data)
{
  Restore *r = data;
  GtkWindow *dialog;
  AdwMessageDialog *asked;
  TtDb *db;
  g_autoptr(GPtrArray) backups = NULL;
  gboolean kept = FALSE;

  /* A damaged backup is refused before anything is touched. */
  asked = pick_backup (app, r->damaged, &dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (asked), ==, "This Backup Cannot Be Used");
  adw_message_dialog_response (asked, "cancel");
  gtk_window_destroy (dialog);
  spin ();
  g_assert_cmpint (donors_named (tt_window_get_db (the_window (app)), "Sau Sao Lưu"), ==, 1);

  /* Our own backup: asked once, then the office is what it was at the backup. */
  asked = pick_backup (app, r->backup, &dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (asked), ==, "Restore This Backup?");
  adw_message_dialog_response (asked, "restore");
  spin ();
  db = tt_window_get_db (the_window (app));
  g_assert_cmpint (donors_named (db, "Trước Sao Lưu"), ==, 1);
  g_assert_cmpint (donors_named (db, "Sau Sao Lưu"), ==, 0);
  /* What was entered after the backup is kept in a backup of the replaced file. */
  backups = tt_backup_list (r->office);
  for (guint i = 0; i < backups->len; i++)
    {
      const char *reason = NULL;
      if (tt_backup_describe (backups->pdata[i], NULL, &reason) && g_str_equal (reason, "restore"))
        {
          g_autoptr(TtDb) replaced = tt_db_open (backups->pdata[i], NULL);
          kept = replaced != NULL && donors_named (replaced, "Sau Sao Lưu") == 1;
        }
    }
  g_assert_true (kept);

  /* A backup of another office asks in other words; agreeing restores it. */
  asked = pick_backup (app, r->foreign, &dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (asked), ==, "Restore a Backup of Another Office?");
  adw_message_dialog_response (asked, "restore");
  spin ();
  db = tt_window_get_db (the_window (app));
  g_assert_cmpint (donors_named (db, "Văn Phòng Khác"), ==, 1);
  g_assert_cmpuint (office_windows (app, r->office, &(guint) { 0 }), ==, 1);
}

static char *
copy_as_backup (const char *office, const char *from, const char *stamp)
{
  g_autofree char *dir = tt_backup_dir (office);
  g_autofree char *name = g_strdup_printf ("office-%s-manual.db", stamp);
  char *to = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dst = g_file_new_for_path (to);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
  return to;
}

static void
test_restore (void)
{
  g_autoptr(GError) error = NULL;
  Restore r = { NULL };
  g_autoptr(TtDb) db = tt_test_new_db (&r.office);
  g_autofree char *other_path = NULL;
  g_autofree char *backups = NULL;
  g_autoptr(TtDb) other = tt_test_new_db (&other_path);
  TtDonorInput before = { .kind = "person", .name = "Trước Sao Lưu" };
  TtDonorInput after = { .kind = "person", .name = "Sau Sao Lưu" };
  TtDonorInput elsewhere = { .kind = "person", .name = "Văn Phòng Khác" };

  g_assert_cmpint (tt_donor_add (db, &before, &error), >, 0);
  r.backup = tt_backup_take (db, "manual", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tt_donor_add (db, &after, &error), >, 0);
  g_assert_cmpint (tt_donor_add (other, &elsewhere, &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&other);
  g_clear_object (&db);
  r.foreign = copy_as_backup (r.office, other_path, "20200101-080000-000");
  backups = tt_backup_dir (r.office);
  r.damaged = g_build_filename (backups, "office-20200102-080000-000-manual.db", NULL);
  g_assert_true (g_file_set_contents (r.damaged, "not an office, only text", -1, NULL));

  run_app (r.office, restore_stage, &r);
  g_free (r.office);
  g_free (r.backup);
  g_free (r.foreign);
  g_free (r.damaged);
}

/* F1 opens the user guide: with no Yelp for the guide (here, run from the build tree) the app
 * shows it itself, its front page first, and every page of it reads as Mallard. */
static void
help_stage (TtApplication *app, gpointer data)
{
  g_autofree char **accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  GtkWindow *help = NULL;
  GtkTextView *page;
  GtkTextIter a, b;
  g_autofree char *text = NULL;

  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "F1");
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  spin ();
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (g_object_get_data (G_OBJECT (l->data), "help") != NULL)
      help = l->data;
  g_assert_nonnull (help);
  page = GTK_TEXT_VIEW (g_object_get_data (G_OBJECT (help), "page-view"));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (page), &a, &b);
  text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (page), &a, &b, FALSE);
  g_assert_nonnull (strstr (text, "Tương Thân"));
  g_assert_nonnull (strstr (text, "Record a donation and print its receipt"));
  gtk_window_destroy (help);
}

static void
test_help (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);

  {
    g_autoptr(TtDb) db = tt_db_open (path, NULL);
    g_assert_true (tt_office_set (db, "name", "Ban vận động xã An Phú", NULL));
  }
  run_app (path, help_stage, NULL);
}

/* Every page of the guide, in both languages, is read whole; both have the same pages. */
static void
test_help_pages (void)
{
  GtkTextView *view = GTK_TEXT_VIEW (g_object_ref_sink (gtk_text_view_new ()));

  for (const char *const *lang = (const char *const[]) { "C", "vi", NULL }; *lang; lang++)
    {
      g_autofree char *dir = g_build_filename (TT_SOURCE_ROOT, "help", *lang, NULL);
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;
      guint pages = 0;

      g_assert_nonnull (d);
      while ((name = g_dir_read_name (d)) != NULL)
        if (g_str_has_suffix (name, ".page"))
          {
            g_autoptr(GError) error = NULL;
            g_autofree char *id = g_strndup (name, strlen (name) - 5);
            g_autofree char *other = g_strdup_printf ("%s/help/%s/%s", TT_SOURCE_ROOT,
                                                      g_str_equal (*lang, "C") ? "vi" : "C", name);
            g_autofree char *title = tt_help_read_page (view, dir, id, &error);
            g_assert_no_error (error);
            g_assert_nonnull (title);
            g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
            pages++;
          }
      g_assert_cmpuint (pages, >=, 8);
    }
  g_object_unref (view);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/app/single-instance", test_single_instance);
  g_test_add_func ("/app/start-refused", test_start_refused);
  g_test_add_func ("/app/busy-shown", test_busy_shown);
  g_test_add_func ("/app/restore", test_restore);
  g_test_add_func ("/app/help", test_help);
  g_test_add_func ("/app/help-pages", test_help_pages);
  return g_test_run ();
}
