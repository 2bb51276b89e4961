/* tt-certificate.c — the certificate of thanks (thư cảm ơn) for a gift
 *
 * Landscape, framed: the office and the national motto, the title, the donor's name large,
 * what was given in figures and words with the receipt it was recorded on, and the head's
 * signature block. When the office has a bank account, its VietQR code invites further
 * gifts by transfer.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-certificate.h"
#include "tt-qr.h"
#include "tt-text.h"

/* "đã ủng hộ …": a reason that already says "Ủng hộ …" is not repeated. */
static char *
gift_sentence (const char *reason, const char *fund)
{
  g_autofree char *folded = NULL;
  const char *rest;

  if (reason == NULL || *reason == '\0')
    return g_strdup_printf ("đã ủng hộ %s", fund);
  folded = tt_text_fold (reason);
  if (g_str_has_prefix (folded, "ung ho "))
    {
      rest = g_utf8_offset_to_pointer (reason, 7);
      return g_strdup_printf ("đã ủng hộ %s", rest);
    }
  return g_strdup_printf ("đã ủng hộ %s", reason);
}

/* Draws the certificate with text of @scale times the usual size; returns where it ends. */
static double
draw_certificate (cairo_t *cr, const TtPageSize *page, double scale, gconstpointer data)
{
  const TtReceiptDoc *doc = data;
  double m = page->margin, w = page->width - 2 * m;
  double base = page->width / 60.0 * scale;
  double y = m + base, half = w / 2;
  g_autofree char *gave = NULL;
  g_autofree char *thanks = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *words = NULL;
  g_autofree char *recorded = NULL;
  double sign_y, qr = page->height * 0.2;

  tt_draw_state_heading (cr, doc->parent, doc->office, m, y, w, base * 0.9);
  y += base * 1.4 + base * 4.5;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.6, 0.08, 0.08);
  y += tt_draw_text (cr, "THƯ CẢM ƠN", m, y, w, base * 2.6, TRUE, PANGO_ALIGN_CENTER);
  cairo_restore (cr);
  y += base * 0.8;
  thanks = g_strdup_printf ("%s trân trọng cảm ơn", doc->board);
  y += tt_draw_text (cr, thanks, m, y, w, base * 1.1, FALSE, PANGO_ALIGN_CENTER);
  y += base * 0.5;
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.15, 0.45);
  y += tt_draw_text (cr, doc->payer, m, y, w, base * 2.0, TRUE, PANGO_ALIGN_CENTER);
  cairo_restore (cr);
  y += base * 0.6;

  gave = gift_sentence (doc->reason, doc->fund);
  y += tt_draw_text (cr, gave, m, y, w, base * 1.1, FALSE, PANGO_ALIGN_CENTER);
  amount = g_strdup_printf ("Số tiền: %s", doc->amount);
  y += tt_draw_text (cr, amount, m, y, w, base * 1.1, TRUE, PANGO_ALIGN_CENTER);
  words = g_strdup_printf ("(Bằng chữ: %s)", doc->amount_words);
  y += tt_draw_text (cr, words, m, y, w, base, FALSE, PANGO_ALIGN_CENTER);
  recorded = g_strdup_printf ("Theo phiếu thu số %s", doc->receipt);
  y += tt_draw_text (cr, recorded, m, y, w, base * 0.95, FALSE, PANGO_ALIGN_CENTER);
  y += base * 0.6;
  y += tt_draw_text (cr, "Tấm lòng nhân ái của quý vị đã góp phần giúp đỡ các hộ nghèo, hộ có hoàn cảnh "
                         "khó khăn vươn lên trong cuộc sống. Kính chúc quý vị sức khỏe, hạnh phúc và thành công.",
                     m + w * 0.08, y, w * 0.84, base, FALSE, PANGO_ALIGN_CENTER);

  /* Signature block on the right; the VietQR code on the left. */
  sign_y = MAX (y + base, page->height - m - base * 9.5);
  tt_draw_text (cr, doc->date_words, m + half, sign_y, half, base, FALSE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "TM. BAN VẬN ĐỘNG", m + half, sign_y + base * 1.5, half, base, TRUE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "TRƯỞNG BAN", m + half, sign_y + base * 2.8, half, base, TRUE, PANGO_ALIGN_CENTER);
  y = sign_y + base * 7.5;
  y += tt_draw_text (cr, doc->head ? doc->head : "", m + half, y, half, base * 1.05, TRUE, PANGO_ALIGN_CENTER);

  if (doc->qr_payload != NULL)
    {
      double qx = m + base * 2, qy = page->height - m - base * 3.6 - qr;
      double tx = qx, tw = half - base * 2, ty = qy + qr + base * 0.2;

      tt_qr_draw (cr, doc->qr_payload, qx, qy, qr);
      ty += tt_draw_text (cr, "Quét mã để ủng hộ Quỹ qua ngân hàng", tx, ty, tw, base * 0.85, FALSE,
                          PANGO_ALIGN_LEFT);
      tt_draw_text (cr, doc->bank_line, tx, ty, tw, base * 0.85, TRUE, PANGO_ALIGN_LEFT);
    }
  return y;
}

/* Long names and reasons make the text smaller until the certificate fits inside its frame. */
void
tt_certificate_draw (cairo_t            *cr,
                     const TtReceiptDoc *doc,
                     const TtPageSize   *page)
{
  double m = page->margin;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.55, 0.1, 0.1);
  cairo_set_line_width (cr, 2.5);
  cairo_rectangle (cr, m * 0.55, m * 0.55, page->width - 1.1 * m, page->height - 1.1 * m);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, m * 0.7, m * 0.7, page->width - 1.4 * m, page->height - 1.4 * m);
  cairo_stroke (cr);
  cairo_restore (cr);
  draw_certificate (cr, page, tt_document_fit (page, draw_certificate, doc), doc);
}

static void
draw_certificate_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_certificate_draw (cr, data, page);
}

gboolean
tt_certificate_write_pdf (const TtReceiptDoc *doc,
                          TtPaper             paper,
                          const char         *path,
                          GError            **error)
{
  TtPageSize page;

  if (doc->is_void)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Receipt %s is void; no certificate of thanks can be made for it."), doc->receipt);
      return FALSE;
    }
  tt_page_size (paper, TRUE, &page);
  return tt_document_write_pdf (path, "Thư cảm ơn", &page, 1, draw_certificate_page, (gpointer) doc, error);
}
