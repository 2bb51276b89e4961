/* tt-signing-sheet.c — a gift list's signing sheet: A4 landscape pages, PDF and XLSX
 *
 * Columns: STT, head of household, birth year, masked ID number, village, category, packages,
 * value, a signature column wide enough to sign in, note. Every page repeats the column titles
 * and says "Trang x/y"; villages end with their totals, the list with the grand total in words
 * and the signature blocks.
 *
 * A province list has 100,000 rows or more, 5,000 pages: a page's cells are set from glyphs
 * looked up once (tt-quick-text) and shown in one call per weight, and the row of column titles
 * is recorded once and replayed on every page.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <gio/gio.h>
#include <xlsxwriter.h>

#include "tt-workbook.h"
#include "tt-locale.h"
#include "tt-quick-text.h"
#include "tt-signing-sheet.h"

#define N_COLUMNS 10
#define HEADING 118.0
#define TITLE_ROW 30.0
#define ENTRY_ROW 23.0
#define GROUP_ROW 17.0
#define FOOTER 150.0
#define PAGE_NUMBER 16.0
#define CELL_FONT 9.0

static const char *const titles[N_COLUMNS] = {
  "STT", "Họ và tên chủ hộ", "Năm sinh", "Số CCCD", "Thôn / Tổ dân phố", "Phân loại", "Số suất",
  "Thành tiền (đ)", "Ký nhận", "Ghi chú",
};
static const double shares[N_COLUMNS] = { 0.05, 0.18, 0.05, 0.1, 0.125, 0.105, 0.045, 0.085, 0.135, 0.125 };
static const PangoAlignment aligns[N_COLUMNS] = {
  PANGO_ALIGN_CENTER, PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_CENTER, PANGO_ALIGN_LEFT,
  PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT,
};
/* Columns whose texts can be long (names, villages, categories, notes) wrap onto a second line
 * inside the row; a household keeps one row of the same height, so a list of 100,000 has the
 * pages it had. Only a third line's worth is cut, with "…". */
static const gboolean wrapping[N_COLUMNS] = { FALSE, TRUE, FALSE, FALSE, TRUE, TRUE, FALSE, FALSE, FALSE, TRUE };

struct _TtSigningSheet
{
  TtSheetDoc  *doc;
  TtPageSize   page;
  double       x[N_COLUMNS + 1];
  GArray      *page_starts;     /* int: the first line of each page */
  guint        n_lines;
  gboolean     footer_alone;    /* the totals and signatures need a page of their own */
  cairo_t     *cache_cr;
  PangoLayout *scratch[2][2];   /* [regular, bold][one line, two lines] */
  cairo_surface_t *titles;      /* the row of column titles, recorded */
  TtQuickRun  *quick;           /* the page's cell texts, shown at once */
};

void
tt_signing_sheet_page_size (TtPageSize *out)
{
  tt_page_size (TT_PAPER_A4, TRUE, out);
  out->margin = TT_MM (12);
}

static double
line_height (const TtSheetLine *l)
{
  return l->kind == TT_SHEET_ENTRY ? ENTRY_ROW : GROUP_ROW;
}

typedef struct
{
  TtSigningSheet *self;
  double          y, bottom;
  guint           line;
} Pages;

static void
pages_add (Pages *p, double h)
{
  if (p->y + h > p->bottom)
    {
      int start = p->line;
      g_array_append_val (p->self->page_starts, start);
      p->y = p->self->page.margin + TITLE_ROW;
    }
  p->y += h;
  p->line++;
}

/* The pages from the villages' sizes alone (a heading row, the households' rows and a totals row
 * each), so that the first pages can be drawn while the later rows are still being read. */
static void
paginate (TtSigningSheet *self)
{
  const GArray *sizes = tt_sheet_doc_group_sizes (self->doc);
  Pages p = { self, self->page.margin + HEADING + TITLE_ROW, self->page.height - self->page.margin - PAGE_NUMBER,
              0 };

  g_array_set_size (self->page_starts, 0);
  g_array_append_val (self->page_starts, (int) { 0 });
  for (guint g = 0; sizes != NULL && g < sizes->len; g++)
    {
      pages_add (&p, GROUP_ROW);
      for (guint k = 0; k < g_array_index (sizes, guint, g); k++)
        pages_add (&p, ENTRY_ROW);
      pages_add (&p, GROUP_ROW);
    }
  self->n_lines = p.line;
  self->footer_alone = p.y + FOOTER > p.bottom;
}

