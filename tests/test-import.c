/* test-import.c — reading CSV and XLSX lists and importing them into the household register */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include "tt-audit.h"
#include "tt-households.h"
#include "tt-import.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-table.h"
#include "tt-backup.h"
#include "tt-test-util.h"

static TtTable *
csv (const char *text, gsize len)
{
  g_autoptr(GError) error = NULL;
  TtTable *t = tt_table_read_csv (text, len ? len : strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (t);
  return t;
}

static void
assert_row (const TtTable *t, guint row, const char *const *cells)
{
  guint n = g_strv_length ((char **) cells);

  g_assert_cmpuint (tt_table_n_cells (t, row), ==, n);
  for (guint c = 0; c < n; c++)
    g_assert_cmpstr (tt_table_cell (t, row, c), ==, cells[c]);
}

#define ROW(...) ((const char *const[]) { __VA_ARGS__, NULL })

static void
test_csv_delimiters (void)
{
  static const char *const texts[] = {
    "Họ tên,Năm sinh,Thôn\nNguyễn Văn An,1965,Đông\n",
    "Họ tên;Năm sinh;Thôn\r\nNguyễn Văn An;1965;Đông\r\n",
    "Họ tên\tNăm sinh\tThôn\nNguyễn Văn An\t1965\tĐông",
  };
  static const char delims[] = { ',', ';', '\t' };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(TtTable) t = csv (texts[i], 0);
      g_assert_cmpint (t->delimiter, ==, delims[i]);
      g_assert_cmpuint (tt_table_n_rows (t), ==, 2);
      assert_row (t, 0, ROW ("Họ tên", "Năm sinh", "Thôn"));
      assert_row (t, 1, ROW ("Nguyễn Văn An", "1965", "Đông"));
    }
  /* Commas inside a semicolon file's fields do not fool the detection. */
  {
    g_autoptr(TtTable) t = csv ("Họ tên;Địa chỉ;Năm\nAn;Số 1, Đông;2026\nBình;Số 2, Tây;2026\n", 0);
    g_assert_cmpint (t->delimiter, ==, ';');
    assert_row (t, 1, ROW ("An", "Số 1, Đông", "2026"));
  }
}

static void
test_csv_quotes_and_ragged (void)
{
  g_autoptr(TtTable) t = csv ("a,b,c\n\"Nguyễn \"\"Út\"\"\",\"dòng một\ndòng hai\",x\n\nshort\n1,2,3,,\n", 0);

  g_assert_cmpuint (tt_table_n_rows (t), ==, 4);
  assert_row (t, 1, ROW ("Nguyễn \"Út\"", "dòng một\ndòng hai", "x"));
  /* The row after a quoted line break is row 4 of the file; the blank line is skipped. */
  g_assert_cmpuint (tt_table_row_number (t, 1), ==, 2);
  g_assert_cmpuint (tt_table_row_number (t, 2), ==, 5);
  assert_row (t, 2, ROW ("short"));
  g_assert_cmpstr (tt_table_cell (t, 2, 5), ==, "");
  assert_row (t, 3, ROW ("1", "2", "3"));
}

static void
test_csv_encodings (void)
{
  const char *utf8 = "Họ tên,Thôn\nĐặng Thị Ánh,Bản Mường\n";
  g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", utf8, NULL);
  const char *to[] = { "UTF-16LE", "UTF-16BE" };
  g_autoptr(TtTable) t = csv (bom, 0);

  g_assert_cmpstr (t->encoding, ==, "UTF-8 (BOM)");
  assert_row (t, 0, ROW ("Họ tên", "Thôn"));
  for (gsize i = 0; i < G_N_ELEMENTS (to); i++)
    for (int with_bom = 0; with_bom < 2; with_bom++)
      {
        gsize n = 0;
        g_autofree char *body = g_convert (utf8, -1, to[i], "UTF-8", NULL, &n, NULL);
        g_autoptr(GByteArray) bytes = g_byte_array_new ();
        g_autoptr(TtTable) u = NULL;
        if (with_bom)
          g_byte_array_append (bytes, (const guint8 *) (i == 0 ? "\xFF\xFE" : "\xFE\xFF"), 2);
        g_byte_array_append (bytes, (const guint8 *) body, n);
        u = csv ((const char *) bytes->data, bytes->len);
        g_assert_cmpstr (u->encoding, ==, to[i]);
        assert_row (u, 1, ROW ("Đặng Thị Ánh", "Bản Mường"));
      }
}

static void
assert_refused (const char *data, gsize len, const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = tt_table_read_csv (data, len ? len : strlen (data), &error);

  g_assert_null (t);
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” lacks “%s”", error->message, part);
}

static void
test_csv_legacy_refused (void)
{
  /* "Nguyễn Văn Đức" in TCVN3 (ABC) bytes, as a .VnTime file holds it. */
  assert_refused ("H\xe4 t\xaa" "n\nNguy\xd6n V\xa8n \xa7\xf8" "c\n", 0, "TCVN3");
  /* The same in VNI Windows bytes, and saved as UTF-8 by a converter that knew no better. */
  assert_refused ("Ho ten\nNguye\xe3n Va\xeen \xd1\xf6\xf9\x63\nTra\xa7n Th\xf2 Bi\xf9nh\n", 0, "VNI");
  assert_refused ("Ho ten\nNguyeãn Vaên Ñöùc\nTraàn Thò Bích\n", 0, "VNI");
  /* Windows-1258 or other bytes that are no legacy font encoding: told to save as UTF-8. */
  assert_refused ("Ho ten\nCaf\xe9\n", 0, "UTF-8");
  assert_refused ("a,b\n\"never closed,x\n", 0, "never closed");
}

static gsize
xlsx_bytes (const char *path, char **out)
{
  gsize n = 0;
  g_assert_true (g_file_get_contents (path, out, &n, NULL));
  return n;
}

