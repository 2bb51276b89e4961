/* tt-statement.c — a donor's statement of gifts, A4 portrait, as many pages as it needs
 *
 * Page 1 carries the heading and the donor; every page repeats the table header and says
 * "Trang x/y"; the last page ends with the total in figures and words and the signatures.
 * Cells wrap their text (a gift's purpose often takes two or three lines) and a row is as tall
 * as its tallest cell; a row is never cut between two pages.
 */
#include "config.h"

#include "tt-statement.h"

#define ROW 17.0          /* the least height of a table row */
#define PAD 3.0           /* space around a cell's text */
#define CELL_FONT 9.5
#define PAGE_NUMBER 24.0
#define N_COLUMNS 5
#define WRAPPING 3        /* the purpose */

typedef struct
{
  double x[N_COLUMNS];
  double w[N_COLUMNS];
} Columns;

/* Where everything goes, worked out once before any page is drawn: each row is as tall as its
 * tallest cell, a page takes the rows that fit whole, and the total and signatures follow the
 * last row, on a page of their own with that row when they do not fit under it. */
typedef struct
{
  Columns  c;
  double   table_top;     /* under page 1's heading */
  double   titles;        /* the height of the column titles' row */
  GArray  *heights;       /* double: each line's row */
  GArray  *starts;        /* int: the first line of each page */
} Plan;

static const char *const titles[N_COLUMNS] = { "STT", "Ngày", "Số phiếu", "Nội dung", "Số tiền (đ)" };

static void
line_texts (const TtStatementDoc *doc, int i, char *stt, gsize stt_size, const char *texts[N_COLUMNS])
{
  const TtStatementLine *line = doc->lines->pdata[i];

  g_snprintf (stt, stt_size, "%d", i + 1);
  texts[0] = stt;
  texts[1] = line->date;
  texts[2] = line->receipt;
  texts[3] = line->what;
  texts[4] = line->amount;
}

/* Number, date, receipt and amount keep to one line (at least their share of the page, wider on
 * narrow paper); the purpose takes the rest and wraps. */
static void
columns (cairo_t *cr, const TtStatementDoc *doc, const TtPageSize *page, Columns *c)
{
  static const double share[N_COLUMNS] = { 0.07, 0.14, 0.17, 0.43, 0.19 };
  double x = page->margin, w = page->width - 2 * page->margin, rest = w;

  for (int i = 0; i < N_COLUMNS; i++)
    c->w[i] = i == WRAPPING ? 0 : MAX (w * share[i], tt_text_width (cr, titles[i], CELL_FONT, TRUE) + 2 * PAD);
  for (int l = 0; l < (int) doc->lines->len; l++)
    {
      const char *texts[N_COLUMNS];
      char stt[16];

      line_texts (doc, l, stt, sizeof stt, texts);
      for (int i = 0; i < N_COLUMNS; i++)
        if (i != WRAPPING)
          c->w[i] = MAX (c->w[i], tt_text_width (cr, texts[i], CELL_FONT, FALSE) + 2 * PAD);
    }
  for (int i = 0; i < N_COLUMNS; i++)
    rest -= c->w[i];
  c->w[WRAPPING] = rest;
  for (int i = 0; i < N_COLUMNS; i++)
    {
      c->x[i] = x;
      x += c->w[i];
    }
}

static double
row_height (cairo_t *cr, const Columns *c, const char *const texts[N_COLUMNS], gboolean bold)
{
  double h = ROW;

  for (int i = 0; i < N_COLUMNS; i++)
    h = MAX (h, tt_text_height (cr, texts[i], c->w[i] - 2 * PAD, CELL_FONT, bold) + 2 * PAD);
  return h;
}

