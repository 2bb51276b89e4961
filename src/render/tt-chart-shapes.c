/* tt-chart-shapes.c — the plots: horizontal bars (grouped or stacked) with their target lines,
 * and columns or lines over rows with a value axis
 *
 * Labels wrap in their column, values are printed on every bar (wrapped when long, turned
 * upright over narrow columns), axes count in short words (15 tỷ, 250 triệu), and nothing is
 * scaled past its frame: a 15-digit total keeps its figures in view.
 */
#include "config.h"

#include <math.h>

#include "tt-chart-private.h"

#define BAR 14.0
#define BAR_GAP 3.0
#define ROW_PAD 10.0
#define PLOT_HEIGHT 240.0

static double
row_total (const TtChart *chart, const TtChartRow *row)
{
  double total = 0;

  for (guint s = 0; s < chart->n_series; s++)
    if (!isnan (row->values[s]))
      total += row->values[s];
  return total;
}

/* The largest value (or stacked total, or target) the axis must reach. */
static double
largest (const TtChart *chart, gboolean stacked)
{
  double top = 0;

  for (guint i = 0; i < chart->rows->len; i++)
    {
      const TtChartRow *r = chart->rows->pdata[i];
      if (stacked)
        top = MAX (top, row_total (chart, r));
      else
        for (guint s = 0; s < chart->n_series; s++)
          if (!isnan (r->values[s]))
            top = MAX (top, r->values[s]);
      if (!isnan (r->target))
        top = MAX (top, r->target);
    }
  if (!isnan (chart->target))
    top = MAX (top, chart->target);
  return top > 0 ? top : 1;
}

/* A bar or column of @series, outlined in print. */
static void
box (const Frame *f, guint series, double x, double y, double w, double h)
{
  if (f->measuring)
    return;
  chart_fill_series (f, series);
  cairo_rectangle (f->cr, x, y, w, h);
  cairo_fill_preserve (f->cr);
  if (f->style->print)
    {
      cairo_set_source_rgb (f->cr, 0, 0, 0);
      cairo_set_line_width (f->cr, 0.6);
      cairo_stroke (f->cr);
    }
  else
    cairo_new_path (f->cr);
}

/* The text at a bar's end: its value, or for stacked bars the row's total. */
static char *
end_text (const TtChart *chart, const TtChartRow *row, guint series, gboolean stacked)
{
  return stacked ? tt_chart_format (chart, row_total (chart, row)) : chart_value_text (chart, row, series);
}

static void
value_axis (const Frame *f, double x0, double x1, double top, double bottom, double axis_max, double step)
{
  for (double v = 0; v <= axis_max + step / 2; v += step)
    {
      double x = x0 + (x1 - x0) * v / axis_max;
      g_autofree char *label = tt_chart_format_short (f->chart->unit, v);

      if (!f->measuring)
        {
          chart_ink (f, INK_GRID);
          cairo_set_line_width (f->cr, 1);
          cairo_move_to (f->cr, round (x) + 0.5, top);
          cairo_line_to (f->cr, round (x) + 0.5, bottom);
          cairo_stroke (f->cr);
        }
      chart_text (f, label, x - 40, bottom + 4, 80, CHART_SMALL, FALSE, PANGO_ALIGN_CENTER, INK_DIM);
    }
}

/* Horizontal bars, one per row and series (or one per row, stacked), each row's label wrapped
 * at the left, its value at the bar's end and its target as a dashed line. */