static char *
write_xlsx (void)
{
  g_autofree char *dir = tt_test_tmpdir ();
  char *path = g_build_filename (dir, "list.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "DS");

  worksheet_write_string (ws, 0, 0, "DANH SÁCH HỘ NGHÈO", NULL);
  worksheet_write_string (ws, 2, 0, "STT", NULL);
  worksheet_write_string (ws, 2, 1, "HỌ VÀ TÊN CHỦ HỘ", NULL);
  worksheet_write_string (ws, 2, 2, "Năm sinh", NULL);
  worksheet_write_string (ws, 2, 3, "Số CCCD", NULL);
  worksheet_write_string (ws, 2, 4, "Thôn", NULL);
  worksheet_write_string (ws, 2, 5, "Loại hộ", NULL);
  worksheet_write_number (ws, 3, 0, 1, NULL);
  worksheet_write_string (ws, 3, 1, "Hoàng Văn Tư", NULL);
  worksheet_write_number (ws, 3, 2, 1972, NULL);
  worksheet_write_number (ws, 3, 3, 1072012345.0 * 100 + 67, NULL);
  worksheet_write_string (ws, 3, 4, "Bản Pác Nặm", NULL);
  worksheet_write_string (ws, 3, 5, "Hộ nghèo", NULL);
  worksheet_write_number (ws, 5, 0, 2, NULL);
  worksheet_write_string (ws, 5, 1, "Lò Thị Sáu", NULL);
  worksheet_write_number (ws, 5, 2, 1980, NULL);
  worksheet_write_string (ws, 5, 5, "Hộ cận nghèo", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static void
test_xlsx_reader (void)
{
  g_autofree char *path = write_xlsx ();
  g_autofree char *data = NULL;
  gsize n = xlsx_bytes (path, &data);
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = tt_table_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (tt_table_n_rows (t), ==, 4);
  g_assert_cmpuint (tt_table_row_number (t, 1), ==, 3);
  assert_row (t, 2, ROW ("1", "Hoàng Văn Tư", "1972", "107201234567", "Bản Pác Nặm", "Hộ nghèo"));
  /* Missing cells in the middle of a row are empty; the sheet row number is kept. */
  g_assert_cmpuint (tt_table_row_number (t, 3), ==, 6);
  assert_row (t, 3, ROW ("2", "Lò Thị Sáu", "1980", "", "", "Hộ cận nghèo"));

  /* Damaged archives are refused with a reason, never read past their end. */
  for (gsize cut = 0; cut < n; cut += n / 7 + 1)
    {
      g_autoptr(GError) e = NULL;
      g_autoptr(TtTable) broken = tt_table_read_xlsx (data, cut, &e);
      g_assert_null (broken);
      g_assert_error (e, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
    }
  /* Flipped bits in the parts are caught by inflate or the checksums. */
  for (gsize i = 40; i < n; i += 61)
    data[i] ^= 0x55;
  {
    g_autoptr(GError) e = NULL;
    g_autoptr(TtTable) broken = tt_table_read_xlsx (data, n, &e);
    g_assert_null (broken);
    g_assert_nonnull (e);
  }
}

/* ---- workbooks written by other tools: raw ZIP and XML ---------------------------------- */

static void
put16 (GByteArray *b, guint v)
{
  guint8 x[2] = { v & 0xff, (v >> 8) & 0xff };
  g_byte_array_append (b, x, 2);
}

static void
put32 (GByteArray *b, guint32 v)
{
  put16 (b, v & 0xffff);
  put16 (b, v >> 16);
}

/* A ZIP archive of stored members: name, content, name, content, …, NULL. */
static GByteArray *
zip_stored (const char *const *members)
{
  GByteArray *zip = g_byte_array_new ();
  g_autoptr(GByteArray) dir = g_byte_array_new ();
  guint n = 0;

  for (; members[0] != NULL; members += 2, n++)
    {
      guint32 len = strlen (members[1]), name_len = strlen (members[0]);
      guint32 crc = crc32 (0, (const Bytef *) members[1], len), offset = zip->len;

      put32 (zip, 0x04034b50), put16 (zip, 20), put16 (zip, 0), put16 (zip, 0), put32 (zip, 0);
      put32 (zip, crc), put32 (zip, len), put32 (zip, len), put16 (zip, name_len), put16 (zip, 0);
      g_byte_array_append (zip, (const guint8 *) members[0], name_len);
      g_byte_array_append (zip, (const guint8 *) members[1], len);
      put32 (dir, 0x02014b50), put16 (dir, 20), put16 (dir, 20), put16 (dir, 0), put16 (dir, 0);
      put32 (dir, 0), put32 (dir, crc), put32 (dir, len), put32 (dir, len), put16 (dir, name_len);
      put16 (dir, 0), put16 (dir, 0), put16 (dir, 0), put16 (dir, 0), put32 (dir, 0), put32 (dir, offset);
      g_byte_array_append (dir, (const guint8 *) members[0], name_len);
    }
  {
    guint32 cd = zip->len;
    g_byte_array_append (zip, dir->data, dir->len);
    put32 (zip, 0x06054b50), put16 (zip, 0), put16 (zip, 0), put16 (zip, n), put16 (zip, n);
    put32 (zip, dir->len), put32 (zip, cd), put16 (zip, 0);
  }
  return zip;
}

static TtTable *
read_parts (const char *const *members, GError **error)
{
  g_autoptr(GByteArray) zip = zip_stored (members);

  return tt_table_read_xlsx ((const char *) zip->data, zip->len, error);
}

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PKG_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define SHEET_TYPE REL_NS "/worksheet"

#define WORKBOOK(sheets) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" \
  "<workbook xmlns=\"" MAIN_NS "\" xmlns:r=\"" REL_NS "\"><sheets>" sheets "</sheets></workbook>"
#define RELS(rels) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" \
  "<Relationships xmlns=\"" PKG_NS "\">" rels "</Relationships>"
#define REL(id, target) "<Relationship Id=\"" id "\" Type=\"" SHEET_TYPE "\" Target=\"" target "\"/>"
#define SHEET(name) \
  "<worksheet xmlns=\"" MAIN_NS "\"><sheetData>" \
  "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ tên</t></is></c>" \
  "<c r=\"B1\" t=\"inlineStr\"><is><t>Năm sinh</t></is></c></row>" \
  "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" name "</t></is></c><c r=\"B2\"><v>1965</v></c></row>" \
  "</sheetData></worksheet>"

/* The tab the clerk sees first is read, wherever its part is and whatever it is called. */
static void
test_xlsx_sheet_order (void)
{
  static const char *const reordered[] = {
    "[Content_Types].xml", "<Types/>",
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"DS 2026\" sheetId=\"2\" r:id=\"rId2\"/>"
                                 "<sheet name=\"DS 2025\" sheetId=\"1\" r:id=\"rId1\"/>"),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId1", "worksheets/sheet1.xml") REL ("rId2", "worksheets/sheet2.xml")),
    "xl/worksheets/sheet1.xml", SHEET ("Năm ngoái"),
    "xl/worksheets/sheet2.xml", SHEET ("Năm nay"),
    NULL
  };
  static const char *const elsewhere[] = {
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"DS\" sheetId=\"1\" r:id=\"rId7\"/>"),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId7", "worksheets/data.xml")),
    "xl/worksheets/data.xml", SHEET ("Năm nay"),
    NULL
  };
  static const char *const absolute[] = {
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/>"),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId1", "/xl/data/ho-ngheo.xml")),
    "xl/data/ho-ngheo.xml", SHEET ("Năm nay"),
    "xl/worksheets/sheet1.xml", SHEET ("Năm ngoái"),
    NULL
  };
  /* Part names are not case-sensitive in a package: a writer may spell them either way. */
  static const char *const cased[] = {
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/>"),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId1", "./Worksheets/Sheet1.xml")),
    "xl/worksheets/sheet1.xml", SHEET ("Năm nay"),
    NULL
  };
  /* A hidden tab and a chart sheet before it: the clerk sees the list first. */
  static const char *const hidden[] = {
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"Cũ\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
                                 "<sheet name=\"Biểu đồ\" sheetId=\"3\" r:id=\"rId3\"/>"
                                 "<sheet name=\"DS\" sheetId=\"2\" r:id=\"rId2\"/>"),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId1", "worksheets/sheet1.xml") REL ("rId2", "worksheets/sheet2.xml")
                                        "<Relationship Id=\"rId3\" Type=\"" REL_NS "/chartsheet\" "
                                        "Target=\"chartsheets/sheet1.xml\"/>"),
    "xl/worksheets/sheet1.xml", SHEET ("Năm ngoái"),
    "xl/worksheets/sheet2.xml", SHEET ("Năm nay"),
    NULL
  };
  const char *const *const good[] = { reordered, elsewhere, absolute, cased, hidden };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TtTable) t = read_parts (good[i], &error);
      g_assert_no_error (error);
      g_assert_cmpuint (tt_table_n_rows (t), ==, 2);
      assert_row (t, 0, ROW ("Họ tên", "Năm sinh"));
      assert_row (t, 1, ROW ("Năm nay", "1965"));
    }
}

