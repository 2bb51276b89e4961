/* tt-import-dialog.c — importing a household list: columns, preview, checks, then all or nothing
 *
 * The file is read and its columns recognised (tt-import); the clerk corrects the mapping,
 * chooses the commune and year for rows that give none (the office's commune to start with),
 * runs the check (a dry run: every row validated in a transaction that is rolled back) and
 * sees each problem by row and column, below the form where it stays in sight. Import is
 * possible once the check passes, or with "leave out rows with problems" on; it writes
 * everything in one transaction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-import-dialog.h"
#include "tt-import.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-place-picker.h"
#include "tt-places.h"
#include "tt-reading.h"
#include "tt-text.h"

#define PREVIEW_ROWS 6
#define SHOWN_PROBLEMS 200

struct _TtImportDialog
{
  AdwWindow            parent_instance;

  TtDb                *db;
  TtImport            *import;
  AdwComboRow         *field_rows[TT_IMPORT_N_FIELDS];
  gboolean             checked;
  TtImportCounts       counts;

  AdwActionRow        *file_row;
  AdwPreferencesGroup *preview_group;
  GtkWidget           *choose_button;
  GtkGrid             *preview;
  AdwPreferencesGroup *columns;
  AdwPreferencesGroup *options;
  TtPlacePicker       *commune;
  GtkSpinButton       *year;
  AdwComboRow         *duplicates;
  GtkSwitch           *skip_bad;
  GtkWidget           *result_group;
  GtkLabel            *result;
  GtkListBox          *problems;
  GtkButton           *check_button;
  GtkButton           *import_button;
  GtkWidget           *cancel_button;
  GtkWidget           *form;          /* what a run must not change: file, columns, options */
  GtkProgressBar      *progress;
  guint                progress_id;
  gboolean             running, importing, succeeded;
  gboolean             reading;       /* a file chosen is being read on a worker thread */
  struct _Run         *run;           /* the run under way */
};

G_DEFINE_FINAL_TYPE (TtImportDialog, tt_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
update_buttons (TtImportDialog *self)
{
  gboolean ready = self->import != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), ready);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            ready && self->checked &&
                            (self->counts.errors == 0 || gtk_switch_get_active (self->skip_bad)) &&
                            self->counts.imported + self->counts.updated > 0);
}

/* Any change of mapping or option needs a new check before importing. */
static void
invalidate (TtImportDialog *self)
{
  self->checked = FALSE;
  gtk_widget_set_visible (self->result_group, FALSE);
  update_buttons (self);
}

static void
apply_options (TtImportDialog *self)
{
  if (self->import == NULL)
    return;
  for (int f = 0; f < TT_IMPORT_N_FIELDS; f++)
    {
      guint sel = adw_combo_row_get_selected (self->field_rows[f]);
      tt_import_set_column (self->import, f, sel == 0 || sel == GTK_INVALID_LIST_POSITION ? -1 : (int) sel - 1);
    }
  tt_import_set_commune (self->import, tt_place_picker_get_place (self->commune));
  tt_import_set_year (self->import, gtk_spin_button_get_value_as_int (self->year));
  tt_import_set_duplicates (self->import, adw_combo_row_get_selected (self->duplicates) == 1
                                            ? TT_IMPORT_DUPLICATES_SKIP : TT_IMPORT_DUPLICATES_UPDATE);
  tt_import_set_skip_bad_rows (self->import, gtk_switch_get_active (self->skip_bad));
}

static void
on_option_changed_cb (TtImportDialog *self)
{
  invalidate (self);
}

static void
clear_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_GRID (parent))
        gtk_grid_remove (GTK_GRID (parent), child);
      else
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
    }
}

static void
fill_preview (TtImportDialog *self)
{
  const TtTable *table = tt_import_get_table (self->import);
  guint header = tt_import_header_row (self->import);
  guint n_cols = MIN (tt_import_n_columns (self->import), 30);

  clear_children (GTK_WIDGET (self->preview));
  for (guint r = header; r < MIN (tt_table_n_rows (table), header + 1 + PREVIEW_ROWS); r++)
    for (guint c = 0; c < n_cols; c++)
      {
        const char *text = tt_table_cell (table, r, c);
        GtkWidget *label = gtk_label_new (text);

        /* Cells show whole up to 40 characters (the preview scrolls sideways); a longer one
         * is cut and shows its text when pointed at. */
        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
        gtk_label_set_width_chars (GTK_LABEL (label), MIN ((int) g_utf8_strlen (text, -1), 40));
        gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
        if (g_utf8_strlen (text, -1) > 40)
          gtk_widget_set_tooltip_text (label, text);
        if (r == header)
          gtk_widget_add_css_class (label, "heading");
        gtk_grid_attach (self->preview, label, c, r - header, 1, 1);
      }
}