double
chart_bars (const Frame *f, gboolean stacked)
{
  const TtChart *chart = f->chart;
  static const double dash[] = { 4, 3 };
  guint bars = stacked ? 1 : chart->n_series;
  double inner = f->width - 2 * CHART_MARGIN, label_w = 0, text_w = 0, x0, x1, axis_max, step, y = f->top;
  g_autofree double *heights = g_new0 (double, chart->rows->len);

  for (guint i = 0; i < chart->rows->len; i++)
    {
      const TtChartRow *r = chart->rows->pdata[i];
      label_w = MAX (label_w, chart_text_width (f, r->label, CHART_LABEL, FALSE) + 4);
      for (guint s = 0; s < bars; s++)
        {
          g_autofree char *text = end_text (chart, r, s, stacked);
          text_w = MAX (text_w, chart_text_width (f, text, CHART_SMALL, FALSE) + 8);
        }
    }
  label_w = MIN (label_w, inner * 0.34);
  text_w = MIN (text_w, inner * 0.30);
  x0 = CHART_MARGIN + label_w + 8;
  x1 = MAX (f->width - CHART_MARGIN - text_w, x0 + 60);
  axis_max = largest (chart, stacked);
  step = chart_nice_step (axis_max, 4);
  axis_max = ceil (axis_max / step - 1e-9) * step;

  /* Each row as tall as its label or its bars and wrapped values need. */
  for (guint i = 0; i < chart->rows->len; i++)
    {
      const TtChartRow *r = chart->rows->pdata[i];
      double group = 0;
      for (guint s = 0; s < bars; s++)
        {
          g_autofree char *text = end_text (chart, r, s, stacked);
          group += MAX (BAR, chart_text_height (f, text, text_w, CHART_SMALL)) + (s ? BAR_GAP : 0);
        }
      heights[i] = MAX (chart_text_height (f, r->label, label_w, CHART_LABEL), group) + ROW_PAD;
    }
  {
    double bottom = y;
    for (guint i = 0; i < chart->rows->len; i++)
      bottom += heights[i];
    value_axis (f, x0, x1, y, bottom, axis_max, step);
  }

  for (guint i = 0; i < chart->rows->len; i++)
    {
      const TtChartRow *r = chart->rows->pdata[i];
      double lh = chart_text_height (f, r->label, label_w, CHART_LABEL), by = y + ROW_PAD / 2, x = x0;

      chart_text (f, r->label, CHART_MARGIN, y + (heights[i] - lh) / 2, label_w, CHART_LABEL, FALSE, PANGO_ALIGN_LEFT,
                  INK_TEXT);
      for (guint s = 0; s < chart->n_series; s++)
        {
          double v = r->values[s], w = isnan (v) ? 0 : MIN (MAX (v, 0) / axis_max, 1.0) * (x1 - x0);
          guint lane = stacked ? 0 : s;
          g_autofree char *text = NULL;
          double th, slot;

          if (w > 0)
            box (f, s, x, by, w, BAR);
          if (stacked)
            {
              /* A segment wide enough carries its own count. */
              g_autofree char *count = tt_chart_format (chart, v);
              if (!isnan (v) && v > 0 && w > chart_text_width (f, count, CHART_SMALL, FALSE) + 4)
                chart_text (f, count, x, by + 1, w, CHART_SMALL, FALSE, PANGO_ALIGN_CENTER, INK_TEXT);
              x += w;
              if (s + 1 < chart->n_series)
                continue;
            }
          text = end_text (chart, r, lane, stacked);
          th = chart_text_height (f, text, text_w, CHART_SMALL);
          slot = MAX (BAR, th);
          chart_text (f, text, (stacked ? x : x0 + w) + 4, by + (BAR - MIN (th, BAR)) / 2, text_w - 4, CHART_SMALL,
                      FALSE, PANGO_ALIGN_LEFT, INK_TEXT);
          if (!stacked)
            by += slot + BAR_GAP;
        }
      if (!isnan (r->target) && !f->measuring)
        {
          double tx = x0 + MIN (r->target / axis_max, 1.0) * (x1 - x0);
          chart_ink (f, INK_TARGET);
          cairo_set_line_width (f->cr, 1.5);
          cairo_set_dash (f->cr, dash, 2, 0);
          cairo_move_to (f->cr, round (tx) + 0.5, y + 2);
          cairo_line_to (f->cr, round (tx) + 0.5, y + heights[i] - 2);
          cairo_stroke (f->cr);
          cairo_set_dash (f->cr, NULL, 0, 0);
        }
      y += heights[i];
    }
  return y + 4 + CHART_SMALL * 1.5 + CHART_MARGIN;
}

/* The lowest and highest values of every series, with zero and the target line. */
static void
value_range (const TtChart *chart, double *low, double *high)
{
  *low = 0;
  *high = isnan (chart->target) ? 0 : chart->target;
  for (guint i = 0; i < chart->rows->len; i++)
    {
      const TtChartRow *r = chart->rows->pdata[i];
      for (guint s = 0; s < chart->n_series; s++)
        if (!isnan (r->values[s]))
          {
            *low = MIN (*low, r->values[s]);
            *high = MAX (*high, r->values[s]);
          }
    }
  if (*high <= *low)
    *high = *low + 1;
}

