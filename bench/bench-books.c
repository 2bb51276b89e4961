/* bench-books.c — the cash book of a busy year, printed and as a workbook, beside LibreOffice
 *
 *   bench-books [--documents N] [--dir DIR] [--no-anchor]
 *
 * Makes an office whose cash book holds N documents in one year (250,000 by default: receipts
 * and payment vouchers, some void), then times reading the book, writing it as PDF and as XLSX,
 * and, as the anchor measured in the same run, LibreOffice (headless, Debian's
 * libreoffice-calc-nogui) turning that same workbook into a PDF. Prints each figure beside its
 * anchor and the ratio.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "tt-book.h"
#include "tt-book-doc.h"
#include "tt-db-private.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-office.h"
#include "tt-vouchers.h"

static double
file_mb (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size / 1e6 : 0;
}

static gboolean
fill_year (TtDb *db, int documents, GError **error)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (2026);
  TtDonorInput donor = { .name = "Công ty TNHH Thương mại Đại Nam" };
  gint64 donor_id;

  if (!tt_db_begin (db, error) || !tt_book_set_opening (db, TT_ACCOUNT_CASH, "2026-01-01", 100000000, error) ||
      (donor_id = tt_donor_add (db, &donor, error)) == 0)
    return FALSE;
  for (int i = 0; i < documents; i++)
    {
      char date[11];
      int day = i * 365 / documents;
      GDate d;

      g_date_set_dmy (&d, 1, 1, 2026);
      g_date_add_days (&d, day);
      g_date_strftime (date, sizeof date, "%Y-%m-%d", &d);
      if (i % 3 != 2)
        {
          TtDonationInput in = { .donor_id = donor_id, .amount = g_rand_int_range (r, 1, 100) * 10000,
                                 .received_on = date, .method = "cash",
                                 .reason = "Ủng hộ Quỹ \"Vì người nghèo\" — Tháng cao điểm năm 2026" };
          if (tt_donation_add (db, &in, NULL, error) == 0)
            return FALSE;
        }
      else
        {
          TtVoucherInput in = { .payee_name = "Hộ nghèo thôn Đông", .amount = g_rand_int_range (r, 1, 60) * 10000,
                                .paid_on = date, .reason = "Chi hỗ trợ hộ nghèo", .purpose = "other",
                                .allow_negative = TRUE };
          if (tt_voucher_add (db, &in, NULL, error) == 0)
            return FALSE;
        }
    }
  return tt_db_commit (db, error);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = NULL;
  g_autoptr(TtBookDoc) doc = NULL;
  g_autoptr(GTimer) t = g_timer_new ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  int documents = 250000;
  gboolean anchor = TRUE;
  double load_s, pdf_s, xlsx_s, lo_s = -1;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--documents") && i + 1 < argc)
        documents = atoi (argv[++i]);
      else if (g_str_equal (argv[i], "--dir") && i + 1 < argc)
        dir = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--no-anchor"))
        anchor = FALSE;
    }
  if (dir == NULL)
    dir = g_dir_make_tmp ("bench-books-XXXXXX", NULL);
  path = g_build_filename (dir, "office.db", NULL);
  pdf = g_build_filename (dir, "so-quy.pdf", NULL);
  xlsx = g_build_filename (dir, "so-quy.xlsx", NULL);
  g_unlink (path);

  db = tt_db_open (path, &error);
  if (db == NULL || !tt_office_init (db, "Ban vận động Quỹ Vì người nghèo tỉnh Thử Nghiệm", &error) ||
      !tt_db_exec (db, "PRAGMA cache_size = -500000", &error))
    g_error ("%s", error->message);
  g_timer_start (t);
  if (!fill_year (db, documents, &error))
    g_error ("%s", error->message);
  g_print ("%d documents in the cash book of 2026 (made in %.1f s)\n", documents, g_timer_elapsed (t, NULL));

  g_timer_start (t);
  doc = tt_book_doc_load (db, TT_ACCOUNT_CASH, "2026-01-01", "2026-12-31", &error);
  load_s = g_timer_elapsed (t, NULL);
  if (doc == NULL)
    g_error ("%s", error->message);
  g_timer_start (t);
  if (!tt_book_write_pdf (doc, pdf, &error))
    g_error ("%s", error->message);
  pdf_s = g_timer_elapsed (t, NULL);
  g_timer_start (t);
  if (!tt_book_write_xlsx (doc, xlsx, &error))
    g_error ("%s", error->message);
  xlsx_s = g_timer_elapsed (t, NULL);

  if (anchor)
    {
      g_autofree char *outdir = g_build_filename (dir, "lo", NULL);
      g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", dir);
      const char *lo[] = { "soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", outdir, xlsx, NULL };
      int status = 0;

      g_timer_start (t);
      if (g_spawn_sync (NULL, (char **) lo, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                        G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) && status == 0)
        lo_s = g_timer_elapsed (t, NULL);
    }

  g_print ("%-34s %8.2f s\n", "read the book (every line)", load_s);
  g_print ("%-34s %8.2f s   %.1f MB  target < 10 s\n", "cash book to PDF", pdf_s, file_mb (pdf));
  g_print ("%-34s %8.2f s   %.1f MB\n", "cash book to XLSX", xlsx_s, file_mb (xlsx));
  if (lo_s >= 0)
    g_print ("%-34s %8.2f s   anchor: LibreOffice headless, the same workbook to PDF\n"
             "%-34s %8.2f      (ours, read + PDF, against the anchor)\n",
             "LibreOffice XLSX to PDF", lo_s, "ratio", (load_s + pdf_s) / lo_s);
  else if (anchor)
    g_print ("LibreOffice (soffice) did not run: no anchor in this run\n");
  return 0;
}
