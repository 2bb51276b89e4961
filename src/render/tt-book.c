/* tt-book.c — the cash book and the bank book, printed (PDF) and as a workbook (XLSX)
 *
 * A4 landscape: the office, the book's title and period, then one table — ngày ghi sổ, ngày
 * chứng từ, số hiệu thu | chi, diễn giải, thu | chi | tồn — opening with "Số tồn đầu kỳ" and
 * closing with "Cộng phát sinh" and "Số tồn cuối kỳ", the signatures of the cashier, the chief
 * accountant and the head, and "Trang x/y" on every page. The description wraps inside its
 * cell and a row is never cut between two pages; a void document stays in its place, at zero.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "tt-workbook.h"
#include "tt-book.h"
#include "tt-quick-text.h"
#include "tt-locale.h"
#include "tt-money.h"
#include "tt-date.h"

#define N_COLUMNS 8
#define DESCRIPTION 4
#define ROW 15.0
#define PAD 2.5
#define CELL_FONT 8.5
#define PAGE_NUMBER 24.0

static const char *const titles[N_COLUMNS] = {
  "Ngày ghi sổ", "Ngày chứng từ", "Số hiệu Thu", "Số hiệu Chi", "Diễn giải", "Thu", "Chi", "Tồn",
};
static const double shares[N_COLUMNS] = { 0.075, 0.075, 0.1, 0.1, 0.0, 0.11, 0.11, 0.12 };

/* The donations journal shows five of the book's columns under its own titles. */
#define JOURNAL_COLUMNS 5
static const int journal_cells[JOURNAL_COLUMNS] = { 1, 2, DESCRIPTION, 5, 7 };
static const char *const journal_titles[JOURNAL_COLUMNS] = {
  "Ngày", "Số biên lai", "Người nộp tiền — hình thức — nội dung", "Số tiền", "Lũy kế",
};
static const double journal_shares[JOURNAL_COLUMNS] = { 0.09, 0.12, 0.0, 0.14, 0.15 };

/* The cells of one row of the table: the opening (-1), a document (0 …), the totals (n) and
 * the closing (n + 1). */
typedef struct
{
  char        recorded[12];
  char        on[12];
  const char *in_doc;
  const char *out_doc;
  const char *what;
  char        in[32];
  char        out[32];
  char        balance[32];
  gboolean    bold;
} Cells;

static void
amount (char *buf, gsize size, gint64 value, gboolean blank_zero)
{
  g_autofree char *text = NULL;

  if (blank_zero && value == 0)
    {
      buf[0] = '\0';
      return;
    }
  text = tt_money_format_plain (value);
  g_strlcpy (buf, text, size);
}

