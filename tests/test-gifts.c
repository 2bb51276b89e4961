/* test-gifts.c — the household register, gift lists, coverage, the cross-programme check and
 * the signing sheets as the village heads get them (PDF read back with pdftotext, XLSX read
 * back with the import reader) */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-gifts.h"
#include "tt-support.h"
#include "tt-households.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-signing-sheet.h"
#include "tt-table.h"
#include "tt-test-util.h"

typedef struct
{
  TtDb   *db;
  gint64  commune, other_commune, dong, tay, campaign, package;
  gint64  ids[8];
} Fixture;

static gint64
add (Fixture *f, const char *name, int year, gint64 village, const char *id_number, const char *category)
{
  g_autoptr(GError) error = NULL;
  TtHouseholdInput in = { .head_name = name, .head_birth_year = year, .village_id = village,
                          .id_number = id_number };
  gint64 id = tt_household_create (f->db, &in, &error);

  g_assert_no_error (error);
  if (category != NULL)
    g_assert_true (tt_household_classify (f->db, id, 2026, category, 0, NULL, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->db = tt_test_new_db (NULL);
  g_assert_true (tt_office_set (f->db, "province-code", "01", &error));
  f->commune = tt_place_id_by_code (f->db, "00004");
  f->other_commune = tt_place_id_by_code (f->db, "00008");
  f->dong = tt_place_add (f->db, "village", NULL, "Thôn Đông", f->commune, &error);
  f->tay = tt_place_add (f->db, "village", NULL, "Thôn Tây", f->commune, &error);
  g_assert_no_error (error);
  f->ids[0] = add (f, "Nguyễn Văn An", 1965, f->dong, "001065012345", "poor");
  f->ids[1] = add (f, "Trần Thị Bình", 1970, f->dong, "001170012346", "near-poor");
  f->ids[2] = add (f, "Lê Văn Cường", 1958, f->tay, "001058012347", "poor");
  f->ids[3] = add (f, "Phạm Thị Dung", 1980, f->tay, NULL, "hardship");
  f->ids[4] = add (f, "Đặng Văn Em", 1990, f->tay, NULL, "not-poor");
  f->ids[5] = add (f, "Hoàng Văn Giang", 1950, f->dong, NULL, NULL);
  {
    TtHouseholdInput in = { .head_name = "Vũ Thị Hoa", .head_birth_year = 1975, .commune_id = f->other_commune };
    f->ids[6] = tt_household_create (f->db, &in, &error);
    g_assert_true (tt_household_classify (f->db, f->ids[6], 2026, "Hộ nghèo", 0, NULL, &error));
  }
  f->campaign = tt_campaign_add (f->db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error);
  f->package = tt_gift_package_add (f->db, f->campaign, "Suất quà Tết", 400000, 100000, "Gạo, dầu ăn, bánh chưng", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
}

static GArray *
ids_of (Fixture *f, const TtHouseholdFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = tt_household_ids (f->db, filter, &error);

  g_assert_no_error (error);
  return ids;
}

static void
test_register (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  static const struct { const char *text; const char *code; } words[] = {
    { "Hộ nghèo", "poor" }, { "HỘ CẬN NGHÈO", "near_poor" }, { "near-poor", "near_poor" },
    { "Hoàn cảnh khó khăn", "hardship" }, { "HCKK", "hardship" }, { "Gia đình chính sách", "policy" },
    { "Bảo trợ xã hội", "social_protection" }, { "thoát nghèo", "not_poor" }, { "Hộ giàu", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    g_assert_cmpstr (tt_category_parse (words[i].text), ==, words[i].code);

  {
    TtHouseholdFilter all = { 0 };
    TtHouseholdFilter poor = { .categories = "poor,near-poor", .year = 2026 };
    TtHouseholdFilter village = { .place_id = f->tay };
    TtHouseholdFilter search = { .query = "DANG van" };
    TtHouseholdFilter digits = { .query = "001170" };
    TtHouseholdFilter commune = { .place_id = f->commune, .categories = "poor" };
    g_autoptr(GArray) a = ids_of (f, &all);
    g_autoptr(GArray) p = ids_of (f, &poor);
    g_autoptr(GArray) v = ids_of (f, &village);
    g_autoptr(GArray) s = ids_of (f, &search);
    g_autoptr(GArray) d = ids_of (f, &digits);
    g_autoptr(GArray) c = ids_of (f, &commune);

    g_assert_cmpuint (a->len, ==, 7);
    g_assert_cmpuint (p->len, ==, 4);
    g_assert_cmpuint (v->len, ==, 3);
    g_assert_cmpuint (s->len, ==, 1);
    g_assert_cmpint (g_array_index (s, gint64, 0), ==, f->ids[4]);
    g_assert_cmpuint (d->len, ==, 1);
    g_assert_cmpint (g_array_index (d, gint64, 0), ==, f->ids[1]);
    g_assert_cmpuint (c->len, ==, 2);
  }

  /* Bad input names the field; an ID number belongs to one household only. */
  {
    TtHouseholdInput bad_id = { .head_name = "X", .id_number = "12345" };
    TtHouseholdInput bad_year = { .head_name = "X", .head_birth_year = 1800 };
    TtHouseholdInput same_id = { .head_name = "Y", .id_number = "001 065 012 345" };
    TtHouseholdInput wrong_village = { .head_name = "Z", .commune_id = f->other_commune, .village_id = f->dong };
    g_assert_cmpint (tt_household_create (f->db, &bad_id, &error), ==, 0);
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (tt_household_create (f->db, &bad_year, &error), ==, 0);
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE);
    g_clear_error (&error);
    g_assert_cmpint (tt_household_create (f->db, &same_id, &error), ==, 0);
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE);
    g_clear_error (&error);
    g_assert_cmpint (tt_household_create (f->db, &wrong_village, &error), ==, 0);
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH);
    g_clear_error (&error);
    g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM households"), ==, 7);
  }

  /* Per-commune rates against the commune's total households. */
  {
    g_autoptr(GPtrArray) stats = NULL;
    g_assert_true (tt_commune_total_set (f->db, f->commune, 2026, 200, &error));
    stats = tt_household_stats (f->db, 2026, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (stats->len, ==, 2);
    for (guint i = 0; i < stats->len; i++)
      {
        TtCommuneStats *st = stats->pdata[i];
        if (st->commune_id == f->commune)
          {
            g_assert_cmpint (st->total, ==, 200);
            g_assert_cmpint (st->poor, ==, 2);
            g_assert_cmpint (st->near_poor, ==, 1);
            g_assert_cmpint (st->registered, ==, 6);
          }
        else
          g_assert_cmpint (st->poor, ==, 1);
      }
  }
  /* Classifications of other years stay as they were. */
  g_assert_true (tt_household_classify (f->db, f->ids[0], 2027, "near-poor", 2, "QĐ 12/2027", &error));
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM household_classifications WHERE household_id = 1"), ==, 2);
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM household_classifications WHERE household_id = 1 "
                                         "AND year = 2026 AND category = 'poor' AND standard = '07/2021'"), ==, 1);
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM household_classifications WHERE household_id = 1 "
                                         "AND year = 2027 AND standard = '351/2025'"), ==, 1);
}

