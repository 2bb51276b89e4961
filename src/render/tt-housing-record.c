/* tt-housing-record.c — the printed housing records, A4: the household survey, the completion
 * inspection and the cash handover
 *
 * Every field the office file knows is printed; the others are dotted blanks for the survey
 * team, the inspection team or the witness to fill in by hand.
 */
#include "config.h"

#include "tt-housing-record.h"

#define BLANK "………………………………"
#define TEXT_SIZE 11.5

typedef struct
{
  cairo_t *cr;
  double   x;
  double   y;
  double   w;
} Pen;

/* A dotted line to write on, from @x1 to @x2 on the baseline of a line of text starting at @y. */
static void
dots (cairo_t *cr, double x1, double x2, double y)
{
  const double dash[] = { 0.1, 2.6 };

  if (x2 - x1 < 8)
    return;
  cairo_save (cr);
  cairo_set_line_width (cr, 0.9);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x1, y + TEXT_SIZE * 1.15);
  cairo_line_to (cr, x2, y + TEXT_SIZE * 1.15);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* "Label: value", the value bold when known, else dots to the end of the line. */
static void
field (Pen *p, const char *label, const char *value)
{
  g_autofree char *label_e = g_markup_escape_text (label, -1);
  g_autofree char *value_e = value ? g_markup_escape_text (value, -1) : NULL;
  g_autofree char *markup = NULL;

  if (value == NULL)
    {
      double h = tt_draw_text (p->cr, label, p->x + 12, p->y, p->w - 12, TEXT_SIZE, FALSE, PANGO_ALIGN_LEFT);
      double used = tt_text_width (p->cr, label, TEXT_SIZE, FALSE);
      dots (p->cr, p->x + 12 + MIN (used, p->w - 12) + 4, p->x + p->w, p->y + h - TEXT_SIZE * 1.3);
      p->y += h + 4;
      return;
    }
  markup = g_strdup_printf ("%s <b>%s</b>", label_e, value_e);
  p->y += tt_draw_markup (p->cr, markup, p->x + 12, p->y, p->w - 12, TEXT_SIZE, PANGO_ALIGN_LEFT) + 4;
}

/* Two fields on one line. */
static void
field_pair (Pen *p, const char *label1, const char *value1, const char *label2, const char *value2)
{
  Pen left = { p->cr, p->x, p->y, p->w * 0.55 }, right = { p->cr, p->x + p->w * 0.55, p->y, p->w * 0.45 };

  field (&left, label1, value1);
  field (&right, label2, value2);
  p->y = MAX (left.y, right.y);
}

static void
text (Pen *p, const char *s, gboolean bold, double after)
{
  p->y += tt_draw_text (p->cr, s, p->x, p->y, p->w, TEXT_SIZE, bold, PANGO_ALIGN_LEFT) + after;
}

static void
blank_lines (Pen *p, int n)
{
  for (int i = 0; i < n; i++)
    {
      dots (p->cr, p->x + 12, p->x + p->w, p->y);
      p->y += TEXT_SIZE * 1.6;
    }
}

/* Signature columns: a title, "(Ký, ghi rõ họ tên)" and the name where it is known. */
static void
signatures (Pen *p, int n, const char *const *titles, const char *const *names)
{
  double col = p->w / n, tallest = 0;

  for (int i = 0; i < n; i++)
    tallest = MAX (tallest, tt_draw_text (p->cr, titles[i], p->x + i * col, p->y, col, TEXT_SIZE, TRUE,
                                          PANGO_ALIGN_CENTER));
  p->y += tallest + 2;
  for (int i = 0; i < n; i++)
    tt_draw_text (p->cr, "(Ký, ghi rõ họ tên)", p->x + i * col, p->y, col, 10, FALSE, PANGO_ALIGN_CENTER);
  p->y += 72;
  for (int i = 0; i < n; i++)
    if (names[i] != NULL)
      tt_draw_text (p->cr, names[i], p->x + i * col, p->y, col, TEXT_SIZE, TRUE, PANGO_ALIGN_CENTER);
}

static void
household (Pen *p, const TtHousingDoc *doc)
{
  field (p, "Họ và tên chủ hộ:", doc->head_name);
  field_pair (p, "Năm sinh:", doc->birth_year, "Giới tính:", doc->gender);
  field_pair (p, "Số CCCD:", doc->id_masked, "Điện thoại:", doc->phone);
  field_pair (p, "Số nhân khẩu:", doc->members, "Diện hộ:", doc->category);
  field (p, "Địa chỉ:", doc->place_line);
}

