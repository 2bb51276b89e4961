/* tt-report-doc.c — the periodic reports: their registry, heading and signatures, sections built
 * cell by cell, and the export that writes one whole or not at all and logs it
 *
 * A report is for any period (a month, quarter, half-year, year or two dates; the reporting year
 * from the office's settings). Its words are Vietnamese, as sent and posted; its figures are read
 * from the records by the report's builder (tt-report-data.c, tt-report-more.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-date.h"
#include "tt-export.h"
#include "tt-money.h"
#include "tt-office-profile.h"
#include "tt-office.h"
#include "tt-report-private.h"

static const TtValue names[] = {
  { "fund", N_("Money mobilised, received and used"), "BÁO CÁO KẾT QUẢ VẬN ĐỘNG, TIẾP NHẬN VÀ SỬ DỤNG QUỸ" },
  { "campaign", N_("Campaign progress"), "BÁO CÁO TIẾN ĐỘ THỰC HIỆN ĐỢT VẬN ĐỘNG" },
  { "donations", N_("Donations by kind of donor and member organisation"),
    "BÁO CÁO TIẾP NHẬN ỦNG HỘ THEO ĐỐI TƯỢNG VÀ TỔ CHỨC VẬN ĐỘNG" },
  { "disclosure", N_("Public disclosure"), "CÔNG KHAI TIẾP NHẬN, PHÂN PHỐI VÀ SỬ DỤNG QUỸ" },
  { "receipts-payments", N_("Receipts and payments"), "BÁO CÁO TỔNG HỢP THU, CHI" },
  { "housing", N_("Housing support"), "BÁO CÁO KẾT QUẢ HỖ TRỢ NHÀ Ở" },
  { "programmes", N_("Livelihood, health insurance and humanitarian addresses"),
    "BÁO CÁO KẾT QUẢ HỖ TRỢ SINH KẾ, BẢO HIỂM Y TẾ VÀ ĐỊA CHỈ NHÂN ĐẠO" },
  { "poverty", N_("Poverty by commune"), "THỐNG KÊ HỘ NGHÈO, HỘ CẬN NGHÈO THEO XÃ" },
};

const TtValueList tt_report_names = TT_VALUE_LIST (names);

static void
section_free (TtReportSection *s)
{
  g_free (s->heading);
  g_free (s->note);
  g_clear_pointer (&s->chart, tt_chart_free);
  g_strfreev (s->header);
  g_ptr_array_unref (s->rows);
  g_strfreev (s->total);
  g_free (s);
}

void
tt_report_doc_free (TtReportDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->name);
  g_free (doc->title);
  g_free (doc->parent);
  g_free (doc->office);
  g_free (doc->fund);
  g_free (doc->period);
  g_free (doc->printed_on);
  g_free (doc->date_words);
  for (int i = 0; i < 3; i++)
    {
      g_free (doc->roles[i]);
      g_free (doc->names[i]);
    }
  g_ptr_array_unref (doc->sections);
  g_free (doc);
}

TtReportSection *
tt_report_section (TtReportDoc *doc,
                   const char  *heading)
{
  TtReportSection *s = g_new0 (TtReportSection, 1);

  s->heading = g_strdup (heading);
  s->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (doc->sections, s);
  return s;
}

/* The cells given (taken, NULL-terminated) as a string vector. */
static char **
cells_of (va_list ap, gboolean copy)
{
  GPtrArray *cells = g_ptr_array_new ();

  for (char *cell = va_arg (ap, char *); cell != NULL; cell = va_arg (ap, char *))
    g_ptr_array_add (cells, copy ? g_strdup (cell) : cell);
  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}

/* The table's columns (copied). */
void
tt_report_columns (TtReportSection *section,
                   ...)
{
  va_list ap;

  va_start (ap, section);
  g_strfreev (section->header);
  section->header = cells_of (ap, TRUE);
  va_end (ap);
}

/* A line of the table, its cells taken. */
void
tt_report_row (TtReportSection *section,
               ...)
{
  va_list ap;

  va_start (ap, section);
  g_ptr_array_add (section->rows, cells_of (ap, FALSE));
  va_end (ap);
}