static void
test_lists_and_coverage (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TtHouseholdFilter dong = { .place_id = f->dong };
  TtHouseholdFilter commune = { .place_id = f->commune };
  g_auto(TtGiftCoverage) before = { 0 };
  g_auto(TtGiftCoverage) after = { 0 };
  gint64 added = 0, already = 0, list, list2;
  g_autoptr(GPtrArray) entries = NULL;

  /* The Đông list has exactly its poor and near-poor households. */
  list = tt_gift_list_create (f->db, f->campaign, f->package, NULL, &dong, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, 2);
  g_assert_cmpint (already, ==, 0);
  entries = tt_gift_list_entries (f->db, list, &error);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpint (((TtGiftEntry *) entries->pdata[0])->household_id, ==, f->ids[0]);
  g_assert_cmpint (((TtGiftEntry *) entries->pdata[1])->household_id, ==, f->ids[1]);
  g_assert_cmpint (((TtGiftEntry *) entries->pdata[0])->value, ==, 500000);

  /* Coverage of the commune: Cường of Thôn Tây is missing. */
  g_assert_true (tt_gift_coverage (f->db, f->campaign, f->commune, 0, &before, &error));
  g_assert_cmpint (before.eligible, ==, 3);
  g_assert_cmpint (before.covered, ==, 2);
  g_assert_cmpuint (before.missing->len, ==, 1);
  g_assert_cmpint (g_array_index (before.missing, gint64, 0), ==, f->ids[2]);

  /* A commune list leaves out who already has a package. */
  list2 = tt_gift_list_create (f->db, f->campaign, f->package, "Danh sách bổ sung", &commune, &added, &already, &error);
  g_assert_cmpint (added, ==, 1);
  g_assert_cmpint (already, ==, 2);
  g_assert_true (tt_gift_coverage (f->db, f->campaign, f->commune, 0, &after, &error));
  g_assert_cmpint (after.covered, ==, 3);
  g_assert_cmpuint (after.missing->len, ==, 0);

  /* Twice in one campaign is refused, unless the clerk gives a reason. */
  g_assert_false (tt_gift_list_add (f->db, list2, f->ids[0], 1, NULL, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (tt_gift_list_add (f->db, list2, f->ids[0], 1, "Nhà bị cháy tháng 1", &error));
  g_assert_no_error (error);
  g_assert_true (tt_gift_list_add (f->db, list2, f->ids[3], 2, NULL, &error));
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM gift_entries WHERE household_id = 1"), ==, 2);

  /* Delivery with a proxy; the audit log has it. */
  g_assert_true (tt_gift_list_set_status (f->db, list, f->ids[0], "delivered", "10/02/2026", "Nguyễn Văn Bảo",
                                          "con trai", &error));
  g_assert_true (tt_gift_list_set_status (f->db, list, f->ids[1], "absent", NULL, NULL, NULL, &error));
  g_assert_false (tt_gift_list_set_status (f->db, list, f->ids[4], "delivered", NULL, NULL, NULL, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM gift_entries WHERE status = 'delivered' "
                                         "AND status_on = '2026-02-10' AND proxy_name = 'Nguyễn Văn Bảo'"), ==, 1);
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'gift_entries' "
                                         "AND action = 'update'"), ==, 2);
}

