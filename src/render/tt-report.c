/* tt-report.c — a periodic report printed (A4, with its charts) and as a workbook
 *
 * The report is laid out as blocks — the heading, each section's heading and note, its chart,
 * its table's header, rows and total, then the signatures — and cut into pages: a table that
 * goes on to the next page repeats its header there, a heading never stands alone at a page's
 * foot, every page says "Trang x/y" and the day it was printed. A chart taller than a page is
 * drawn smaller, or left to its table when it would be too small to read.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tt-chart.h"
#include "tt-locale.h"
#include "tt-quick-text.h"
#include "tt-report.h"
#include "tt-workbook.h"

#define TEXT 10.0
#define CELL_SIZE 9.0
#define PAD 3.0
#define FOOT 18.0

typedef enum { B_TOP, B_HEADING, B_NOTE, B_CHART, B_HEAD, B_ROW, B_TOTAL, B_SIGN } BlockKind;

typedef struct
{
  BlockKind              kind;
  const TtReportSection *section;
  guint                  row;
  double                 height;
  double                 scale;     /* a chart's */
} Block;

typedef struct
{
  double x[12], w[12];
  int    n;
  double size;           /* its text: smaller for a wide table, so that its figures fit */
  double head;           /* the height of the table's header, repeated on each page it runs over */
} Columns;

struct _TtReportPages
{
  const TtReportDoc *doc;
  TtPageSize         page;
  GArray            *blocks;     /* Block */
  GArray            *starts;     /* the first block of each page */
  GArray            *columns;    /* Columns, per section */
  GHashTable        *section_of; /* TtReportSection → its index */
};

static double
content_width (const TtPageSize *page)
{
  return page->width - 2 * page->margin;
}

/* Figures (1.234.567, 80,5 %, —) stand to the right of their cell, words to the left. */
static gboolean
is_figure (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isdigit (c) && c != '.' && c != ',' && c != ' ' && c != '%' && c != 0x2014 && c != 0x2212 &&
          c != '+' && c != 0xa0 && c != 0x0111)
        return FALSE;
    }
  return TRUE;
}

/* The table's columns: the column of the longest words takes what the others leave; the others
 * are as wide as their longest cell (by its characters), within reason. */
static Columns
columns_of (cairo_t *cr, const TtReportSection *s, const TtPageSize *page)
{
  double width = content_width (page), char_w = tt_text_width (cr, "0", CELL_SIZE, TRUE) * 1.1, rest;
  glong chars[G_N_ELEMENTS (((Columns *) NULL)->w)] = { 0 };
  Columns c = { .n = 0 };
  double used = 0;
  int free_column = 0;

  if (s->header == NULL)
    return c;
  c.n = MIN ((int) g_strv_length (s->header), (int) G_N_ELEMENTS (c.w));
  for (int i = 0; i < c.n; i++)
    {
      chars[i] = MIN (g_utf8_strlen (s->header[i], -1), 14);
      for (guint r = 0; r < s->rows->len; r++)
        chars[i] = MAX (chars[i], g_utf8_strlen (((char **) s->rows->pdata[r])[i], -1));
      if (s->total != NULL && s->total[i] != NULL)
        chars[i] = MAX (chars[i], g_utf8_strlen (s->total[i], -1));
      if (s->rows->len > 0 && !is_figure (((char **) s->rows->pdata[0])[i]) && chars[i] > chars[free_column])
        free_column = i;
    }
  for (int i = 0; i < c.n; i++)
    if (i != free_column)
      {
        c.w[i] = CLAMP (chars[i] * char_w + 2 * PAD, 42, width * 0.24);
        used += c.w[i];
      }
  rest = width - used;
  c.size = CELL_SIZE;
  if (rest < width * 0.24)
    {
      double shrink = (width * 0.76) / used;
      for (int i = 0; i < c.n; i++)
        if (i != free_column)
          c.w[i] *= shrink;
      c.size = MAX (CELL_SIZE * shrink, 7.0);
      rest = width * 0.24;
    }
  c.w[free_column] = rest;
  c.x[0] = page->margin;
  for (int i = 1; i < c.n; i++)
    c.x[i] = c.x[i - 1] + c.w[i - 1];
  return c;
}

