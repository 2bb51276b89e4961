/* tt-document.h — page geometry and text helpers shared by every printed document */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum {
  TT_PAPER_A4,
  TT_PAPER_A5,
} TtPaper;

typedef struct
{
  double width;     /* points */
  double height;
  double margin;
} TtPageSize;

#define TT_MM(x) ((x) * 72.0 / 25.4)
#define TT_DOCUMENT_FONT "DejaVu Serif"

void      tt_page_size         (TtPaper          paper,
                                gboolean         landscape,
                                TtPageSize      *out);
TtPaper   tt_paper_from_string (const char      *name);
double    tt_draw_text         (cairo_t         *cr,
                                const char      *text,
                                double           x,
                                double           y,
                                double           width,
                                double           size,
                                gboolean         bold,
                                PangoAlignment   align);
double    tt_text_height       (cairo_t         *cr,
                                const char      *text,
                                double           width,
                                double           size,
                                gboolean         bold);
double    tt_text_width        (cairo_t         *cr,
                                const char      *text,
                                double           size,
                                gboolean         bold);
cairo_t  *tt_measure_context_new (const TtPageSize *page);
double    tt_draw_figure       (cairo_t         *cr,
                                const char      *text,
                                double           x,
                                double           y,
                                double           width,
                                double           size,
                                gboolean         bold,
                                PangoAlignment   align);
double    tt_draw_markup       (cairo_t         *cr,
                                const char      *markup,
                                double           x,
                                double           y,
                                double           width,
                                double           size,
                                PangoAlignment   align);

double    tt_draw_state_heading (cairo_t    *cr,
                                 const char *parent,
                                 const char *office,
                                 double      x,
                                 double      y,
                                 double      width,
                                 double      size);

/* Draws a one-page document at @scale times its usual text size; returns where it ends. */
typedef double (*TtFitDrawFunc) (cairo_t          *cr,
                                 const TtPageSize *page,
                                 double            scale,
                                 gconstpointer     data);

double    tt_document_fit       (const TtPageSize *page,
                                 TtFitDrawFunc     draw,
                                 gconstpointer     data);

/* Draws page @page_nr (from 0) of a document. */
typedef void (*TtPageDrawFunc) (cairo_t          *cr,
                                const TtPageSize *page,
                                int               page_nr,
                                gpointer          data);

gboolean  tt_document_write_pdf (const char       *path,
                                 const char       *title,
                                 const TtPageSize *page,
                                 int               n_pages,
                                 TtPageDrawFunc    draw,
                                 gpointer          data,
                                 GError          **error);

G_END_DECLS