static void
test_cross_programme (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) one = NULL;

  g_assert_cmpint (tt_support_add (f->db, f->ids[2], "gift", "Hội Chữ thập đỏ", "2026-01-20", 300000, &error), >, 0);
  g_assert_cmpint (tt_support_add (f->db, f->ids[2], "bhyt", NULL, "2026-01-05", 0, &error), >, 0);
  g_assert_cmpint (tt_support_add (f->db, f->ids[2], "disaster", "Bão số 3", "2026-02-02", 0, &error), >, 0);
  g_assert_cmpint (tt_support_add (f->db, f->ids[2], "gift", "Tết năm trước", "2025-01-20", 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (tt_support_add (f->db, f->ids[2], "lottery", NULL, "2026-01-20", 0, &error), ==, 0);
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  /* Another gift and disaster relief in the period are flagged; BHYT is an allowed pair and
   * last year's gift is outside the period. */
  two = tt_support_conflicts (f->db, f->ids[2], "gift", f->campaign, &error);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_nonnull (strstr (two->pdata[0], "Hội Chữ thập đỏ"));
  g_assert_nonnull (strstr (two->pdata[1], "Bão số 3"));
  g_assert_true (tt_support_allow (f->db, "disaster", "gift", TRUE, &error));
  one = tt_support_conflicts (f->db, f->ids[2], "gift", f->campaign, &error);
  g_assert_cmpuint (one->len, ==, 1);
  none = tt_support_conflicts (f->db, f->ids[0], "gift", f->campaign, &error);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_true (tt_support_allow (f->db, "gift", "bhyt", FALSE, &error));
  g_clear_pointer (&one, g_ptr_array_unref);
  one = tt_support_conflicts (f->db, f->ids[2], "gift", f->campaign, &error);
  g_assert_cmpuint (one->len, ==, 2);
}

static char *
run_text (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_signing_sheet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "sheet.xlsx", NULL);
  TtHouseholdFilter many = { .categories = "poor,near-poor,hardship,not-poor" };

  many.place_id = f->commune;
  gint64 added, already, list;
  g_autoptr(GRegex) full_id = g_regex_new ("[0-9]{9}", 0, 0, NULL);
  g_autoptr(TtTable) table = NULL;
  g_autofree char *pages_text = NULL;
  int pages;

  /* Enough households for several pages. */
  for (int i = 0; i < 90; i++)
    {
      g_autofree char *name = g_strdup_printf ("Hộ Thử Số %d", i);
      g_autofree char *idno = g_strdup_printf ("0010900%05d", i);
      add (f, name, 1960 + i % 40, i % 2 ? f->dong : f->tay, idno, "poor");
    }
  g_assert_true (tt_office_set (f->db, "clerk", "Đỗ Thị Lập", &error));
  g_assert_true (tt_office_set (f->db, "head", "Nguyễn Văn Trưởng", &error));
  list = tt_gift_list_create (f->db, f->campaign, f->package, NULL, &many, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, 95);
  g_assert_true (tt_gift_list_set_status (f->db, list, f->ids[0], "delivered", NULL, "Nguyễn Văn Bảo", "con", &error));

  g_assert_true (tt_sheet_export (f->db, list, "gift-list-pdf", pdf, tt_signing_sheet_write_pdf, &error));
  g_assert_no_error (error);
  {
    GStatBuf st;
    g_assert_cmpint (g_stat (pdf, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM export_log WHERE what = 'gift-list-pdf' "
                                           "AND row_count = 95 AND personal = 1"), ==, 1);
  }
  {
    /* A file that cannot be written: an error, no file, no log row. */
    g_autoptr(GError) e = NULL;
    gint64 logged = tt_test_count (f->db, "SELECT count(*) FROM export_log");
    g_assert_false (tt_sheet_export (f->db, list, "gift-list-pdf", "/nonexistent/sheet.pdf",
                                     tt_signing_sheet_write_pdf, &e));
    g_assert_nonnull (e);
    g_assert_nonnull (strstr (e->message, "/nonexistent/sheet.pdf"));
    g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM export_log"), ==, logged);
  }
  {
    const char *info[] = { "pdfinfo", pdf, NULL };
    g_autofree char *out = run_text (info);
    g_autoptr(GRegex) re = g_regex_new ("Pages:\\s+(\\d+)", 0, 0, NULL);
    g_autoptr(GMatchInfo) m = NULL;
    g_autofree char *n = NULL;
    g_assert_true (g_regex_match (re, out, 0, &m));
    n = g_match_info_fetch (m, 1);
    pages = atoi (n);
    g_assert_cmpint (pages, >=, 4);
    g_assert_nonnull (strstr (out, "841.89 x 595.276 pts (A4)"));
  }
  for (int p = 1; p <= pages; p++)
    {
      g_autofree char *first = g_strdup_printf ("%d", p);
      const char *argv[] = { "pdftotext", "-layout", "-f", first, "-l", first, pdf, "-", NULL };
      g_autofree char *text = run_text (argv);
      g_autofree char *number = g_strdup_printf ("Trang %d/%d", p, pages);
      g_assert_nonnull (strstr (text, number));
      if (p < pages)
        g_assert_nonnull (strstr (text, "Ký nhận"));
      g_assert_false (g_regex_match (full_id, text, 0, NULL));
      {
        char *joined = g_strconcat (pages_text ? pages_text : "", text, NULL);
        g_free (pages_text);
        pages_text = joined;
      }
    }
  g_assert_nonnull (strstr (pages_text, "DANH SÁCH HỘ NHẬN QUÀ TẾT"));
  g_assert_nonnull (strstr (pages_text, "001******345"));
  g_assert_nonnull (strstr (pages_text, "Cộng Thôn Đông: 47 hộ"));
  g_assert_nonnull (strstr (pages_text, "Cộng Thôn Tây: 48 hộ"));
  g_assert_nonnull (strstr (pages_text, "Tổng cộng: 95 hộ, 95 suất, 47.500.000 đ"));
  g_assert_nonnull (strstr (pages_text, "Bốn mươi bảy triệu năm trăm nghìn đồng"));
  g_assert_nonnull (strstr (pages_text, "Nhận thay:"));
  g_assert_nonnull (strstr (pages_text, "Đỗ Thị Lập"));
  g_assert_nonnull (strstr (pages_text, "Nguyễn Văn Trưởng"));
  g_assert_null (strstr (pages_text, "001065012345"));

  /* The workbook reads back: title, every household, masked numbers, totals. */
  g_assert_true (tt_sheet_export (f->db, list, "gift-list-xlsx", xlsx, tt_signing_sheet_write_xlsx, &error));
  g_assert_no_error (error);
  table = tt_table_read_file (xlsx, &error);
  g_assert_no_error (error);
  {
    guint entries = 0;
    gboolean title = FALSE, total = FALSE;
    for (guint r = 0; r < tt_table_n_rows (table); r++)
      for (guint c = 0; c < tt_table_n_cells (table, r); c++)
        {
          const char *cell = tt_table_cell (table, r, c);
          g_assert_false (g_regex_match (full_id, cell, 0, NULL));
          title |= g_str_equal (cell, "DANH SÁCH HỘ NHẬN QUÀ TẾT");
          total |= g_str_equal (cell, "Tổng cộng: 95 hộ, 95 suất, 47.500.000 đ");
          if (c == 3 && strstr (cell, "******"))
            entries++;
        }
    g_assert_true (title && total);
    g_assert_cmpuint (entries, ==, 93);
  }
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM export_log WHERE personal = 1 AND row_count = 95"), ==, 2);
}