static double
cells_height (cairo_t *cr, char **cells, const Columns *c, gboolean bold)
{
  double h = 0;

  for (int i = 0; i < c->n && cells != NULL && cells[i] != NULL; i++)
    h = MAX (h, tt_quick_height (cr, cells[i], c->w[i] - 2 * PAD, c->size, bold));
  return h + 2 * PAD;
}


static double
top_height (cairo_t *cr, const TtReportDoc *doc, const TtPageSize *page)
{
  double w = content_width (page), y;

  y = tt_draw_state_heading (cr, doc->parent, doc->office, page->margin, 0, w, 10) + 14;
  y += tt_text_height (cr, doc->title, w, 13, TRUE) + 4;
  y += tt_text_height (cr, doc->period, w, TEXT, FALSE) + 4;
  if (doc->fund != NULL)
    y += tt_text_height (cr, doc->fund, w, TEXT, FALSE);
  return y + 12;
}

static double
sign_height (void)
{
  return 10 + 15 + 13 + 70 + 14 + 10;
}

static void
add (TtReportPages *p, BlockKind kind, const TtReportSection *s, guint row, double height, double scale)
{
  Block b = { kind, s, row, height, scale };

  g_array_append_val (p->blocks, b);
}

/* The blocks, then the pages they fall on. */
static void
plan (TtReportPages *p)
{
  cairo_t *cr = tt_measure_context_new (&p->page);
  double w = content_width (&p->page), room = p->page.height - 2 * p->page.margin - FOOT, y = 0;
  TtChartStyle style = { .width = w, .print = TRUE };

  add (p, B_TOP, NULL, 0, top_height (cr, p->doc, &p->page), 1);
  for (guint i = 0; i < p->doc->sections->len; i++)
    {
      const TtReportSection *s = p->doc->sections->pdata[i];
      Columns c = columns_of (cr, s, &p->page);

      g_hash_table_insert (p->section_of, (gpointer) s, GUINT_TO_POINTER (i));
      add (p, B_HEADING, s, 0, tt_text_height (cr, s->heading, w, 11, TRUE) + 10, 1);
      if (s->note != NULL)
        add (p, B_NOTE, s, 0, tt_text_height (cr, s->note, w, CELL_SIZE, FALSE) + 6, 1);
      if (s->chart != NULL)
        {
          double h = tt_chart_height (s->chart, &style), scale = MIN (1.0, (room - 60) / h);
          if (scale >= 0.45)
            add (p, B_CHART, s, 0, h * scale + 8, scale);
        }
      if (s->header != NULL)
        {
          c.head = cells_height (cr, s->header, &c, TRUE);
          add (p, B_HEAD, s, 0, c.head, 1);
          for (guint r = 0; r < s->rows->len; r++)
            add (p, B_ROW, s, r, cells_height (cr, s->rows->pdata[r], &c, FALSE), 1);
          if (s->total != NULL)
            add (p, B_TOTAL, s, 0, cells_height (cr, s->total, &c, TRUE), 1);
        }
      g_array_append_val (p->columns, c);
    }
  add (p, B_SIGN, NULL, 0, sign_height (), 1);
  cairo_destroy (cr);

  g_array_append_val (p->starts, (guint) { 0 });
  for (guint i = 0; i < p->blocks->len; i++)
    {
      Block *b = &g_array_index (p->blocks, Block, i);
      double need = b->height;

      /* A heading keeps its next block with it, a table's header its first row. */
      if ((b->kind == B_HEADING || b->kind == B_NOTE || b->kind == B_HEAD) && i + 1 < p->blocks->len)
        need += g_array_index (p->blocks, Block, i + 1).height;
      if (y > 0 && y + need > room)
        {
          g_array_append_val (p->starts, i);
          y = 0;
          if (b->kind == B_ROW || b->kind == B_TOTAL)
            y += g_array_index (p->columns, Columns,
                                GPOINTER_TO_UINT (g_hash_table_lookup (p->section_of, b->section))).head;
        }
      y += b->height;
    }
}