static void
fill_columns (TtImportDialog *self)
{
  g_autoptr(GtkStringList) headers = gtk_string_list_new (NULL);

  gtk_string_list_append (headers, _("(not in the file)"));
  for (guint c = 0; c < tt_import_n_columns (self->import); c++)
    {
      g_autofree char *name = g_strdup_printf ("%c%s — %s", 'A' + (c % 26), c >= 26 ? "…" : "",
                                               tt_import_header (self->import, c));
      gtk_string_list_append (headers, name);
    }
  for (int f = 0; f < TT_IMPORT_N_FIELDS; f++)
    {
      if (self->field_rows[f] == NULL)
        {
          self->field_rows[f] = ADW_COMBO_ROW (adw_combo_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->field_rows[f]), tt_import_field_label (f));
          adw_preferences_group_add (self->columns, GTK_WIDGET (self->field_rows[f]));
          g_signal_connect_swapped (self->field_rows[f], "notify::selected", G_CALLBACK (on_option_changed_cb), self);
        }
      adw_combo_row_set_model (self->field_rows[f], G_LIST_MODEL (headers));
      adw_combo_row_set_selected (self->field_rows[f], tt_import_get_column (self->import, f) + 1);
    }
}

/* Shows @table, read from @path (NULL: it could not be read, @error says why), and recognises its
 * columns. */
static gboolean
show_table (TtImportDialog  *self,
            const char      *path,
            TtTable         *table,
            GError         **error)
{
  TtImport *import = table ? tt_import_new (self->db, table, error) : NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *subtitle = NULL;
  g_autofree char *rows = NULL;

  if (import == NULL)
    {
      adw_action_row_set_subtitle (self->file_row, error && *error ? (*error)->message : base);
      return FALSE;
    }
  g_clear_pointer (&self->import, tt_import_free);
  self->import = import;
  rows = tt_money_format_plain (tt_table_n_rows (table));
  subtitle = g_strdup_printf (g_dngettext (NULL, "%s — %s row (%s)", "%s — %s rows (%s)", tt_table_n_rows (table)),
                              base, rows, table->encoding);
  adw_action_row_set_subtitle (self->file_row, subtitle);
  fill_preview (self);
  fill_columns (self);
  gtk_widget_set_visible (GTK_WIDGET (self->preview_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->columns), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->options), TRUE);
  invalidate (self);
  return TRUE;
}

/* Reads @path and recognises its columns, at once. */
gboolean
tt_import_dialog_load (TtImportDialog  *self,
                       const char      *path,
                       GError         **error)
{
  return show_table (self, path, tt_table_read_file (path, error), error);
}

static void
read_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  TtTable *table = tt_table_read_file (task_data, &error);

  if (table != NULL)
    g_task_return_pointer (task, table, (GDestroyNotify) tt_table_free);
  else
    g_task_return_error (task, error);
}

static void
on_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(TtImportDialog) self = user_data;   /* held by the reading, let go here */
  g_autoptr(GError) error = NULL;
  TtTable *table = g_task_propagate_pointer (G_TASK (result), &error);

  self->reading = FALSE;
  if (self->db == NULL)
    {
      tt_table_free (table);   /* the window is gone */
      return;
    }
  gtk_widget_set_sensitive (self->form, TRUE);
  show_table (self, g_task_get_task_data (G_TASK (result)), table, &error);
  update_buttons (self);
}

/* Reads @path on a worker thread (a list of a million rows takes seconds), the window saying
 * so meanwhile; then shows it as tt_import_dialog_load() does. */
