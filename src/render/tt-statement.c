/* tt-statement.c — a donor's statement of gifts, A4 portrait, as many pages as it needs
 *
 * Page 1 carries the heading and the donor; every page repeats the table header and says
 * "Trang x/y"; the last page ends with the total in figures and words and the signatures.
 */
#include "config.h"

#include "tt-statement.h"

#define ROW 17.0          /* points a table row */
#define HEADER 190.0      /* heading block of page 1 */
#define FOOTER 190.0      /* total and signatures on the last page */
#define PAGE_NUMBER 24.0

typedef struct
{
  double x[5];
  double w[5];
} Columns;

static void
columns (const TtPageSize *page, Columns *c)
{
  static const double share[5] = { 0.07, 0.14, 0.17, 0.43, 0.19 };
  double x = page->margin, w = page->width - 2 * page->margin;

  for (int i = 0; i < 5; i++)
    {
      c->x[i] = x;
      c->w[i] = w * share[i];
      x += c->w[i];
    }
}

static int
rows_on_page (const TtPageSize *page, gboolean first)
{
  double room = page->height - 2 * page->margin - PAGE_NUMBER - ROW * 1.4 - (first ? HEADER : 0);
  return MAX (1, (int) (room / ROW));
}

/* Rows go on pages in order; the footer needs its own room after the last row. */
static void
layout (const TtStatementDoc *doc, const TtPageSize *page, int *out_pages, int *out_first_rows)
{
  int first = rows_on_page (page, TRUE), other = rows_on_page (page, FALSE);
  int n = (int) doc->lines->len, pages = 1, left = n - first, last_rows = MIN (n, first);
  int footer_rows = (int) (FOOTER / ROW) + 1;

  while (left > 0)
    {
      pages++;
      last_rows = MIN (left, other);
      left -= other;
    }
  if (last_rows + footer_rows > (pages == 1 ? first : other))
    pages++;
  *out_pages = pages;
  *out_first_rows = first;
}

int
tt_statement_page_count (const TtStatementDoc *doc,
                         const TtPageSize     *page)
{
  int pages, first;

  layout (doc, page, &pages, &first);
  return pages;
}

static void
cell (cairo_t *cr, const char *text, double x, double y, double w, gboolean bold, PangoAlignment align)
{
  tt_draw_text_line (cr, text, x + 3, y + 3, w - 6, 9.5, bold, align);
}

static void
table_row (cairo_t *cr, const Columns *c, double y, const char *const texts[5], gboolean bold)
{
  static const PangoAlignment align[5] = { PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER,
                                           PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT };

  cairo_set_line_width (cr, 0.6);
  for (int i = 0; i < 5; i++)
    {
      cairo_rectangle (cr, c->x[i], y, c->w[i], ROW);
      cell (cr, texts[i], c->x[i], y, c->w[i], bold, align[i]);
    }
  cairo_stroke (cr);
}

static double
heading (cairo_t *cr, const TtStatementDoc *doc, const TtPageSize *page)
{
  double m = page->margin, w = page->width - 2 * m, y = m;
  g_autofree char *donor = g_strdup_printf ("Kính gửi: %s", doc->donor);
  g_autofree char *address = doc->donor_address ? g_strdup_printf ("Địa chỉ: %s", doc->donor_address) : NULL;
  g_autofree char *period = g_strdup_printf ("Kỳ: %s", doc->period);
  g_autofree char *confirms = g_strdup_printf ("%s xác nhận đã nhận các khoản ủng hộ sau:", doc->board);

  y += tt_draw_state_heading (cr, doc->parent, doc->office, m, y, w, 10) - 15;
  y += 40;
  y += tt_draw_text (cr, "BẢNG XÁC NHẬN ỦNG HỘ", m, y, w, 16, TRUE, PANGO_ALIGN_CENTER);
  y += tt_draw_text (cr, period, m, y, w, 11, FALSE, PANGO_ALIGN_CENTER) + 14;
  y += tt_draw_text (cr, donor, m, y, w, 11, TRUE, PANGO_ALIGN_LEFT) + 2;
  if (address != NULL)
    y += tt_draw_text (cr, address, m, y, w, 11, FALSE, PANGO_ALIGN_LEFT) + 2;
  y += tt_draw_text (cr, confirms, m, y, w, 11, FALSE, PANGO_ALIGN_LEFT);
  return y + 8;
}

