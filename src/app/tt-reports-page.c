/* tt-reports-page.c — the reports an office sends upward and posts publicly, for any period
 *
 * The period is typed once at the top (a year, a half, a quarter, a month or two dates; the
 * reporting year from the settings); every report then prints (the print dialog with its
 * preview), saves as PDF with its charts, or as a workbook. What is printed or saved is logged,
 * as personal data for the disclosure.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-date.h"
#include "tt-export.h"
#include "tt-office.h"
#include "tt-print.h"
#include "tt-reading.h"
#include "tt-report.h"
#include "tt-reports-page.h"
#include "tt-statement-doc.h"
#include "tt-window.h"

struct _TtReportsPage
{
  GtkWidget   parent_instance;

  TtDb       *db;
  GtkEntry   *period;
  GtkLabel   *problem;
  GtkListBox *list;
  GCancellable *printing;   /* a report being built for printing on a worker thread */
};

G_DEFINE_FINAL_TYPE (TtReportsPage, tt_reports_page, GTK_TYPE_WIDGET)

typedef struct
{
  TtDb          *db;
  char          *name;
  char           from[11];
  char           to[11];
  gboolean       xlsx;
  TtReportDoc   *doc;
  TtReportPages *pages;
} ReportJob;

static void
job_free (ReportJob *job)
{
  g_clear_object (&job->db);
  g_free (job->name);
  tt_report_pages_free (job->pages);
  tt_report_doc_free (job->doc);
  g_free (job);
}

/* The period typed, or FALSE with the reason under the field. */
static gboolean
period_of (TtReportsPage *self, char from[11], char to[11])
{
  g_autoptr(GError) error = NULL;
  TtYearStart ys;
  TtPeriod period;

  tt_office_year_start (self->db, &ys);
  if (!tt_period_parse (gtk_editable_get_text (GTK_EDITABLE (self->period)), &ys, &period, &error))
    {
      gtk_label_set_label (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->period), "error");
      return FALSE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->period), "error");
  g_strlcpy (from, period.start, 11);
  g_strlcpy (to, period.end, 11);
  return TRUE;
}

static ReportJob *
job_for (TtReportsPage *self, const char *name)
{
  ReportJob *job = g_new0 (ReportJob, 1);

  if (!period_of (self, job->from, job->to))
    {
      g_free (job);
      return NULL;
    }
  job->db = g_object_ref (self->db);
  job->name = g_strdup (name);
  return job;
}

static void
toast (TtReportsPage *self, const char *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (TT_IS_WINDOW (root))
    tt_window_toast (TT_WINDOW (root), message);
}

static gboolean
write_report (TtDb *db, const char *path, gpointer data, GError **error)
{
  ReportJob *job = data;

  return tt_report_doc_export (db, job->name, job->from, job->to, path,
                               job->xlsx ? tt_report_write_xlsx : tt_report_write_pdf, error);
}

static void
draw_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  ReportJob *job = data;

  tt_report_pages_draw (job->pages, cr, page, page_nr);
}

/* A printed report is logged as an export with no file. */
static void
on_printed (gboolean printed, gpointer data)
{
  ReportJob *job = data;
  g_autofree char *what = g_strdup_printf ("report-%s", job->name);
  gint64 rows = 0;

  if (!printed)
    return;
  for (guint i = 0; i < job->doc->sections->len; i++)
    rows += ((TtReportSection *) job->doc->sections->pdata[i])->rows->len;
  tt_export_log_add (job->db, what, NULL, rows, job->doc->personal, NULL);
}

/* The report built and laid out on a worker thread: a year's disclosure of a province is
 * 250,000 gifts. The job comes back as the result. */
static gpointer
build_print_thread (TtDb *reader, gpointer data, GError **error)
{
  ReportJob *job = data;

  if ((job->doc = tt_report_doc_build (reader, job->name, job->from, job->to, error)) == NULL)
    return NULL;
  job->pages = tt_report_pages_new (job->doc);
  return job;
}

static void
on_print_built_cb (gpointer owner, gpointer result, gpointer data, const GError *error)
{
  TtReportsPage *self = owner;
  ReportJob *job = data;
  ReportJob *printed;

  if (result == NULL)
    {
      toast (self, error->message);
      return;
    }
  /* The print operation takes what was built; the reading's own job is left empty. */
  printed = g_new0 (ReportJob, 1);
  printed->db = g_object_ref (self->db);
  printed->name = g_strdup (job->name);
  printed->doc = g_steal_pointer (&job->doc);
  printed->pages = g_steal_pointer (&job->pages);
  tt_print_pages (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), printed->doc->title, TT_PAPER_A4, FALSE,
                  tt_report_pages_count (printed->pages), draw_page, on_printed, printed, (GDestroyNotify) job_free);
}