TtReportPages *
tt_report_pages_new (const TtReportDoc *doc)
{
  TtReportPages *p = g_new0 (TtReportPages, 1);

  p->doc = doc;
  tt_page_size (TT_PAPER_A4, FALSE, &p->page);
  p->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  p->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  p->columns = g_array_new (FALSE, FALSE, sizeof (Columns));
  p->section_of = g_hash_table_new (NULL, NULL);
  plan (p);
  return p;
}

void
tt_report_pages_free (TtReportPages *p)
{
  if (p == NULL)
    return;
  g_array_unref (p->blocks);
  g_array_unref (p->starts);
  g_array_unref (p->columns);
  g_hash_table_unref (p->section_of);
  g_free (p);
}

int
tt_report_pages_count (const TtReportPages *p)
{
  return (int) p->starts->len;
}

static double
draw_top (cairo_t *cr, const TtReportDoc *doc, const TtPageSize *page, double y)
{
  double w = content_width (page);

  y += tt_draw_state_heading (cr, doc->parent, doc->office, page->margin, y, w, 10) + 14;
  y += tt_draw_text (cr, doc->title, page->margin, y, w, 13, TRUE, PANGO_ALIGN_CENTER) + 4;
  y += tt_draw_text (cr, doc->period, page->margin, y, w, TEXT, FALSE, PANGO_ALIGN_CENTER) + 4;
  if (doc->fund != NULL)
    y += tt_draw_text (cr, doc->fund, page->margin, y, w, TEXT, FALSE, PANGO_ALIGN_CENTER);
  return y + 12;
}

