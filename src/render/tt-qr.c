/* tt-qr.c — QR codes (libqrencode) drawn with cairo
 *
 * Error correction level M as banking apps expect for VietQR; a quiet zone of four modules
 * is part of @size so the code scans when printed next to text.
 */
#include "config.h"

#include <qrencode.h>

#include "tt-qr.h"

#define QUIET_ZONE 4

gboolean
tt_qr_draw (cairo_t    *cr,
            const char *payload,
            double      x,
            double      y,
            double      size)
{
  QRcode *code = QRcode_encodeString (payload, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  double module;

  if (code == NULL)
    return FALSE;
  module = size / (code->width + 2 * QUIET_ZONE);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int row = 0; row < code->width; row++)
    for (int col = 0; col < code->width; col++)
      if (code->data[row * code->width + col] & 1)
        cairo_rectangle (cr, x + (col + QUIET_ZONE) * module, y + (row + QUIET_ZONE) * module,
                         module, module);
  cairo_fill (cr);
  cairo_restore (cr);
  QRcode_free (code);
  return TRUE;
}