static void
footer (cairo_t *cr, const TtStatementDoc *doc, const TtPageSize *page, double y)
{
  double m = page->margin, w = page->width - 2 * m, half = w / 2;
  g_autofree char *total = g_strdup_printf ("Tổng cộng: %s (%u khoản)", doc->total, doc->lines->len);
  g_autofree char *words = g_strdup_printf ("Bằng chữ: %s", doc->total_words);
  g_autofree char *thanks = g_strdup_printf ("%s trân trọng cảm ơn tấm lòng của quý vị.", doc->board);

  y += 10;
  y += tt_draw_text (cr, total, m, y, w, 11, TRUE, PANGO_ALIGN_LEFT) + 2;
  y += tt_draw_text (cr, words, m, y, w, 11, FALSE, PANGO_ALIGN_LEFT) + 4;
  y += tt_draw_text (cr, thanks, m, y, w, 11, FALSE, PANGO_ALIGN_LEFT) + 10;
  tt_draw_text (cr, doc->date_words, m + half, y, half, 10.5, FALSE, PANGO_ALIGN_CENTER);
  y += 16;
  tt_draw_text (cr, "KẾ TOÁN", m, y, half, 10.5, TRUE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "TRƯỞNG BAN", m + half, y, half, 10.5, TRUE, PANGO_ALIGN_CENTER);
  y += 14;
  tt_draw_text (cr, "(Ký, họ tên)", m, y, half, 9, FALSE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "(Ký, họ tên, đóng dấu)", m + half, y, half, 9, FALSE, PANGO_ALIGN_CENTER);
  y += 62;
  tt_draw_text (cr, doc->accountant ? doc->accountant : "", m, y, half, 10.5, TRUE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, doc->head ? doc->head : "", m + half, y, half, 10.5, TRUE, PANGO_ALIGN_CENTER);
}

void
tt_statement_draw_page (cairo_t              *cr,
                        const TtStatementDoc *doc,
                        const TtPageSize     *page,
                        int                   page_nr)
{
  static const char *const titles[5] = { "STT", "Ngày", "Số phiếu", "Nội dung", "Số tiền (đ)" };
  int pages, first, other = rows_on_page (page, FALSE), from, to;
  double y = page->margin;
  g_autofree char *number = NULL;
  Columns c;

  layout (doc, page, &pages, &first);
  columns (page, &c);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page_nr == 0)
    y = heading (cr, doc, page);

  from = page_nr == 0 ? 0 : first + (page_nr - 1) * other;
  to = MIN ((int) doc->lines->len, page_nr == 0 ? first : from + other);
  if (from < to || (page_nr == 0 && doc->lines->len == 0))
    {
      table_row (cr, &c, y, titles, TRUE);
      y += ROW;
    }
  for (int i = from; i < to; i++)
    {
      const TtStatementLine *line = doc->lines->pdata[i];
      g_autofree char *stt = g_strdup_printf ("%d", i + 1);
      const char *const texts[5] = { stt, line->date, line->receipt, line->what, line->amount };

      table_row (cr, &c, y, texts, FALSE);
      y += ROW;
    }
  if (page_nr == pages - 1)
    footer (cr, doc, page, y);

  number = g_strdup_printf ("Trang %d/%d", page_nr + 1, pages);
  tt_draw_text (cr, number, page->margin, page->height - page->margin - 12, page->width - 2 * page->margin,
                9, FALSE, PANGO_ALIGN_RIGHT);
}

static void
draw_statement_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_statement_draw_page (cr, data, page, page_nr);
}

gboolean
tt_statement_write_pdf (const TtStatementDoc *doc,
                        const char           *path,
                        GError              **error)
{
  TtPageSize page;

  tt_page_size (TT_PAPER_A4, FALSE, &page);
  return tt_document_write_pdf (path, "Bảng xác nhận ủng hộ", &page, tt_statement_page_count (doc, &page),
                                draw_statement_page, (gpointer) doc, error);
}