/* A line of a table: its cells (the first left, the others right), its rules around it. */
static void
draw_cells (cairo_t *cr, TtQuickRun *run, char **cells, const Columns *c, double y, double h, gboolean bold,
            gboolean shaded)
{
  double right = c->x[c->n - 1] + c->w[c->n - 1];

  if (shaded)
    {
      /* The rules drawn so far first: a fill takes the path with it. */
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, c->x[0], y, right - c->x[0], h);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  for (int i = 0; i < c->n && cells[i] != NULL; i++)
    tt_quick_add (run, cr, cells[i], c->x[i] + PAD, y + PAD, c->w[i] - 2 * PAD, c->size, bold,
                  shaded ? PANGO_ALIGN_CENTER : i > 0 && is_figure (cells[i]) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  cairo_rectangle (cr, c->x[0], y, right - c->x[0], h);
  for (int i = 1; i < c->n; i++)
    {
      cairo_move_to (cr, c->x[i], y);
      cairo_line_to (cr, c->x[i], y + h);
    }
}

static double
draw_sign (cairo_t *cr, const TtReportDoc *doc, const TtPageSize *page, double y)
{
  double w = content_width (page), third = w / 3, m = page->margin;

  y += 10;
  tt_draw_text (cr, doc->date_words ? doc->date_words : "", m + 2 * third, y, third, TEXT, FALSE, PANGO_ALIGN_CENTER);
  y += 15;
  for (int i = 0; i < 3; i++)
    {
      tt_draw_text (cr, doc->roles[i], m + i * third, y, third, TEXT, TRUE, PANGO_ALIGN_CENTER);
      tt_draw_text (cr, i == 2 ? "(Ký, họ tên, đóng dấu)" : "(Ký, họ tên)", m + i * third, y + 13, third, CELL_SIZE, FALSE,
                    PANGO_ALIGN_CENTER);
      tt_draw_text (cr, doc->names[i] ? doc->names[i] : "", m + i * third, y + 83, third, TEXT, TRUE, PANGO_ALIGN_CENTER);
    }
  return y + 100;
}

void
tt_report_pages_draw (const TtReportPages *p,
                      cairo_t             *cr,
                      const TtPageSize    *page,
                      int                  page_nr)
{
  guint first = g_array_index (p->starts, guint, page_nr);
  guint last = page_nr + 1 < (int) p->starts->len ? g_array_index (p->starts, guint, page_nr + 1) : p->blocks->len;
  double y = page->margin, w = content_width (page);
  TtQuickRun *run = tt_quick_run_new ();
  TtChartStyle style = { .width = w, .print = TRUE };
  g_autofree char *foot = g_strdup_printf ("%s — Trang %d/%d", p->doc->printed_on, page_nr + 1,
                                           (int) p->starts->len);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  for (guint i = first; i < last; i++)
    {
      const Block *b = &g_array_index (p->blocks, Block, i);
      const Columns *c = b->section ? &g_array_index (p->columns, Columns,
                                                      GPOINTER_TO_UINT (g_hash_table_lookup (p->section_of, b->section)))
                                    : NULL;

      /* A table continued from the page before: its header again. */
      if (i == first && (b->kind == B_ROW || b->kind == B_TOTAL))
        {
          draw_cells (cr, run, b->section->header, c, y, c->head, TRUE, TRUE);
          y += c->head;
        }
      switch (b->kind)
        {
        case B_TOP:
          draw_top (cr, p->doc, page, y);
          break;
        case B_HEADING:
          tt_draw_text (cr, b->section->heading, page->margin, y + 6, w, 11, TRUE, PANGO_ALIGN_LEFT);
          break;
        case B_NOTE:
          tt_draw_text (cr, b->section->note, page->margin, y, w, CELL_SIZE, FALSE, PANGO_ALIGN_LEFT);
          break;
        case B_CHART:
          cairo_save (cr);
          cairo_translate (cr, page->margin, y);
          cairo_scale (cr, b->scale, b->scale);
          tt_chart_draw (cr, b->section->chart, &style);
          cairo_restore (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, 0.5);
          break;
        case B_HEAD:
          draw_cells (cr, run, b->section->header, c, y, b->height, TRUE, TRUE);
          break;
        case B_ROW:
          draw_cells (cr, run, b->section->rows->pdata[b->row], c, y, b->height, FALSE, FALSE);
          break;
        case B_TOTAL:
          draw_cells (cr, run, b->section->total, c, y, b->height, TRUE, FALSE);
          break;
        case B_SIGN:
        default:
          draw_sign (cr, p->doc, page, y);
          break;
        }
      y += b->height;
    }
  cairo_stroke (cr);
  tt_quick_run_show (run, cr);
  tt_quick_run_free (run);
  tt_draw_text (cr, foot, page->margin, page->height - page->margin - 10, w, 8, FALSE, PANGO_ALIGN_RIGHT);
  cairo_restore (cr);
}

static void
draw_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_report_pages_draw (data, cr, page, page_nr);
}

/* The report as a PDF of A4 pages, charts included. */
gboolean
tt_report_write_pdf (const TtReportDoc *doc,
                     const char        *path,
                     GError           **error)
{
  TtReportPages *p = tt_report_pages_new (doc);
  gboolean ok = tt_document_write_pdf (path, doc->title, &p->page, tt_report_pages_count (p), draw_page, p, error);

  tt_report_pages_free (p);
  return ok;
}

/* A cell of plain digits grouped by dots (1.234.567) is a number in the workbook. */
static gboolean
as_number (const char *text, double *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *c = text; *c; c++)
    if (g_ascii_isdigit (*c))
      g_string_append_c (digits, *c);
    else if (*c != '.' || c == text)
      return FALSE;
  if (digits->len == 0 || digits->len > 15)
    return FALSE;
  *out = g_ascii_strtod (digits->str, NULL);
  return TRUE;
}

/* The report as one worksheet: the heading, then each section's heading, note and table (the
 * charts' numbers are their tables). */