/* Text turned upright, its foot at @x, @y. */
static void
upright_text (const Frame *f, const char *text, double x, double y)
{
  if (f->measuring)
    return;
  cairo_save (f->cr);
  cairo_translate (f->cr, x - CHART_SMALL * 0.7, y);
  cairo_rotate (f->cr, -G_PI / 2);
  chart_text (f, text, 0, 0, 0, CHART_SMALL, FALSE, PANGO_ALIGN_LEFT, INK_TEXT);
  cairo_restore (f->cr);
}

typedef struct
{
  double top, bottom, low, high;
} Scale;

static double
y_of (const Scale *sc, double v)
{
  return sc->bottom - (sc->bottom - sc->top) * (v - sc->low) / (sc->high - sc->low);
}

static void
polyline (const Frame *f, guint s, double x0, double slot, gboolean centred, const Scale *sc,
          double *last_x, double *last_y, double *last_v)
{
  const TtChart *chart = f->chart;
  gboolean pen = FALSE;
  guint n = chart->rows->len;

  chart_line_series (f, s);
  for (guint i = 0; i < n; i++)
    {
      const TtChartRow *r = chart->rows->pdata[i];
      double v = r->values[s];
      double x = centred ? x0 + slot * (i + 0.5) : (n > 1 ? x0 + slot * i : x0 + slot / 2);
      if (isnan (v))
        {
          pen = FALSE;
          continue;
        }
      if (pen)
        cairo_line_to (f->cr, x, y_of (sc, v));
      else
        cairo_move_to (f->cr, x, y_of (sc, v));
      pen = TRUE;
      *last_x = x;
      *last_y = y_of (sc, v);
      *last_v = v;
    }
  cairo_stroke (f->cr);
  cairo_set_dash (f->cr, NULL, 0, 0);
  /* A single point, or the last, shows as a dot. */
  if (!isnan (*last_v))
    {
      chart_line_series (f, s);
      cairo_set_dash (f->cr, NULL, 0, 0);
      cairo_arc (f->cr, *last_x, *last_y, 3, 0, 2 * G_PI);
      cairo_fill (f->cr);
    }
}

/* Columns per row and series (the last series a line when the chart has one), or lines over the
 * rows, with a value axis at the left and the rows' labels under the plot. */