/* Without its relationships, or pointing at a part that is not there, the workbook is refused
 * with the missing piece named rather than read from a guessed sheet. */
static void
test_xlsx_broken_parts (void)
{
  static const char *const no_rels[] = {
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/>"),
    "xl/worksheets/sheet1.xml", SHEET ("Năm nay"),
    NULL
  };
  static const char *const no_rel[] = {
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"DS\" sheetId=\"1\" r:id=\"rId2\"/>"),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId1", "worksheets/sheet1.xml")),
    "xl/worksheets/sheet1.xml", SHEET ("Năm nay"),
    NULL
  };
  static const char *const no_part[] = {
    "xl/workbook.xml", WORKBOOK ("<sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/>"),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId1", "worksheets/sheet9.xml")),
    "xl/worksheets/sheet1.xml", SHEET ("Năm nay"),
    NULL
  };
  static const char *const no_sheet[] = {
    "xl/workbook.xml", WORKBOOK (""),
    "xl/_rels/workbook.xml.rels", RELS (REL ("rId1", "worksheets/sheet1.xml")),
    "xl/worksheets/sheet1.xml", SHEET ("Năm nay"),
    NULL
  };
  static const struct { const char *const *parts; const char *says; } cases[] = {
    { no_rels, "xl/_rels/workbook.xml.rels" },
    { no_rel, "rId2" },
    { no_part, "xl/worksheets/sheet9.xml" },
    { no_sheet, "no sheet" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TtTable) t = read_parts (cases[i].parts, &error);
      g_assert_null (t);
      g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
      if (strstr (error->message, cases[i].says) == NULL)
        g_error ("“%s” lacks “%s”", error->message, cases[i].says);
    }
}