void
tt_import_dialog_open (TtImportDialog *self,
                       const char     *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *text = g_strdup_printf (_("Reading “%s”…"), base);

  if (self->reading || self->running)
    return;
  self->reading = TRUE;
  adw_action_row_set_subtitle (self->file_row, text);
  gtk_widget_set_sensitive (self->form, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  task = g_task_new (NULL, NULL, on_read_cb, g_object_ref (self));
  g_task_set_task_data (task, g_strdup (path), g_free);
  tt_task_run_in_background (task, read_thread);
}

/* Whether a file chosen is still being read (for tests). */
gboolean
tt_import_dialog_is_reading (TtImportDialog *self)
{
  return self->reading;
}

static void
show_result (TtImportDialog *self, gboolean ok, GError *error, gboolean done)
{
  GPtrArray *problems = tt_import_get_problems (self->import);
  /* Counts grouped as amounts are: "100.000". */
  const guint n[] = { self->counts.imported, self->counts.updated, self->counts.skipped, self->counts.errors,
                      self->counts.new_villages };
  g_autofree char *c0 = tt_money_format_plain (n[0]), *c1 = tt_money_format_plain (n[1]);
  g_autofree char *c2 = tt_money_format_plain (n[2]), *c3 = tt_money_format_plain (n[3]);
  g_autofree char *c4 = tt_money_format_plain (n[4]);
  g_autofree char *counts = g_strdup_printf (_("New households: %s · updated: %s · skipped: %s · rows with problems: %s · "
                                               "new villages: %s"), c0, c1, c2, c3, c4);
  g_autofree char *text = NULL;

  /* A refused check or import says why and that nothing was (or would be) imported; counts of
   * households are shown only for what was, or will be, written. */
  if (done)
    text = g_strdup_printf ("%s\n%s", _("Imported."), counts);
  else if (ok)
    text = g_strdup_printf ("%s\n%s", _("The check passed: nothing has been written yet."), counts);
  else
    text = g_strdup (error ? error->message : "");
  gtk_label_set_label (self->result, text);
  clear_children (GTK_WIDGET (self->problems));
  for (guint i = 0; i < MIN (problems->len, SHOWN_PROBLEMS); i++)
    {
      TtImportProblem *p = problems->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *column = p->column ? tt_text_quote_short (p->column) : NULL;
      g_autofree char *title = p->column ? g_strdup_printf (_("Row %u, column “%s”"), p->row, column)
                                         : g_strdup_printf (_("Row %u"), p->row);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), p->message);
      gtk_list_box_append (self->problems, row);
    }
  if (problems->len + tt_import_problems_left_out (self->import) > SHOWN_PROBLEMS)
    {
      guint more = problems->len + tt_import_problems_left_out (self->import) - SHOWN_PROBLEMS;
      g_autofree char *more_text = tt_money_format_plain (more);
      g_autofree char *title = g_strdup_printf (g_dngettext (NULL, "… and %s more problem, not shown",
                                                             "… and %s more problems, not shown", more),
                                                more_text);
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Correct those above in the file, or the column they come from, and check again."));
      gtk_list_box_append (self->problems, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems), problems->len > 0);
  gtk_widget_set_visible (self->result_group, TRUE);
}

/* ---- the check and the import, on a worker thread ---------------------------------------- */

/* What a run takes to its worker: the import (the dialog does not touch it meanwhile), the
 * office's file and who is at the keyboard; and what it brings back. */
typedef struct _Run
{
  TtImport       *import;
  char           *path;
  char           *actor;
  gboolean        dry_run;
  gboolean        owns_import;   /* the window went away while the run was under way */
  TtImportCounts  counts;
} Run;

static void
run_free (Run *run)
{
  if (run->owns_import)
    tt_import_free (run->import);
  g_free (run->path);
  g_free (run->actor);
  g_free (run);
}

static void
run_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Run *run = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = tt_task_writer (task, run->path, run->actor, &error);

  if (db != NULL)
    {
      if (tt_import_run_on (run->import, db, run->dry_run, &run->counts, &error))
        {
          g_task_return_boolean (task, TRUE);
          return;
        }
    }
  if (error == NULL)
    g_set_error_literal (&error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Nothing was imported."));
  g_task_return_error (task, g_steal_pointer (&error));
}

/* The progress bar says how many rows the run has gone through. */
static gboolean
on_progress_cb (gpointer data)
{
  TtImportDialog *self = data;
  guint done, total;
  g_autofree char *text = NULL;
  g_autofree char *done_text = NULL;
  g_autofree char *total_text = NULL;

  tt_import_get_progress (self->import, &done, &total);
  done_text = tt_money_format_plain (done);
  total_text = tt_money_format_plain (total);
  text = g_strdup_printf (self->importing ? _("Importing row %s of %s…") : _("Checking row %s of %s…"),
                          done_text, total_text);
  gtk_progress_bar_set_fraction (self->progress, total > 0 ? (double) done / total : 0);
  gtk_progress_bar_set_text (self->progress, text);
  return G_SOURCE_CONTINUE;
}

static void
on_run_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(TtImportDialog) self = user_data;   /* held by the run, let go here on the main thread */
  Run *run = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);
  gboolean wrote = ok && !run->dry_run;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  self->running = FALSE;
  self->run = NULL;
  if (g_application_get_default () != NULL)
    g_application_release (g_application_get_default ());
  if (run->owns_import)
    return;   /* the window is gone */
  self->succeeded = ok;
  self->counts = run->counts;
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_widget_set_sensitive (self->form, TRUE);
  gtk_widget_set_sensitive (self->cancel_button, TRUE);
  self->checked = !wrote;
  show_result (self, ok, error, wrote);
  update_buttons (self);
  if (wrote)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      g_signal_emit (self, signals[IMPORTED], 0);
    }
}

/* Runs the check (@dry_run) or the import on a worker thread from a connection of its own: a
 * province's list of 100,000 rows takes seconds, and the window keeps drawing its progress. */