gboolean
tt_report_write_xlsx (const TtReportDoc *doc,
                      const char        *path,
                      GError           **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  g_autoptr(TtCNumbers) c_numbers = tt_c_numbers_begin ();
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_worksheet *ws;
  lxw_format *title, *plain, *head, *text, *number, *bold_text, *bold_number, *heading;
  lxw_row_t row = 0;
  int width = 2;

  if (wb == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the workbook “%s”."), path);
      return FALSE;
    }
  ws = workbook_add_worksheet (wb, "Báo cáo");
  title = tt_workbook_format (wb, TRUE, FALSE, LXW_ALIGN_CENTER, FALSE);
  format_set_font_size (title, 14);
  plain = tt_workbook_format (wb, FALSE, FALSE, LXW_ALIGN_LEFT, FALSE);
  heading = tt_workbook_format (wb, TRUE, FALSE, LXW_ALIGN_LEFT, FALSE);
  head = tt_workbook_format (wb, TRUE, TRUE, LXW_ALIGN_CENTER, FALSE);
  format_set_bg_color (head, 0xE6E6E6);
  text = tt_workbook_format (wb, FALSE, TRUE, LXW_ALIGN_LEFT, FALSE);
  number = tt_workbook_format (wb, FALSE, TRUE, LXW_ALIGN_RIGHT, TRUE);
  bold_text = tt_workbook_format (wb, TRUE, TRUE, LXW_ALIGN_LEFT, FALSE);
  bold_number = tt_workbook_format (wb, TRUE, TRUE, LXW_ALIGN_RIGHT, TRUE);
  for (guint i = 0; i < doc->sections->len; i++)
    {
      const TtReportSection *s = doc->sections->pdata[i];
      if (s->header != NULL)
        width = MAX (width, (int) g_strv_length (s->header));
    }
  worksheet_set_paper (ws, 9);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_footer (ws, "&RTrang &P/&N");
  worksheet_set_column (ws, 0, 0, 40, NULL);
  worksheet_set_column (ws, 1, width - 1, 18, NULL);
  worksheet_write_string (ws, row++, 0, doc->parent ? doc->parent : "", plain);
  worksheet_write_string (ws, row++, 0, doc->office ? doc->office : "", heading);
  row++;
  worksheet_merge_range (ws, row, 0, row, width - 1, doc->title, title);
  row++;
  worksheet_merge_range (ws, row, 0, row, width - 1, doc->period, plain);
  row++;
  if (doc->fund != NULL)
    {
      worksheet_merge_range (ws, row, 0, row, width - 1, doc->fund, plain);
      row++;
    }
  worksheet_write_string (ws, row++, 0, doc->printed_on, plain);
  for (guint i = 0; i < doc->sections->len; i++)
    {
      const TtReportSection *s = doc->sections->pdata[i];

      row++;
      worksheet_write_string (ws, row++, 0, s->heading, heading);
      if (s->note != NULL)
        worksheet_write_string (ws, row++, 0, s->note, plain);
      if (s->header == NULL)
        continue;
      for (int c = 0; s->header[c] != NULL; c++)
        worksheet_write_string (ws, row, c, s->header[c], head);
      row++;
      for (guint r = 0; r <= s->rows->len; r++)
        {
          char **cells = r < s->rows->len ? s->rows->pdata[r] : s->total;
          gboolean bold = r == s->rows->len;
          if (cells == NULL)
            break;
          for (int c = 0; cells[c] != NULL; c++)
            {
              double v;
              if (c > 0 && as_number (cells[c], &v))
                worksheet_write_number (ws, row, c, v, bold ? bold_number : number);
              else
                worksheet_write_string (ws, row, c, cells[c], bold ? bold_text : text);
            }
          row++;
        }
    }
  row++;
  for (int i = 0; i < 3; i++)
    {
      worksheet_write_string (ws, row, i, doc->roles[i], heading);
      worksheet_write_string (ws, row + 3, i, doc->names[i] ? doc->names[i] : "", heading);
    }
  return tt_workbook_close (wb, path, error);
}
