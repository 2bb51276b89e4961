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
  gpointer        data;
  GDestroyNotify  destroy;
  GtkWindow      *parent;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  if (job->destroy != NULL)
    job->destroy (job->data);
  g_clear_object (&job->parent);
  g_free (job);
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

/* Asks where to save, with @suggested_name in the folder used last, and writes the file there
 * with @write; the window says where it went or why it did not. */
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
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Save"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  SaveJob *job = g_new0 (SaveJob, 1);

  job->write = write;
  job->data = data;
  job->destroy = destroy;
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
