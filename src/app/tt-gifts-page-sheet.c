/* tt-gifts-page-sheet.c — the signing sheet of the list shown: printed, or saved as PDF or XLSX
 *
 * Printing draws the same pages as the PDF; a saved file is written whole (or not at all) and
 * logged by core's export, in the folder used last with a suggested name.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-gifts-page-private.h"
#include "tt-gifts.h"
#include "tt-print.h"
#include "tt-signing-sheet.h"

static TtSigningSheet *
load_sheet_for_print (TtGiftsPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 list = tt_gifts_page_get_list (self);
  TtSheetDoc *doc = list ? tt_sheet_doc_load_for_print (tt_gifts_page_get_db (self), list, &error) : NULL;

  if (doc == NULL)
    {
      if (error != NULL)
        tt_gifts_page_show_problem (self, error);
      return NULL;
    }
  return tt_signing_sheet_new (doc);
}

static void
draw_sheet_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_signing_sheet_draw_page (data, cr, page_nr);
}

void
tt_gifts_page_print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  TtSigningSheet *sheet = load_sheet_for_print (self);

  if (sheet != NULL)
    tt_print_pages (tt_gifts_page_parent_window (self), _("Signing sheet"), TT_PAPER_A4, TRUE,
                    tt_signing_sheet_page_count (sheet), draw_sheet_page, NULL, sheet,
                    (GDestroyNotify) tt_signing_sheet_free);
}

typedef struct
{
  TtDb     *db;
  gint64    list_id;
  gboolean  xlsx;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->db);
  g_free (job);
}

static gboolean
write_sheet (const char *path, gpointer data, GError **error)
{
  ExportJob *job = data;

  return job->xlsx ? tt_sheet_export (job->db, job->list_id, "gift-list-xlsx", path, tt_signing_sheet_write_xlsx, error)
                   : tt_sheet_export (job->db, job->list_id, "gift-list-pdf", path, tt_signing_sheet_write_pdf, error);
}

/* gifts.export-pdf and gifts.export-xlsx. */
void
tt_gifts_page_export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  ExportJob *job;

  if (tt_gifts_page_get_list (self) == 0)
    return;
  job = g_new0 (ExportJob, 1);
  job->db = g_object_ref (tt_gifts_page_get_db (self));
  job->list_id = tt_gifts_page_get_list (self);
  job->xlsx = g_str_equal (name, "gifts.export-xlsx");
  if (job->xlsx)
    tt_save_file (tt_gifts_page_parent_window (self), _("Export Signing Sheet"), "danh-sach-ky-nhan.xlsx",
                  _("Spreadsheets (XLSX)"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  write_sheet, job, (GDestroyNotify) export_job_free);
  else
    tt_save_pdf (tt_gifts_page_parent_window (self), _("Export Signing Sheet"), "danh-sach-ky-nhan.pdf", write_sheet,
                 job, (GDestroyNotify) export_job_free);
}
