/* tt-gift-sheet.c — what a gift list's signing sheet shows, village by village (Vietnamese)
 *
 * The sheet is posted and handed to village heads, so ID numbers are masked and no sensitive
 * field appears; each village ends with its totals and the list with the grand total in words.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-export.h"
#include "tt-gift-sheet.h"
#include "tt-gifts.h"
#include "tt-households.h"
#include "tt-money.h"
#include "tt-office-profile.h"
#include "tt-text.h"

static void
line_free (TtSheetLine *l)
{
  g_free (l->stt);
  g_free (l->head);
  g_free (l->birth_year);
  g_free (l->id_masked);
  g_free (l->place);
  g_free (l->category);
  g_free (l->quantity);
  g_free (l->value);
  g_free (l->note);
  g_free (l);
}

void
tt_sheet_doc_free (TtSheetDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->office);
  g_free (doc->parent);
  g_free (doc->title);
  g_free (doc->campaign);
  g_free (doc->place);
  g_free (doc->package);
  g_ptr_array_unref (doc->lines);
  g_free (doc->total);
  g_free (doc->total_words);
  g_free (doc->date_words);
  g_free (doc->head);
  g_free (doc->accountant);
  g_free (doc->clerk);
  g_free (doc);
}

static TtSheetLine *
add_line (TtSheetDoc *doc, TtSheetLineKind kind)
{
  TtSheetLine *l = g_new0 (TtSheetLine, 1);

  l->kind = kind;
  g_ptr_array_add (doc->lines, l);
  return l;
}

static void
add_subtotal (TtSheetDoc *doc, const char *village, gint64 households, gint64 packages, gint64 value)
{
  TtSheetLine *l = add_line (doc, TT_SHEET_SUBTOTAL);

  l->head = g_strdup_printf ("Cộng %s: %lld hộ", village, (long long) households);
  l->quantity = g_strdup_printf ("%lld", (long long) packages);
  l->value = tt_money_format_plain (value);
  l->packages = packages;
  l->amount = value;
}

static char *
entry_note (const TtGiftEntry *e)
{
  if (g_strcmp0 (e->status, "delivered") == 0 && e->proxy_name != NULL)
    return e->proxy_relation ? g_strdup_printf ("Nhận thay: %s (%s)", e->proxy_name, e->proxy_relation)
                             : g_strdup_printf ("Nhận thay: %s", e->proxy_name);
  if (g_strcmp0 (e->status, "absent") == 0 || g_strcmp0 (e->status, "refused") == 0)
    return g_strdup (tt_gift_status_printed (e->status));
  if (e->extra_reason != NULL)
    return g_strdup_printf ("Thêm suất: %s", e->extra_reason);
  return NULL;
}

/* The lines as they are read: a village's rows follow its heading and end with its totals. */
typedef struct
{
  TtSheetDoc *doc;
  char       *group;        /* commune/village of the rows being added */
  gint64      households, packages, value;
} Reading;

static void
close_group (Reading *r)
{
  if (r->group != NULL)
    add_subtotal (r->doc, ((TtSheetLine *) r->doc->lines->pdata[r->doc->lines->len - 1])->place, r->households,
                  r->packages, r->value);
}

static void
add_entry (const TtGiftEntry *e, gpointer data)
{
  Reading *r = data;
  TtSheetDoc *doc = r->doc;
  char *village = e->village_name
    ? g_strdup (e->village_name)
    : g_strdup_printf ("%s (chưa ghi thôn)", e->commune_name ? e->commune_name : "Không rõ xã");
  g_autofree char *key = g_strdup_printf ("%s/%s", e->commune_name ? e->commune_name : "", village);
  TtSheetLine *l;

  if (g_strcmp0 (r->group, key) != 0)
    {
      close_group (r);
      l = add_line (doc, TT_SHEET_VILLAGE);
      l->head = e->commune_name && doc->place == NULL ? g_strdup_printf ("%s — %s", village, e->commune_name)
                                                      : g_strdup (village);
      g_free (r->group);
      r->group = g_steal_pointer (&key);
      r->households = r->packages = r->value = 0;
    }
  l = add_line (doc, TT_SHEET_ENTRY);
  l->stt = g_strdup_printf ("%lld", (long long) doc->households + 1);
  l->head = g_strdup (e->head_name);
  l->birth_year = e->birth_year ? g_strdup_printf ("%d", e->birth_year) : NULL;
  l->id_masked = e->id_number ? tt_text_mask_id (e->id_number) : NULL;
  l->place = village;
  l->category = g_strdup (tt_category_printed (e->category));
  l->quantity = g_strdup_printf ("%d", e->quantity);
  l->value = tt_money_format_plain (e->value);
  l->number = doc->households + 1;
  l->packages = e->quantity;
  l->amount = e->value;
  l->note = entry_note (e);
  doc->households++;
  doc->packages += e->quantity;
  doc->value += e->value;
  r->households++;
  r->packages += e->quantity;
  r->value += e->value;
}

