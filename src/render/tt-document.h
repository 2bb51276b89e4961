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
double    tt_draw_markup       (cairo_t         *cr,
                                const char      *markup,
                                double           x,
                                double           y,
                                double           width,
                                double           size,
                                PangoAlignment   align);

G_END_DECLS
