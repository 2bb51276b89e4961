/* tt-print.c — print through GtkPrintOperation and save PDFs, for every document of render/
 *
 * The print dialog offers the system's preview; pages are drawn by the same render/
 * functions that write the PDFs, on the printer's cairo context in points.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-application.h"

#include "tt-print.h"
#include "tt-window.h"
#include "tt-reading.h"

typedef struct
{
  TtPageDrawFunc  draw;
  TtPrintedFunc   printed;
  gpointer        data;
  GDestroyNotify  destroy;
  GtkWindow      *parent;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  if (job->destroy != NULL)
    job->destroy (job->data);
  g_clear_object (&job->parent);
  g_free (job);
}

static void
on_draw_page_cb (GtkPrintOperation *op, GtkPrintContext *context, int page_nr, PrintJob *job)
{
  /* Full-page printing in points: the document keeps its own margins from the paper edge. */
  TtPageSize page = {
    .width = gtk_print_context_get_width (context),
    .height = gtk_print_context_get_height (context),
    .margin = MIN (gtk_print_context_get_width (context), gtk_print_context_get_height (context)) < TT_MM (160)
              ? TT_MM (10) : TT_MM (15),
  };

  job->draw (gtk_print_context_get_cairo_context (context), &page, page_nr, job->data);
}

static void
on_done_cb (GtkPrintOperation *op, GtkPrintOperationResult result, PrintJob *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      gtk_print_operation_get_error (op, &error);
      if (job->parent != NULL && TT_IS_WINDOW (job->parent))
        tt_window_toast (TT_WINDOW (job->parent), error ? error->message : _("Printing failed."));
    }
  if (job->printed != NULL)
    job->printed (result == GTK_PRINT_OPERATION_RESULT_APPLY, job->data);
  g_object_set_data (G_OBJECT (op), "tt-print-job", NULL);
}

void
tt_print_pages (GtkWindow      *parent,
                const char     *job_name,
                TtPaper         paper,
                gboolean        landscape,
                int             n_pages,
                TtPageDrawFunc  draw,
                TtPrintedFunc   printed,
                gpointer        data,
                GDestroyNotify  destroy)
{
  g_autoptr(GtkPrintOperation) op = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == TT_PAPER_A5 ? GTK_PAPER_NAME_A5 : GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);

  job->draw = draw;
  job->printed = printed;
  job->data = data;
  job->destroy = destroy;
  job->parent = parent ? g_object_ref (parent) : NULL;

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_job_name (op, job_name);
  gtk_print_operation_set_n_pages (op, n_pages);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_allow_async (op, TRUE);
  g_object_set_data_full (G_OBJECT (op), "tt-print-job", job, (GDestroyNotify) print_job_free);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  g_signal_connect (op, "done", G_CALLBACK (on_done_cb), job);

  if (gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR && parent != NULL && TT_IS_WINDOW (parent))
    tt_window_toast (TT_WINDOW (parent), error->message);
}

typedef struct
{
  TtWritePdfFunc  write;
  TtWriteOnFunc   write_on;   /* instead of @write: on a worker thread */
  gpointer        data;
  GDestroyNotify  destroy;
  GtkWindow      *parent;
  TtDb           *db;
  char           *path;       /* the file chosen */
  char           *office;     /* the office file, for the worker's connection */
  char           *actor;
} SaveJob;

static guint writing;   /* documents being written on worker threads */

static void
save_job_free (SaveJob *job)
{
  if (job->destroy != NULL)
    job->destroy (job->data);
  g_clear_object (&job->parent);
  g_clear_object (&job->db);
  g_free (job->path);
  g_free (job->office);
  g_free (job->actor);
  g_free (job);
}

static void
save_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SaveJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = tt_task_writer (task, job->office, job->actor, &error);

  if (db != NULL)
    {
      if (job->write_on (db, job->path, job->data, &error))
        {
          g_task_return_boolean (task, TRUE);
          return;
        }
    }
  g_task_return_error (task, g_steal_pointer (&error));
}

/* What the window keeps of a document being written: told on the main thread when it is done. */
typedef struct
{
  GtkWindow *parent;
  AdwToast  *saving;
  char      *path;
} Saving;

static void
on_saved_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Saving *saving = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = g_task_propagate_boolean (G_TASK (result), &error)
                               ? g_strdup_printf (_("Saved “%s”"), saving->path) : NULL;

  writing--;
  if (g_application_get_default () != NULL)
    g_application_release (g_application_get_default ());
  if (saving->saving != NULL)
    adw_toast_dismiss (saving->saving);
  if (saving->parent != NULL && TT_IS_WINDOW (saving->parent))
    tt_window_toast (TT_WINDOW (saving->parent), message ? message : error->message);
  g_clear_object (&saving->parent);
  g_clear_object (&saving->saving);
  g_free (saving->path);
  g_free (saving);
}