static void
survey (Pen *p, const TtHousingDoc *doc)
{
  g_autofree char *support = doc->support ? g_strdup_printf ("%s (bằng chữ: %s)", doc->support, doc->support_words)
                                          : NULL;
  const char *titles[] = { "CHỦ HỘ", "ĐẠI DIỆN THÔN", "NGƯỜI KHẢO SÁT" };
  const char *names[] = { doc->head_name, NULL, NULL };

  text (p, "I. THÔNG TIN HỘ GIA ĐÌNH", TRUE, 4);
  household (p, doc);
  p->y += 6;
  text (p, "II. HIỆN TRẠNG NHÀ Ở", TRUE, 4);
  field (p, "Loại nhà hiện tại:", "☐ Nhà tạm     ☐ Nhà dột nát, hư hỏng     ☐ Chưa có nhà");
  field (p, "Diện tích sử dụng (m²):", NULL);
  field (p, "Nền, khung, tường, mái:", NULL);
  field (p, "Đất ở (quyền sử dụng):", "☐ Có giấy tờ     ☐ Đang chờ cấp     ☐ Chưa có");
  p->y += 6;
  text (p, "III. ĐỀ XUẤT HỖ TRỢ", TRUE, 4);
  field (p, "Hình thức hỗ trợ:", doc->work);
  field (p, "Thuộc chương trình:", doc->stream);
  field_pair (p, "Định mức:", doc->norm, "Dự toán:", doc->estimate);
  field (p, "Mức đề nghị hỗ trợ:", support);
  field (p, "Ý kiến của hộ gia đình:", NULL);
  p->y += 16;
  signatures (p, 3, titles, names);
}

static void
value_table (Pen *p, const TtHousingDoc *doc)
{
  double amount_w = 130;

  for (guint i = 0; doc->lines && i < doc->lines->len; i++)
    {
      TtHousingDocLine *l = doc->lines->pdata[i];
      g_autofree char *label = g_strdup_printf ("%u. %s", i + 1, l->label);
      double h = tt_draw_text (p->cr, label, p->x + 12, p->y, p->w - 12 - amount_w, TEXT_SIZE, FALSE, PANGO_ALIGN_LEFT);
      tt_draw_figure (p->cr, l->amount, p->x + p->w - amount_w, p->y, amount_w, TEXT_SIZE, FALSE, PANGO_ALIGN_RIGHT);
      p->y += h + 3;
    }
  if (doc->lines == NULL || doc->lines->len == 0)
    blank_lines (p, 3);
  tt_draw_text (p->cr, "Tổng giá trị công trình", p->x + 12, p->y, p->w - 12 - amount_w, TEXT_SIZE, TRUE,
                PANGO_ALIGN_LEFT);
  p->y += tt_draw_figure (p->cr, doc->total ? doc->total : "", p->x + p->w - amount_w, p->y, amount_w, TEXT_SIZE,
                          TRUE, PANGO_ALIGN_RIGHT) + 3;
  field (p, "Bằng chữ:", doc->total_words);
}

static void
inspection (Pen *p, const TtHousingDoc *doc)
{
  const char *titles[] = { "CHỦ HỘ", "ĐẠI DIỆN ĐOÀN KIỂM TRA", "THỦ TRƯỞNG ĐƠN VỊ" };
  const char *names[] = { doc->head_name, NULL, doc->head };

  text (p, "Thành phần đoàn kiểm tra:", TRUE, 2);
  if (doc->team != NULL)
    p->y += tt_draw_text (p->cr, doc->team, p->x + 12, p->y, p->w - 12, TEXT_SIZE, FALSE, PANGO_ALIGN_LEFT) + 4;
  else
    blank_lines (p, 3);
  p->y += 4;
  text (p, "I. THÔNG TIN CÔNG TRÌNH", TRUE, 4);
  field (p, "Chủ hộ:", doc->head_name);
  field (p, "Địa chỉ:", doc->place_line);
  field (p, "Hình thức hỗ trợ:", doc->work);
  field (p, "Quyết định hỗ trợ:", doc->decision);
  field_pair (p, "Ngày khởi công:", doc->started_on, "Ngày hoàn thành:", doc->completed_on);
  p->y += 6;
  text (p, "II. KẾT QUẢ KIỂM TRA", TRUE, 4);
  field (p, "Diện tích xây dựng (m²):", doc->area);
  field_pair (p, "Nền:", doc->floor, "Khung:", doc->frame);
  field_pair (p, "Tường:", doc->walls, "Mái:", doc->roof);
  field (p, "Đạt tiêu chuẩn \"3 cứng\" (nền cứng, khung cứng, mái cứng):",
         doc->three_hard == 1 ? "☒ Đạt     ☐ Không đạt" : doc->three_hard == 0 ? "☐ Đạt     ☒ Không đạt"
                                                                             : "☐ Đạt     ☐ Không đạt");
  p->y += 6;
  text (p, "III. GIÁ TRỊ CÔNG TRÌNH THEO NGUỒN", TRUE, 4);
  value_table (p, doc);
  p->y += 4;
  field (p, "Kết luận:", NULL);
  p->y += 14;
  signatures (p, 3, titles, names);
}