/* Every part written with a prefix on its elements, as some government tools do. */
static void
test_xlsx_prefixed (void)
{
  static const char *const prefixed[] = {
    "xl/workbook.xml",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<x:workbook xmlns:x=\"" MAIN_NS "\" xmlns:r=\"" REL_NS "\"><x:sheets>"
    "<x:sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"R3f2a\"/></x:sheets></x:workbook>",
    "xl/_rels/workbook.xml.rels",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rel:Relationships xmlns:rel=\"" PKG_NS "\">"
    "<rel:Relationship Id=\"R3f2a\" Type=\"" SHEET_TYPE "\" Target=\"/xl/worksheets/sheet.xml\"/>"
    "</rel:Relationships>",
    "xl/sharedStrings.xml",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<x:sst xmlns:x=\"" MAIN_NS "\" count=\"3\" uniqueCount=\"3\">"
    "<x:si><x:t>Họ và tên chủ hộ</x:t></x:si><x:si><x:t>Năm sinh</x:t></x:si>"
    "<x:si><x:r><x:t>Hoàng </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Văn Tư</x:t></x:r>"
    "<x:rPh sb=\"0\" eb=\"1\"><x:t>phiên âm</x:t></x:rPh></x:si></x:sst>",
    "xl/worksheets/sheet.xml",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<x:worksheet xmlns:x=\"" MAIN_NS "\"><x:sheetData>"
    "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" t=\"s\"><x:v>1</x:v></x:c></x:row>"
    "<x:row r=\"3\"><x:c r=\"A3\" t=\"s\"><x:v>2</x:v></x:c><x:c r=\"B3\"><x:v>1972</x:v></x:c>"
    "<x:c r=\"D3\" t=\"inlineStr\"><x:is><x:t>Bản Pác Nặm</x:t></x:is></x:c></x:row>"
    "</x:sheetData></x:worksheet>",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TtTable) t = read_parts (prefixed, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (tt_table_n_rows (t), ==, 2);
  assert_row (t, 0, ROW ("Họ và tên chủ hộ", "Năm sinh"));
  assert_row (t, 1, ROW ("Hoàng Văn Tư", "1972", "", "Bản Pác Nặm"));
  g_assert_cmpuint (tt_table_row_number (t, 1), ==, 3);
}

/* ---- import --------------------------------------------------------------------------- */

static TtDb *
office (void)
{
  g_autoptr(GError) error = NULL;
  TtDb *db = tt_test_new_db (NULL);

  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  g_assert_true (tt_office_set (db, "commune-code", "00004", &error));
  return db;
}

static TtImport *
prepare (TtDb *db, const char *text)
{
  g_autoptr(GError) error = NULL;
  TtImport *import = tt_import_new (db, csv (text, 0), &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  tt_import_set_year (import, 2026);
  return import;
}

#define POOR_LIST_HEAD "DANH SÁCH HỘ NGHÈO, CẬN NGHÈO NĂM 2026\n\n" \
  "STT;Họ và tên chủ hộ;NĂM SINH;Giới tính;Số CCCD;Số nhân khẩu;Thôn/Tổ dân phố;Phân loại;Ghi chú\n" \
  "(1);(2);(3);(4);(5);(6);(7);(8);(9)\n"

static void
test_import_headers (void)
{
  g_autoptr(TtDb) db = office ();
  g_autoptr(TtImport) import = prepare (db, POOR_LIST_HEAD "1;Nguyễn Văn An;1965;Nam;001065012345;4;Thôn Đông;Hộ nghèo;\n");
  static const struct { const char *header; TtImportField field; } variants[] = {
    { "Họ và tên chủ hộ", TT_IMPORT_FIELD_HEAD }, { "CHỦ HỘ", TT_IMPORT_FIELD_HEAD },
    { "Ho ten", TT_IMPORT_FIELD_HEAD }, { "Năm sinh (*)", TT_IMPORT_FIELD_BIRTH_YEAR },
    { "Số CCCD/CMND", TT_IMPORT_FIELD_ID_NUMBER }, { "Số định danh", TT_IMPORT_FIELD_ID_NUMBER },
    { "Tổ dân phố", TT_IMPORT_FIELD_VILLAGE }, { "Bản", TT_IMPORT_FIELD_VILLAGE },
    { "Xã/Phường", TT_IMPORT_FIELD_COMMUNE }, { "Mã xã", TT_IMPORT_FIELD_COMMUNE_CODE },
    { "Loại hộ", TT_IMPORT_FIELD_CATEGORY }, { "Năm", TT_IMPORT_FIELD_YEAR },
    { "Điện thoại", TT_IMPORT_FIELD_PHONE }, { "Ghi chú", TT_IMPORT_FIELD_NOTE },
    { "Số nhân khẩu", TT_IMPORT_FIELD_MEMBERS }, { "Giới tính", TT_IMPORT_FIELD_GENDER },
  };

  g_assert_cmpuint (tt_import_header_row (import), ==, 1);
  g_assert_cmpint (tt_import_get_column (import, TT_IMPORT_FIELD_HEAD), ==, 1);
  g_assert_cmpint (tt_import_get_column (import, TT_IMPORT_FIELD_BIRTH_YEAR), ==, 2);
  g_assert_cmpint (tt_import_get_column (import, TT_IMPORT_FIELD_VILLAGE), ==, 6);
  g_assert_cmpint (tt_import_get_column (import, TT_IMPORT_FIELD_YEAR), ==, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *text = g_strdup_printf ("STT,%s,Họ tên,Năm sinh\n1,x,y,1960\n", variants[i].header);
      g_autoptr(GError) error = NULL;
      g_autoptr(TtImport) one = tt_import_new (db, csv (text, 0), &error);
      g_assert_no_error (error);
      if (variants[i].field == TT_IMPORT_FIELD_HEAD)
        g_assert_cmpint (tt_import_get_column (one, TT_IMPORT_FIELD_HEAD), ==, 1);
      else
        g_assert_cmpint (tt_import_get_column (one, variants[i].field), ==, 1);
    }

  /* A map names columns by header, letter or number, and leaves fields out with "-". */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TtImport) m = tt_import_new (db, csv ("Tên người nhận;Sinh năm;Nơi ở\nAn;1960;Đông\n", 0), &error);
    g_assert_null (m);
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
  }
  g_assert_true (tt_import_apply_map (import, "village=-,note=I,year=3", NULL));
  g_assert_cmpint (tt_import_get_column (import, TT_IMPORT_FIELD_VILLAGE), ==, -1);
  g_assert_cmpint (tt_import_get_column (import, TT_IMPORT_FIELD_NOTE), ==, 8);
  g_assert_cmpint (tt_import_get_column (import, TT_IMPORT_FIELD_YEAR), ==, 2);
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (tt_import_apply_map (import, "phone=Số điện thoại", &error));
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
  }
}