static void
table_row (cairo_t *cr, const Columns *c, double y, double h, const char *const texts[N_COLUMNS], gboolean bold)
{
  static const PangoAlignment align[N_COLUMNS] = { PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER,
                                                   PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT };

  cairo_set_line_width (cr, 0.6);
  for (int i = 0; i < N_COLUMNS; i++)
    {
      cairo_rectangle (cr, c->x[i], y, c->w[i], h);
      tt_draw_text (cr, texts[i], c->x[i] + PAD, y + PAD, c->w[i] - 2 * PAD, CELL_FONT, bold, align[i]);
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

/* Draws the total, the words and the signatures from @y; returns where they end. */
static double
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
  return y + MAX (tt_draw_text (cr, doc->accountant ? doc->accountant : "", m, y, half, 10.5, TRUE, PANGO_ALIGN_CENTER),
                  tt_draw_text (cr, doc->head ? doc->head : "", m + half, y, half, 10.5, TRUE, PANGO_ALIGN_CENTER));
}

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->heights, g_array_unref);
  g_clear_pointer (&plan->starts, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

static void
plan_make (Plan *plan, const TtStatementDoc *doc, const TtPageSize *page)
{
  cairo_t *cr = tt_measure_context_new (page);
  int n = (int) doc->lines->len, on_page = 0;
  double bottom = page->height - page->margin - PAGE_NUMBER, footer_h, y;

  columns (cr, doc, page, &plan->c);
  plan->heights = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  plan->starts = g_array_new (FALSE, FALSE, sizeof (int));
  plan->table_top = heading (cr, doc, page);
  plan->titles = row_height (cr, &plan->c, titles, TRUE);
  footer_h = footer (cr, doc, page, 0);
  for (int i = 0; i < n; i++)
    {
      const char *texts[N_COLUMNS];
      char stt[16];
      double h;

      line_texts (doc, i, stt, sizeof stt, texts);
      h = row_height (cr, &plan->c, texts, FALSE);
      g_array_append_val (plan->heights, h);
    }
  cairo_destroy (cr);

  g_array_append_val (plan->starts, (int) { 0 });
  y = plan->table_top + plan->titles;
  for (int i = 0; i < n; i++)
    {
      double h = g_array_index (plan->heights, double, i);

      if (on_page > 0 && y + h > bottom)
        {
          g_array_append_val (plan->starts, i);
          y = page->margin + plan->titles;
          on_page = 0;
        }
      y += h;
      on_page++;
    }
  /* The signatures never stand alone: the last row goes over with them when they do not fit. */
  if (y + footer_h > bottom)
    {
      int last = on_page > 1 ? n - 1 : n;
      g_array_append_val (plan->starts, last);
    }
}

static void
draw_planned_page (cairo_t *cr, const TtStatementDoc *doc, const TtPageSize *page, const Plan *plan, int page_nr)
{
  int pages = (int) plan->starts->len, n = (int) doc->lines->len;
  int from = g_array_index (plan->starts, int, page_nr);
  int to = page_nr + 1 < pages ? g_array_index (plan->starts, int, page_nr + 1) : n;
  double y = page->margin;
  g_autofree char *number = NULL;

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page_nr == 0)
    {
      heading (cr, doc, page);
      y = plan->table_top;
    }
  if (from < to || (page_nr == 0 && n == 0))
    {
      table_row (cr, &plan->c, y, plan->titles, titles, TRUE);
      y += plan->titles;
    }
  for (int i = from; i < to; i++)
    {
      const char *texts[N_COLUMNS];
      char stt[16];
      double h = g_array_index (plan->heights, double, i);

      line_texts (doc, i, stt, sizeof stt, texts);
      table_row (cr, &plan->c, y, h, texts, FALSE);
      y += h;
    }
  if (page_nr == pages - 1)
    footer (cr, doc, page, y);

  number = g_strdup_printf ("Trang %d/%d", page_nr + 1, pages);
  tt_draw_text (cr, number, page->margin, page->height - page->margin - 12, page->width - 2 * page->margin,
                9, FALSE, PANGO_ALIGN_RIGHT);
}

int
tt_statement_page_count (const TtStatementDoc *doc,
                         const TtPageSize     *page)
{
  g_auto(Plan) plan = { 0 };

  plan_make (&plan, doc, page);
  return (int) plan.starts->len;
}

/* Draws one page; the pages are planned again on each call (tt_statement_write_pdf plans once). */
void
tt_statement_draw_page (cairo_t              *cr,
                        const TtStatementDoc *doc,
                        const TtPageSize     *page,
                        int                   page_nr)
{
  g_auto(Plan) plan = { 0 };

  plan_make (&plan, doc, page);
  draw_planned_page (cr, doc, page, &plan, page_nr);
}

typedef struct
{
  const TtStatementDoc *doc;
  Plan                  plan;
} Job;

static void
draw_statement_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  Job *job = data;

  draw_planned_page (cr, job->doc, page, &job->plan, page_nr);
}

gboolean
tt_statement_write_pdf (const TtStatementDoc *doc,
                        const char           *path,
                        GError              **error)
{
  TtPageSize page;
  Job job = { .doc = doc };
  gboolean ok;

  tt_page_size (TT_PAPER_A4, FALSE, &page);
  plan_make (&job.plan, doc, &page);
  ok = tt_document_write_pdf (path, "Bảng xác nhận ủng hộ", &page, (int) job.plan.starts->len,
                              draw_statement_page, &job, error);
  plan_clear (&job.plan);
  return ok;
}