/* A long name or village wraps onto a second line of the household's row, whole. */
static void
test_signing_sheet_long_names (Fixture *f, gconstpointer data)
{
  static const char *const village_name = "Tổ dân phố Hòa Bình Thượng Đông";
  static const char *const head = "Công Tằng Tôn Nữ Thị Hồng Nhung Phương";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  TtHouseholdFilter area = { 0 };
  gint64 added, already, list;

  area.place_id = tt_place_add (f->db, "village", NULL, village_name, f->commune, &error);
  g_assert_no_error (error);
  add (f, head, 1948, area.place_id, NULL, "poor");
  list = tt_gift_list_create (f->db, f->campaign, f->package, NULL, &area, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, 1);
  g_assert_true (tt_sheet_export (f->db, list, "gift-list-pdf", pdf, tt_signing_sheet_write_pdf, &error));
  g_assert_no_error (error);
  g_test_message ("%s", pdf);

  text = tt_test_pdf_seen (pdf);
  for (const char *const *e = (const char *const[]) { head, village_name, "Trang 1/1", NULL }; *e; e++)
    if (strstr (text, *e) == NULL)
      g_error ("the signing sheet lacks “%s”:\n%s", *e, text);
  g_assert_null (strstr (text, "…"));
}

/* @ids are in the order @sql gives (its ?1 bound to @bind when not 0), one for one. */
static void
assert_sql_order (TtDb *db, const char *sql, gint64 bind, GArray *ids)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (tt_db_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (bind != 0)
    sqlite3_bind_int64 (stmt, 1, bind);
  for (; sqlite3_step (stmt) == SQLITE_ROW; n++)
    {
      g_assert_cmpuint (n, <, ids->len);
      g_assert_cmpint (g_array_index (ids, gint64, n), ==, sqlite3_column_int64 (stmt, 0));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, ids->len);
}

