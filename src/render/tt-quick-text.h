/* tt-quick-text.h — table cells set from glyphs looked up once per character */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The height @text takes wrapped at @width, as tt_draw_quick() sets it. */
double tt_quick_height (cairo_t        *cr,
                        const char     *text,
                        double          width,
                        double          size,
                        gboolean        bold);
/* Draws @text in the document font, wrapped at @width and aligned; returns the height used.
 * Text with a character the font lacks as a single glyph is drawn by tt_draw_text(). */
double tt_draw_quick   (cairo_t        *cr,
                        const char     *text,
                        double          x,
                        double          y,
                        double          width,
                        double          size,
                        gboolean        bold,
                        PangoAlignment  align);

/* Cells gathered into one run per weight and shown at once: far fewer text operations in a
 * PDF page than one per cell. */
typedef struct _TtQuickRun TtQuickRun;

TtQuickRun *tt_quick_run_new  (void);
void        tt_quick_run_free (TtQuickRun     *run);
double      tt_quick_add      (TtQuickRun     *run,
                               cairo_t        *cr,
                               const char     *text,
                               double          x,
                               double          y,
                               double          width,
                               double          size,
                               gboolean        bold,
                               PangoAlignment  align);
gboolean    tt_quick_add_fitting (TtQuickRun     *run,
                                  const char     *text,
                                  double          x,
                                  double          y,
                                  double          width,
                                  double          height,
                                  int             max_lines,
                                  double          size,
                                  gboolean        bold,
                                  PangoAlignment  align);
void        tt_quick_run_show (TtQuickRun     *run,
                               cairo_t        *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtQuickRun, tt_quick_run_free)

G_END_DECLS
