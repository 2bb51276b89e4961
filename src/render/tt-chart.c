/* tt-chart.c — the frame of every chart: its ground, title, subtitle and legend, the message of
 * an empty chart, the inks of light, dark and black-and-white print; and the chart written as
 * PNG, PDF or SVG
 *
 * The plot itself is drawn by its shape (tt-chart-shapes.c). A chart is as wide as it is given
 * and as tall as its rows need: tt_chart_height() says how tall before anything is drawn.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>

#include "tt-chart-private.h"
#include "tt-error.h"

/* Series inks: GNOME's palette, lighter on a dark ground; grey levels in print. */
static const double light_series[][3] = {
  { 0.208, 0.518, 0.894 }, { 0.902, 0.380, 0.000 }, { 0.180, 0.761, 0.494 },
  { 0.569, 0.255, 0.675 }, { 0.596, 0.416, 0.267 }, { 0.753, 0.110, 0.157 },
};
static const double dark_series[][3] = {
  { 0.384, 0.627, 0.918 }, { 1.000, 0.639, 0.282 }, { 0.341, 0.890, 0.537 },
  { 0.753, 0.380, 0.796 }, { 0.804, 0.671, 0.561 }, { 0.965, 0.380, 0.318 },
};
static const double print_grey[] = { 0.25, 0.62, 0.85, 0.45, 0.95, 0.10 };

void
chart_ink (const Frame *f, Ink ink)
{
  gboolean dark = f->style->dark && !f->style->print;

  switch (ink)
    {
    case INK_TEXT:
      dark ? cairo_set_source_rgb (f->cr, 1, 1, 1) : cairo_set_source_rgb (f->cr, 0.141, 0.122, 0.192);
      break;
    case INK_DIM:
      dark ? cairo_set_source_rgb (f->cr, 0.75, 0.75, 0.74) : cairo_set_source_rgb (f->cr, 0.37, 0.36, 0.39);
      break;
    case INK_GRID:
      dark ? cairo_set_source_rgba (f->cr, 1, 1, 1, 0.16) : cairo_set_source_rgba (f->cr, 0, 0, 0, 0.13);
      break;
    case INK_TARGET:
    default:
      if (f->style->print)
        cairo_set_source_rgb (f->cr, 0, 0, 0);
      else
        dark ? cairo_set_source_rgb (f->cr, 1, 0.48, 0.48) : cairo_set_source_rgb (f->cr, 0.75, 0.11, 0.16);
      break;
    }
}

/* Hatching for a series in print: every other series is striped over its grey. */
static void
fill_pattern (const Frame *f, guint series)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 6, 6);
  cairo_t *t = cairo_create (tile);
  cairo_pattern_t *pattern;
  double g = print_grey[series % G_N_ELEMENTS (print_grey)];

  cairo_set_source_rgb (t, g, g, g);
  cairo_paint (t);
  cairo_set_source_rgb (t, 0, 0, 0);
  cairo_set_line_width (t, 1);
  cairo_move_to (t, 0, 6);
  cairo_line_to (t, 6, 0);
  cairo_stroke (t);
  cairo_destroy (t);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_set_source (f->cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_surface_destroy (tile);
}

void
chart_fill_series (const Frame *f, guint series)
{
  if (f->style->print)
    {
      if (series % 2 == 1)
        fill_pattern (f, series);
      else
        {
          double g = print_grey[series % G_N_ELEMENTS (print_grey)];
          cairo_set_source_rgb (f->cr, g, g, g);
        }
      return;
    }
  if (f->style->dark)
    cairo_set_source_rgb (f->cr, dark_series[series % 6][0], dark_series[series % 6][1], dark_series[series % 6][2]);
  else
    cairo_set_source_rgb (f->cr, light_series[series % 6][0], light_series[series % 6][1], light_series[series % 6][2]);
}

/* A line of a series: its colour, or in print black, dashed for every other series. */
void
chart_line_series (const Frame *f, guint series)
{
  static const double dash[] = { 6, 3 };

  cairo_set_line_width (f->cr, 2);
  if (f->style->print)
    {
      cairo_set_source_rgb (f->cr, 0, 0, 0);
      cairo_set_dash (f->cr, dash, series % 2 ? 2 : 0, 0);
      return;
    }
  cairo_set_dash (f->cr, NULL, 0, 0);
  chart_fill_series (f, series);
}

