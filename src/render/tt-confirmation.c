/* tt-confirmation.c — the sponsor's confirmation (biên bản xác nhận khoản tài trợ), A4
 *
 * A business that gives asks for a record it can keep with its books: the two parties (the
 * sponsor with its tax code, the office that receives), what the gift is for, its value in
 * figures and in words and how it was given (cash, transfer, goods at their value), and both
 * parties' signatures.
 */
#include "config.h"

#include "tt-confirmation.h"

static double
line (cairo_t *cr, double x, double y, double w, const char *label, const char *value, gboolean bold_value)
{
  g_autofree char *label_e = g_markup_escape_text (label, -1);
  g_autofree char *value_e = g_markup_escape_text (value ? value : "………………………………", -1);
  g_autofree char *markup = bold_value ? g_strdup_printf ("%s <b>%s</b>", label_e, value_e)
                                       : g_strdup_printf ("%s %s", label_e, value_e);

  return tt_draw_markup (cr, markup, x, y, w, 11.5, PANGO_ALIGN_LEFT) + 4;
}

static void
draw_confirmation (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  const TtReceiptDoc *doc = data;
  double m = page->margin, w = page->width - 2 * m, half = w / 2, y = m;
  g_autofree char *today = g_strdup_printf ("%s, tại trụ sở %s, chúng tôi gồm:", doc->date_words,
                                            doc->office ? doc->office : "");
  g_autofree char *value = g_strdup_printf ("%s (bằng chữ: %s)", doc->amount, doc->amount_words);
  const char *receipt = doc->receipt;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  y += tt_draw_state_heading (cr, doc->parent, doc->office, m, y, w, 9.5) + 24;
  y += tt_draw_text (cr, "BIÊN BẢN XÁC NHẬN KHOẢN TÀI TRỢ", m, y, w, 16, TRUE, PANGO_ALIGN_CENTER) + 16;
  y += tt_draw_text (cr, today, m, y, w, 11.5, FALSE, PANGO_ALIGN_LEFT) + 10;
  y += tt_draw_text (cr, "BÊN TÀI TRỢ (Bên A):", m, y, w, 11.5, TRUE, PANGO_ALIGN_LEFT) + 2;
  y += line (cr, m + 12, y, w - 12, "Tên đơn vị, cá nhân:", doc->payer, TRUE);
  y += line (cr, m + 12, y, w - 12, "Địa chỉ:", doc->payer_address && *doc->payer_address ? doc->payer_address : NULL,
             FALSE);
  y += line (cr, m + 12, y, w - 12, "Mã số thuế:", doc->payer_tax_code, FALSE) + 8;
  y += tt_draw_text (cr, "BÊN NHẬN TÀI TRỢ (Bên B):", m, y, w, 11.5, TRUE, PANGO_ALIGN_LEFT) + 2;
  y += line (cr, m + 12, y, w - 12, "Tên đơn vị:", doc->office, TRUE);
  y += line (cr, m + 12, y, w - 12, "Địa chỉ:", doc->office_address && *doc->office_address ? doc->office_address : NULL,
             FALSE);
  y += line (cr, m + 12, y, w - 12, "Người đại diện:", doc->head && *doc->head ? doc->head : NULL, FALSE) + 8;
  y += tt_draw_text (cr, "Hai bên cùng xác nhận khoản tài trợ sau:", m, y, w, 11.5, FALSE, PANGO_ALIGN_LEFT) + 4;
  y += line (cr, m + 12, y, w - 12, "Nội dung tài trợ:", doc->reason, FALSE);
  y += line (cr, m + 12, y, w - 12, "Giá trị tài trợ:", value, TRUE);
  y += line (cr, m + 12, y, w - 12, "Hình thức tài trợ:", doc->method, FALSE);
  y += line (cr, m + 12, y, w - 12, "Theo phiếu thu số:", receipt, FALSE) + 8;
  y += tt_draw_text (cr, "Bên B đã nhận đủ khoản tài trợ nêu trên và sử dụng đúng mục đích. Biên bản được lập "
                         "thành 02 bản, mỗi bên giữ 01 bản, có giá trị như nhau.",
                     m, y, w, 11.5, FALSE, PANGO_ALIGN_LEFT) + 24;
  tt_draw_text (cr, "ĐẠI DIỆN BÊN A", m, y, half, 11.5, TRUE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "ĐẠI DIỆN BÊN B", m + half, y, half, 11.5, TRUE, PANGO_ALIGN_CENTER);
  y += 15;
  tt_draw_text (cr, "(Ký, họ tên, đóng dấu)", m, y, half, 10, FALSE, PANGO_ALIGN_CENTER);
  tt_draw_text (cr, "(Ký, họ tên, đóng dấu)", m + half, y, half, 10, FALSE, PANGO_ALIGN_CENTER);
  y += 80;
  if (doc->head && *doc->head)
    tt_draw_text (cr, doc->head, m + half, y, half, 11.5, TRUE, PANGO_ALIGN_CENTER);
}

gboolean
tt_confirmation_write_pdf (const TtReceiptDoc *doc,
                           const char         *path,
                           GError            **error)
{
  TtPageSize page;

  tt_page_size (TT_PAPER_A4, FALSE, &page);
  return tt_document_write_pdf (path, "Biên bản xác nhận khoản tài trợ", &page, 1, draw_confirmation, (gpointer) doc,
                                error);
}