static void
test_import_writes_all_or_nothing (void)
{
  g_autoptr(TtDb) db = office ();
  g_autofree char *before = NULL;
  g_autoptr(TtImport) bad = prepare (db, POOR_LIST_HEAD
                                     "1;Nguyễn Văn An;1965;Nam;001065012345;4;Thôn Đông;Hộ nghèo;\n"
                                     "2;Trần Thị Bình;1870;Nữ;00117001;3;Thôn Đông;Hộ giàu;\n"
                                     "3;;1958;Nam;;2;Thôn Tây;Hộ nghèo;\n"
                                     "4;Lê Văn Cường;1958;Ông;;200;Thôn Tây;Hộ nghèo;\n"
                                     "Tổng cộng: 4 hộ\n");
  g_autoptr(GError) error = NULL;
  TtImportCounts counts;
  GPtrArray *problems;
  gboolean found_year = FALSE, found_id = FALSE, found_cat = FALSE, found_head = FALSE, found_gender = FALSE;

  before = tt_test_dump (db);
  /* A check finds the problems and says nothing would be imported. */
  g_assert_false (tt_import_run (bad, TRUE, &counts, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "3 rows have problems: nothing would be imported.");
  g_assert_cmpuint (counts.errors, ==, 3);
  g_assert_cmpuint (counts.imported + counts.updated + counts.skipped + counts.new_villages, ==, 0);
  g_clear_error (&error);
  /* Refused, the import counts nothing as imported, only the rows with problems. */
  g_assert_false (tt_import_run (bad, FALSE, &counts, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "3 rows have problems: nothing was imported.");
  g_assert_cmpuint (counts.errors, ==, 3);
  g_assert_cmpuint (counts.imported, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.skipped, ==, 0);
  g_assert_cmpuint (counts.new_villages, ==, 0);
  problems = tt_import_get_problems (bad);
  for (guint i = 0; i < problems->len; i++)
    {
      TtImportProblem *p = problems->pdata[i];
      found_year |= p->row == 6 && g_strcmp0 (p->column, "NĂM SINH") == 0 && strstr (p->message, "1870");
      found_id |= p->row == 6 && g_strcmp0 (p->column, "Số CCCD") == 0 && strstr (p->message, "12 digits");
      found_cat |= p->row == 6 && g_strcmp0 (p->column, "Phân loại") == 0 && strstr (p->message, "Hộ giàu");
      found_head |= p->row == 7 && g_strcmp0 (p->column, "Họ và tên chủ hộ") == 0;
      found_gender |= p->row == 8 && g_strcmp0 (p->column, "Giới tính") == 0;
    }
  g_assert_true (found_year && found_id && found_cat && found_head && found_gender);
  /* Nothing was written: not the good row, not its village. */
  {
    g_autofree char *after = tt_test_dump (db);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);

  /* Told to leave bad rows out, the good one goes in; a check says so first. */
  g_clear_error (&error);
  tt_import_set_skip_bad_rows (bad, TRUE);
  g_assert_true (tt_import_run (bad, TRUE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.imported, ==, 1);
  g_assert_cmpuint (counts.errors, ==, 3);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);
  g_assert_true (tt_import_run (bad, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.imported, ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM household_classifications WHERE year = 2026 "
                                      "AND category = 'poor'"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE table_name = 'households'"), ==, 1);
}

static void
test_import_duplicates (void)
{
  g_autoptr(TtDb) db = office ();
  g_autoptr(GError) error = NULL;
  TtImportCounts counts;
  g_autoptr(TtImport) first = prepare (db, POOR_LIST_HEAD
                                       "1;Nguyễn Văn An;1965;Nam;001065012345;4;Thôn Đông;Hộ nghèo;\n"
                                       "2;Trần Thị Bình;1970;Nữ;;3;Thôn Đông;Hộ cận nghèo;\n");
  g_autoptr(TtImport) again = NULL;
  g_autoptr(TtImport) twice = NULL;

  g_assert_true (tt_import_run (first, TRUE, &counts, &error));
  g_assert_cmpuint (counts.imported, ==, 2);
  g_assert_cmpuint (counts.new_villages, ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE kind = 'village'"), ==, 0);
  /* Written from a connection of its own, as the app's worker thread does: the office's own
   * connection sees it, the audit names who imported, and the run says it went through every row
   * under the header (the column numbers and the two households). */
  {
    g_autoptr(TtDb) worker = tt_db_open (tt_db_get_path (db), &error);
    guint done = 0, total = 0;

    g_assert_no_error (error);
    tt_db_set_actor (worker, "Kế toán Lan");
    g_assert_true (tt_import_run_on (first, worker, FALSE, &counts, &error));
    g_assert_no_error (error);
    tt_import_get_progress (first, &done, &total);
    g_assert_cmpuint (total, ==, 3);
    g_assert_cmpuint (done, ==, total);
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE table_name = 'households' "
                                      "AND actor = 'Kế toán Lan'"), ==, 2);

  /* Next year's list: same ID number; same folded name, birth year and village. */
  again = prepare (db, POOR_LIST_HEAD
                   "1;NGUYỄN VĂN AN;1965;Nam;001065012345;5;Thôn Đông;Hộ cận nghèo;\n"
                   "2;Tran Thi Binh;1970;Nữ;;3;thôn đông;Hộ nghèo;\n"
                   "3;Lê Văn Cường;1958;Nam;;2;Thôn Tây;Hộ nghèo;\n");
  tt_import_set_year (again, 2027);
  tt_import_set_duplicates (again, TT_IMPORT_DUPLICATES_SKIP);
  g_assert_true (tt_import_run (again, TRUE, &counts, &error));
  g_assert_cmpuint (counts.imported, ==, 1);
  g_assert_cmpuint (counts.skipped, ==, 2);
  g_assert_cmpint (tt_import_row_state (again, 4), ==, TT_IMPORT_ROW_SKIP);
  tt_import_set_duplicates (again, TT_IMPORT_DUPLICATES_UPDATE);
  g_assert_true (tt_import_run (again, FALSE, &counts, &error));
  g_assert_cmpuint (counts.imported, ==, 1);
  g_assert_cmpuint (counts.updated, ==, 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 3);
  g_assert_cmpint (tt_test_count (db, "SELECT member_count FROM households WHERE head_name_key = 'nguyen van an'"), ==, 5);
  /* Last year's classification is kept beside this year's. */
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM household_classifications c JOIN households h "
                                      "ON h.id = c.household_id WHERE h.head_name_key = 'tran thi binh'"), ==, 2);

  /* The same list once more: the households it matches are as it says, so none is written and
   * the log gains nothing; one changed row is written and logged. */
  {
    g_autoptr(TtImport) same = prepare (db, POOR_LIST_HEAD
                                        "1;NGUYỄN VĂN AN;1965;Nam;001065012345;5;Thôn Đông;Hộ cận nghèo;\n"
                                        "2;Tran Thi Binh;1970;Nữ;;3;thôn đông;Hộ nghèo;\n"
                                        "3;Lê Văn Cường;1958;Nam;;2;Thôn Tây;Hộ nghèo;\n");
    gint64 entries, last;

    tt_import_set_year (same, 2027);
    g_assert_true (tt_db_exec (db, "UPDATE households SET updated_at = '2026-01-01T00:00:00.000Z'", &error));
    entries = tt_test_count (db, "SELECT count(*) FROM audit_log");
    g_assert_true (tt_import_run (same, FALSE, &counts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.updated, ==, 3);
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log"), ==, entries);
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households WHERE updated_at > '2026-01-01T00:00:00.000Z'"),
                     ==, 0);
    g_clear_pointer (&same, tt_import_free);
    same = prepare (db, POOR_LIST_HEAD
                    "1;NGUYỄN VĂN AN;1965;Nam;001065012345;5;Thôn Đông;Hộ cận nghèo;\n"
                    "2;Tran Thi Binh;1970;Nữ;;4;thôn đông;Hộ nghèo;\n"
                    "3;Lê Văn Cường;1958;Nam;;2;Thôn Tây;Hộ nghèo;\n");
    tt_import_set_year (same, 2027);
    last = tt_test_count (db, "SELECT max(id) FROM audit_log");
    g_assert_true (tt_import_run (same, FALSE, &counts, &error));
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households WHERE updated_at > '2026-01-01T00:00:00.000Z'"),
                     ==, 1);
    /* The change of members by the log's trigger, and the import's own entry naming the row. */
    g_assert_cmpint (tt_test_countf (db, "SELECT count(*) FROM audit_log a JOIN households h ON h.id = a.row_id "
                                         "WHERE a.table_name = 'households' AND h.head_name_key = 'tran thi binh' "
                                         "AND a.id > %lld", (long long) last), ==, 2);
    g_assert_cmpint (tt_test_countf (db, "SELECT count(*) FROM audit_log WHERE id > %lld", (long long) last), ==, 2);
    /* A list naming the indicators each household lacks: written once, then the same list again
     * writes nothing. */
    {
      static const char lacking_list[] =
        "STT;Họ và tên chủ hộ;Năm sinh;Thôn;Phân loại;Chỉ số thiếu hụt\n"
        "1;Lê Văn Cường;1958;Thôn Tây;Hộ nghèo;1+3\n";
      gint64 before;

      for (int round = 0; round < 2; round++)
        {
          g_autoptr(TtImport) with_lacking = prepare (db, lacking_list);
          before = tt_test_count (db, "SELECT count(*) FROM audit_log");
          tt_import_set_year (with_lacking, 2027);
          g_assert_true (tt_import_run (with_lacking, FALSE, &counts, &error));
          g_assert_no_error (error);
          g_assert_cmpint (tt_test_count (db, "SELECT deficits FROM household_classifications c JOIN households h "
                                              "ON h.id = c.household_id WHERE h.head_name_key = 'le van cuong' "
                                              "AND c.year = 2027"), ==, 2);
          if (round == 0)
            g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log"), >, before);
          else
            g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log"), ==, before);
        }
    }
  }

  /* The same household twice in one file is a problem of the second row. */
  twice = prepare (db, POOR_LIST_HEAD
                   "1;Đỗ Văn Em;1990;Nam;001090099999;1;Thôn Tây;Hộ nghèo;\n"
                   "2;Đỗ Văn Em;1990;Nam;001090099999;1;Thôn Tây;Hộ nghèo;\n");
  g_assert_false (tt_import_run (twice, FALSE, &counts, &error));
  g_assert_cmpuint (counts.errors, ==, 1);
  g_assert_nonnull (strstr (((TtImportProblem *) tt_import_get_problems (twice)->pdata[0])->message, "row 5"));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 3);
}