static void
start_run (TtImportDialog *self, gboolean dry_run)
{
  g_autoptr(GTask) task = NULL;
  Run *run;

  g_return_if_fail (self->import != NULL);
  if (self->running || self->reading)
    return;
  apply_options (self);
  run = g_new0 (Run, 1);
  run->import = self->import;
  run->path = g_strdup (tt_db_get_path (self->db));
  run->actor = g_strdup (tt_db_get_actor (self->db));
  run->dry_run = dry_run;
  self->running = TRUE;
  self->run = run;
  self->importing = !dry_run;
  /* The form is greyed out while the run uses what it says; the focus leaves it first. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (self->form, FALSE);
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_label_set_label (self->result, dry_run ? _("Checking every row; nothing is written.")
                                             : _("Importing: the list is written whole or not at all."));
  clear_children (GTK_WIDGET (self->problems));
  gtk_widget_set_visible (GTK_WIDGET (self->problems), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
  gtk_widget_set_visible (self->result_group, TRUE);
  on_progress_cb (self);
  self->progress_id = g_timeout_add (100, on_progress_cb, self);
  /* The app does not end in the middle of a run, even if its windows are closed. */
  if (g_application_get_default () != NULL)
    g_application_hold (g_application_get_default ());
  task = g_task_new (NULL, NULL, on_run_done_cb, g_object_ref (self));
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  tt_task_run (task, self->db, run_thread, NULL, on_run_done_cb, g_object_ref (self));
}

/* Starts the dry run: every row checked in a transaction that is rolled back. */
void
tt_import_dialog_check (TtImportDialog *self)
{
  start_run (self, TRUE);
}

/* Starts writing the checked list, all or nothing. */
void
tt_import_dialog_import (TtImportDialog *self)
{
  start_run (self, FALSE);
}

/* Whether a check or an import is under way, and whether the last one passed (for tests). */
gboolean
tt_import_dialog_is_running (TtImportDialog *self)
{
  return self->running;
}

gboolean
tt_import_dialog_succeeded (TtImportDialog *self)
{
  return self->succeeded;
}

static void
on_check_cb (TtImportDialog *self)
{
  tt_import_dialog_check (self);
}

static void
on_import_cb (TtImportDialog *self)
{
  tt_import_dialog_import (self);
}

/* The window stays open while a run uses its import. */
static gboolean
on_close_request_cb (TtImportDialog *self)
{
  return self->running;
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser, int response, TtImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      if (path != NULL)
        tt_import_dialog_open (self, path);
    }
  g_object_unref (chooser);
}

static void
on_choose_cb (TtImportDialog *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Choose a Household List"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Lists (CSV, XLSX)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
tt_import_dialog_dispose (GObject *object)
{
  TtImportDialog *self = TT_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->run != NULL)
    {
      /* A run still uses the import: it is freed when the run ends. */
      self->run->owns_import = TRUE;
      self->import = NULL;
      self->run = NULL;
    }
  g_clear_pointer (&self->import, tt_import_free);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_import_dialog_parent_class)->dispose (object);
}

static void
tt_import_dialog_class_init (TtImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_import_dialog_dispose;
  g_type_ensure (TT_TYPE_PLACE_PICKER);
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, columns);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, options);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, commune);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, year);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, duplicates);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, skip_bad);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, result_group);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, result);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, problems);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, check_button);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, TtImportDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_check_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_option_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tt_import_dialog_init (TtImportDialog *self)
{
  g_autoptr(GtkStringList) actions = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->form = gtk_widget_get_parent (GTK_WIDGET (self->options));
  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->progress, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_widget_insert_after (GTK_WIDGET (self->progress), gtk_widget_get_parent (GTK_WIDGET (self->result)),
                           GTK_WIDGET (self->result));
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
  gtk_string_list_append (actions, _("Update them"));
  gtk_string_list_append (actions, _("Skip them"));
  adw_combo_row_set_model (self->duplicates, G_LIST_MODEL (actions));
  gtk_spin_button_set_value (self->year, g_date_time_get_year (now));
}

/* The commune for the whole list starts as the office's, chosen among its province's. */
TtImportDialog *
tt_import_dialog_new (TtDb *db)
{
  TtImportDialog *self = g_object_new (TT_TYPE_IMPORT_DIALOG, NULL);
  g_autofree char *province_code = tt_office_get (db, "province-code");
  g_autofree char *commune_code = tt_office_get (db, "commune-code");
  gint64 commune = tt_place_id_by_code (db, commune_code);
  gint64 province = tt_place_id_by_code (db, province_code);

  self->db = g_object_ref (db);
  tt_place_picker_set_db (self->commune, db);
  tt_place_picker_set_within (self->commune, province ? province : tt_place_province_of (db, commune));
  tt_place_picker_set_place (self->commune, commune);
  gtk_widget_grab_focus (self->choose_button);
  return self;
}
