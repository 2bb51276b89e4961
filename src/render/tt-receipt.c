/* tt-receipt.c — the receipt (phiếu thu) and the payment voucher (phiếu chi) drawn onto any
 * cairo context
 *
 * The layout follows the public-sector cash forms (mẫu C40-BB and C41-BB): unit and form number
 * with the circular it follows, title, date, book and number, payer or payee, reason, amount in
 * figures and words, method, attachments and the five signature blocks; a voucher adds the
 * payee's handwritten line "Đã nhận đủ số tiền". A void document carries a red "ĐÃ HỦY" mark and
 * its reason; a reprint says "BẢN SAO".
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "tt-receipt.h"

static double
field (cairo_t *cr, double x, double y, double w, double size, const char *label, const char *value)
{
  g_autofree char *label_e = g_markup_escape_text (label, -1);
  g_autofree char *value_e = g_markup_escape_text (value ? value : "", -1);
  g_autofree char *markup = g_strdup_printf ("%s <b>%s</b>", label_e, value_e);

  return tt_draw_markup (cr, markup, x, y, w, size, PANGO_ALIGN_LEFT) + size * 0.35;
}

static void
draw_void_mark (cairo_t *cr, const TtReceiptDoc *doc, const TtPageSize *page)
{
  double cx = page->width / 2, cy = page->height * 0.45;
  g_autofree char *reason = g_strdup_printf ("PHIẾU ĐÃ HỦY — Lý do: %s", doc->void_reason ? doc->void_reason : "");

  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_rotate (cr, -G_PI / 9);
  cairo_set_source_rgba (cr, 0.75, 0.1, 0.1, 0.85);
  cairo_set_line_width (cr, 3);
  cairo_rectangle (cr, -page->width * 0.32, -page->width * 0.09, page->width * 0.64, page->width * 0.18);
  cairo_stroke (cr);
  tt_draw_text (cr, "ĐÃ HỦY", -page->width * 0.32, -page->width * 0.085, page->width * 0.64,
                page->width * 0.09, TRUE, PANGO_ALIGN_CENTER);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.75, 0.1, 0.1);
  tt_draw_text (cr, reason, page->margin, cy + page->width * 0.17, page->width - 2 * page->margin,
                page->width * 0.028, TRUE, PANGO_ALIGN_CENTER);
  cairo_restore (cr);
}

/* Draws the receipt with body text of @scale times the usual size; returns where it ends. */
static double
draw_receipt (cairo_t *cr, const TtPageSize *page, double scale, gconstpointer data)
{
  const TtReceiptDoc *doc = data;
  double m = page->margin, w = page->width - 2 * m;
  double base = page->width / 52.0 * scale;      /* body text size in points */
  double y = m, left_w = w * 0.58, bottom = 0, signed_y = 0;
  g_autofree char *attach = NULL;
  g_autofree char *words = NULL;
  static const char *receipt_roles[] = { "THỦ TRƯỞNG ĐƠN VỊ", "KẾ TOÁN", "NGƯỜI NỘP TIỀN",
                                         "NGƯỜI LẬP PHIẾU", "THỦ QUỸ" };
  static const char *voucher_roles[] = { "THỦ TRƯỞNG ĐƠN VỊ", "KẾ TOÁN TRƯỞNG", "NGƯỜI LẬP PHIẾU",
                                         "THỦ QUỸ", "NGƯỜI NHẬN TIỀN" };
  const char *const *roles = doc->is_voucher ? voucher_roles : receipt_roles;
  const char *names[5];

  /* Unit (left) and form number (right). */
  {
    double hl = 0, hr;
    if (doc->parent && *doc->parent)
      hl += tt_draw_text (cr, doc->parent, m, y, left_w, base * 0.9, FALSE, PANGO_ALIGN_LEFT);
    hl += tt_draw_text (cr, doc->office ? doc->office : "", m, y + hl, left_w, base * 0.9, TRUE, PANGO_ALIGN_LEFT);
    if (doc->office_address && *doc->office_address)
      hl += tt_draw_text (cr, doc->office_address, m, y + hl, left_w, base * 0.8, FALSE, PANGO_ALIGN_LEFT);
    hr = tt_draw_text (cr, doc->is_voucher ? "Mẫu số C41-BB" : "Mẫu số C40-BB", m + left_w, y, w - left_w,
                       base * 0.9, TRUE, PANGO_ALIGN_CENTER);
    hr += tt_draw_text (cr, doc->form_line ? doc->form_line : "", m + left_w, y + hr, w - left_w, base * 0.7, FALSE,
                        PANGO_ALIGN_CENTER);
    y += MAX (hl, hr) + base;
  }

  if (doc->is_copy)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.75, 0.1, 0.1);
      cairo_set_line_width (cr, 1.2);
      cairo_rectangle (cr, m, y + base * 0.2, base * 7, base * 1.9);
      cairo_stroke (cr);
      tt_draw_text (cr, "BẢN SAO", m, y + base * 0.5, base * 7, base * 1.1, TRUE, PANGO_ALIGN_CENTER);
      cairo_restore (cr);
    }

  /* Title, date, book and number. */
  y += tt_draw_text (cr, doc->is_voucher ? "PHIẾU CHI" : "PHIẾU THU", m, y, w, base * 2.0, TRUE, PANGO_ALIGN_CENTER);
  {
    g_autofree char *book = g_strdup_printf ("Quyển số: %s", doc->book);
    g_autofree char *number = g_strdup_printf ("Số: %s", doc->number);
    double h = tt_draw_text (cr, doc->date_words, m, y, w, base, FALSE, PANGO_ALIGN_CENTER);
    tt_draw_text (cr, book, m + w * 0.72, y - base * 1.6, w * 0.28, base * 0.9, FALSE, PANGO_ALIGN_LEFT);
    tt_draw_text (cr, number, m + w * 0.72, y - base * 0.4, w * 0.28, base * 0.9, TRUE, PANGO_ALIGN_LEFT);
    y += h + base * 1.2;
  }

  /* The body. */
  words = g_strdup_printf ("%s", doc->amount_words ? doc->amount_words : "");
  attach = g_strdup_printf ("%d chứng từ gốc.", doc->attachments);
  y += field (cr, m, y, w, base, doc->is_voucher ? "Họ và tên người nhận tiền:" : "Họ và tên người nộp tiền:",
              doc->payer);
  y += field (cr, m, y, w, base, "Địa chỉ:", doc->payer_address);
  y += field (cr, m, y, w, base, doc->is_voucher ? "Lý do chi:" : "Lý do nộp:", doc->reason);
  y += field (cr, m, y, w, base, "Số tiền:", doc->amount);
  y += field (cr, m, y, w, base, "(Viết bằng chữ):", words);
  y += field (cr, m, y, w, base, doc->is_voucher ? "Hình thức chi:" : "Hình thức nộp:", doc->method);
  y += field (cr, m, y, w, base, "Kèm theo:", attach);
  y += base;

  /* Signatures. */
  tt_draw_text (cr, doc->date_words, m + w * 0.55, y, w * 0.45, base * 0.9, FALSE, PANGO_ALIGN_CENTER);
  y += base * 1.6;
  names[0] = doc->head;
  names[1] = doc->accountant;
  names[2] = doc->is_voucher ? doc->clerk : doc->payer;
  names[3] = doc->is_voucher ? doc->cashier : doc->clerk;
  names[4] = doc->is_voucher ? doc->payer : doc->cashier;
  /* The names on one line under the signatures, however the titles wrap. */
  for (int i = 0; i < 5; i++)
    {
      double cw = w / 5, cx = m + i * cw;
      double h = tt_draw_text (cr, roles[i], cx, y, cw, base * 0.75, TRUE, PANGO_ALIGN_CENTER);
      h += tt_draw_text (cr, "(Ký, họ tên)", cx, y + h, cw, base * 0.7, FALSE, PANGO_ALIGN_CENTER);
      signed_y = MAX (signed_y, y + h + base * 4.8);
    }
  for (int i = 0; i < 5; i++)
    if (names[i] && *names[i])
      bottom = MAX (bottom, signed_y + tt_draw_text (cr, names[i], m + i * w / 5, signed_y, w / 5, base * 0.8, TRUE,
                                                    PANGO_ALIGN_CENTER));
  bottom = MAX (bottom, signed_y);
  /* The payee writes the amount received in their own hand. */
  if (doc->is_voucher)
    bottom += base * 0.6 + tt_draw_text (cr, "Đã nhận đủ số tiền (viết bằng chữ): "
                                             "…………………………………………………………………………………………",
                                         m, bottom + base * 0.6, w, base * 0.85, FALSE, PANGO_ALIGN_LEFT);
  return bottom;
}

/* A long payer, address or reason makes the text smaller until the receipt fits its page. */
void
tt_receipt_draw (cairo_t            *cr,
                 const TtReceiptDoc *doc,
                 const TtPageSize   *page)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_receipt (cr, page, tt_document_fit (page, draw_receipt, doc), doc);
  if (doc->is_void)
    draw_void_mark (cr, doc, page);
  cairo_restore (cr);
}

static void
draw_receipt_page (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_receipt_draw (cr, data, page);
}

gboolean
tt_receipt_write_pdf (const TtReceiptDoc  *doc,
                      TtPaper              paper,
                      const char          *path,
                      GError             **error)
{
  TtPageSize page;

  /* A5 receipts are A5 landscape (half an A4 sheet): A5 portrait is too narrow for the five
   * signature blocks. */
  tt_page_size (paper, paper == TT_PAPER_A5, &page);
  return tt_document_write_pdf (path, doc->is_voucher ? "Phiếu chi" : "Phiếu thu", &page, 1, draw_receipt_page,
                                (gpointer) doc, error);
}