/* Each problem of the last run as "row column: message". */
static char *
problems_text (TtImport *import)
{
  GPtrArray *problems = tt_import_get_problems (import);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      TtImportProblem *p = problems->pdata[i];
      g_string_append_printf (out, "%u %s: %s\n", p->row, p->column ? p->column : "", p->message);
    }
  return g_string_free (out, FALSE);
}

/* A dry run writes no household, yet finds what the import finds: a household twice in the file
 * (by ID number, or by name, birth year and village), and a household code given twice or
 * already another household's. */
static void
test_import_dry_run_finds_what_import_finds (void)
{
  g_autoptr(TtDb) db = office ();
  g_autoptr(GError) error = NULL;
  TtImportCounts dry, real;
  g_autofree char *before = NULL;
  g_autoptr(TtImport) first = prepare (db, "Họ và tên chủ hộ;Năm sinh;Thôn;Mã hộ;Phân loại\n"
                                           "Phạm Văn Giang;1950;Thôn Bắc;HN-01;Hộ nghèo\n");
  g_autoptr(TtImport) list = prepare (db, "Họ và tên chủ hộ;Năm sinh;Số CCCD;Thôn;Mã hộ;Phân loại\n"
                                          "Ngô Thị Hoa;1972;001172000001;Thôn Bắc;HN-02;Hộ nghèo\n"
                                          "NGÔ THỊ HOA;1972;;thôn bắc;;Hộ nghèo\n"
                                          "Ngô Văn Hải;1980;001172000001;Thôn Nam;;Hộ cận nghèo\n"
                                          "Lý Văn Khoa;1960;;Thôn Nam;HN-02;Hộ nghèo\n"
                                          "Lý Thị Lan;1961;;Thôn Nam;HN-01;Hộ nghèo\n"
                                          "Phạm Văn Giang;1950;;Thôn Bắc;;Hộ cận nghèo\n"
                                          "Vũ Văn Minh;1975;;Thôn Nam;;Hộ nghèo\n");
  g_autofree char *dry_problems = NULL;
  g_autofree char *real_problems = NULL;

  g_assert_true (tt_import_run (first, FALSE, &real, &error));
  g_assert_no_error (error);
  before = tt_test_dump (db);
  tt_import_set_skip_bad_rows (list, TRUE);
  g_assert_true (tt_import_run (list, TRUE, &dry, &error));
  g_assert_no_error (error);
  dry_problems = problems_text (list);
  {
    g_autofree char *after = tt_test_dump (db);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_true (tt_import_run (list, FALSE, &real, &error));
  g_assert_no_error (error);
  real_problems = problems_text (list);
  g_assert_cmpstr (dry_problems, ==,
                   "3 : The same household as row 2 (same ID number, or same name, birth year and village).\n"
                   "4 : The same household as row 2 (same ID number, or same name, birth year and village).\n"
                   "5 Mã hộ: Household code HN-02 is also given on row 2.\n"
                   "6 Mã hộ: Household code HN-01 already belongs to household 1.\n");
  g_assert_cmpstr (real_problems, ==, dry_problems);
  g_assert_cmpuint (dry.errors, ==, 4);
  g_assert_cmpuint (dry.imported, ==, 2);
  g_assert_cmpuint (dry.updated, ==, 1);
  g_assert_cmpuint (real.errors, ==, dry.errors);
  g_assert_cmpuint (real.imported, ==, dry.imported);
  g_assert_cmpuint (real.updated, ==, dry.updated);
  g_assert_cmpuint (real.new_villages, ==, dry.new_villages);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 3);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM household_classifications WHERE household_id = 1 "
                                      "AND category = 'near_poor'"), ==, 1);

  /* Each household the import wrote has its entry, sealed into the chain as it was written. */
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE table_name = 'households' "
                                      "AND note LIKE 'import, row %' AND hash IS NOT NULL"), ==, 4);
  {
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
    g_assert_true (tt_audit_verify (db, found, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 0);
    /* Its time is written as the log's own entries write theirs. */
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE note LIKE 'import, row %' AND at "
                                        "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:"
                                        "[0-6][0-9].[0-9][0-9][0-9]Z'"), ==, 4);
    /* A household the import added, changed outside the program, no longer matches its entry. */
    g_assert_true (tt_db_exec (db, "DROP TRIGGER audit_households_update", &error));
    g_assert_true (tt_db_exec (db, "UPDATE households SET phone = '0912345678' WHERE id = (SELECT max(row_id) "
                                   "FROM audit_log WHERE note LIKE 'import, row %' AND action = 'insert')", &error));
    g_assert_true (tt_audit_verify (db, found, &error));
    g_assert_cmpuint (found->len, ==, 1);
    g_ptr_array_set_size (found, 0);
    /* An entry's words changed after it was sealed break the chain. */
    g_assert_true (tt_db_exec (db, "DROP TRIGGER audit_log_no_update", &error));
    g_assert_true (tt_db_exec (db, "UPDATE audit_log SET note = 'import, row 9' WHERE note = 'import, row 8'", &error));
    g_assert_true (tt_audit_verify (db, found, &error));
    g_assert_cmpuint (found->len, >, 0);
  }
}