TtSheetDoc *
tt_sheet_doc_load (TtDb    *db,
                   gint64   list_id,
                   GError **error)
{
  g_autoptr(TtGiftList) list = tt_gift_list_get (db, list_id, error);
  g_autoptr(TtSheetDoc) doc = NULL;
  g_autoptr(TtOfficeProfile) office = NULL;
  g_autofree char *value = NULL;
  g_autofree char *total_value = NULL;
  g_autofree char *total_households = NULL;
  g_autofree char *total_packages = NULL;
  Reading r = { NULL };
  gboolean ok;

  if (list == NULL)
    return NULL;
  doc = g_new0 (TtSheetDoc, 1);
  doc->lines = g_ptr_array_new_full (list->households + 64, (GDestroyNotify) line_free);
  office = tt_office_profile_load (db);
  doc->office = g_strdup (office->name);
  doc->parent = g_strdup (office->parent);
  doc->head = g_strdup (office->head);
  doc->accountant = g_strdup (office->accountant);
  doc->clerk = g_strdup (office->clerk);
  doc->title = g_strdup ("DANH SÁCH HỘ NHẬN QUÀ TẾT");
  doc->campaign = g_strdup (list->campaign_name);
  doc->place = list->place_name ? g_strdup_printf ("Địa bàn: %s", list->place_name) : NULL;
  value = tt_money_format (list->package_value);
  doc->package = g_strdup_printf ("Suất quà: %s — trị giá %s/suất", list->package_name, value);

  r.doc = doc;
  ok = tt_gift_list_foreach_entry (db, list_id, add_entry, &r, error);
  if (ok)
    close_group (&r);
  g_free (r.group);
  if (!ok)
    return NULL;
  total_value = tt_money_format (doc->value);
  /* Counts grouped as amounts are: "100.000 hộ". */
  total_households = tt_money_format_plain (doc->households);
  total_packages = tt_money_format_plain (doc->packages);
  doc->total = g_strdup_printf ("Tổng cộng: %s hộ, %s suất, %s", total_households, total_packages, total_value);
  doc->total_words = tt_office_profile_words (office, doc->value);
  doc->date_words = tt_date_words_today ();
  return g_steal_pointer (&doc);
}

typedef struct
{
  TtSheetDoc    *doc;
  TtSheetWriter  write;
} SheetJob;

static gboolean
write_sheet (const char *path, gpointer data, GError **error)
{
  SheetJob *job = data;

  return job->write (g_steal_pointer (&job->doc), path, error);
}

/* Writes the signing sheet of @list_id to @path with @write (PDF or XLSX, from render) and
 * records the export as @what; a failed export leaves neither a file nor a log row. */
gboolean
tt_sheet_export (TtDb           *db,
                 gint64          list_id,
                 const char     *what,
                 const char     *path,
                 TtSheetWriter   write,
                 GError        **error)
{
  SheetJob job = { tt_sheet_doc_load (db, list_id, error), write };
  gint64 rows;
  gboolean ok;

  if (job.doc == NULL)
    return FALSE;
  rows = job.doc->households;
  ok = tt_export_write (db, what, path, rows, TRUE, write_sheet, &job, error);
  g_clear_pointer (&job.doc, tt_sheet_doc_free);
  return ok;
}

/* The sheet of @list_id for printing, recorded as printed: the print dialog sends it on. */
TtSheetDoc *
tt_sheet_doc_load_for_print (TtDb     *db,
                             gint64    list_id,
                             GError  **error)
{
  g_autoptr(TtSheetDoc) doc = tt_sheet_doc_load (db, list_id, error);

  if (doc == NULL || !tt_export_log_add (db, "gift-list-print", NULL, doc->households, TRUE, error))
    return NULL;
  return g_steal_pointer (&doc);
}
