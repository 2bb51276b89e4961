/* tt-gifts-page-list.c — the list shown: renamed, deleted while empty, and its signing sheet
 * printed or saved as PDF or XLSX
 *
 * Printing draws the same pages as the PDF; a saved file is written whole (or not at all) and
 * logged by core's export, in the folder used last with a suggested name.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-ask.h"
#include "tt-gifts-page-private.h"
#include "tt-gifts.h"
#include "tt-print.h"
#include "tt-reading.h"
#include "tt-window.h"
#include "tt-signing-sheet.h"

/* The sheet read and laid out on a worker thread: a province's list is 5,000 pages. */
static gpointer
load_sheet_thread (TtDb *reader, gpointer job, GError **error)
{
  TtSheetDoc *doc = tt_sheet_doc_load_for_print (reader, *(gint64 *) job, error);

  return doc != NULL ? tt_signing_sheet_new (doc) : NULL;
}

static void
draw_sheet_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_signing_sheet_draw_page (data, cr, page_nr);
}

static void
on_sheet_loaded_cb (gpointer owner, gpointer result, gpointer job, const GError *error)
{
  TtGiftsPage *self = owner;
  TtSigningSheet *sheet = result;

  if (sheet == NULL)
    {
      tt_gifts_page_show_problem (self, (GError *) error);
      return;
    }
  tt_print_pages (tt_gifts_page_parent_window (self), _("Signing sheet"), TT_PAPER_A4, TRUE,
                  tt_signing_sheet_page_count (sheet), draw_sheet_page, NULL, sheet,
                  (GDestroyNotify) tt_signing_sheet_free);
}

void
tt_gifts_page_print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  gint64 list = tt_gifts_page_get_list (self);

  if (list == 0)
    return;
  if (TT_IS_WINDOW (tt_gifts_page_parent_window (self)))
    tt_window_toast (TT_WINDOW (tt_gifts_page_parent_window (self)), _("Preparing the pages to print…"));
  tt_read_in_thread (self, tt_gifts_page_printing (self), tt_gifts_page_get_db (self), load_sheet_thread,
                     g_memdup2 (&list, sizeof list), g_free, (GDestroyNotify) tt_signing_sheet_free,
                     on_sheet_loaded_cb);
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
write_sheet (TtDb *db, const char *path, gpointer data, GError **error)
{
  ExportJob *job = data;

  return job->xlsx ? tt_sheet_export (db, job->list_id, "gift-list-xlsx", path, tt_signing_sheet_write_xlsx, error)
                   : tt_sheet_export (db, job->list_id, "gift-list-pdf", path, tt_signing_sheet_write_pdf, error);
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
  /* Written on a worker thread: a province's list is 5,000 pages. */
  if (job->xlsx)
    tt_save_file_on (tt_gifts_page_parent_window (self), job->db, _("Export Signing Sheet"), "danh-sach-ky-nhan.xlsx",
                     _("Spreadsheets (XLSX)"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     write_sheet, job, (GDestroyNotify) export_job_free);
  else
    tt_save_file_on (tt_gifts_page_parent_window (self), job->db, _("Export Signing Sheet"), "danh-sach-ky-nhan.pdf",
                     _("PDF documents"), "application/pdf", write_sheet, job, (GDestroyNotify) export_job_free);
}

/* ---- renaming and deleting the list ---------------------------------------------------- */

static void
on_rename_response_cb (AdwMessageDialog *dialog, const char *response, TtGiftsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "name");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "rename"))
    return;
  if (!tt_gift_list_rename (tt_gifts_page_get_db (self), tt_gifts_page_get_list (self), gtk_editable_get_text (entry),
                            &error))
    tt_gifts_page_show_problem (self, error);
  tt_gifts_page_refresh_lists (self);
}

void
tt_gifts_page_rename_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  g_autoptr(TtGiftList) list = tt_gift_list_get (tt_gifts_page_get_db (self), tt_gifts_page_get_list (self), NULL);
  GtkWidget *entry;
  AdwMessageDialog *dialog;

  if (list == NULL)
    return;
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), list->name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = tt_ask (tt_gifts_page_parent_window (self), self, _("Rename the List"),
                   _("The name is printed at the top of the signing sheet."), entry, _("_Cancel"), "rename",
                   _("_Rename"), ADW_RESPONSE_SUGGESTED, "rename", G_CALLBACK (on_rename_response_cb));
  g_object_set_data (G_OBJECT (dialog), "name", entry);
  gtk_widget_grab_focus (entry);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog, const char *response, TtGiftsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;
  if (!tt_gift_list_delete (tt_gifts_page_get_db (self), tt_gifts_page_get_list (self), &error))
    tt_gifts_page_show_problem (self, error);
  tt_gifts_page_refresh_lists (self);
}

void
tt_gifts_page_delete_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  g_autoptr(TtGiftList) list = tt_gift_list_get (tt_gifts_page_get_db (self), tt_gifts_page_get_list (self), NULL);
  g_autofree char *heading = NULL;
  g_autoptr(GError) error = NULL;

  if (list == NULL)
    return;
  /* A list with households is their record: say so at once rather than ask. */
  if (!tt_gift_list_deletable (list, &error))
    {
      tt_gifts_page_show_problem (self, error);
      return;
    }
  heading = g_strdup_printf (_("Delete the List “%s”?"), list->name);
  tt_ask (tt_gifts_page_parent_window (self), self, heading, _("The list has no household; nothing else is changed."),
          NULL, _("_Cancel"), "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE, "cancel",
          G_CALLBACK (on_delete_response_cb));
}

/* ---- the entries of the list shown, read on a worker ------------------------------------ */

void
tt_gifts_entries_job_free (TtGiftsEntriesJob *job)
{
  g_free (job->wanted);
  g_clear_pointer (&job->ids, g_array_unref);
  g_free (job);
}

/* The ids of the entries whose head's name holds what is typed (accents optional), in the
 * printed order. */
gpointer
tt_gifts_read_entries (TtDb *reader, gpointer data, GError **error)
{
  TtGiftsEntriesJob *job = data;

  job->ids = tt_gift_list_entry_ids (reader, job->list_id, job->wanted, &job->list_size, error);
  return job->ids != NULL ? job : NULL;   /* the result is the job, filled */
}
