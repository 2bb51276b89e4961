/* tt-qr.h — QR codes (libqrencode) drawn with cairo */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

gboolean tt_qr_draw (cairo_t    *cr,
                     const char *payload,
                     double      x,
                     double      y,
                     double      size);

G_END_DECLS