/* Writes to @path with @write on a worker thread from a connection of its own to @db's file: a
 * province's signing sheet or book takes seconds, and the window keeps drawing. The window says
 * it is saving, then where the file went or why it did not. */
void
tt_save_write_on (GtkWindow      *parent,
                  TtDb           *db,
                  const char     *path,
                  TtWriteOnFunc   write,
                  gpointer        data,
                  GDestroyNotify  destroy)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job = g_new0 (SaveJob, 1);
  Saving *saving = g_new0 (Saving, 1);

  job->write_on = write;
  job->data = data;
  job->destroy = destroy;
  job->path = g_strdup (path);
  job->office = g_strdup (tt_db_get_path (db));
  job->actor = g_strdup (tt_db_get_actor (db));
  saving->parent = parent ? g_object_ref (parent) : NULL;
  saving->path = g_strdup (path);
  if (parent != NULL && TT_IS_WINDOW (parent))
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *message = g_strdup_printf (_("Saving “%s”…"), base);
      saving->saving = tt_window_toast_lasting (TT_WINDOW (parent), message);
    }
  writing++;
  /* The app does not end while a file is half written, even if its window is closed. */
  if (g_application_get_default () != NULL)
    g_application_hold (g_application_get_default ());
  /* The window is kept by the callback's data, not the task's, which a worker may free. */
  task = g_task_new (NULL, NULL, on_saved_cb, saving);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  tt_task_run (task, db, save_thread, NULL, on_saved_cb, saving);
}

/* For tests: how many documents are being written. */
guint
tt_save_writing (void)
{
  return writing;
}

static void
on_save_response_cb (GtkNativeDialog *chooser, int response, SaveJob *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      tt_file_chooser_remember (GTK_FILE_CHOOSER (chooser));
      if (job->write_on != NULL)
        {
          /* The worker's job takes the document's data. */
          tt_save_write_on (job->parent, job->db, path, job->write_on, job->data, job->destroy);
          job->destroy = NULL;
          save_job_free (job);
          g_object_unref (chooser);
          return;
        }
      if (job->write (path, job->data, &error))
        message = g_strdup_printf (_("Saved “%s”"), path);
      if (job->parent != NULL && TT_IS_WINDOW (job->parent))
        tt_window_toast (TT_WINDOW (job->parent), message ? message : error->message);
    }
  save_job_free (job);
  g_object_unref (chooser);
}

/* The folder file choosers start in: the one used last, else the user's Documents. */
char *
tt_file_chooser_start_folder (void)
{
  g_autoptr(GSettings) settings = tt_settings_new ();
  g_autofree char *last = g_settings_get_string (settings, "last-folder");
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (*last != '\0' && g_file_test (last, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&last);
  return g_strdup (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR) ? documents : g_get_home_dir ());
}

void
tt_file_chooser_start (GtkFileChooser *chooser)
{
  g_autofree char *start = tt_file_chooser_start_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (start);

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* Remembers the folder of the file chosen, for the next chooser. */
void
tt_file_chooser_remember (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autoptr(GFile) parent = file ? g_file_get_parent (file) : NULL;
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;

  if (path != NULL)
    {
      g_autoptr(GSettings) settings = tt_settings_new ();
      g_settings_set_string (settings, "last-folder", path);
    }
}

/* Asks where to save, with @suggested_name in the folder used last; @job writes the file there. */
static void
choose_file (GtkWindow  *parent,
             const char *title,
             const char *suggested_name,
             const char *filter_name,
             const char *mime_type,
             SaveJob    *job)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Save"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  job->parent = parent ? g_object_ref (parent) : NULL;
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  tt_file_chooser_start (GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Asks where to save and writes the file there with @write; the window says where it went or
 * why it did not. */
void
tt_save_file (GtkWindow      *parent,
              const char     *title,
              const char     *suggested_name,
              const char     *filter_name,
              const char     *mime_type,
              TtWritePdfFunc  write,
              gpointer        data,
              GDestroyNotify  destroy)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->write = write;
  job->data = data;
  job->destroy = destroy;
  choose_file (parent, title, suggested_name, filter_name, mime_type, job);
}

/* As tt_save_file(), the file written on a worker thread with tt_save_write_on(). */
void
tt_save_file_on (GtkWindow      *parent,
                 TtDb           *db,
                 const char     *title,
                 const char     *suggested_name,
                 const char     *filter_name,
                 const char     *mime_type,
                 TtWriteOnFunc   write,
                 gpointer        data,
                 GDestroyNotify  destroy)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->write_on = write;
  job->data = data;
  job->destroy = destroy;
  job->db = g_object_ref (db);
  choose_file (parent, title, suggested_name, filter_name, mime_type, job);
}

void
tt_save_pdf (GtkWindow      *parent,
             const char     *title,
             const char     *suggested_name,
             TtWritePdfFunc  write,
             gpointer        data,
             GDestroyNotify  destroy)
{
  tt_save_file (parent, title, suggested_name, _("PDF documents"), "application/pdf", write, data, destroy);
}