/* Takes @doc. */
TtSigningSheet *
tt_signing_sheet_new (TtSheetDoc *doc)
{
  TtSigningSheet *self = g_new0 (TtSigningSheet, 1);
  double x;

  self->doc = doc;
  tt_signing_sheet_page_size (&self->page);
  x = self->page.margin;
  for (int c = 0; c < N_COLUMNS; c++)
    {
      self->x[c] = x;
      x += shares[c] * (self->page.width - 2 * self->page.margin);
    }
  self->x[N_COLUMNS] = self->page.width - self->page.margin;
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (int));
  self->quick = tt_quick_run_new ();
  paginate (self);
  return self;
}

static void
drop_cache (TtSigningSheet *self)
{
  for (int b = 0; b < 2; b++)
    for (int w = 0; w < 2; w++)
      g_clear_object (&self->scratch[b][w]);
  self->cache_cr = NULL;
  g_clear_pointer (&self->titles, cairo_surface_destroy);
}

void
tt_signing_sheet_free (TtSigningSheet *self)
{
  if (self == NULL)
    return;
  drop_cache (self);
  tt_quick_run_free (self->quick);
  g_array_unref (self->page_starts);
  tt_sheet_doc_free (self->doc);
  g_free (self);
}

const TtSheetDoc *
tt_signing_sheet_get_doc (TtSigningSheet *self)
{
  return self->doc;
}

int
tt_signing_sheet_page_count (TtSigningSheet *self)
{
  return self->page_starts->len + (self->footer_alone ? 1 : 0);
}

static PangoLayout *
make_layout (cairo_t *cr, gboolean bold, double width, PangoAlignment align, gboolean two_lines)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (TT_DOCUMENT_FONT);

  pango_font_description_set_absolute_size (desc, CELL_FONT * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  if (two_lines)
    {
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -2);
    }
  return layout;
}

/* The text of a cell from column @c to column @end (exclusive), centred in the row's height:
 * gathered into the page's run when it fits the lines the cell has (a province's list has a
 * million cells; shaping each with Pango and showing it alone would cost most of the time),
 * else shaped and cut with "…". */
