/* tt-quick-text.c — table cells set from glyphs looked up once per character
 *
 * A year's book holds hundreds of thousands of cells. Shaping each with Pango costs more than
 * everything else in writing it, yet a cell is plain text in one font: Vietnamese in NFC, whose
 * letters the document font has as single glyphs. So each character is shaped by Pango once per
 * size and weight (its glyph and advance kept), and a cell is then wrapped at its spaces (a word
 * longer than the cell is broken) and set glyph by glyph. A character the document font does not
 * have as one glyph of its own sends the whole cell to Pango, as before.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "tt-document.h"
#include "tt-quick-text.h"

typedef struct
{
  guint32 glyph;
  double  advance;
  guint8  state;        /* 0 not looked up, 1 one glyph of the main font, 2 Pango only */
} QuickGlyph;

typedef struct
{
  double               size;
  gboolean             bold;
  cairo_scaled_font_t *font;
  double               baseline;
  double               height;
  PangoLayout         *layout;     /* for looking characters up */
  cairo_t             *cr;
  QuickGlyph           bmp[0x2000];
  GHashTable          *other;      /* gunichar → QuickGlyph*, beyond U+1FFF */
} QuickFont;

static GPtrArray *quick_fonts;
G_LOCK_DEFINE_STATIC (quick_fonts);

static void
set_style (PangoLayout *layout, double size, gboolean bold)
{
  PangoFontDescription *desc = pango_font_description_from_string (TT_DOCUMENT_FONT);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
}

static void
shape_one (QuickFont *f, gunichar c, QuickGlyph *out)
{
  char buf[8];
  PangoLayoutIter *iter;
  PangoLayoutRun *run;
  int len = g_unichar_to_utf8 (c, buf);

  out->state = 2;
  pango_layout_set_text (f->layout, buf, len);
  iter = pango_layout_get_iter (f->layout);
  run = pango_layout_iter_get_run_readonly (iter);
  if (run != NULL && run->glyphs->num_glyphs == 1 && !(run->glyphs->glyphs[0].glyph & PANGO_GLYPH_UNKNOWN_FLAG) &&
      pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)) == f->font &&
      run->glyphs->glyphs[0].geometry.x_offset == 0 && run->glyphs->glyphs[0].geometry.y_offset == 0)
    {
      cairo_glyph_t one = { .index = run->glyphs->glyphs[0].glyph };
      cairo_text_extents_t ext;

      /* The font's own advance: what the PDF's text operators expect, so that a run of glyphs
       * needs no position adjustments written between them. */
      cairo_scaled_font_glyph_extents (f->font, &one, 1, &ext);
      out->glyph = one.index;
      out->advance = ext.x_advance;
      out->state = 1;
    }
  pango_layout_iter_free (iter);
}

static QuickFont *
quick_font (double size, gboolean bold)
{
  QuickFont *f;
  cairo_surface_t *surface;
  PangoLayoutIter *iter;
  PangoLayoutRun *run;
  int h;

  for (guint i = 0; quick_fonts != NULL && i < quick_fonts->len; i++)
    {
      f = quick_fonts->pdata[i];
      if (f->size == size && f->bold == bold)
        return f;
    }
  f = g_new0 (QuickFont, 1);
  f->size = size;
  f->bold = bold;
  surface = cairo_pdf_surface_create (NULL, 100, 100);
  f->cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  f->layout = pango_cairo_create_layout (f->cr);
  set_style (f->layout, size, bold);
  pango_layout_set_text (f->layout, "Mẫu", -1);
  f->baseline = (double) pango_layout_get_baseline (f->layout) / PANGO_SCALE;
  pango_layout_get_size (f->layout, NULL, &h);
  f->height = (double) h / PANGO_SCALE;
  iter = pango_layout_get_iter (f->layout);
  run = pango_layout_iter_get_run_readonly (iter);
  if (run != NULL)
    f->font = cairo_scaled_font_reference (pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)));
  pango_layout_iter_free (iter);
  f->other = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if (quick_fonts == NULL)
    quick_fonts = g_ptr_array_new ();
  g_ptr_array_add (quick_fonts, f);
  return f;
}