/* The table's total line, its cells taken. */
void
tt_report_total (TtReportSection *section,
                 ...)
{
  va_list ap;

  va_start (ap, section);
  g_strfreev (section->total);
  section->total = cells_of (ap, FALSE);
  va_end (ap);
}

char *
tt_report_money (gint64 amount)
{
  return tt_money_format_plain (amount);
}

char *
tt_report_count (gint64 count)
{
  return tt_money_format_plain (count);
}

static gboolean (*const builders[]) (TtReportJob *, GError **) = {
  tt_report_fund, tt_report_campaign, tt_report_donations, tt_report_disclosure,
  tt_report_receipts_payments, tt_report_housing, tt_report_programmes, tt_report_poverty,
};

/* The report @name for @from .. @to (ISO, inclusive): heading, sections and signatures. */
TtReportDoc *
tt_report_doc_build (TtDb        *db,
                     const char  *name,
                     const char  *from,
                     const char  *to,
                     GError     **error)
{
  int index = tt_values_index (&tt_report_names, name);
  g_autoptr(TtOfficeProfile) office = NULL;
  g_autoptr(TtReportDoc) doc = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *clerk = NULL;
  TtReportJob job;
  char today[11];

  G_STATIC_ASSERT (G_N_ELEMENTS (builders) == G_N_ELEMENTS (names));
  if (index < 0)
    {
      g_autofree char *known = tt_values_codes (&tt_report_names, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown report “%s”: use %s."),
                   name ? name : "", known);
      return NULL;
    }
  office = tt_office_profile_load (db);
  doc = g_new0 (TtReportDoc, 1);
  doc->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  doc->name = g_strdup (name);
  doc->title = g_strdup (names[index].printed);
  doc->office = g_strdup (office->name);
  doc->parent = g_strdup (office->parent);
  doc->fund = g_strdup (office->fund);
  a = tt_date_display (from);
  b = tt_date_display (to);
  doc->period = g_strdup_printf ("Từ ngày %s đến ngày %s", a, b);
  tt_date_today (today);
  {
    g_autofree char *shown = tt_date_display (today);
    doc->printed_on = g_strdup_printf ("In ngày %s", shown);
  }
  doc->date_words = tt_date_words_today ();
  clerk = tt_office_get (db, "clerk");
  doc->roles[0] = g_strdup ("Người lập biểu");
  doc->roles[1] = g_strdup ("Kế toán");
  doc->roles[2] = g_strdup ("Thủ trưởng đơn vị");
  doc->names[0] = g_strdup (clerk);
  doc->names[1] = g_strdup (office->accountant);
  doc->names[2] = g_strdup (office->head);
  job = (TtReportJob) { db, from, to, doc };
  if (!builders[index] (&job, error))
    return NULL;
  return g_steal_pointer (&doc);
}

typedef struct
{
  TtReportDoc *doc;
  gboolean   (*write) (const TtReportDoc *doc, const char *path, GError **error);
} ReportJob;

static gboolean
write_report (const char *path, gpointer data, GError **error)
{
  ReportJob *job = data;

  return job->write (job->doc, path, error);
}

/* Writes the report to @path whole, or not at all, and records it in the export log (as personal
 * data when it holds any, masked as it is). */
gboolean
tt_report_doc_export (TtDb        *db,
                      const char  *name,
                      const char  *from,
                      const char  *to,
                      const char  *path,
                      gboolean   (*write) (const TtReportDoc *doc, const char *path, GError **error),
                      GError     **error)
{
  g_autoptr(TtReportDoc) doc = tt_report_doc_build (db, name, from, to, error);
  g_autofree char *what = NULL;
  ReportJob job = { doc, write };
  gint64 rows = 0;

  if (doc == NULL)
    return FALSE;
  for (guint i = 0; i < doc->sections->len; i++)
    rows += ((TtReportSection *) doc->sections->pdata[i])->rows->len;
  what = g_strdup_printf ("report-%s", name);
  return tt_export_write (db, what, path, rows, doc->personal, write_report, &job, error);
}
