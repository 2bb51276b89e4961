/* tt-donors-page-documents.c — the donors page's printed documents: receipts, certificates of
 * thanks and year statements, printed or saved as PDF from the same drawing code */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-certificate.h"
#include "tt-date.h"
#include "tt-donations.h"
#include "tt-donors-page-private.h"
#include "tt-print.h"
#include "tt-receipt.h"
#include "tt-statement.h"

/* Receipts and certificates: print or save, from the same drawing code. */
typedef struct
{
  TtDb         *db;
  TtReceiptDoc *doc;
  gboolean      certificate;
  TtDonorsPage *page;
} ReceiptJob;

static void
receipt_job_free (ReceiptJob *job)
{
  g_clear_object (&job->db);
  g_clear_object (&job->page);
  tt_receipt_doc_free (job->doc);
  g_free (job);
}

static void
draw_receipt_job (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  ReceiptJob *job = data;

  if (job->certificate)
    tt_certificate_draw (cr, job->doc, page);
  else
    tt_receipt_draw (cr, job->doc, page);
}

static void
receipt_printed (gboolean printed, gpointer data)
{
  ReceiptJob *job = data;

  if (printed && !job->certificate)
    {
      tt_donation_mark_printed (job->db, job->doc->donation_id, NULL);
      tt_donors_page_changed (job->page, job->page->donor_id);
    }
}

static gboolean
write_receipt_job (const char *path, gpointer data, GError **error)
{
  ReceiptJob *job = data;
  TtPaper paper = job->certificate ? TT_PAPER_A5 : tt_paper_from_string (job->doc->paper);

  if (job->certificate)
    return tt_certificate_write_pdf (job->doc, paper, path, error);
  if (!tt_receipt_write_pdf (job->doc, paper, path, error))
    return FALSE;
  return tt_donation_mark_printed (job->db, job->doc->donation_id, error);
}

static ReceiptJob *
receipt_job (TtDonorsPage *self, GVariant *param, gboolean certificate)
{
  g_autoptr(GError) error = NULL;
  ReceiptJob *job;
  const char *receipt = g_variant_get_string (param, NULL);
  TtReceiptDoc *doc = certificate ? tt_certificate_doc_load (self->db, receipt, &error)
                                  : tt_receipt_doc_load (self->db, receipt, FALSE, &error);

  if (doc == NULL)
    {
      tt_donors_page_toast (self, error->message);
      return NULL;
    }
  job = g_new0 (ReceiptJob, 1);
  job->db = g_object_ref (self->db);
  job->doc = doc;
  job->certificate = certificate;
  job->page = g_object_ref (self);
  return job;
}

void
tt_donors_page_print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  gboolean certificate = g_str_equal (name, "donors.print-certificate");
  ReceiptJob *job = receipt_job (self, param, certificate);
  TtPaper paper;

  if (job == NULL)
    return;
  paper = certificate ? TT_PAPER_A5 : tt_paper_from_string (job->doc->paper);
  tt_print_pages (tt_donors_page_parent_window (self), job->doc->receipt, paper, certificate || paper == TT_PAPER_A5, 1,
                  draw_receipt_job, receipt_printed, job, (GDestroyNotify) receipt_job_free);
}

void
tt_donors_page_export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  gboolean certificate = g_str_equal (name, "donors.export-certificate");
  ReceiptJob *job = receipt_job (self, param, certificate);
  g_autofree char *file = NULL;

  if (job == NULL)
    return;
  file = g_strdup_printf (certificate ? "thu-cam-on-%s.pdf" : "phieu-thu-%s.pdf", job->doc->receipt);
  tt_save_pdf (tt_donors_page_parent_window (self), certificate ? _("Export Certificate") : _("Export Receipt"), file,
               write_receipt_job, job, (GDestroyNotify) receipt_job_free);
}

/* Year statement: the current reporting year, or the one typed. */
static gboolean
write_statement (const char *path, gpointer data, GError **error)
{
  return tt_statement_write_pdf (data, path, error);
}

static void
on_statement_response_cb (AdwMessageDialog *dialog, const char *response, TtDonorsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "period");
  g_autoptr(GError) error = NULL;
  TtStatementDoc *doc;
  g_autofree char *file = NULL;
  TtYearStart ys;
  TtPeriod period;

  if (!g_str_equal (response, "save"))
    return;
  tt_office_year_start (self->db, &ys);
  if (!tt_period_parse (gtk_editable_get_text (entry), &ys, &period, &error) ||
      (doc = tt_statement_doc_load (self->db, self->donor_id, &period, &error)) == NULL)
    {
      tt_donors_page_toast (self, error->message);
      return;
    }
  file = g_strdup_printf ("xac-nhan-ung-ho-%lld-%s.pdf", (long long) self->donor_id, gtk_editable_get_text (entry));
  g_strdelimit (file, "/ ", '-');
  tt_save_pdf (tt_donors_page_parent_window (self), _("Export Statement"), file, write_statement, doc,
               (GDestroyNotify) tt_statement_doc_free);
}

/* The period is checked as it is typed: Save waits for one that means something, and the
 * reason stands under the field, so nothing typed is lost to an error. */
static void
on_period_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  TtDonorsPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  GtkLabel *problem = g_object_get_data (G_OBJECT (dialog), "problem");
  g_autoptr(GError) error = NULL;
  TtYearStart ys;
  TtPeriod period;
  gboolean ok;

  tt_office_year_start (self->db, &ys);
  ok = tt_period_parse (gtk_editable_get_text (entry), &ys, &period, &error);
  gtk_label_set_label (problem, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (problem), !ok);
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  adw_message_dialog_set_response_enabled (dialog, "save", ok);
}

void
tt_donors_page_statement_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry, *box, *problem;
  g_autofree char *year = NULL;
  TtYearStart ys;
  char today[11];

  if (self->donor_id == 0)
    return;
  tt_office_year_start (self->db, &ys);
  tt_date_today (today);
  year = g_strdup_printf ("%d", tt_period_year_of (today, &ys));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), year);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  problem = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
  gtk_label_set_xalign (GTK_LABEL (problem), 0);
  gtk_widget_add_css_class (problem, "error");
  gtk_widget_set_visible (problem, FALSE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), problem);
  dialog = tt_donors_page_ask (self, _("Statement of Gifts"),
                               _("All valid gifts of the donor in the period, with the total in words. "
                                 "Give a year (2026), a quarter (2026-Q4), a month (2026-11) or dates (01/01/2026..30/06/2026)."),
                               box, _("_Cancel"), "save", _("_Save PDF…"), ADW_RESPONSE_SUGGESTED, "save",
                               G_CALLBACK (on_statement_response_cb));
  g_object_set_data (G_OBJECT (dialog), "period", entry);
  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_object_set_data (G_OBJECT (dialog), "problem", problem);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_period_changed_cb), dialog, 0);
}

