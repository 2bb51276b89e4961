/* tt-document.c — page geometry and text helpers shared by every printed document
 *
 * Documents are drawn in points onto any cairo_t (PDF surface, print context, widget), so
 * what is printed is what is tested.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include <string.h>

#include "tt-document.h"
#include "tt-quick-text.h"

void
tt_page_size (TtPaper     paper,
              gboolean    landscape,
              TtPageSize *out)
{
  double w = paper == TT_PAPER_A5 ? TT_MM (148) : TT_MM (210);
  double h = paper == TT_PAPER_A5 ? TT_MM (210) : TT_MM (297);

  out->width = landscape ? h : w;
  out->height = landscape ? w : h;
  out->margin = paper == TT_PAPER_A5 ? TT_MM (10) : TT_MM (15);
}

TtPaper
tt_paper_from_string (const char *name)
{
  return name != NULL && g_ascii_strcasecmp (name, "A5") == 0 ? TT_PAPER_A5 : TT_PAPER_A4;
}

static const cairo_user_data_key_t layout_key;

/* One layout per cairo context, made once and kept with it: making a layout makes a Pango
 * context, which costs more than laying out a short text (a book has two million cells). */
static PangoLayout *
layout_for (cairo_t *cr)
{
  PangoLayout *layout = cairo_get_user_data (cr, &layout_key);

  if (layout == NULL)
    {
      layout = pango_cairo_create_layout (cr);
      cairo_set_user_data (cr, &layout_key, layout, g_object_unref);
    }
  else
    pango_cairo_update_layout (cr, layout);
  pango_layout_set_attributes (layout, NULL);
  return layout;
}

/* Documents' text: the document font at @size points, wrapped at @width (at a word, or inside a
 * word longer than the line; -1: not wrapped). */
static void
set_text_style (PangoLayout *layout, double width, double size, gboolean bold, PangoAlignment align)
{
  static PangoFontDescription *base;
  PangoFontDescription *desc;

  if (g_once_init_enter (&base))
    g_once_init_leave (&base, pango_font_description_from_string (TT_DOCUMENT_FONT));
  desc = pango_font_description_copy_static (base);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
}

static double
draw_layout (cairo_t *cr, PangoLayout *layout, double x, double y, double width, double size,
             gboolean bold, PangoAlignment align)
{
  int h;

  set_text_style (layout, width, size, bold, align);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

double
tt_draw_text (cairo_t        *cr,
              const char     *text,
              double          x,
              double          y,
              double          width,
              double          size,
              gboolean        bold,
              PangoAlignment  align)
{
  PangoLayout *layout = layout_for (cr);

  pango_layout_set_text (layout, text ? text : "", -1);
  return draw_layout (cr, layout, x, y, width, size, bold, align);
}

/* The size @text takes when drawn by tt_draw_text() on @cr wrapped at @width (-1: on one line),
 * without drawing it. */
static void
text_size (cairo_t *cr, const char *text, double width, double size, gboolean bold, double *out_width,
           double *out_height)
{
  PangoLayout *layout = layout_for (cr);
  int w, h;

  pango_layout_set_text (layout, text ? text : "", -1);
  set_text_style (layout, width, size, bold, PANGO_ALIGN_LEFT);
  pango_layout_get_size (layout, &w, &h);
  *out_width = (double) w / PANGO_SCALE;
  *out_height = (double) h / PANGO_SCALE;
}

double
tt_text_height (cairo_t    *cr,
                const char *text,
                double      width,
                double      size,
                gboolean    bold)
{
  double w, h;

  text_size (cr, text, width, size, bold, &w, &h);
  return h;
}

/* The width @text takes on one line. */
double
tt_text_width (cairo_t    *cr,
               const char *text,
               double      size,
               gboolean    bold)
{
  double w, h;

  text_size (cr, text, -1, size, bold, &w, &h);
  return w;
}

/* A context on a PDF surface that writes nothing: text measured or laid out on it has the size
 * it has on the printed page (no hinting, as on every PDF and print surface), so pages can be
 * planned before any is drawn. */
cairo_t *
tt_measure_context_new (const TtPageSize *page)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (NULL, page->width, page->height);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/* The largest of 1, 0.95, 0.9 … 0.7 at which what @draw draws at that scale ends above the
 * bottom margin (0.7 when none does): a one-page document with long texts fits its page. */
double
tt_document_fit (const TtPageSize *page,
                 TtFitDrawFunc     draw,
                 gconstpointer     data)
{
  cairo_t *cr = tt_measure_context_new (page);
  double scale = 1.0;

  while (scale > 0.72 && draw (cr, page, scale, data) > page->height - page->margin)
    scale -= 0.05;
  cairo_destroy (cr);
  return scale;
}

double
tt_draw_markup (cairo_t        *cr,
                const char     *markup,
                double          x,
                double          y,
                double          width,
                double          size,
                PangoAlignment  align)
{
  PangoLayout *layout = layout_for (cr);

  pango_layout_set_markup (layout, markup ? markup : "", -1);
  return draw_layout (cr, layout, x, y, width, size, FALSE, align);
}

/* The two-column heading of official documents: the parent unit and the office on the left,
 * the state's name and motto on the right. Returns the height used. */
double
tt_draw_state_heading (cairo_t    *cr,
                       const char *parent,
                       const char *office,
                       double      x,
                       double      y,
                       double      width,
                       double      size)
{
  g_autofree char *office_upper = g_utf8_strup (office ? office : "", -1);
  double half = width / 2, second, left, right;

  /* On narrow paper a line wraps: the second line goes under the taller first one. */
  left = tt_draw_text (cr, parent ? parent : "", x, y, half, size, FALSE, PANGO_ALIGN_CENTER);
  right = tt_draw_text (cr, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x + half, y, half, size, TRUE, PANGO_ALIGN_CENTER);
  second = MAX (size * 1.5, MAX (left, right));
  left = tt_draw_text (cr, office_upper, x, y + second, half, size, TRUE, PANGO_ALIGN_CENTER);
  right = tt_draw_text (cr, "Độc lập - Tự do - Hạnh phúc", x + half, y + second, half, size, TRUE, PANGO_ALIGN_CENTER);
  return MAX (size * 3, second + MAX (left, right));
}

/* Writes every page to a PDF file; fonts are embedded (subset) by cairo. */
gboolean
tt_document_write_pdf (const char       *path,
                       const char       *title,
                       const TtPageSize *page,
                       int               n_pages,
                       TtPageDrawFunc    draw,
                       gpointer          data,
                       GError          **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, page->width, page->height);
  cairo_t *cr;
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tương Thân");
  cr = cairo_create (surface);
  for (int i = 0; i < n_pages; i++)
    {
      draw (cr, page, i, data);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the PDF “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* Draws a figure (digits and the signs of dates, numbers and amounts) in @width, aligned, from
 * glyphs looked up once (tt-quick-text). Returns the height used. */
double
tt_draw_figure (cairo_t        *cr,
                const char     *text,
                double          x,
                double          y,
                double          width,
                double          size,
                gboolean        bold,
                PangoAlignment  align)
{
  return tt_draw_quick (cr, text, x, y, width, size, bold, align);
}
