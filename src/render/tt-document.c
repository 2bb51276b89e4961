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

static double
draw_layout (cairo_t *cr, PangoLayout *layout, double x, double y, double width, double size,
             gboolean bold, PangoAlignment align)
{
  PangoFontDescription *desc = pango_font_description_from_string (TT_DOCUMENT_FONT);
  int h;

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static double
draw_plain (cairo_t *cr, const char *text, double x, double y, double width, double size,
            gboolean bold, PangoAlignment align, gboolean one_line)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  double h;

  pango_layout_set_text (layout, text ? text : "", -1);
  if (one_line)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -1);
    }
  h = draw_layout (cr, layout, x, y, width, size, bold, align);
  g_object_unref (layout);
  return h;
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
  return draw_plain (cr, text, x, y, width, size, bold, align, FALSE);
}

/* One line only: text that does not fit ends with "…" (table cells). */
double
tt_draw_text_line (cairo_t        *cr,
                   const char     *text,
                   double          x,
                   double          y,
                   double          width,
                   double          size,
                   gboolean        bold,
                   PangoAlignment  align)
{
  return draw_plain (cr, text, x, y, width, size, bold, align, TRUE);
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
  PangoLayout *layout = pango_cairo_create_layout (cr);
  double h;

  pango_layout_set_markup (layout, markup ? markup : "", -1);
  h = draw_layout (cr, layout, x, y, width, size, FALSE, align);
  g_object_unref (layout);
  return h;
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
  double half = width / 2;

  tt_draw_text (cr, parent ? parent : "", x, y, half, size, FALSE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x + half, y, half, size, TRUE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, office_upper, x, y + size * 1.5, half, size, TRUE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "Độc lập - Tự do - Hạnh phúc", x + half, y + size * 1.5, half, size, TRUE, PANGO_ALIGN_CENTER);
  return size * 3;
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
