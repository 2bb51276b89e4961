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
#include "tt-thread.h"

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

static gboolean reading_end (TtSheetDoc *doc, GError **error);

void
tt_sheet_doc_free (TtSheetDoc *doc)
{
  if (doc == NULL)
    return;
  reading_end (doc, NULL);   /* its thread reads the doc until it has ended */
  g_free (doc->office);
  g_free (doc->parent);
  g_free (doc->title);
  g_free (doc->campaign);
  g_free (doc->place);
  g_free (doc->package);
  g_ptr_array_unref (doc->lines);
  g_clear_pointer (&doc->group_sizes, g_array_unref);
  g_clear_error (&doc->read_error);
  g_free (doc->total);
  g_free (doc->total_words);
  g_free (doc->date_words);
  g_free (doc->head);
  g_free (doc->accountant);
  g_free (doc->clerk);
  g_free (doc);
}

/* The lines as they are read: a village's rows follow its heading and end with its totals. A
 * reading on a thread of its own hands its lines over in batches. */
typedef struct
{
  TtSheetDoc     *doc;
  GPtrArray      *lines;        /* where lines are added */
  TtSheetReading *stream;       /* NULL when the lines stay in doc->lines */
  guint           group;        /* the village whose rows are being added, from 1 */
  guint           left;         /* rows of it still to come */
  char           *village;      /* the village as its rows name it */
  gint64          households, packages, value;
} Reading;

/* Lines read on a thread of its own while a writer takes them in order (tt_sheet_export). */
struct _TtSheetReading
{
  TtDb            *db;
  gint64           list_id;
  TtOfficeProfile *office;
  GThread         *thread;
  Reading          r;
  GMutex           lock;
  GCond            changed;
  GQueue           batches;     /* GPtrArray of TtSheetLine, oldest first */
  GQueue           spent;       /* batches the writer is done with, freed by the thread */
  gboolean         sizes_known; /* doc->group_sizes is set */
  gboolean         done;        /* the thread has handed over its last batch */
  gboolean         stopped;     /* the writer wants no more lines */
  gint             stop;        /* the same, read without the lock: the reading ends early */
  GError          *error;
};

/* Lines handed over at a time, and batches read ahead of the writer at most. */
#define BATCH_LINES 256
#define BATCHES_AHEAD 8

static GPtrArray *
lines_new (guint size)
{
  return g_ptr_array_new_full (size, (GDestroyNotify) line_free);
}

/* Hands the batch of lines read so far to the writer, waiting while it is far behind, and frees
 * the batches the writer is done with: their lines were made on this thread, whose allocator
 * takes them back without a lock, and the writer's thread has the file to write (100,000 lines
 * freed there took 0.2–0.26 s of it). */
static void
hand_over (Reading *r)
{
  TtSheetReading *s = r->stream;
  GPtrArray *batch = r->lines;
  GQueue spent;

  r->lines = lines_new (BATCH_LINES + 2);
  g_mutex_lock (&s->lock);
  while (!s->stopped && s->batches.length >= BATCHES_AHEAD)
    g_cond_wait (&s->changed, &s->lock);
  if (s->stopped)
    g_ptr_array_unref (batch);
  else
    g_queue_push_tail (&s->batches, batch);
  spent = s->spent;
  g_queue_init (&s->spent);
  g_cond_broadcast (&s->changed);
  g_mutex_unlock (&s->lock);
  g_queue_clear_full (&spent, (GDestroyNotify) g_ptr_array_unref);
}

static TtSheetLine *
add_line (Reading *r, TtSheetLineKind kind)
{
  TtSheetLine *l = g_new0 (TtSheetLine, 1);

  l->kind = kind;
  g_ptr_array_add (r->lines, l);
  return l;
}

static void
close_group (Reading *r)
{
  TtSheetLine *l;

  if (r->village == NULL)
    return;
  l = add_line (r, TT_SHEET_SUBTOTAL);
  l->head = g_strdup_printf ("Cộng %s: %lld hộ", r->village, (long long) r->households);
  l->quantity = g_strdup_printf ("%lld", (long long) r->packages);
  l->value = tt_money_format_plain (r->value);
  l->packages = r->packages;
  l->amount = r->value;
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

/* The villages' sizes, known before their rows: the sheet's lines can be counted (and its pages)
 * while the rows are still being read. */
static void
on_groups (const guint *sizes, guint n_groups, gpointer data)
{
  Reading *r = data;
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_groups);

  g_array_append_vals (copy, sizes, n_groups);
  if (r->stream == NULL)
    {
      r->doc->group_sizes = copy;
      return;
    }
  g_mutex_lock (&r->stream->lock);
  r->doc->group_sizes = copy;
  r->stream->sizes_known = TRUE;
  g_cond_broadcast (&r->stream->changed);
  g_mutex_unlock (&r->stream->lock);
}