/* The printed order: by commune, by village (each by name in the order people count, then by
 * id), by the head's name, then by entry — the same order as SQL's ORDER BY with the natural
 * collation, for households in two communes, in villages named alike and in none, and heads of
 * the same name. */
static void
test_printed_order (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  TtHouseholdFilter all = { .categories = "poor,near-poor,hardship" };
  gint64 added, already, list;

  for (int i = 0; i < 3; i++)
    {
      const char *const names[] = { "Thôn 10", "Thôn 2", "Thôn 2" };
      gint64 village = tt_place_add (f->db, "village", NULL, names[i], i < 2 ? f->commune : f->other_commune,
                                     &error);
      g_assert_no_error (error);
      add (f, "Nguyễn Văn An", 1961, village, NULL, "poor");
      add (f, "Nguyễn Văn An", 1962, village, NULL, "near-poor");
      add (f, "nguyễn văn an", 1963, village, NULL, "poor");
      add (f, "Ân Văn Ba", 1964, village, NULL, "hardship");
    }
  {
    TtHouseholdInput in = { .head_name = "Lý Thị Ca", .head_birth_year = 1977, .commune_id = f->commune };
    gint64 id = tt_household_create (f->db, &in, &error);
    g_assert_true (tt_household_classify (f->db, id, 2026, "poor", 0, NULL, &error));
  }
  /* Before any list, every poor and near-poor household is left out, listed by village in
   * natural order, then by name: as SQL's ORDER BY with the natural collation sorts them. */
  {
    g_auto(TtGiftCoverage) none = { 0 };

    g_assert_true (tt_gift_coverage (f->db, f->campaign, 0, 2026, &none, &error));
    g_assert_no_error (error);
    assert_sql_order (f->db, "SELECT h.id FROM households h LEFT JOIN places v ON v.id = h.village_id "
                             "JOIN household_classifications k ON k.household_id = h.id AND k.year = 2026 "
                             "AND k.category IN ('poor', 'near_poor') WHERE h.status = 'active' "
                             "ORDER BY v.name_key COLLATE tt_natural, v.id, h.head_name_key, h.head_name, h.id",
                      0, none.missing);
    g_assert_cmpuint (none.missing->len, >, 10);
    g_assert_cmpuint (none.eligible, ==, none.missing->len);
  }
  list = tt_gift_list_create (f->db, f->campaign, f->package, NULL, &all, &added, &already, &error);
  g_assert_no_error (error);
  entries = tt_gift_list_entries (f->db, list, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 18);

  {
    g_autoptr(GArray) printed = g_array_new (FALSE, FALSE, sizeof (gint64));
    for (guint i = 0; i < entries->len; i++)
      g_array_append_val (printed, ((TtGiftEntry *) entries->pdata[i])->id);
    assert_sql_order (f->db, "SELECT e.id FROM gift_entries e JOIN households h ON h.id = e.household_id "
                             "LEFT JOIN places v ON v.id = h.village_id LEFT JOIN places c ON c.id = h.commune_id "
                             "WHERE e.list_id = ?1 ORDER BY c.name_key COLLATE tt_natural, c.id, "
                             "v.name_key COLLATE tt_natural, v.id, h.head_name_key, h.head_name, e.id",
                      list, printed);
  }
  /* Each entry names its own commune and village. */
  for (guint i = 0; i < entries->len; i++)
    {
      const TtGiftEntry *e = entries->pdata[i];
      g_autoptr(TtHousehold) h = tt_household_get (f->db, e->household_id, &error);
      g_autofree char *village = h->village_id ? tt_place_name (f->db, h->village_id) : NULL;
      g_assert_cmpstr (e->village_name, ==, village);
    }

  /* What the Tết Gifts place shows: the ids in the same order, those whose head's name holds
   * what is typed (accents and case optional), each entry read by its id as the rows show. */
  {
    guint size = 0;
    g_autoptr(GArray) ids = tt_gift_list_entry_ids (f->db, list, NULL, &size, &error);
    g_autoptr(GArray) found = NULL;
    guint k = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, entries->len);
    g_assert_cmpuint (size, ==, 18);
    for (guint i = 0; i < ids->len; i++)
      g_assert_cmpint (g_array_index (ids, gint64, i), ==, ((TtGiftEntry *) entries->pdata[i])->id);
    found = tt_gift_list_entry_ids (f->db, list, "NGUYEN van", &size, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (size, ==, 18);
    g_assert_cmpuint (found->len, ==, 10);   /* nine above and the fixture's */
    for (guint i = 0; i < entries->len; i++)
      {
        const TtGiftEntry *e = entries->pdata[i];
        g_autoptr(TtGiftEntry) again = NULL;

        if (g_ascii_strncasecmp (e->head_name, "Ng", 2) != 0)
          continue;
        g_assert_cmpint (g_array_index (found, gint64, k++), ==, e->id);
        again = tt_gift_entry_get (f->db, e->id, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (again->head_name, ==, e->head_name);
        g_assert_cmpstr (again->village_name, ==, e->village_name);
        g_assert_cmpstr (again->status, ==, "pending");
      }
    g_assert_cmpuint (k, ==, 10);
    g_clear_pointer (&found, g_array_unref);
    found = tt_gift_list_entry_ids (f->db, list, "ly thi ca", &size, &error);
    g_assert_cmpuint (found->len, ==, 1);
    g_clear_pointer (&found, g_array_unref);
    found = tt_gift_list_entry_ids (f->db, list, "Quách", &size, &error);
    g_assert_cmpuint (found->len, ==, 0);
    g_assert_null (tt_gift_list_entry_ids (f->db, list + 100, NULL, &size, &error));
    g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND);
  }
}