double
chart_columns (const Frame *f, gboolean lines)
{
  const TtChart *chart = f->chart;
  guint n = chart->rows->len, columns = lines ? 0 : chart->n_series - (chart->line_series ? 1 : 0);
  double low, high, step, axis_w = 0, end_w = 0, x0, x1, slot, label_w = 0, label_h;
  Scale scale;
  static const double dash[] = { 4, 3 };
  guint every;

  value_range (chart, &low, &high);
  step = chart_nice_step (high - low, 5);
  low = floor (low / step) * step;
  high = ceil (high / step - 1e-9) * step;
  for (double v = low; v <= high + step / 2; v += step)
    {
      g_autofree char *label = tt_chart_format_short (chart->unit, v);
      axis_w = MAX (axis_w, chart_text_width (f, label, CHART_SMALL, FALSE) + 8);
    }
  /* Lines end with their last value written beside them. */
  if (lines || chart->line_series)
    for (guint s = columns; s < chart->n_series; s++)
      for (guint i = n; i-- > 0;)
        {
          const TtChartRow *r = chart->rows->pdata[i];
          if (!isnan (r->values[s]))
            {
              g_autofree char *text = tt_chart_format_short (chart->unit, r->values[s]);
              end_w = MAX (end_w, chart_text_width (f, text, CHART_SMALL, FALSE) + 10);
              break;
            }
        }
  x0 = CHART_MARGIN + axis_w;
  x1 = f->width - CHART_MARGIN - end_w;
  slot = lines ? (n > 1 ? (x1 - x0) / (n - 1) : (x1 - x0)) : (x1 - x0) / MAX (n, 1);
  scale = (Scale) { f->top + 8, f->top + 8 + PLOT_HEIGHT, low, high };

  for (double v = low; v <= high + step / 2; v += step)
    {
      g_autofree char *label = tt_chart_format_short (chart->unit, v);
      double y = y_of (&scale, v);
      if (!f->measuring)
        {
          chart_ink (f, INK_GRID);
          cairo_set_line_width (f->cr, 1);
          cairo_move_to (f->cr, x0, round (y) + 0.5);
          cairo_line_to (f->cr, x1, round (y) + 0.5);
          cairo_stroke (f->cr);
        }
      chart_text (f, label, CHART_MARGIN, y - CHART_SMALL * 0.7, axis_w - 6, CHART_SMALL, FALSE, PANGO_ALIGN_RIGHT,
                  INK_DIM);
    }

  /* Columns, each with its value over it (upright when the column is narrow). */
  if (columns > 0)
    {
      double cw = MIN (28.0, slot * 0.8 / columns);
      for (guint i = 0; i < n; i++)
        {
          const TtChartRow *r = chart->rows->pdata[i];
          for (guint s = 0; s < columns; s++)
            {
              double v = r->values[s], x, ya, yb;
              g_autofree char *text = NULL;
              if (isnan (v))
                continue;
              x = x0 + slot * (i + 0.5) - cw * columns / 2 + cw * s;
              ya = y_of (&scale, MAX (v, 0));
              yb = y_of (&scale, MIN (v, 0));
              box (f, s, x + 1, ya, cw - 2, MAX (yb - ya, 0.5));
              if (v == 0)
                continue;
              text = tt_chart_format_short (chart->unit, v);
              if (chart_text_width (f, text, CHART_SMALL, FALSE) <= cw)
                chart_text (f, text, x - 10, ya - CHART_SMALL * 1.4, cw + 20, CHART_SMALL, FALSE, PANGO_ALIGN_CENTER,
                            INK_TEXT);
              else
                upright_text (f, text, x + cw / 2 + CHART_SMALL * 0.7, ya - 3);
            }
        }
    }

  if (!isnan (chart->target) && !f->measuring)
    {
      double y = y_of (&scale, chart->target);
      chart_ink (f, INK_TARGET);
      cairo_set_line_width (f->cr, 1.5);
      cairo_set_dash (f->cr, dash, 2, 0);
      cairo_move_to (f->cr, x0, y);
      cairo_line_to (f->cr, x1, y);
      cairo_stroke (f->cr);
      cairo_set_dash (f->cr, NULL, 0, 0);
    }
  if (!isnan (chart->target))
    {
      g_autofree char *value = tt_chart_format (chart, chart->target);
      g_autofree char *text = g_strdup_printf ("%s: %s", chart->target_label ? chart->target_label : "", value);
      chart_text (f, text, x0 + 4, y_of (&scale, chart->target) - CHART_SMALL * 1.5, x1 - x0 - 8, CHART_SMALL, TRUE,
                  PANGO_ALIGN_LEFT, INK_TARGET);
    }

  /* The lines, each ending in its last value (with the series' name in print). */
  if (!f->measuring)
    for (guint s = columns; s < chart->n_series; s++)
      {
        double lx = 0, ly = 0, lv = NAN;
        polyline (f, s, x0, slot, !lines, &scale, &lx, &ly, &lv);
        if (!isnan (lv))
          {
            g_autofree char *value = tt_chart_format_short (chart->unit, lv);
            g_autofree char *text = f->style->print ? g_strdup_printf ("%s %s", chart->series[s], value)
                                                    : g_strdup (value);
            chart_text (f, text, lx + 6, ly - CHART_SMALL * 0.7, 0, CHART_SMALL, TRUE, PANGO_ALIGN_LEFT, INK_TEXT);
          }
      }

  /* The rows' labels, as many as there is room for. */
  for (guint i = 0; i < n; i++)
    label_w = MAX (label_w, chart_text_width (f, ((TtChartRow *) chart->rows->pdata[i])->label, CHART_SMALL, FALSE));
  every = (guint) MAX (1.0, ceil ((label_w + 10) / MAX (slot, 1)));
  label_h = CHART_SMALL * 1.5;
  for (guint i = 0; i < n; i += every)
    {
      const TtChartRow *r = chart->rows->pdata[i];
      double x = lines ? (n > 1 ? x0 + slot * i : x0 + slot / 2) : x0 + slot * (i + 0.5);
      chart_text (f, r->label, x - (label_w + 10) / 2, scale.bottom + 4, label_w + 10, CHART_SMALL, FALSE,
                  PANGO_ALIGN_CENTER, INK_DIM);
    }
  return scale.bottom + 4 + label_h + CHART_MARGIN;
}