/* A birth date must be a date: the day within its month (leap years too) and the month 1–12.
 * A bare year or a month and year stays a birth year. */
static void
test_import_birth_dates (void)
{
  static const struct { const char *text; int year; const char *problem; } cases[] = {
    { "1970", 1970, NULL },
    { "03/1970", 1970, NULL },
    { "1970-03", 1970, NULL },
    { "12/03/1975", 1975, NULL },
    { "1975-03-12", 1975, NULL },
    { "1.3.1968", 1968, NULL },
    { " 29/02/1972 ", 1972, NULL },
    { "31/12/1999", 1999, NULL },
    { "31/02/1970", 0, "“31/02/1970” is not a date." },
    { "29/02/1971", 0, "“29/02/1971” is not a date." },
    { "31/04/1980", 0, "“31/04/1980” is not a date." },
    { "1980-13-01", 0, "“1980-13-01” is not a date." },
    { "1980-02-30", 0, "“1980-02-30” is not a date." },
    { "00/05/1970", 0, "“00/05/1970” is not a date." },
    { "13/1970", 0, "“13/1970” is not a date." },
    { "0/1970", 0, "“0/1970” is not a date." },
    { "19x5", 0, "“19x5” is not a birth year." },
    { "12/03/75", 0, "“12/03/75” is not a birth year." },
    { "1870", 0, "Birth year 1870 is not between 1900" },
    { "12/03/1870", 0, "Birth year 1870 is not between 1900" },
    { "Sinh năm một nghìn chín trăm bảy mươi, tại thôn Đông, xã Ngọc Hà, Hà Nội", 0,
      "“Sinh năm một nghìn chín trăm bảy mươi, tại thôn Đông, xã Ngọ…” is not a birth year." },
  };
  g_autoptr(TtDb) db = office ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Họ tên;Ngày sinh;Thôn\nHộ Số %zu;%s;Thôn Đông\n", i, cases[i].text);
      g_autoptr(TtImport) import = prepare (db, text);
      g_autoptr(GError) error = NULL;
      TtImportCounts counts;
      gboolean ok = tt_import_run (import, FALSE, &counts, &error);

      if (cases[i].problem == NULL)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT head_birth_year FROM households "
                                                  "WHERE head_name = 'Hộ Số %zu'", i);
          GPtrArray *problems = tt_import_get_problems (import);
          if (problems->len > 0)
            g_error ("%s: %s", cases[i].text, ((TtImportProblem *) problems->pdata[0])->message);
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (tt_test_count (db, sql), ==, cases[i].year);
        }
      else
        {
          GPtrArray *problems = tt_import_get_problems (import);
          TtImportProblem *p;
          g_assert_false (ok);
          g_assert_cmpuint (counts.errors, ==, 1);
          g_assert_cmpuint (problems->len, ==, 1);
          p = problems->pdata[0];
          g_assert_cmpuint (p->row, ==, 2);
          g_assert_cmpstr (p->column, ==, "Ngày sinh");
          if (!g_str_has_prefix (p->message, cases[i].problem))
            g_error ("%s: “%s” is not “%s”", cases[i].text, p->message, cases[i].problem);
        }
    }
}