static void
cell_text (TtSigningSheet *self, cairo_t *cr, int c, int end, double y, double h, const char *text,
           gboolean bold, PangoAlignment align)
{
  double width = self->x[end] - self->x[c] - 6;
  gboolean wrap = wrapping[c] && end == c + 1;
  PangoLayout *layout;
  int lh;

  if (text == NULL || *text == '\0' ||
      tt_quick_add_fitting (self->quick, text, self->x[c] + 3, y, width, h, wrap ? 2 : 1, CELL_FONT, bold, align))
    return;
  if (self->scratch[bold][wrap] == NULL)
    self->scratch[bold][wrap] = make_layout (cr, bold, width, align, wrap);
  layout = self->scratch[bold][wrap];
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &lh);
  cairo_move_to (cr, self->x[c] + 3, y + (h - (double) lh / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
grid (TtSigningSheet *self, cairo_t *cr, double y, double h, const int *cuts, int n_cuts)
{
  cairo_rectangle (cr, self->x[0], y, self->x[N_COLUMNS] - self->x[0], h);
  for (int i = 0; i < n_cuts; i++)
    {
      cairo_move_to (cr, self->x[cuts[i]], y);
      cairo_line_to (cr, self->x[cuts[i]], y + h);
    }
}

static void
record_titles (TtSigningSheet *self, cairo_t *cr)
{
  static const int cuts[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

  cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
  cairo_rectangle (cr, self->x[0], 0, self->x[N_COLUMNS] - self->x[0], TITLE_ROW);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  grid (self, cr, 0, TITLE_ROW, cuts, G_N_ELEMENTS (cuts));
  cairo_stroke (cr);
  for (int c = 0; c < N_COLUMNS; c++)
    tt_draw_text (cr, titles[c], self->x[c] + 2, 4, self->x[c + 1] - self->x[c] - 4, CELL_FONT, TRUE,
                  PANGO_ALIGN_CENTER);
}

/* The row of column titles, the same on every page: drawn once and replayed, which a PDF keeps
 * as one object that each page refers to. */
static void
draw_titles (TtSigningSheet *self, cairo_t *cr, double y)
{
  if (self->titles == NULL)
    {
      cairo_rectangle_t extents = { 0, -1, self->page.width, TITLE_ROW + 2 };
      cairo_t *rec;

      self->titles = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      rec = cairo_create (self->titles);
      record_titles (self, rec);
      cairo_destroy (rec);
    }
  cairo_save (cr);
  cairo_set_source_surface (cr, self->titles, 0, y);
  cairo_rectangle (cr, 0, y - 1, self->page.width, TITLE_ROW + 2);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* Whether the line between columns @c - 1 and @c crosses a row of @kind. */
static gboolean
has_boundary (TtSheetLineKind kind, int c)
{
  if (c == 0 || c == N_COLUMNS || kind == TT_SHEET_ENTRY)
    return TRUE;
  return kind == TT_SHEET_SUBTOTAL && c >= 6;
}

/* The rules of the rows from @from to @to starting at @top: one horizontal line under each row
 * and each column line drawn once over the rows it crosses (a province list has 5,000 pages,
 * so fewer path segments is a smaller, faster PDF). */
static void
draw_rules (TtSigningSheet *self, cairo_t *cr, int from, int to, double top)
{
  double y = top;

  for (int i = from; i < to; i++)
    {
      y += line_height (self->doc->lines->pdata[i]);
      cairo_move_to (cr, self->x[0], y);
      cairo_line_to (cr, self->x[N_COLUMNS], y);
    }
  for (int c = 0; c <= N_COLUMNS; c++)
    {
      double start = -1;
      y = top;
      for (int i = from; i < to; i++)
        {
          const TtSheetLine *l = self->doc->lines->pdata[i];
          gboolean on = has_boundary (l->kind, c);
          if (on && start < 0)
            start = y;
          else if (!on && start >= 0)
            {
              cairo_move_to (cr, self->x[c], start);
              cairo_line_to (cr, self->x[c], y);
              start = -1;
            }
          y += line_height (l);
        }
      if (start >= 0)
        {
          cairo_move_to (cr, self->x[c], start);
          cairo_line_to (cr, self->x[c], y);
        }
    }
  cairo_stroke (cr);
}

static void
draw_line (TtSigningSheet *self, cairo_t *cr, const TtSheetLine *l, double y)
{
  double h = line_height (l);

  switch (l->kind)
    {
    case TT_SHEET_VILLAGE:
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      cairo_rectangle (cr, self->x[0], y, self->x[N_COLUMNS] - self->x[0], h);
      cairo_fill (cr);
      cairo_restore (cr);
      cell_text (self, cr, 0, N_COLUMNS, y, h, l->head, TRUE, PANGO_ALIGN_LEFT);
      break;
    case TT_SHEET_SUBTOTAL:
      cell_text (self, cr, 0, 6, y, h, l->head, TRUE, PANGO_ALIGN_RIGHT);
      cell_text (self, cr, 6, 7, y, h, l->quantity, TRUE, PANGO_ALIGN_CENTER);
      cell_text (self, cr, 7, 8, y, h, l->value, TRUE, PANGO_ALIGN_RIGHT);
      break;
    case TT_SHEET_ENTRY:
    default:
      {
        const char *const texts[N_COLUMNS] = { l->stt, l->head, l->birth_year, l->id_masked, l->place,
                                               l->category, l->quantity, l->value, NULL, l->note };
        for (int c = 0; c < N_COLUMNS; c++)
          cell_text (self, cr, c, c + 1, y, h, texts[c], FALSE, aligns[c]);
      }
      break;
    }
}

static double
draw_heading (TtSigningSheet *self, cairo_t *cr)
{
  const TtSheetDoc *doc = self->doc;
  double m = self->page.margin, w = self->page.width - 2 * m, y = m;

  tt_draw_state_heading (cr, doc->parent, doc->office, m, y, w * 0.9, 10);
  y += 42;
  y += tt_draw_text (cr, doc->title, m, y, w, 15, TRUE, PANGO_ALIGN_CENTER);
  y += tt_draw_text (cr, doc->campaign, m, y, w, 11, TRUE, PANGO_ALIGN_CENTER);
  if (doc->place != NULL)
    y += tt_draw_text (cr, doc->place, m, y, w, 10.5, FALSE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, doc->package, m, y, w, 10.5, FALSE, PANGO_ALIGN_CENTER);
  return m + HEADING;
}

static void
draw_footer (TtSigningSheet *self, cairo_t *cr, double y)
{
  const TtSheetDoc *doc = self->doc;
  double m = self->page.margin, w = self->page.width - 2 * m, third = w / 3;
  g_autofree char *words = g_strdup_printf ("Bằng chữ: %s", doc->total_words);
  const char *roles[3] = { "NGƯỜI LẬP DANH SÁCH", "KẾ TOÁN", "TRƯỞNG BAN" };
  const char *names[3] = { doc->clerk, doc->accountant, doc->head };

  y += 8;
  y += tt_draw_text (cr, doc->total, m, y, w, 11, TRUE, PANGO_ALIGN_LEFT) + 2;
  y += tt_draw_text (cr, words, m, y, w, 11, FALSE, PANGO_ALIGN_LEFT) + 6;
  tt_draw_text (cr, doc->date_words, m + 2 * third, y, third, 10.5, FALSE, PANGO_ALIGN_CENTER);
  y += 15;
  for (int i = 0; i < 3; i++)
    {
      tt_draw_text (cr, roles[i], m + i * third, y, third, 10.5, TRUE, PANGO_ALIGN_CENTER);
      tt_draw_text (cr, i == 2 ? "(Ký, họ tên, đóng dấu)" : "(Ký, họ tên)", m + i * third, y + 14, third, 9,
                    FALSE, PANGO_ALIGN_CENTER);
      tt_draw_text (cr, names[i] ? names[i] : "", m + i * third, y + 72, third, 10.5, TRUE, PANGO_ALIGN_CENTER);
    }
}

void
tt_signing_sheet_draw_page (TtSigningSheet *self,
                            cairo_t        *cr,
                            int             page_nr)
{
  int pages = tt_signing_sheet_page_count (self);
  int n_line_pages = self->page_starts->len;
  double y = self->page.margin;
  g_autofree char *number = g_strdup_printf ("Trang %d/%d", page_nr + 1, pages);

  /* What is kept from page to page (shaped texts, the recorded titles) belongs to one cairo
   * context: a print job that hands another one starts them anew. */
  if (self->cache_cr != cr)
    {
      drop_cache (self);
      self->cache_cr = cr;
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  if (page_nr == 0)
    y = draw_heading (self, cr);
  if (page_nr < n_line_pages)
    {
      int from = g_array_index (self->page_starts, int, page_nr);
      int to = page_nr + 1 < n_line_pages ? g_array_index (self->page_starts, int, page_nr + 1)
                                           : (int) self->n_lines;
      /* The page's rows, read by now or waited for; a list that could not be read whole draws
       * what it has (its file is not kept). */
      tt_sheet_doc_read_upto (self->doc, to);
      to = MIN (to, (int) self->doc->lines->len);
      from = MIN (from, to);
      draw_titles (self, cr, y);
      y += TITLE_ROW;
      for (int i = from; i < to; i++)
        {
          const TtSheetLine *l = self->doc->lines->pdata[i];
          draw_line (self, cr, l, y);
          y += line_height (l);
        }
      tt_quick_run_show (self->quick, cr);
      draw_rules (self, cr, from, to, self->page.margin + (page_nr == 0 ? HEADING : 0) + TITLE_ROW);
    }
  if (page_nr == pages - 1 && tt_sheet_doc_finish (self->doc, NULL))
    draw_footer (self, cr, y);
  tt_draw_text (cr, number, self->page.margin, self->page.height - self->page.margin - 11,
                self->page.width - 2 * self->page.margin, 9, FALSE, PANGO_ALIGN_RIGHT);
}

static void
draw_pdf_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_signing_sheet_draw_page (data, cr, page_nr);
}

/* Writes @doc as PDF pages to @path, each page once its rows are read. */
gboolean
tt_signing_sheet_write_pdf (TtSheetDoc  *doc,
                            const char  *path,
                            GError     **error)
{
  TtSigningSheet *sheet;
  gboolean ok;

  if (tt_sheet_doc_group_sizes (doc) == NULL)
    return tt_sheet_doc_finish (doc, error);
  sheet = tt_signing_sheet_new (doc);
  ok = tt_document_write_pdf (path, doc->title, &sheet->page, tt_signing_sheet_page_count (sheet),
                              draw_pdf_page, sheet, error);
  sheet->doc = NULL;   /* the caller's */
  tt_signing_sheet_free (sheet);
  return tt_sheet_doc_finish (doc, ok ? error : NULL) && ok;
}

/* ---- XLSX -------------------------------------------------------------------------------- */

static lxw_format *
format (lxw_workbook *wb, gboolean bold, gboolean border, uint8_t align, double size)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, "Times New Roman");
  format_set_font_size (f, size);
  if (bold)
    format_set_bold (f);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  format_set_align (f, align);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (f);
  return f;
}

enum { XLSX_CELL, XLSX_CELL_C, XLSX_CELL_R, XLSX_GROUP, XLSX_SUB_L, XLSX_SUB_R, XLSX_N_FORMATS };

/* A line of text across columns @first to the last, then the next row. */
static void
merged_row (lxw_worksheet *ws, lxw_row_t *row, lxw_col_t first, const char *text, lxw_format *f)
{
  worksheet_merge_range (ws, *row, first, *row, N_COLUMNS - 1, text, f);
  (*row)++;
}

/* One line of the list in the workbook's row @row. */
static void
write_line (lxw_worksheet *ws, lxw_row_t row, const TtSheetLine *l, lxw_format **f)
{
  switch (l->kind)
    {
    case TT_SHEET_VILLAGE:
      worksheet_merge_range (ws, row, 0, row, 9, l->head, f[XLSX_GROUP]);
      break;
    case TT_SHEET_SUBTOTAL:
      worksheet_merge_range (ws, row, 0, row, 5, l->head, f[XLSX_SUB_L]);
      worksheet_write_number (ws, row, 6, (double) l->packages, f[XLSX_SUB_R]);
      worksheet_write_number (ws, row, 7, (double) l->amount, f[XLSX_SUB_R]);
      worksheet_write_blank (ws, row, 8, f[XLSX_SUB_R]);
      worksheet_write_blank (ws, row, 9, f[XLSX_SUB_R]);
      break;
    case TT_SHEET_ENTRY:
    default:
      worksheet_set_row (ws, row, 30, NULL);
      worksheet_write_number (ws, row, 0, (double) l->number, f[XLSX_CELL_C]);
      worksheet_write_string (ws, row, 1, l->head, f[XLSX_CELL]);
      /* A year is a number a spreadsheet sorts and filters as one. */
      if (l->birth_year != NULL)
        worksheet_write_number (ws, row, 2, g_ascii_strtod (l->birth_year, NULL), f[XLSX_CELL_C]);
      else
        worksheet_write_blank (ws, row, 2, f[XLSX_CELL_C]);
      worksheet_write_string (ws, row, 3, l->id_masked ? l->id_masked : "", f[XLSX_CELL_C]);
      worksheet_write_string (ws, row, 4, l->place ? l->place : "", f[XLSX_CELL]);
      worksheet_write_string (ws, row, 5, l->category ? l->category : "", f[XLSX_CELL]);
      worksheet_write_number (ws, row, 6, (double) l->packages, f[XLSX_CELL_C]);
      worksheet_write_number (ws, row, 7, (double) l->amount, f[XLSX_CELL_R]);
      worksheet_write_blank (ws, row, 8, f[XLSX_CELL]);
      worksheet_write_string (ws, row, 9, l->note ? l->note : "", f[XLSX_CELL]);
      break;
    }
}

/* Writes @doc as a workbook to @path, each line as soon as it is read. */
gboolean
tt_signing_sheet_write_xlsx (TtSheetDoc  *doc,
                             const char  *path,
                             GError     **error)
{
  static const double widths[N_COLUMNS] = { 5, 26, 8, 15, 18, 16, 7, 13, 22, 14 };
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  /* libxlsxwriter spells widths, heights, margins and font sizes with printf: keep them
   * "5.7109375" under a locale with a decimal comma. Rows are written out as they are filled
   * (constant memory), so the scope covers every call from here to workbook_close(). */
  g_autoptr(TtCNumbers) c_numbers = tt_c_numbers_begin ();
  lxw_workbook *wb;
  lxw_worksheet *ws;
  lxw_format *title, *plain, *head, *bold, *f[XLSX_N_FORMATS];
  lxw_row_t row = 0;
  GPtrArray *lines;
  g_autofree char *office_upper = NULL;

  if (doc == NULL)
    return FALSE;
  wb = workbook_new_opt (path, &options);
  if (wb == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the workbook “%s”."), path);
      return FALSE;
    }
  ws = workbook_add_worksheet (wb, "Danh sách");
  title = format (wb, TRUE, FALSE, LXW_ALIGN_CENTER, 14);
  plain = format (wb, FALSE, FALSE, LXW_ALIGN_CENTER, 11);
  bold = format (wb, TRUE, FALSE, LXW_ALIGN_CENTER, 11);
  head = format (wb, TRUE, TRUE, LXW_ALIGN_CENTER, 11);
  format_set_bg_color (head, 0xE6E6E6);
  f[XLSX_CELL] = format (wb, FALSE, TRUE, LXW_ALIGN_LEFT, 11);
  f[XLSX_CELL_C] = format (wb, FALSE, TRUE, LXW_ALIGN_CENTER, 11);
  f[XLSX_CELL_R] = format (wb, FALSE, TRUE, LXW_ALIGN_RIGHT, 11);
  format_set_num_format (f[XLSX_CELL_R], "#,##0");
  f[XLSX_GROUP] = format (wb, TRUE, TRUE, LXW_ALIGN_LEFT, 11);
  format_set_bg_color (f[XLSX_GROUP], 0xF2F2F2);
  f[XLSX_SUB_L] = format (wb, TRUE, TRUE, LXW_ALIGN_RIGHT, 11);
  f[XLSX_SUB_R] = format (wb, TRUE, TRUE, LXW_ALIGN_RIGHT, 11);
  format_set_num_format (f[XLSX_SUB_R], "#,##0");

  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 9);   /* A4 */
  worksheet_set_margins (ws, 0.4, 0.4, 0.5, 0.6);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_footer (ws, "&RTrang &P/&N");
  for (int c = 0; c < N_COLUMNS; c++)
    worksheet_set_column (ws, c, c, widths[c], NULL);

  /* In constant-memory mode rows are written in order, each row's cells left to right. */
  office_upper = g_utf8_strup (doc->office ? doc->office : "", -1);
  worksheet_merge_range (ws, row, 0, row, 3, doc->parent ? doc->parent : "", plain);
  worksheet_merge_range (ws, row, 4, row, 9, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold);
  row++;
  worksheet_merge_range (ws, row, 0, row, 3, office_upper, bold);
  worksheet_merge_range (ws, row, 4, row, 9, "Độc lập - Tự do - Hạnh phúc", bold);
  row += 2;
  merged_row (ws, &row, 0, doc->title, title);
  merged_row (ws, &row, 0, doc->campaign, bold);
  if (doc->place)
    merged_row (ws, &row, 0, doc->place, plain);
  merged_row (ws, &row, 0, doc->package, plain);
  row++;
  worksheet_repeat_rows (ws, row, row);
  for (int c = 0; c < N_COLUMNS; c++)
    worksheet_write_string (ws, row, c, titles[c], head);
  worksheet_freeze_panes (ws, row + 1, 0);
  row++;

  while ((lines = tt_sheet_doc_next_lines (doc)) != NULL)
    {
      for (guint i = 0; i < lines->len; i++, row++)
        write_line (ws, row, lines->pdata[i], f);
      tt_sheet_doc_lines_done (doc, lines);
    }
  /* The totals are known once every line is read; a list not read whole makes no workbook. */
  if (!tt_sheet_doc_finish (doc, error))
    {
      workbook_close (wb);
      return FALSE;
    }
  row++;
  merged_row (ws, &row, 0, doc->total, format (wb, TRUE, FALSE, LXW_ALIGN_LEFT, 11));
  {
    g_autofree char *words = g_strdup_printf ("Bằng chữ: %s", doc->total_words);
    merged_row (ws, &row, 0, words, format (wb, FALSE, FALSE, LXW_ALIGN_LEFT, 11));
  }
  merged_row (ws, &row, 7, doc->date_words, plain);
  worksheet_merge_range (ws, row, 0, row, 2, "NGƯỜI LẬP DANH SÁCH", bold);
  worksheet_merge_range (ws, row, 3, row, 6, "KẾ TOÁN", bold);
  worksheet_merge_range (ws, row, 7, row, 9, "TRƯỞNG BAN", bold);
  row += 4;
  worksheet_merge_range (ws, row, 0, row, 2, doc->clerk ? doc->clerk : "", bold);
  worksheet_merge_range (ws, row, 3, row, 6, doc->accountant ? doc->accountant : "", bold);
  worksheet_merge_range (ws, row, 7, row, 9, doc->head ? doc->head : "", bold);

  return tt_workbook_close (wb, path, error);
}