static gboolean
add_entry (const TtGiftEntry *e, gpointer data)
{
  Reading *r = data;
  TtSheetDoc *doc = r->doc;
  char *village = e->village_name
    ? g_strdup (e->village_name)
    : g_strdup_printf ("%s (chưa ghi thôn)", e->commune_name ? e->commune_name : "Không rõ xã");
  TtSheetLine *l;

  /* A village's heading before its first row: the rows come village by village, as many as its
   * size says. */
  if (r->left == 0)
    {
      const GArray *sizes = doc->group_sizes;
      close_group (r);
      l = add_line (r, TT_SHEET_VILLAGE);
      l->head = e->commune_name && doc->place == NULL ? g_strdup_printf ("%s — %s", village, e->commune_name)
                                                      : g_strdup (village);
      g_free (r->village);
      r->village = g_strdup (village);
      r->left = sizes != NULL && r->group < sizes->len ? g_array_index (sizes, guint, r->group) : G_MAXUINT;
      r->group++;
      r->households = r->packages = r->value = 0;
    }
  r->left--;
  l = add_line (r, TT_SHEET_ENTRY);
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
  if (r->stream != NULL && r->lines->len >= BATCH_LINES)
    hand_over (r);
  /* A writer that gave up (a file that cannot be written) is not kept waiting for the rest. */
  return r->stream == NULL || !g_atomic_int_get (&r->stream->stop);
}

/* Reads the lines of @r's list; TRUE when every one was read. */
static gboolean
read_lines (TtDb *db, gint64 list_id, Reading *r, GError **error)
{
  gboolean ok = tt_gift_list_foreach_entry_grouped (db, list_id, on_groups, add_entry, r, error);

  if (ok)
    close_group (r);
  g_clear_pointer (&r->village, g_free);
  return ok;
}

/* The sheet's heading: the office, the list, its campaign and package; no line yet. */
static TtSheetDoc *
doc_begin (TtDb *db, gint64 list_id, TtOfficeProfile **office, GError **error)
{
  g_autoptr(TtGiftList) list = tt_gift_list_get (db, list_id, error);
  TtSheetDoc *doc;
  g_autofree char *value = NULL;

  if (list == NULL)
    return NULL;
  doc = g_new0 (TtSheetDoc, 1);
  *office = tt_office_profile_load (db);
  doc->office = g_strdup ((*office)->name);
  doc->parent = g_strdup ((*office)->parent);
  doc->head = g_strdup ((*office)->head);
  doc->accountant = g_strdup ((*office)->accountant);
  doc->clerk = g_strdup ((*office)->clerk);
  doc->title = g_strdup ("DANH SÁCH HỘ NHẬN QUÀ TẾT");
  doc->campaign = g_strdup (list->campaign_name);
  doc->place = list->place_name ? g_strdup_printf ("Địa bàn: %s", list->place_name) : NULL;
  value = tt_money_format (list->package_value);
  doc->package = g_strdup_printf ("Suất quà: %s — trị giá %s/suất", list->package_name, value);
  doc->lines = lines_new (list->households + 64);
  return doc;
}

/* The grand total, in figures and in words, once every line is read. */
static void
doc_end (TtSheetDoc *doc, const TtOfficeProfile *office)
{
  g_autofree char *total_value = tt_money_format (doc->value);
  /* Counts grouped as amounts are: "100.000 hộ". */
  g_autofree char *total_households = tt_money_format_plain (doc->households);
  g_autofree char *total_packages = tt_money_format_plain (doc->packages);

  doc->total = g_strdup_printf ("Tổng cộng: %s hộ, %s suất, %s", total_households, total_packages, total_value);
  doc->total_words = tt_office_profile_words (office, doc->value);
  doc->date_words = tt_date_words_today ();
}

TtSheetDoc *
tt_sheet_doc_load (TtDb    *db,
                   gint64   list_id,
                   GError **error)
{
  g_autoptr(TtOfficeProfile) office = NULL;
  g_autoptr(TtSheetDoc) doc = doc_begin (db, list_id, &office, error);
  Reading r = { doc };

  if (doc == NULL)
    return NULL;
  r.lines = doc->lines;
  if (!read_lines (db, list_id, &r, error))
    return NULL;
  doc_end (doc, office);
  return g_steal_pointer (&doc);
}

static gpointer
reading_thread (gpointer data)
{
  TtSheetReading *s = data;
  gboolean ok;

  tt_thread_set_background ();
  ok = read_lines (s->db, s->list_id, &s->r, &s->error);

  if (ok && s->r.lines->len > 0)
    hand_over (&s->r);
  g_clear_pointer (&s->r.lines, g_ptr_array_unref);
  g_mutex_lock (&s->lock);
  s->done = TRUE;
  g_cond_broadcast (&s->changed);
  g_mutex_unlock (&s->lock);
  return NULL;
}

/* The sheet of @list_id with its heading, its lines read on a thread of their own from @db while
 * a writer takes them with tt_sheet_doc_next_lines(); @db is the thread's until the doc's reading
 * ends (tt_sheet_doc_finish() or the doc freed). */