static void
iso_to_display (char *buf, const char *iso)
{
  /* dd/mm/yyyy from yyyy-mm-dd without allocating: the book can hold 250,000 lines. */
  g_snprintf (buf, 12, "%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

static void
cells_of (const TtBookDoc *doc, int i, Cells *c)
{
  const TtBook *b = doc->book;
  int n = (int) b->lines->len;

  memset (c, 0, sizeof *c);
  c->in_doc = c->out_doc = "";
  if (b->journal && i >= n)
    {
      c->bold = TRUE;
      c->what = "Cộng";
      amount (c->in, sizeof c->in, b->total_in, FALSE);
      return;
    }
  if (i < 0 || i >= n)
    {
      c->bold = TRUE;
      c->what = i < 0 ? "Số tồn đầu kỳ" : i == n ? "Cộng phát sinh" : "Số tồn cuối kỳ";
      if (i == n)
        {
          amount (c->in, sizeof c->in, b->total_in, FALSE);
          amount (c->out, sizeof c->out, b->total_out, FALSE);
        }
      else
        amount (c->balance, sizeof c->balance, i < 0 ? b->opening : b->closing, FALSE);
      return;
    }
  {
    const TtBookLine *l = &g_array_index (b->lines, TtBookLine, i);
    iso_to_display (c->recorded, l->recorded);
    iso_to_display (c->on, l->on);
    if (l->is_voucher)
      c->out_doc = l->document;
    else
      c->in_doc = l->document;
    c->what = l->description;
    amount (c->in, sizeof c->in, l->in, TRUE);
    amount (c->out, sizeof c->out, l->out, TRUE);
    amount (c->balance, sizeof c->balance, l->balance, FALSE);
  }
}

static void
texts_of (const Cells *c, const char *texts[N_COLUMNS])
{
  texts[0] = c->recorded;
  texts[1] = c->on;
  texts[2] = c->in_doc;
  texts[3] = c->out_doc;
  texts[4] = c->what;
  texts[5] = c->in;
  texts[6] = c->out;
  texts[7] = c->balance;
}

typedef struct
{
  int     n_cols;
  int     cell[N_COLUMNS];       /* which cell of the row each column shows */
  const char *titles[N_COLUMNS];
  int     first_row;             /* -1 with the opening line, 0 without */
  double  x[N_COLUMNS];
  double  w[N_COLUMNS];
  double  table_top;
  double  titles_h;
  double  char_w;       /* the widest a character of the description gets */
  GArray *heights;      /* double, per row from the opening (-1) to the closing (n + 1) */
  GArray *starts;       /* int: the first row (index into heights) of each page */
} Plan;

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->heights, g_array_unref);
  g_clear_pointer (&plan->starts, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

static double
heading (cairo_t *cr, const TtBookDoc *doc, const TtPageSize *page)
{
  double m = page->margin, w = page->width - 2 * m, y = m;

  y += tt_draw_state_heading (cr, doc->parent, doc->office, m, y, w, 9.5);
  y += 8;
  y += tt_draw_text (cr, doc->title, m, y, w, 15, TRUE, PANGO_ALIGN_CENTER);
  if (doc->account_line != NULL)
    y += tt_draw_text (cr, doc->account_line, m, y, w, 10, FALSE, PANGO_ALIGN_CENTER);
  y += tt_draw_text (cr, doc->period, m, y, w, 10.5, FALSE, PANGO_ALIGN_CENTER);
  y += tt_draw_text (cr, "Đơn vị tính: đồng", m, y, w, 9, FALSE, PANGO_ALIGN_RIGHT) + 4;
  return y;
}

static double
footer (cairo_t *cr, const TtBookDoc *doc, const TtPageSize *page, double y)
{
  static const char *book_roles[3] = { "THỦ QUỸ", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ" };
  static const char *journal_roles[3] = { "NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ" };
  const char *const *roles = doc->book->journal ? journal_roles : book_roles;
  const char *names[3] = { doc->cashier, doc->accountant, doc->head };
  double m = page->margin, w = page->width - 2 * m, third = w / 3, bottom = 0;

  y += 10;
  tt_draw_text (cr, doc->date_words ? doc->date_words : "", m + 2 * third, y, third, 10, FALSE, PANGO_ALIGN_CENTER);
  y += 15;
  for (int i = 0; i < 3; i++)
    {
      tt_draw_text (cr, roles[i], m + i * third, y, third, 10, TRUE, PANGO_ALIGN_CENTER);
      tt_draw_text (cr, i == 2 ? "(Ký, họ tên, đóng dấu)" : "(Ký, họ tên)", m + i * third, y + 13, third, 9, FALSE,
                    PANGO_ALIGN_CENTER);
      bottom = MAX (bottom, y + 70 + tt_draw_text (cr, names[i] ? names[i] : "", m + i * third, y + 70, third, 10,
                                                   TRUE, PANGO_ALIGN_CENTER));
    }
  return bottom;
}

/* A row is one line high unless a text is longer than its cell can hold (measured only then:
 * a book can hold 250,000 lines). */
static double
row_height (cairo_t *cr, const Plan *plan, const char *texts[N_COLUMNS], gboolean bold)
{
  double h = ROW;

  for (int i = 0; i < plan->n_cols; i++)
    {
      const char *text = texts[plan->cell[i]];
      double room = plan->w[i] - 2 * PAD;
      if (g_utf8_strlen (text, -1) * plan->char_w > room)
        h = MAX (h, tt_quick_height (cr, text, room, CELL_FONT, bold) + 2 * PAD);
    }
  return h;
}

/* One row's texts into the page's run; its rule on top goes into the page's path. */
static void
table_row (cairo_t *cr, TtQuickRun *run, const Plan *plan, double y, double h, const char *texts[N_COLUMNS],
           gboolean bold)
{
  static const PangoAlignment align[N_COLUMNS] = {
    PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER, PANGO_ALIGN_LEFT,
    PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT,
  };
  double right = plan->x[plan->n_cols - 1] + plan->w[plan->n_cols - 1];

  cairo_move_to (cr, plan->x[0], y);
  cairo_line_to (cr, right, y);
  for (int i = 0; i < plan->n_cols; i++)
    {
      int cell = plan->cell[i];
      const char *text = texts[cell];

      if (text[0] != '\0')
        tt_quick_add (run, cr, text, plan->x[i] + PAD, y + PAD, plan->w[i] - 2 * PAD, CELL_FONT, bold, align[cell]);
    }
}

/* The columns' rules from @top to @bottom and the table's last rule, stroked with the rows'. */
static void
table_rules (cairo_t *cr, const Plan *plan, double top, double bottom)
{
  double right = plan->x[plan->n_cols - 1] + plan->w[plan->n_cols - 1];

  for (int i = 0; i < plan->n_cols; i++)
    {
      cairo_move_to (cr, plan->x[i], top);
      cairo_line_to (cr, plan->x[i], bottom);
    }
  cairo_move_to (cr, right, top);
  cairo_line_to (cr, right, bottom);
  cairo_move_to (cr, plan->x[0], bottom);
  cairo_line_to (cr, right, bottom);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

static void
plan_make (Plan *plan, const TtBookDoc *doc, const TtPageSize *page)
{
  cairo_t *cr = tt_measure_context_new (page);
  gboolean journal = doc->book->journal;
  int n = (int) doc->book->lines->len, rows = journal ? n + 1 : n + 3, on_page = 0;
  double x = page->margin, w = page->width - 2 * page->margin, rest = w;
  double bottom = page->height - page->margin - PAGE_NUMBER, footer_h, y;
  const double *share = journal ? journal_shares : shares;

  plan->n_cols = journal ? JOURNAL_COLUMNS : N_COLUMNS;
  plan->first_row = journal ? 0 : -1;
  for (int i = 0; i < plan->n_cols; i++)
    {
      plan->cell[i] = journal ? journal_cells[i] : i;
      plan->titles[i] = journal ? journal_titles[i] : titles[i];
      rest -= w * share[i];
    }
  for (int i = 0; i < plan->n_cols; i++)
    {
      plan->w[i] = plan->cell[i] == DESCRIPTION ? rest : w * share[i];
      plan->x[i] = x;
      x += plan->w[i];
    }
  plan->char_w = tt_text_width (cr, "Mẫ", CELL_FONT, TRUE) / 2;
  plan->table_top = heading (cr, doc, page);
  {
    double h = ROW;
    for (int i = 0; i < plan->n_cols; i++)
      h = MAX (h, tt_text_height (cr, plan->titles[i], plan->w[i] - 2 * PAD, CELL_FONT, TRUE) + 2 * PAD);
    plan->titles_h = h;
  }
  footer_h = footer (cr, doc, page, 0);
  plan->heights = g_array_sized_new (FALSE, FALSE, sizeof (double), rows);
  for (int i = plan->first_row; i < plan->first_row + rows; i++)
    {
      Cells c;
      const char *texts[N_COLUMNS];
      double h;

      cells_of (doc, i, &c);
      texts_of (&c, texts);
      h = row_height (cr, plan, texts, c.bold);
      g_array_append_val (plan->heights, h);
    }
  cairo_destroy (cr);

  plan->starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (plan->starts, (int) { 0 });
  y = plan->table_top + plan->titles_h;
  for (int r = 0; r < rows; r++)
    {
      double h = g_array_index (plan->heights, double, r);

      if (on_page > 0 && y + h > bottom)
        {
          g_array_append_val (plan->starts, r);
          y = page->margin + plan->titles_h;
          on_page = 0;
        }
      y += h;
      on_page++;
    }
  /* The signatures never stand alone: the last rows go over with them when they do not fit. */
  if (y + footer_h > bottom)
    {
      int last = on_page > 1 ? rows - 1 : rows;
      g_array_append_val (plan->starts, last);
    }
}

static void
draw_planned_page (cairo_t *cr, const TtBookDoc *doc, const TtPageSize *page, const Plan *plan, int page_nr)
{
  int pages = (int) plan->starts->len, rows = (int) plan->heights->len;
  int from = g_array_index (plan->starts, int, page_nr);
  int to = page_nr + 1 < pages ? g_array_index (plan->starts, int, page_nr + 1) : rows;
  double y = page->margin;
  char number[32];

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page_nr == 0)
    {
      heading (cr, doc, page);
      y = plan->table_top;
    }
  if (from < to)
    {
      const char *heads[N_COLUMNS] = { "", "", "", "", "", "", "", "" };
      double top = y;
      g_autoptr(TtQuickRun) run = tt_quick_run_new ();

      for (int i = 0; i < plan->n_cols; i++)
        heads[plan->cell[i]] = plan->titles[i];
      cairo_new_path (cr);
      table_row (cr, run, plan, y, plan->titles_h, heads, TRUE);
      y += plan->titles_h;
      for (int r = from; r < to; r++)
        {
          Cells c;
          const char *texts[N_COLUMNS];
          double h = g_array_index (plan->heights, double, r);

          cells_of (doc, r + plan->first_row, &c);
          texts_of (&c, texts);
          table_row (cr, run, plan, y, h, texts, c.bold);
          y += h;
        }
      table_rules (cr, plan, top, y);
      tt_quick_run_show (run, cr);
    }
  if (page_nr == pages - 1)
    footer (cr, doc, page, y);
  g_snprintf (number, sizeof number, "Trang %d/%d", page_nr + 1, pages);
  tt_draw_text (cr, number, page->margin, page->height - page->margin - 12, page->width - 2 * page->margin, 9, FALSE,
                PANGO_ALIGN_RIGHT);
}

int
tt_book_page_count (const TtBookDoc  *doc,
                    const TtPageSize *page)
{
  g_auto(Plan) plan = { 0 };

  plan_make (&plan, doc, page);
  return (int) plan.starts->len;
}

typedef struct
{
  const TtBookDoc *doc;
  Plan             plan;
} Job;

struct _TtBookPages
{
  Job        job;
  TtPageSize page;
};

/* The book laid out on A4 landscape pages once, then drawn page by page (for printing). */
TtBookPages *
tt_book_pages_new (const TtBookDoc *doc)
{
  TtBookPages *pages = g_new0 (TtBookPages, 1);

  pages->job.doc = doc;
  tt_page_size (TT_PAPER_A4, TRUE, &pages->page);
  plan_make (&pages->job.plan, doc, &pages->page);
  return pages;
}

int
tt_book_pages_count (const TtBookPages *pages)
{
  return (int) pages->job.plan.starts->len;
}

void
tt_book_pages_draw (const TtBookPages *pages,
                    cairo_t           *cr,
                    const TtPageSize  *page,
                    int                page_nr)
{
  draw_planned_page (cr, pages->job.doc, page, &pages->job.plan, page_nr);
}

void
tt_book_pages_free (TtBookPages *pages)
{
  if (pages == NULL)
    return;
  plan_clear (&pages->job.plan);
  g_free (pages);
}

static void
draw_book_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  Job *job = data;

  draw_planned_page (cr, job->doc, page, &job->plan, page_nr);
}

gboolean
tt_book_write_pdf (const TtBookDoc *doc,
                   const char      *path,
                   GError         **error)
{
  TtPageSize page;
  Job job = { .doc = doc };
  gboolean ok;

  tt_page_size (TT_PAPER_A4, TRUE, &page);
  plan_make (&job.plan, doc, &page);
  ok = tt_document_write_pdf (path, doc->title, &page, (int) job.plan.starts->len, draw_book_page, &job, error);
  plan_clear (&job.plan);
  return ok;
}


/* The same book as a workbook, amounts as numbers. */
gboolean
tt_book_write_xlsx (const TtBookDoc *doc,
                    const char      *path,
                    GError         **error)
{
  static const double widths[N_COLUMNS] = { 12, 12, 15, 15, 50, 15, 15, 17 };
  static const double journal_widths[JOURNAL_COLUMNS] = { 12, 15, 60, 16, 18 };
  int n_cols = N_COLUMNS;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  g_autoptr(TtCNumbers) c_numbers = tt_c_numbers_begin ();
  const TtBook *b = doc->book;
  int n = (int) b->lines->len;
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_worksheet *ws;
  lxw_format *title, *plain, *head, *text, *text_c, *money, *bold_text, *bold_money;
  lxw_row_t row = 0;

  if (wb == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the workbook “%s”."), path);
      return FALSE;
    }
  ws = workbook_add_worksheet (wb, "Sổ");
  title = tt_workbook_format (wb, TRUE, FALSE, LXW_ALIGN_CENTER, FALSE);
  format_set_font_size (title, 14);
  plain = tt_workbook_format (wb, FALSE, FALSE, LXW_ALIGN_CENTER, FALSE);
  head = tt_workbook_format (wb, TRUE, TRUE, LXW_ALIGN_CENTER, FALSE);
  format_set_bg_color (head, 0xE6E6E6);
  text = tt_workbook_format (wb, FALSE, TRUE, LXW_ALIGN_LEFT, FALSE);
  text_c = tt_workbook_format (wb, FALSE, TRUE, LXW_ALIGN_CENTER, FALSE);
  money = tt_workbook_format (wb, FALSE, TRUE, LXW_ALIGN_RIGHT, TRUE);
  bold_text = tt_workbook_format (wb, TRUE, TRUE, LXW_ALIGN_LEFT, FALSE);
  bold_money = tt_workbook_format (wb, TRUE, TRUE, LXW_ALIGN_RIGHT, TRUE);

  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 9);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_footer (ws, "&RTrang &P/&N");
  if (b->journal)
    n_cols = JOURNAL_COLUMNS;
  for (int c = 0; c < n_cols; c++)
    worksheet_set_column (ws, c, c, b->journal ? journal_widths[c] : widths[c], NULL);
  worksheet_merge_range (ws, row, 0, row, 3, doc->parent ? doc->parent : "", plain);
  row++;
  worksheet_merge_range (ws, row, 0, row, 3, doc->office ? doc->office : "", title);
  row += 2;
  worksheet_merge_range (ws, row, 0, row, n_cols - 1, doc->title, title);
  row++;
  if (doc->account_line != NULL)
    {
      worksheet_merge_range (ws, row, 0, row, n_cols - 1, doc->account_line, plain);
      row++;
    }
  worksheet_merge_range (ws, row, 0, row, n_cols - 1, doc->period, plain);
  row += 2;
  worksheet_repeat_rows (ws, row, row);
  for (int c = 0; c < n_cols; c++)
    worksheet_write_string (ws, row, c, b->journal ? journal_titles[c] : titles[c], head);
  worksheet_freeze_panes (ws, row + 1, 0);
  row++;
  if (b->journal)
    {
      for (int i = 0; i <= n; i++, row++)
        {
          Cells c;
          const char *texts[N_COLUMNS];

          cells_of (doc, i, &c);
          texts_of (&c, texts);
          worksheet_write_string (ws, row, 0, texts[1], c.bold ? bold_text : text_c);
          worksheet_write_string (ws, row, 1, texts[2], c.bold ? bold_text : text_c);
          worksheet_write_string (ws, row, 2, texts[DESCRIPTION], c.bold ? bold_text : text);
          if (i < n)
            {
              const TtBookLine *l = &g_array_index (b->lines, TtBookLine, i);
              worksheet_write_number (ws, row, 3, (double) l->in, money);
              worksheet_write_number (ws, row, 4, (double) l->balance, money);
            }
          else
            {
              worksheet_write_number (ws, row, 3, (double) b->total_in, bold_money);
              worksheet_write_blank (ws, row, 4, bold_money);
            }
        }
      return tt_workbook_close (wb, path, error);
    }
  for (int i = -1; i <= n + 1; i++, row++)
    {
      Cells c;
      const char *texts[N_COLUMNS];

      cells_of (doc, i, &c);
      texts_of (&c, texts);
      for (int col = 0; col < 4; col++)
        worksheet_write_string (ws, row, col, texts[col], c.bold ? bold_text : text_c);
      worksheet_write_string (ws, row, DESCRIPTION, texts[DESCRIPTION], c.bold ? bold_text : text);
      if (i >= 0 && i < n)
        {
          const TtBookLine *l = &g_array_index (b->lines, TtBookLine, i);
          worksheet_write_number (ws, row, 5, (double) l->in, money);
          worksheet_write_number (ws, row, 6, (double) l->out, money);
          worksheet_write_number (ws, row, 7, (double) l->balance, money);
        }
      else
        {
          if (i == n)
            {
              worksheet_write_number (ws, row, 5, (double) b->total_in, bold_money);
              worksheet_write_number (ws, row, 6, (double) b->total_out, bold_money);
              worksheet_write_blank (ws, row, 7, bold_money);
            }
          else
            {
              worksheet_write_blank (ws, row, 5, bold_money);
              worksheet_write_blank (ws, row, 6, bold_money);
              worksheet_write_number (ws, row, 7, (double) (i < 0 ? b->opening : b->closing), bold_money);
            }
        }
    }
  return tt_workbook_close (wb, path, error);
}
