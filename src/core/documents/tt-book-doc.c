/* tt-book-doc.c — everything a printed cash or bank book shows, from the office file */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-book-doc.h"
#include "tt-date.h"
#include "tt-export.h"
#include "tt-campaigns.h"
#include "tt-office.h"
#include "tt-office-profile.h"

void
tt_book_doc_free (TtBookDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->office);
  g_free (doc->parent);
  g_free (doc->title);
  g_free (doc->account_line);
  g_free (doc->period);
  g_free (doc->fund);
  g_free (doc->date_words);
  g_free (doc->cashier);
  g_free (doc->accountant);
  g_free (doc->head);
  tt_book_free (doc->book);
  g_free (doc);
}

static void
office_part (TtBookDoc *doc, TtDb *db)
{
  g_autoptr(TtOfficeProfile) office = tt_office_profile_load (db);

  doc->office = g_strdup (office->name);
  doc->parent = g_strdup (office->parent);
  doc->fund = g_strdup (office->fund);
  doc->cashier = g_strdup (office->cashier);
  doc->accountant = g_strdup (office->accountant);
  doc->head = g_strdup (office->head);
  doc->date_words = tt_date_words_today ();
}

static char *
period_line (const char *from, const char *to)
{
  g_autofree char *a = tt_date_display (from);
  g_autofree char *b = tt_date_display (to);

  return g_str_equal (from, "0000-01-01") ? g_strdup_printf ("Đến ngày %s", b)
                                          : g_strdup_printf ("Từ ngày %s đến ngày %s", a, b);
}

/* The donations journal for @filter, with its heading (what it was narrowed to) and
 * signatories (the clerk who draws it up, the chief accountant, the head). */
TtBookDoc *
tt_journal_doc_load (TtDb                  *db,
                     const TtJournalFilter *filter,
                     GError               **error)
{
  g_autoptr(TtBookDoc) doc = g_new0 (TtBookDoc, 1);
  g_autoptr(GString) narrowed = g_string_new (NULL);

  if ((doc->book = tt_journal_load (db, filter, error)) == NULL)
    return NULL;
  office_part (doc, db);
  {
    g_autofree char *clerk = tt_office_get (db, "clerk");
    g_free (doc->cashier);
    doc->cashier = g_steal_pointer (&clerk);
  }
  doc->title = g_strdup ("BẢNG KÊ THU TIỀN ỦNG HỘ");
  doc->period = period_line (doc->book->from, doc->book->to);
  if (filter->method != NULL)
    g_string_append_printf (narrowed, "Hình thức: %s", tt_donation_method_printed (filter->method));
  if (filter->campaign_id != 0)
    {
      g_autoptr(TtCampaign) c = tt_campaign_get (db, filter->campaign_id, NULL);
      if (c != NULL)
        g_string_append_printf (narrowed, "%sĐợt vận động: %s", narrowed->len ? " — " : "", c->name);
    }
  if (filter->collected_by != NULL)
    g_string_append_printf (narrowed, "%sNgười thu: %s", narrowed->len ? " — " : "", filter->collected_by);
  if (filter->status != NULL)
    g_string_append_printf (narrowed, "%s%s", narrowed->len ? " — " : "",
                            g_str_equal (filter->status, "void") ? "Chỉ biên lai đã hủy" : "Chỉ biên lai hợp lệ");
  if (narrowed->len > 0)
    doc->account_line = g_string_free (g_steal_pointer (&narrowed), FALSE);
  return g_steal_pointer (&doc);
}

/* The book of @account from @from to @to (ISO, inclusive) with its heading and signatories. */
TtBookDoc *
tt_book_doc_load (TtDb        *db,
                  TtAccount    account,
                  const char  *from,
                  const char  *to,
                  GError     **error)
{
  g_autoptr(TtOfficeProfile) office = NULL;
  g_autoptr(TtBookDoc) doc = g_new0 (TtBookDoc, 1);

  if ((doc->book = tt_book_load (db, account, from, to, error)) == NULL)
    return NULL;
  office_part (doc, db);
  office = tt_office_profile_load (db);
  doc->title = g_strdup (account == TT_ACCOUNT_BANK ? "SỔ TIỀN GỬI NGÂN HÀNG" : "SỔ QUỸ TIỀN MẶT");
  if (account == TT_ACCOUNT_BANK && office->bank_account != NULL)
    doc->account_line = g_strdup_printf ("Nơi mở tài khoản giao dịch: %s — Số hiệu tài khoản: %s",
                                         office->bank_name ? office->bank_name : "", office->bank_account);
  doc->period = period_line (from, to);
  return g_steal_pointer (&doc);
}

typedef struct
{
  TtBookDoc *doc;
  gboolean (*write) (const TtBookDoc *doc, const char *path, GError **error);
} BookJob;

static gboolean
write_book (const char *path, gpointer data, GError **error)
{
  BookJob *job = data;

  return job->write (job->doc, path, error);
}

/* Writes the book to @path whole, or not at all, and records it in the export log. */
gboolean
tt_book_doc_export (TtDb        *db,
                    TtAccount    account,
                    const char  *from,
                    const char  *to,
                    const char  *path,
                    gboolean   (*write) (const TtBookDoc *doc, const char *path, GError **error),
                    GError     **error)
{
  g_autoptr(TtBookDoc) doc = tt_book_doc_load (db, account, from, to, error);
  BookJob job = { doc, write };

  if (doc == NULL)
    return FALSE;
  return tt_export_write (db, account == TT_ACCOUNT_BANK ? "bank-book" : "cash-book", path,
                          doc->book->lines->len, FALSE, write_book, &job, error);
}

/* Writes the journal to @path whole, or not at all, and records it in the export log. */
gboolean
tt_journal_doc_export (TtDb                  *db,
                       const TtJournalFilter *filter,
                       const char            *path,
                       gboolean             (*write) (const TtBookDoc *doc, const char *path, GError **error),
                       GError               **error)
{
  g_autoptr(TtBookDoc) doc = tt_journal_doc_load (db, filter, error);
  BookJob job = { doc, write };

  if (doc == NULL)
    return FALSE;
  return tt_export_write (db, "donation-journal", path, doc->book->lines->len, FALSE, write_book, &job, error);
}