static void
test_import_places (void)
{
  g_autoptr(TtDb) db = office ();
  g_autoptr(GError) error = NULL;
  TtImportCounts counts;
  g_autoptr(TtImport) import = prepare (db, "Họ tên,Mã xã,Xã,Bản,Loại hộ,Năm\n"
                                            "Vàng A Páo,00008,,Bản Một,HN,2026\n"
                                            "Giàng Thị Mỷ,,Ngọc Hà,Bản Một,HCN,2026\n"
                                            "Sùng A Lử,99999,,Bản Hai,HN,2026\n"
                                            "Lý Thị Mai,,Xã Không Có,Bản Ba,HN,2026\n");
  gint64 ngoc_ha = tt_place_id_by_code (db, "00008");

  g_assert_false (tt_import_run (import, FALSE, &counts, &error));
  g_assert_cmpuint (counts.errors, ==, 2);
  tt_import_set_skip_bad_rows (import, TRUE);
  g_clear_error (&error);
  g_assert_true (tt_import_run (import, FALSE, &counts, &error));
  g_assert_cmpint (tt_test_count (db, "SELECT count(DISTINCT village_id) FROM households"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households WHERE commune_id = (SELECT id FROM places "
                                      "WHERE code = '00008')"), ==, 2);
  g_assert_cmpint (tt_place_find_child (db, ngoc_ha, "village", "ban mot"), >, 0);
}

/* The backup a real import starts from is taken while the rows are written, from the office as
 * it was: it holds none of the imported households. When no backup can be made, nothing is
 * imported and the error says why. */
static void
test_import_backup (void)
{
  g_autoptr(TtDb) db = office ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *dir = tt_backup_dir (tt_db_get_path (db));
  TtImportCounts counts;
  GString *list = g_string_new (POOR_LIST_HEAD);

  for (int i = 0; i < 400; i++)
    g_string_append_printf (list, "%d;Hộ Thứ %d;1960;Nam;;2;Thôn Đông;Hộ nghèo;\n", i + 1, i + 1);
  {
    g_autoptr(TtImport) import = prepare (db, list->str);
    g_assert_true (tt_import_run (import, FALSE, &counts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.imported, ==, 400);
  }
  backups = tt_backup_list (tt_db_get_path (db));
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_nonnull (strstr (backups->pdata[0], "import"));
  {
    sqlite3 *copy = NULL;
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_open_v2 (backups->pdata[0], &copy, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (copy, "SELECT count(*) FROM households", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (copy);
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 400);

  /* A file where the backups go: no backup, no import. */
  for (guint i = 0; i < backups->len; i++)
    g_assert_cmpint (g_unlink (backups->pdata[i]), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  {
    g_autoptr(TtImport) again = prepare (db, POOR_LIST_HEAD "1;Hộ Mới;1970;Nữ;;2;Thôn Tây;Hộ nghèo;\n");
    g_assert_false (tt_import_run (again, FALSE, &counts, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "could not be backed up before the import, so nothing was imported"));
    g_assert_cmpuint (counts.imported, ==, 0);
    g_clear_error (&error);
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 400);
  g_unlink (dir);
  g_string_free (list, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/table/csv-delimiters", test_csv_delimiters);
  g_test_add_func ("/table/csv-quotes-ragged", test_csv_quotes_and_ragged);
  g_test_add_func ("/table/csv-encodings", test_csv_encodings);
  g_test_add_func ("/table/csv-legacy-refused", test_csv_legacy_refused);
  g_test_add_func ("/table/xlsx", test_xlsx_reader);
  g_test_add_func ("/table/xlsx-sheet-order", test_xlsx_sheet_order);
  g_test_add_func ("/table/xlsx-broken-parts", test_xlsx_broken_parts);
  g_test_add_func ("/table/xlsx-prefixed", test_xlsx_prefixed);
  g_test_add_func ("/import/headers", test_import_headers);
  g_test_add_func ("/import/all-or-nothing", test_import_writes_all_or_nothing);
  g_test_add_func ("/import/duplicates", test_import_duplicates);
  g_test_add_func ("/import/backup", test_import_backup);
  g_test_add_func ("/import/dry-run", test_import_dry_run_finds_what_import_finds);
  g_test_add_func ("/import/places", test_import_places);
  g_test_add_func ("/import/birth-dates", test_import_birth_dates);
  return g_test_run ();
}