static PangoLayout *
layout_of (const Frame *f, const char *text, double width, double size, gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (f->cr);
  PangoFontDescription *desc = pango_font_description_from_string (CHART_FONT);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

/* Draws @text from @x, @y (its top) wrapped in @width (0: one line); returns its height. */
double
chart_text (const Frame *f, const char *text, double x, double y, double width, double size, gboolean bold,
            PangoAlignment align, Ink ink)
{
  PangoLayout *layout = layout_of (f, text, width, size, bold);
  int h;

  pango_layout_set_alignment (layout, align);
  pango_layout_get_size (layout, NULL, &h);
  if (!f->measuring)
    {
      chart_ink (f, ink);
      cairo_move_to (f->cr, x, y);
      pango_cairo_show_layout (f->cr, layout);
    }
  g_object_unref (layout);
  return (double) h / PANGO_SCALE;
}

double
chart_text_width (const Frame *f, const char *text, double size, gboolean bold)
{
  PangoLayout *layout = layout_of (f, text, 0, size, bold);
  int w;

  pango_layout_get_size (layout, &w, NULL);
  g_object_unref (layout);
  return (double) w / PANGO_SCALE;
}

double
chart_text_height (const Frame *f, const char *text, double width, double size)
{
  PangoLayout *layout = layout_of (f, text, width, size, FALSE);
  int h;

  pango_layout_get_size (layout, NULL, &h);
  g_object_unref (layout);
  return (double) h / PANGO_SCALE;
}

/* A round step for about @ticks steps over @span: 1, 2, 2.5 or 5 times a power of ten. */
double
chart_nice_step (double span, int ticks)
{
  double raw = span / MAX (ticks, 1), power, unit;

  if (!(raw > 0) || !isfinite (raw))
    return 1;
  power = pow (10, floor (log10 (raw)));
  unit = raw / power;
  return power * (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 2.5 ? 2.5 : unit <= 5 ? 5 : 10);
}

/* What is printed on a value: the row's own text, or the value as the chart formats it. */
char *
chart_value_text (const TtChart *chart, const TtChartRow *row, guint series)
{
  if (row->texts != NULL && row->texts[series] != NULL)
    return g_strdup (row->texts[series]);
  return tt_chart_format (chart, row->values[series]);
}

/* The legend: a swatch and the name of each series, wrapped across the width. */
static double
legend (const Frame *f, double y)
{
  double x = CHART_MARGIN, line = CHART_LABEL * 1.6;

  for (guint s = 0; s < f->chart->n_series; s++)
    {
      double w = 16 + chart_text_width (f, f->chart->series[s], CHART_LABEL, FALSE) + 18;

      if (x + w > f->width - CHART_MARGIN && x > CHART_MARGIN)
        {
          x = CHART_MARGIN;
          y += line;
        }
      if (!f->measuring)
        {
          if (f->chart->shape == TT_CHART_LINES || (f->chart->line_series && s == f->chart->n_series - 1))
            {
              chart_line_series (f, s);
              cairo_move_to (f->cr, x, y + line / 2 - 1);
              cairo_line_to (f->cr, x + 12, y + line / 2 - 1);
              cairo_stroke (f->cr);
              cairo_set_dash (f->cr, NULL, 0, 0);
            }
          else
            {
              chart_fill_series (f, s);
              cairo_rectangle (f->cr, x, y + line / 2 - 7, 12, 12);
              cairo_fill_preserve (f->cr);
              chart_ink (f, INK_DIM);
              cairo_set_line_width (f->cr, 0.5);
              cairo_stroke (f->cr);
            }
        }
      chart_text (f, f->chart->series[s], x + 16, y + (line - CHART_LABEL * 1.2) / 2, 0, CHART_LABEL, FALSE,
                  PANGO_ALIGN_LEFT, INK_TEXT);
      x += w;
    }
  if (f->chart->target_label != NULL)
    {
      static const double dash[] = { 4, 3 };
      double w = 16 + chart_text_width (f, f->chart->target_label, CHART_LABEL, FALSE);
      if (x + w > f->width - CHART_MARGIN && x > CHART_MARGIN)
        {
          x = CHART_MARGIN;
          y += line;
        }
      if (!f->measuring)
        {
          chart_ink (f, INK_TARGET);
          cairo_set_line_width (f->cr, 1.5);
          cairo_set_dash (f->cr, dash, 2, 0);
          cairo_move_to (f->cr, x, y + line / 2 - 1);
          cairo_line_to (f->cr, x + 12, y + line / 2 - 1);
          cairo_stroke (f->cr);
          cairo_set_dash (f->cr, NULL, 0, 0);
        }
      chart_text (f, f->chart->target_label, x + 16, y + (line - CHART_LABEL * 1.2) / 2, 0, CHART_LABEL, FALSE,
                  PANGO_ALIGN_LEFT, INK_TEXT);
    }
  return y + line;
}

/* Title, subtitle and legend, then the plot by the chart's shape; returns the bottom. */
static double
layout_chart (Frame *f)
{
  double y = CHART_MARGIN, inner = f->width - 2 * CHART_MARGIN;

  y += chart_text (f, f->chart->title, CHART_MARGIN, y, inner, 14, TRUE, PANGO_ALIGN_LEFT, INK_TEXT);
  if (f->chart->subtitle != NULL)
    y += 2 + chart_text (f, f->chart->subtitle, CHART_MARGIN, y + 2, inner, CHART_LABEL, FALSE, PANGO_ALIGN_LEFT,
                         INK_DIM);
  y += 8;
  if (f->chart->rows->len == 0)
    {
      y += 24;
      y += chart_text (f, f->chart->empty, CHART_MARGIN, y, inner, 12, FALSE, PANGO_ALIGN_CENTER, INK_DIM);
      return y + 24 + CHART_MARGIN;
    }
  if (f->chart->n_series > 1 || f->chart->target_label != NULL || f->style->print)
    y = legend (f, y) + 6;
  f->top = y;
  switch (f->chart->shape)
    {
    case TT_CHART_BARS:
      return chart_bars (f, FALSE);
    case TT_CHART_STACKED:
      return chart_bars (f, TRUE);
    case TT_CHART_LINES:
      return chart_columns (f, TRUE);
    case TT_CHART_COLUMNS:
    default:
      return chart_columns (f, FALSE);
    }
}

/* How tall the chart is at the style's width. */
double
tt_chart_height (const TtChart      *chart,
                 const TtChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  Frame f = { cairo_create (surface), chart, style, style->width, 0, TRUE };
  double h = layout_chart (&f);

  cairo_destroy (f.cr);
  cairo_surface_destroy (surface);
  return ceil (h);
}

/* Draws the chart from 0, 0 at the style's width, as tall as tt_chart_height() says. */
void
tt_chart_draw (cairo_t            *cr,
               const TtChart      *chart,
               const TtChartStyle *style)
{
  Frame f = { cr, chart, style, style->width, 0, FALSE };

  cairo_save (cr);
  if (style->background)
    {
      if (style->dark && !style->print)
        cairo_set_source_rgb (cr, 0.188, 0.188, 0.188);
      else
        cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  layout_chart (&f);
  cairo_restore (cr);
}

/* Writes the chart, with its legend, as PNG (at @scale), PDF or SVG by the file's extension; a
 * PDF is drawn black-and-white safe, for printing. */
gboolean
tt_chart_write (const TtChart  *chart,
                const char     *path,
                double          scale,
                gboolean        dark,
                GError        **error)
{
  TtChartStyle style = { .width = 720, .dark = dark, .background = TRUE };
  g_autofree char *lower = g_ascii_strdown (path, -1);
  cairo_surface_t *surface;
  cairo_status_t status;
  double height;
  cairo_t *cr;

  if (g_str_has_suffix (lower, ".pdf"))
    style.print = TRUE;
  height = tt_chart_height (chart, &style);
  if (g_str_has_suffix (lower, ".png"))
    {
      scale = CLAMP (scale, 0.5, 8);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (style.width * scale),
                                            (int) ceil (height * scale));
    }
  else if (g_str_has_suffix (lower, ".pdf"))
    surface = cairo_pdf_surface_create (path, style.width, height);
  else if (g_str_has_suffix (lower, ".svg"))
    surface = cairo_svg_surface_create (path, style.width, height);
  else
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("“%s”: a chart is written as .png, .pdf or .svg."), path);
      return FALSE;
    }
  cr = cairo_create (surface);
  if (g_str_has_suffix (lower, ".png"))
    cairo_scale (cr, scale, scale);
  tt_chart_draw (cr, chart, &style);
  cairo_destroy (cr);
  if (g_str_has_suffix (lower, ".png"))
    status = cairo_surface_write_to_png (surface, path);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Could not write %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