static void
handover (Pen *p, const TtHousingDoc *doc)
{
  g_autofree char *money = doc->paid ? g_strdup_printf ("%s (bằng chữ: %s)", doc->paid, doc->paid_words) : NULL;
  const char *titles[] = { "BÊN NHẬN", "NGƯỜI CHỨNG KIẾN", "THỦ QUỸ", "ĐẠI DIỆN BÊN GIAO" };
  const char *names[] = { doc->head_name, NULL, doc->cashier, doc->head };

  text (p, "BÊN GIAO:", TRUE, 2);
  field (p, "Đơn vị:", doc->office);
  field (p, "Đại diện:", doc->head);
  field (p, "Thủ quỹ:", doc->cashier);
  p->y += 4;
  text (p, "BÊN NHẬN (chủ hộ được hỗ trợ):", TRUE, 2);
  field (p, "Họ và tên:", doc->head_name);
  field_pair (p, "Năm sinh:", doc->birth_year, "Số CCCD:", doc->id_masked);
  field (p, "Địa chỉ:", doc->place_line);
  p->y += 4;
  text (p, "NGƯỜI CHỨNG KIẾN:", TRUE, 2);
  field (p, "Họ và tên, chức vụ:", NULL);
  p->y += 4;
  field (p, "Căn cứ quyết định hỗ trợ:", doc->decision);
  field (p, "Nội dung:", doc->work);
  field (p, "Mức hỗ trợ được duyệt:", doc->support);
  field (p, "Số tiền bàn giao:", money);
  field (p, "Theo phiếu chi số:", doc->vouchers);
  p->y += 4;
  text (p, "Bên nhận đã nhận đủ số tiền trên và cam kết sử dụng đúng mục đích xây dựng, sửa chữa nhà ở. Biên bản "
           "được lập thành 02 bản, mỗi bên giữ 01 bản, có giá trị như nhau.", FALSE, 20);
  signatures (p, 4, titles, names);
}

void
tt_housing_record_draw (cairo_t            *cr,
                        const TtHousingDoc *doc,
                        const TtPageSize   *page)
{
  double m = page->margin;
  Pen p = { cr, m, m, page->width - 2 * m };
  g_autofree char *number = g_strdup_printf ("(Dự án nhà ở số %s)", doc->project);
  g_autofree char *today = g_strdup_printf ("%s, tại %s.", doc->date_words,
                                            doc->place_line ? doc->place_line : BLANK);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  p.y += tt_draw_state_heading (cr, doc->parent, doc->office, p.x, p.y, p.w, 9.5) + 22;
  p.y += tt_draw_text (cr, tt_housing_record_title (doc->record), p.x, p.y, p.w, 15, TRUE, PANGO_ALIGN_CENTER) + 2;
  p.y += tt_draw_text (cr, number, p.x, p.y, p.w, 10.5, FALSE, PANGO_ALIGN_CENTER) + 14;
  text (&p, today, FALSE, 8);
  switch (doc->record)
    {
    case TT_HOUSING_SURVEY:
      survey (&p, doc);
      break;
    case TT_HOUSING_INSPECTION:
      inspection (&p, doc);
      break;
    case TT_HOUSING_HANDOVER:
    default:
      handover (&p, doc);
      break;
    }
}

static void
draw_record (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_housing_record_draw (cr, data, page);
}

gboolean
tt_housing_record_write_pdf (const char  *path,
                             gpointer     data,
                             GError     **error)
{
  const TtHousingDoc *doc = data;
  TtPageSize page;

  tt_page_size (TT_PAPER_A4, FALSE, &page);
  return tt_document_write_pdf (path, tt_housing_record_title (doc->record), &page, 1, draw_record, data, error);
}