/* For tests: whether a report is being built for printing. */
gboolean
tt_reports_page_is_printing (TtReportsPage *self)
{
  return self->printing != NULL;
}

static void
on_action_cb (GtkButton *button, TtReportsPage *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), "report");
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  ReportJob *job = job_for (self, name);
  g_autofree char *file = NULL;

  if (job == NULL)
    return;
  if (g_str_equal (what, "print"))
    {
      toast (self, _("Preparing the pages to print…"));
      tt_read_in_thread (self, &self->printing, self->db, build_print_thread, job, (GDestroyNotify) job_free, NULL,
                         on_print_built_cb);
      return;
    }
  job->xlsx = g_str_equal (what, "xlsx");
  file = g_strdup_printf ("bao-cao-%s-%s-%s.%s", name, job->from, job->to, job->xlsx ? "xlsx" : "pdf");
  /* Written on a worker thread: a year's disclosure of a province is 250,000 gifts. */
  if (job->xlsx)
    tt_save_file_on (parent, self->db, _("Save Report"), file, _("Spreadsheets (XLSX)"),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write_report, job,
                     (GDestroyNotify) job_free);
  else
    tt_save_file_on (parent, self->db, _("Save Report"), file, _("PDF documents"), "application/pdf", write_report,
                     job, (GDestroyNotify) job_free);
}

static GtkWidget *
action_button (TtReportsPage *self, const char *label, const char *what, const char *report, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *name = g_strdup_printf ("%s-%s", what, report);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_name (button, name);
  g_object_set_data (G_OBJECT (button), "report", (gpointer) report);
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_signal_connect (button, "clicked", G_CALLBACK (on_action_cb), self);
  return button;
}

static void
on_period_changed_cb (TtReportsPage *self)
{
  char from[11], to[11];

  period_of (self, from, to);
}

static void
build (TtReportsPage *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Reports"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_add_css_class (title, "title-2");
  self->period = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->period), TRUE);
  gtk_widget_set_name (GTK_WIDGET (self->period), "period");
  gtk_entry_set_placeholder_text (self->period, _("Period: 2026, 2026-H1, 2026-Q4, 2026-11 or 01/01/2026..30/06/2026"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period),
                               _("A year (2026), a half (2026-H1), a quarter (2026-Q4), a month (2026-11) or two "
                                 "dates (01/01/2026..30/06/2026)"));
  g_signal_connect_swapped (self->period, "changed", G_CALLBACK (on_period_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), title);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->period));
  self->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->problem, 0);
  gtk_label_set_wrap (self->problem, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  for (guint i = 0; i < tt_report_names.n_values; i++)
    {
      const TtValue *v = &tt_report_names.values[i];
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(v->label));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), v->printed);
      gtk_widget_set_name (row, v->code);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (self, _("_Print…"), "print", v->code,
                                                                      _("Print the report, with a preview")));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (self, _("P_DF…"), "pdf", v->code,
                                                                      _("Save the report as a PDF, with its charts")));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (self, _("_XLSX…"), "xlsx", v->code,
                                                                      _("Save the report's tables as a workbook")));
      gtk_list_box_append (self->list, row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (outer), bar);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->problem));
  gtk_box_append (GTK_BOX (outer), scroller);
  g_object_set (outer, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), outer);
  gtk_widget_set_parent (clamp, GTK_WIDGET (self));
}

static void
tt_reports_page_dispose (GObject *object)
{
  TtReportsPage *self = TT_REPORTS_PAGE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  tt_read_stop (&self->printing);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_reports_page_parent_class)->dispose (object);
}

static void
tt_reports_page_class_init (TtReportsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_reports_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tt_reports_page_init (TtReportsPage *self)
{
  build (self);
}

TtReportsPage *
tt_reports_page_new (TtDb *db)
{
  TtReportsPage *self = g_object_new (TT_TYPE_REPORTS_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);
  g_autofree char *year = NULL;
  TtYearStart ys;
  char today[11];

  self->db = g_object_ref (db);
  tt_office_year_start (db, &ys);
  tt_date_today (today);
  year = g_strdup_printf ("%d", tt_period_year_of (today, &ys));
  gtk_editable_set_text (GTK_EDITABLE (self->period), year);
  return self;
}