/* Numbered villages come in the order people count them — on the places list, where places are
 * found by typing, on the signing sheet and in its workbook: Thôn 1, Thôn 2, Thôn 9A, Thôn 10, then the named ones. */
static void
test_village_order (Fixture *f, gconstpointer data)
{
  static const char *const order[] = { "Thôn 1", "Thôn 2", "Thôn 9A", "Thôn 10", "Thôn Đông", "Thôn Tây" };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "order.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "order.xlsx", NULL);
  g_autofree char *seen = NULL;
  g_autoptr(GPtrArray) villages = NULL;
  g_autoptr(TtTable) table = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  TtHouseholdFilter poor = { .categories = "poor" };
  gint64 added, already, list;
  const char *at;

  /* Added out of order, so neither the order of entry nor the order of the text is right. */
  for (const char *const *v = (const char *const[]) { "Thôn 10", "Thôn 9A", "Thôn 2", "Thôn 1", NULL }; *v; v++)
    {
      g_autofree char *head = g_strdup_printf ("Chủ hộ %s", *v);
      gint64 id = tt_place_add (f->db, "village", NULL, *v, f->commune, &error);
      g_assert_no_error (error);
      add (f, head, 1960, id, NULL, "poor");
    }

  villages = tt_place_children (f->db, f->commune, "village", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (villages->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < villages->len; i++)
    g_assert_cmpstr (((TtPlace *) villages->pdata[i])->name, ==, order[i]);
  g_clear_pointer (&villages, g_ptr_array_unref);
  /* The same order where places are found by typing ("thon" finds them all). */
  villages = tt_place_search (f->db, "village", f->commune, "thon", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (villages->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < villages->len; i++)
    g_assert_cmpstr (((TtPlace *) villages->pdata[i])->name, ==, order[i]);

  poor.place_id = f->commune;
  list = tt_gift_list_create (f->db, f->campaign, f->package, NULL, &poor, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, 6);

  g_assert_true (tt_sheet_export (f->db, list, "gift-list-pdf", pdf, tt_signing_sheet_write_pdf, &error));
  g_assert_no_error (error);
  {
    /* Page after page, line under line. */
    const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };
    seen = run_text (argv);
  }
  at = seen;
  for (gsize i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *total = g_strdup_printf ("Cộng %s: 1 hộ", order[i]);
      const char *next = strstr (at, total);
      if (next == NULL)
        g_error ("the signing sheet lacks “%s” after the villages before it:\n%s", total, seen);
      at = next;
    }

  g_assert_true (tt_sheet_export (f->db, list, "gift-list-xlsx", xlsx, tt_signing_sheet_write_xlsx, &error));
  g_assert_no_error (error);
  table = tt_table_read_file (xlsx, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < tt_table_n_rows (table); r++)
    if (tt_table_n_cells (table, r) > 0 && g_str_has_prefix (tt_table_cell (table, r, 0), "Cộng Thôn "))
      g_ptr_array_add (groups, g_strdup (tt_table_cell (table, r, 0)));
  g_assert_cmpuint (groups->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < groups->len; i++)
    {
      g_autofree char *total = g_strdup_printf ("Cộng %s: 1 hộ", order[i]);
      g_assert_cmpstr (groups->pdata[i], ==, total);
    }
}

/* A list of thousands of households is written while it is read, in batches: every household
 * once, in order, each village's total and the grand total after them; an export that fails
 * stops the reading and leaves neither a file nor a log row. */
static void
test_signing_sheet_large (Fixture *f, gconstpointer data)
{
  enum { N = 3000 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *xlsx = g_build_filename (dir, "large.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "large.pdf", NULL);
  TtHouseholdFilter poor = { .categories = "poor" };
  g_autoptr(TtTable) table = NULL;
  gint64 added, already, list, logged;
  gint64 next = 1, villages = 0;
  gboolean total = FALSE;

  poor.place_id = f->commune;
  g_assert_true (tt_db_begin (f->db, &error));
  for (int i = 0; i < N; i++)
    {
      g_autofree char *name = g_strdup_printf ("Hộ Số %05d", i);
      add (f, name, 1950 + i % 50, i < N / 2 ? f->dong : f->tay, NULL, "poor");
    }
  g_assert_true (tt_db_commit (f->db, &error));
  list = tt_gift_list_create (f->db, f->campaign, f->package, NULL, &poor, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, N + 2);

  g_assert_true (tt_sheet_export (f->db, list, "gift-list-xlsx", xlsx, tt_signing_sheet_write_xlsx, &error));
  g_assert_no_error (error);
  table = tt_table_read_file (xlsx, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < tt_table_n_rows (table); r++)
    {
      const char *first = tt_table_n_cells (table, r) > 0 ? tt_table_cell (table, r, 0) : "";
      g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, next);
      if (g_str_equal (first, expected))
        next++;
      else if (g_str_has_prefix (first, "Cộng Thôn "))
        {
          /* Each village's total comes after its last household. */
          g_assert_cmpint (next - 1, ==, villages == 0 ? N / 2 + 1 : N + 2);
          g_assert_cmpstr (first, ==, villages == 0 ? "Cộng Thôn Đông: 1501 hộ" : "Cộng Thôn Tây: 1501 hộ");
          villages++;
        }
      else if (g_str_has_prefix (first, "Tổng cộng:"))
        {
          g_assert_cmpstr (first, ==, "Tổng cộng: 3.002 hộ, 3.002 suất, 1.501.000.000 đ");
          g_assert_cmpint (villages, ==, 2);
          total = TRUE;
        }
    }
  g_assert_cmpint (next, ==, N + 3);
  g_assert_true (total);
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM export_log WHERE what = 'gift-list-xlsx' "
                                         "AND row_count = 3002"), ==, 1);

  /* The PDF takes every line before it lays out its pages: the grand total after the last
   * village's. */
  g_assert_true (tt_sheet_export (f->db, list, "gift-list-pdf", pdf, tt_signing_sheet_write_pdf, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
    g_autofree char *text = run_text (argv);
    const char *last = strstr (text, "Cộng Thôn Tây: 1501 hộ");
    g_assert_nonnull (last);
    g_assert_nonnull (strstr (last, "Tổng cộng: 3.002 hộ, 3.002 suất, 1.501.000.000 đ"));
  }
  {
    /* The pages were counted before the rows were read: the file has as many as every page says. */
    const char *info_argv[] = { "pdfinfo", pdf, NULL };
    g_autofree char *info = run_text (info_argv);
    const char *at = strstr (info, "Pages:");
    int pages = at ? atoi (at + strlen ("Pages:")) : 0;
    g_autofree char *first = g_strdup_printf ("%d", pages);
    const char *argv[] = { "pdftotext", "-layout", "-f", first, "-l", first, pdf, "-", NULL };
    g_autofree char *text = run_text (argv);
    g_autofree char *number = g_strdup_printf ("Trang %d/%d", pages, pages);
    g_assert_cmpint (pages, >, 100);
    g_assert_nonnull (strstr (text, number));
    g_assert_nonnull (strstr (text, "TRƯỞNG BAN"));
  }

  logged = tt_test_count (f->db, "SELECT count(*) FROM export_log");
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GError) e = NULL;
      g_assert_false (tt_sheet_export (f->db, list, i ? "gift-list-pdf" : "gift-list-xlsx",
                                       i ? "/nonexistent/large.pdf" : "/nonexistent/large.xlsx",
                                       i ? tt_signing_sheet_write_pdf : tt_signing_sheet_write_xlsx, &e));
      g_assert_nonnull (e);
      g_assert_nonnull (strstr (e->message, "/nonexistent/large"));
    }
  g_assert_cmpint (tt_test_count (f->db, "SELECT count(*) FROM export_log"), ==, logged);
  g_assert_false (g_file_test ("/nonexistent/large.xlsx", G_FILE_TEST_EXISTS));
  /* The connection is the test's again: it writes. */
  g_assert_true (tt_gift_list_set_status (f->db, list, f->ids[0], "delivered", NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/households/register", test_register);
  ADD ("/gifts/lists-coverage", test_lists_and_coverage);
  ADD ("/gifts/cross-programme", test_cross_programme);
  ADD ("/gifts/signing-sheet", test_signing_sheet);
  ADD ("/gifts/signing-sheet-long-names", test_signing_sheet_long_names);
  ADD ("/gifts/signing-sheet-large", test_signing_sheet_large);
  ADD ("/gifts/village-order", test_village_order);
  ADD ("/gifts/printed-order", test_printed_order);
  return g_test_run ();
}