static TtSheetDoc *
doc_stream (TtDb    *db,
                     gint64   list_id,
                     GError **error)
{
  TtOfficeProfile *office = NULL;
  TtSheetDoc *doc = doc_begin (db, list_id, &office, error);
  TtSheetReading *s;

  if (doc == NULL)
    return NULL;
  s = g_new0 (TtSheetReading, 1);
  s->db = db;
  s->list_id = list_id;
  s->office = office;
  s->r.doc = doc;
  s->r.stream = s;
  s->r.lines = lines_new (BATCH_LINES + 2);
  g_mutex_init (&s->lock);
  g_cond_init (&s->changed);
  g_queue_init (&s->batches);
  g_queue_init (&s->spent);
  doc->reading = s;
  s->thread = g_thread_new ("tt-sheet-reading", reading_thread, s);
  return doc;
}

/* Ends the reading of @doc: the thread is stopped if the writer gave up, waited for, and its
 * batches not taken dropped. TRUE when every line was read. */
static gboolean
reading_end (TtSheetDoc *doc, GError **error)
{
  TtSheetReading *s = doc->reading;
  gboolean ok;

  if (s == NULL)
    return TRUE;
  g_atomic_int_set (&s->stop, TRUE);
  g_mutex_lock (&s->lock);
  s->stopped = TRUE;
  g_cond_broadcast (&s->changed);
  g_mutex_unlock (&s->lock);
  g_thread_join (s->thread);
  g_queue_clear_full (&s->batches, (GDestroyNotify) g_ptr_array_unref);
  g_queue_clear_full (&s->spent, (GDestroyNotify) g_ptr_array_unref);
  ok = s->error == NULL;
  if (!ok)
    {
      /* Kept: whoever asks again (the writer, then the export) hears it too. */
      doc->read_error = g_steal_pointer (&s->error);
      g_propagate_error (error, g_error_copy (doc->read_error));
    }
  else
    doc_end (doc, s->office);
  tt_office_profile_free (s->office);
  g_mutex_clear (&s->lock);
  g_cond_clear (&s->changed);
  g_free (s);
  doc->reading = NULL;
  return ok;
}

GPtrArray *
tt_sheet_doc_next_lines (TtSheetDoc *doc)
{
  TtSheetReading *s = doc->reading;
  GPtrArray *batch;

  if (s == NULL)
    {
      if (doc->lines_taken || doc->lines->len == 0)
        return NULL;
      doc->lines_taken = TRUE;
      return g_ptr_array_ref (doc->lines);
    }
  g_mutex_lock (&s->lock);
  while (s->batches.length == 0 && !s->done)
    g_cond_wait (&s->changed, &s->lock);
  batch = g_queue_pop_head (&s->batches);
  g_cond_broadcast (&s->changed);
  g_mutex_unlock (&s->lock);
  return batch;
}

void
tt_sheet_doc_lines_done (TtSheetDoc *doc,
                         GPtrArray  *lines)
{
  TtSheetReading *s = doc->reading;

  if (s != NULL)
    {
      g_mutex_lock (&s->lock);
      if (!s->done)
        {
          g_queue_push_tail (&s->spent, lines);
          lines = NULL;
        }
      g_mutex_unlock (&s->lock);
    }
  if (lines != NULL)
    g_ptr_array_unref (lines);
}

gboolean
tt_sheet_doc_finish (TtSheetDoc  *doc,
                     GError     **error)
{
  if (doc->reading != NULL)
    return reading_end (doc, error);
  if (doc->read_error != NULL)
    {
      g_propagate_error (error, g_error_copy (doc->read_error));
      return FALSE;
    }
  return TRUE;
}

const GArray *
tt_sheet_doc_group_sizes (TtSheetDoc *doc)
{
  TtSheetReading *s = doc->reading;

  if (s != NULL)
    {
      g_mutex_lock (&s->lock);
      while (!s->sizes_known && !s->done)
        g_cond_wait (&s->changed, &s->lock);
      g_mutex_unlock (&s->lock);
    }
  return doc->group_sizes;
}

gboolean
tt_sheet_doc_read_upto (TtSheetDoc *doc,
                        guint       n_lines)
{
  GPtrArray *batch;

  while (doc->reading != NULL && doc->lines->len < n_lines && (batch = tt_sheet_doc_next_lines (doc)) != NULL)
    g_ptr_array_extend_and_steal (doc->lines, batch);
  return doc->lines->len >= n_lines;
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
  gboolean ok = job->write (job->doc, path, error);

  /* The reading has ended before the export is recorded with the same connection. */
  return tt_sheet_doc_finish (job->doc, ok ? error : NULL) && ok;
}

/* Writes the signing sheet of @list_id to @path with @write (PDF or XLSX, from render) while its
 * lines are read, and records the export as @what; a failed export leaves neither a file nor a
 * log row. */
gboolean
tt_sheet_export (TtDb           *db,
                 gint64          list_id,
                 const char     *what,
                 const char     *path,
                 TtSheetWriter   write,
                 GError        **error)
{
  g_autoptr(TtSheetDoc) doc = doc_stream (db, list_id, error);
  SheetJob job = { doc, write };

  if (doc == NULL)
    return FALSE;
  return tt_export_write_counted (db, what, path, &doc->households, TRUE, write_sheet, &job, error);
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