/* The glyph of @c, or NULL when the cell must go to Pango. */
static const QuickGlyph *
glyph_of (QuickFont *f, gunichar c)
{
  QuickGlyph *g;

  if (c < G_N_ELEMENTS (f->bmp))
    g = &f->bmp[c];
  else if ((g = g_hash_table_lookup (f->other, GUINT_TO_POINTER (c))) == NULL)
    {
      g = g_new0 (QuickGlyph, 1);
      g_hash_table_insert (f->other, GUINT_TO_POINTER (c), g);
    }
  if (g->state == 0)
    shape_one (f, c, g);
  return g->state == 1 ? g : NULL;
}

typedef struct
{
  QuickFont     *font;
  cairo_glyph_t *glyphs;     /* x is the pen position within its line */
  int            n;
  int           *line_of;    /* per glyph */
  double        *widths;     /* per line */
  int            n_lines;
} Setting;

static void
setting_clear (Setting *s)
{
  g_free (s->glyphs);
  g_free (s->line_of);
  g_free (s->widths);
}

/* Sets @text in lines of at most @width; FALSE when a character needs Pango. */
static gboolean
set_text (const char *text, double width, double size, gboolean bold, Setting *s)
{
  glong n_chars = g_utf8_strlen (text, -1);
  g_autofree double *advance = g_new (double, n_chars + 1);
  g_autofree gboolean *space = g_new (gboolean, n_chars + 1);
  int n = 0, line = 0, line_start = 0, last_space = -1, kept = 0;
  double line_w = 0;

  memset (s, 0, sizeof *s);
  G_LOCK (quick_fonts);
  s->font = quick_font (size, bold);
  s->glyphs = g_new (cairo_glyph_t, n_chars + 1);
  s->line_of = g_new (int, n_chars + 1);
  s->widths = g_new0 (double, n_chars + 1);
  for (const char *p = text; *p; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      const QuickGlyph *g = s->font->font != NULL && c != '\n' && c != '\t' ? glyph_of (s->font, c) : NULL;

      if (g == NULL)
        {
          G_UNLOCK (quick_fonts);
          return FALSE;
        }
      s->glyphs[n].index = g->glyph;
      advance[n] = g->advance;
      space[n] = c == ' ';
    }
  G_UNLOCK (quick_fonts);

  /* Greedy lines: a line breaks at its last space, or before the character that does not fit
   * when it has none; spaces at a break are dropped. */
  for (int i = 0; i < n; i++)
    {
      if (space[i] && i == line_start)
        {
          line_start = i + 1;
          s->line_of[i] = -1;
          continue;
        }
      if (!space[i] && line_w + advance[i] > width && i > line_start)
        {
          int from = last_space > line_start ? last_space + 1 : i;
          if (last_space > line_start)
            s->line_of[last_space] = -1;
          line++;
          line_w = 0;
          for (int j = from; j < i; j++)
            {
              s->line_of[j] = line;
              line_w += advance[j];
            }
          line_start = from;
          last_space = -1;
        }
      if (space[i])
        last_space = i;
      s->line_of[i] = line;
      line_w += advance[i];
    }
  /* Pen positions line by line; trailing spaces do not count in a line's width. */
  {
    double pen = 0;
    int current = -1;
    for (int i = 0; i < n; i++)
      {
        if (s->line_of[i] < 0)
          continue;
        if (s->line_of[i] != current)
          {
            current = s->line_of[i];
            pen = 0;
          }
        s->glyphs[kept] = s->glyphs[i];
        s->glyphs[kept].x = pen;
        s->line_of[kept] = current;
        pen += advance[i];
        if (!space[i])
          s->widths[current] = pen;
        kept++;
      }
  }
  s->n = kept;
  s->n_lines = line + 1;
  return TRUE;
}

double
tt_quick_height (cairo_t    *cr,
                 const char *text,
                 double      width,
                 double      size,
                 gboolean    bold)
{
  Setting s;
  double h;

  if (!set_text (text, width, size, bold, &s))
    {
      setting_clear (&s);
      return tt_text_height (cr, text, width, size, bold);
    }
  h = s.n_lines * s.font->height;
  setting_clear (&s);
  return h;
}

/* Puts the set lines at @x, @y, each aligned in @width. */
static void
place (Setting *s, double x, double y, double width, PangoAlignment align)
{
  for (int i = 0; i < s->n; i++)
    {
      double line_w = s->widths[s->line_of[i]];
      double start = align == PANGO_ALIGN_RIGHT ? x + width - line_w
                   : align == PANGO_ALIGN_CENTER ? x + (width - line_w) / 2 : x;
      s->glyphs[i].x += start;
      s->glyphs[i].y = y + s->font->baseline + s->line_of[i] * s->font->height;
    }
}

double
tt_draw_quick (cairo_t        *cr,
               const char     *text,
               double          x,
               double          y,
               double          width,
               double          size,
               gboolean        bold,
               PangoAlignment  align)
{
  Setting s;
  double h;

  if (!set_text (text, width, size, bold, &s))
    {
      setting_clear (&s);
      return tt_draw_text (cr, text, x, y, width, size, bold, align);
    }
  place (&s, x, y, width, align);
  cairo_set_scaled_font (cr, s.font->font);
  cairo_show_glyphs (cr, s.glyphs, s.n);
  h = s.n_lines * s.font->height;
  setting_clear (&s);
  return h;
}

/* ---- a page's cells gathered, then shown at once ------------------------------------------ */

struct _TtQuickRun
{
  cairo_scaled_font_t *font[2];     /* regular, bold */
  GArray              *glyphs[2];   /* cairo_glyph_t */
};

TtQuickRun *
tt_quick_run_new (void)
{
  TtQuickRun *run = g_new0 (TtQuickRun, 1);

  for (int i = 0; i < 2; i++)
    run->glyphs[i] = g_array_sized_new (FALSE, FALSE, sizeof (cairo_glyph_t), 8192);
  return run;
}

void
tt_quick_run_free (TtQuickRun *run)
{
  if (run == NULL)
    return;
  for (int i = 0; i < 2; i++)
    g_array_unref (run->glyphs[i]);
  g_free (run);
}

double
tt_quick_add (TtQuickRun     *run,
              cairo_t        *cr,
              const char     *text,
              double          x,
              double          y,
              double          width,
              double          size,
              gboolean        bold,
              PangoAlignment  align)
{
  Setting s;
  double h;
  int k = bold ? 1 : 0;

  if (!set_text (text, width, size, bold, &s) ||
      (run->font[k] != NULL && run->font[k] != s.font->font))
    {
      setting_clear (&s);
      return tt_draw_text (cr, text, x, y, width, size, bold, align);
    }
  run->font[k] = s.font->font;
  place (&s, x, y, width, align);
  g_array_append_vals (run->glyphs[k], s.glyphs, s.n);
  h = s.n_lines * s.font->height;
  setting_clear (&s);
  return h;
}

/* Adds @text set in at most @max_lines lines of @width, the lines centred in @height below @y;
 * FALSE (nothing added) when it needs more lines, a character needs Pango, or its weight's font
 * is not the run's. */
gboolean
tt_quick_add_fitting (TtQuickRun     *run,
                      const char     *text,
                      double          x,
                      double          y,
                      double          width,
                      double          height,
                      int             max_lines,
                      double          size,
                      gboolean        bold,
                      PangoAlignment  align)
{
  Setting s;
  int k = bold ? 1 : 0;
  gboolean fits = set_text (text, width, size, bold, &s) && s.n_lines <= max_lines &&
                  (run->font[k] == NULL || run->font[k] == s.font->font);

  if (fits)
    {
      run->font[k] = s.font->font;
      place (&s, x, y + (height - s.n_lines * s.font->height) / 2, width, align);
      g_array_append_vals (run->glyphs[k], s.glyphs, s.n);
    }
  setting_clear (&s);
  return fits;
}

void
tt_quick_run_show (TtQuickRun *run,
                   cairo_t    *cr)
{
  for (int k = 0; k < 2; k++)
    if (run->glyphs[k]->len > 0)
      {
        cairo_set_scaled_font (cr, run->font[k]);
        cairo_show_glyphs (cr, (cairo_glyph_t *) run->glyphs[k]->data, (int) run->glyphs[k]->len);
        g_array_set_size (run->glyphs[k], 0);
      }
}
