/* tt-demo.c — realistic synthetic data for demonstrations and benchmarks
 *
 * Vietnamese names with full diacritics, the office province's communes and villages,
 * campaigns over four years, donations with gapless yearly receipt series, households with
 * yearly classifications. Everything goes through the same tables, constraints and audit
 * triggers as real entries, in one transaction.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-books.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-demo.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-text.h"
#include "tt-vouchers.h"
#include "tt-demo-private.h"

static const char *family[] = {
  "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
  "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào",
  "Mai", "Tạ", "Lương", "Hà", "Chu", "Quách",
};
static const char *middle_m[] = { "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Đình", "Ngọc" };
static const char *middle_f[] = { "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Hồng", "Kim", "Minh", "Diệu" };
static const char *given_m[] = {
  "Đức", "Hùng", "Dũng", "Tuấn", "Nam", "Quang", "Sơn", "Thắng", "Long", "Hải", "Phúc", "Khánh",
  "Trung", "Hiếu", "Tùng", "Việt", "Cường", "Đạt", "Bình", "Toàn", "Thành", "Lộc", "Vinh", "An",
};
static const char *given_f[] = {
  "Lan", "Hương", "Hoa", "Mai", "Hằng", "Nga", "Thủy", "Linh", "Trang", "Huyền", "Yến", "Ngọc",
  "Thảo", "Phương", "Dung", "Loan", "Oanh", "Vân", "Hạnh", "Nhung", "Ánh", "Thư", "Quyên", "Đào",
};
static const char *business_kind[] = { "Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân", "Hợp tác xã" };
static const char *business_name[] = {
  "Thành Đạt", "Phú Thịnh", "Hòa Bình", "Việt Tiến", "Minh Phát", "Đại Nam", "Sông Hồng",
  "Trường Sơn", "An Khang", "Bình Minh", "Hưng Thịnh", "Tân Phát", "Ánh Dương", "Kim Long",
};
static const char *agencies[] = {
  "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Kho bạc Nhà nước", "Công an",
  "Bảo hiểm xã hội", "Cục Thuế", "Ủy ban nhân dân", "Trường Trung học phổ thông",
  "Bệnh viện Đa khoa", "Ngân hàng Chính sách xã hội",
};
static const char *organisations[] = {
  "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Nông dân", "Hội Cựu chiến binh",
  "Liên đoàn Lao động", "Hội Chữ thập đỏ", "Chùa", "Giáo xứ",
};
static const char *groups[] = { "Nhóm thiện nguyện", "Câu lạc bộ", "Tập thể cán bộ", "Ban liên lạc" };
static const char *goods[] = {
  "Gạo 100 kg", "Gạo 500 kg", "Mì tôm 50 thùng", "Chăn ấm 30 chiếc", "Áo ấm 100 chiếc",
  "Sữa 20 thùng", "Dầu ăn 40 chai", "Sách vở 200 bộ",
};

#define PICK(rand, arr) (arr[g_rand_int_range ((rand), 0, G_N_ELEMENTS (arr))])

static char *
person_name (GRand *r, gboolean *out_male)
{
  gboolean male = g_rand_boolean (r);

  if (out_male)
    *out_male = male;
  return g_strdup_printf ("%s %s %s", PICK (r, family), male ? PICK (r, middle_m) : PICK (r, middle_f),
                          male ? PICK (r, given_m) : PICK (r, given_f));
}

static char *
donor_name (GRand *r, const char *kind, const char *province_short)
{
  if (g_str_equal (kind, "business"))
    return g_strdup_printf ("%s %s %s", PICK (r, business_kind), PICK (r, business_name),
                            province_short);
  if (g_str_equal (kind, "agency"))
    return g_strdup_printf ("%s %s", PICK (r, agencies), province_short);
  if (g_str_equal (kind, "organization"))
    return g_strdup_printf ("%s %s", PICK (r, organisations), province_short);
  if (g_str_equal (kind, "group"))
    return g_strdup_printf ("%s %s", PICK (r, groups), PICK (r, business_name));
  if (g_str_equal (kind, "unit"))
    return g_strdup_printf ("Đồn Biên phòng %s", PICK (r, business_name));
  if (g_str_equal (kind, "anonymous"))
    return g_strdup ("Nhà hảo tâm ẩn danh");
  return person_name (r, NULL);
}

static const char *
donor_kind (GRand *r)
{
  int x = g_rand_int_range (r, 0, 100);

  if (x < 70) return "person";
  if (x < 84) return "business";
  if (x < 89) return "agency";
  if (x < 93) return "organization";
  if (x < 96) return "group";
  if (x < 97) return "unit";
  return "anonymous";
}

static gint64
round_amount (gint64 v)
{
  if (v >= 10000000)
    return v / 1000000 * 1000000;
  if (v >= 1000000)
    return v / 100000 * 100000;
  return MAX (10000, v / 10000 * 10000);
}

static gint64
donation_amount (GRand *r, gboolean big)
{
  double x = g_rand_double (r);

  if (big)
    return round_amount ((gint64) (1000000.0 + x * x * x * 499000000.0));
  return round_amount ((gint64) (20000.0 + x * x * 4980000.0));
}

typedef struct
{
  gint64 id;
  char  *name;
} Commune;

static void
commune_clear (gpointer p)
{
  g_free (((Commune *) p)->name);
}

static gboolean
pick_province (TtDb *db, char **out_code, char **out_name, GArray *communes, GError **error)
{
  g_autofree char *code = tt_office_get (db, "province-code");
  g_autoptr(TtStmt) stmt = NULL;
  g_autoptr(TtStmt) list = NULL;

  if (code == NULL)
    code = g_strdup ("40");   /* Nghệ An: a large mixed rural province */
  stmt = tt_db_prepare (db, "SELECT id, name FROM places WHERE code = ? AND kind = 'province'", error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, code);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (tt_db_query_int (db, "SELECT count(*) FROM places WHERE kind = 'province'", 0) == 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                       _("The office file has no administrative units."));
          return FALSE;
        }
      g_free (code);
      code = g_strdup_printf ("%02d", (int) tt_db_query_int (db, "SELECT min(CAST(code AS INTEGER)) "
                                                             "FROM places WHERE kind = 'province'", 1));
      return pick_province (db, out_code, out_name, communes, error);
    }

  list = tt_db_prepare (db, "SELECT id, name FROM places WHERE parent_id = ? AND kind = 'commune' "
                            "ORDER BY code", error);
  if (list == NULL)
    return FALSE;
  tt_bind_int (list, 1, sqlite3_column_int64 (stmt, 0));
  *out_name = tt_column_dup (stmt, 1);
  while (sqlite3_step (list) == SQLITE_ROW)
    {
      Commune c = { sqlite3_column_int64 (list, 0), tt_column_dup (list, 1) };
      g_array_append_val (communes, c);
    }
  *out_code = g_steal_pointer (&code);
  return TRUE;
}

static gboolean
make_campaigns (TtDb *db, int first_year, int last_year, GArray *campaign_ids, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "INSERT INTO campaigns (uuid, name, name_key, kind, starts_on, ends_on) "
                                          "VALUES (?, ?, ?, ?, ?, ?)",
                                          error);
  if (stmt == NULL)
    return FALSE;

  for (int y = first_year; y <= last_year; y++)
    for (int k = 0; k < 2; k++)
      {
        g_autofree char *uuid = tt_new_uuid ();
        g_autofree char *name = k == 0
          ? g_strdup_printf ("Tháng cao điểm \"Vì người nghèo\" năm %d", y)
          : g_strdup_printf ("Tết vì người nghèo Xuân %d", y + 1);
        g_autofree char *key = tt_text_fold (name);
        g_autofree char *from = g_strdup_printf (k == 0 ? "%d-10-17" : "%d-11-19", y);
        g_autofree char *to = k == 0 ? g_strdup_printf ("%d-11-18", y) : g_strdup_printf ("%d-01-31", y + 1);
        gint64 id;

        sqlite3_reset (stmt);
        tt_bind_text (stmt, 1, uuid);
        tt_bind_text (stmt, 2, name);
        tt_bind_text (stmt, 3, key);
        tt_bind_text (stmt, 4, k == 0 ? "fundraising" : "tet");
        tt_bind_text (stmt, 5, from);
        tt_bind_text (stmt, 6, to);
        if (!tt_db_step_done (db, stmt, error))
          return FALSE;
        id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
        g_array_append_val (campaign_ids, id);
      }
  return TRUE;
}

static gboolean
make_donors (TtDb *db, GRand *r, gint64 n, const char *province, GArray *communes,
             GArray *donor_ids, GArray *donor_big, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "INSERT INTO donors (uuid, kind, name, name_key, phone, address) "
                                          "VALUES (?, ?, ?, ?, ?, ?)",
                                          error);
  if (stmt == NULL)
    return FALSE;

  for (gint64 i = 0; i < n; i++)
    {
      const char *kind = donor_kind (r);
      g_autofree char *name = donor_name (r, kind, province);
      g_autofree char *key = tt_text_fold (name);
      g_autofree char *uuid = tt_new_uuid ();
      g_autofree char *phone = NULL;
      g_autofree char *address = NULL;
      Commune *c = &g_array_index (communes, Commune, g_rand_int_range (r, 0, communes->len));
      gint64 id;
      gboolean big = !g_str_equal (kind, "person") && !g_str_equal (kind, "anonymous");

      if (!g_str_equal (kind, "anonymous"))
        {
          phone = g_strdup_printf ("09%08d", g_rand_int_range (r, 0, 100000000));
          address = g_strdup_printf ("Thôn %d, %s, %s", g_rand_int_range (r, 1, 13), c->name, province);
        }
      sqlite3_reset (stmt);
      tt_bind_text (stmt, 1, uuid);
      tt_bind_text (stmt, 2, kind);
      tt_bind_text (stmt, 3, name);
      tt_bind_text (stmt, 4, key);
      tt_bind_text (stmt, 5, phone);
      tt_bind_text (stmt, 6, address);
      if (!tt_db_step_done (db, stmt, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
      g_array_append_val (donor_ids, id);
      g_array_append_val (donor_big, big);
    }
  return TRUE;
}

static int
cmp_int (gconstpointer a, gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

/* The series counter ends at the last number given, so the series stays gapless. */
static gboolean
close_series (TtDb *db, gint64 series_id, gint64 last_number, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "UPDATE doc_series SET last_number = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, last_number);
  tt_bind_int (stmt, 2, series_id);
  return tt_db_step_done (db, stmt, error);
}

static gboolean
make_donations (TtDb *db, GRand *r, gint64 n, int first_year, int last_year,
                GArray *donor_ids, GArray *donor_big, GArray *campaign_ids, GError **error)
{
  g_autoptr(TtStmt) insert = NULL;
  g_autoptr(TtStmt) donor = NULL;
  g_autoptr(TtStmt) series = NULL;
  g_autofree int *days = NULL;
  GDate base;
  int span;
  int cur_year = 0;
  gint64 series_id = 0, number = 0;

  if (n <= 0)
    return TRUE;
  if (donor_ids->len == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Donations need donors: ask for some donors too."));
      return FALSE;
    }

  g_date_clear (&base, 1);
  g_date_set_dmy (&base, 1, 1, first_year);
  {
    GDate end;
    char today[11];
    g_date_clear (&end, 1);
    tt_date_today (today);
    g_date_set_parse (&end, today);
    if (!g_date_valid (&end))
      g_date_set_dmy (&end, 31, 12, last_year);
    span = g_date_days_between (&base, &end) + 1;
  }

  /* Gifts cluster in the peak month and before Tết. */
  days = g_new (int, n);
  for (gint64 i = 0; i < n; i++)
    {
      int d = g_rand_int_range (r, 0, span);
      if (g_rand_int_range (r, 0, 100) < 55)
        {
          int y = g_rand_int_range (r, first_year, last_year + 1);
          GDate peak;
          g_date_clear (&peak, 1);
          g_date_set_dmy (&peak, 17, 10, y);
          d = g_date_days_between (&base, &peak) + g_rand_int_range (r, 0, 100);
          if (d >= span)
            d = g_rand_int_range (r, 0, span);
        }
      days[i] = d;
    }
  qsort (days, n, sizeof (int), cmp_int);

  series = tt_db_prepare (db,
                          "INSERT INTO doc_series (doc_kind, code, year) VALUES ('receipt', ?1, ?1) "
                          "ON CONFLICT (doc_kind, code) DO UPDATE SET active = active RETURNING id, last_number",
                          error);
  insert = tt_db_prepare (db,
                          "INSERT INTO donations (uuid, series_id, number, received_on, donor_id, payer_name, "
                          "payer_address, campaign_id, amount, method, bank_ref, goods_description, reason, "
                          "created_by) VALUES (?, ?, ?, ?, ?, "
                          "(SELECT name FROM donors WHERE id = ?5), (SELECT address FROM donors WHERE id = ?5), "
                          "?, ?, ?, ?, ?, ?, tt_actor())",
                          error);
  if (series == NULL || insert == NULL)
    return FALSE;

  for (gint64 i = 0; i < n; i++)
    {
      GDate date = base;
      char iso[11];
      char ref[32];
      g_autofree char *uuid = tt_new_uuid ();
      guint idx = g_rand_int_range (r, 0, donor_ids->len);
      gboolean big = g_array_index (donor_big, gboolean, idx);
      int m = g_rand_int_range (r, 0, 100);
      const char *method = m < 60 ? "cash" : m < 96 ? "transfer" : "in_kind";
      gint64 campaign = 0;
      int y, mo;

      g_date_add_days (&date, days[i]);
      y = g_date_get_year (&date);
      mo = g_date_get_month (&date);
      g_snprintf (iso, sizeof iso, "%04d-%02d-%02d", y, mo, g_date_get_day (&date));

      if (y != cur_year)
        {
          g_autofree char *code = g_strdup_printf ("%d", y);
          if (cur_year != 0 && !close_series (db, series_id, number, error))
            return FALSE;
          sqlite3_reset (series);
          tt_bind_text (series, 1, code);
          if (sqlite3_step (series) != SQLITE_ROW)
            return tt_db_set_error (db, error, _("numbering the receipt"));
          series_id = sqlite3_column_int64 (series, 0);
          number = sqlite3_column_int64 (series, 1);
          sqlite3_reset (series);
          cur_year = y;
        }
      number++;

      {
        /* The peak month (17/10–18/11) then Tết (19/11–31/01) campaigns of the year. */
        int cy = mo == 1 ? y - 1 : y;
        int k = -1;
        if ((mo == 10 && g_date_get_day (&date) >= 17) || (mo == 11 && g_date_get_day (&date) <= 18))
          k = 0;
        else if ((mo == 11 && g_date_get_day (&date) > 18) || mo == 12 || mo == 1)
          k = 1;
        if (k >= 0 && cy >= first_year && cy <= last_year)
          campaign = g_array_index (campaign_ids, gint64, (cy - first_year) * 2 + k);
      }

      sqlite3_reset (insert);
      tt_bind_text (insert, 1, uuid);
      tt_bind_int (insert, 2, series_id);
      tt_bind_int (insert, 3, number);
      tt_bind_text (insert, 4, iso);
      tt_bind_int (insert, 5, g_array_index (donor_ids, gint64, idx));
      tt_bind_opt_id (insert, 6, campaign);
      tt_bind_int (insert, 7, donation_amount (r, big));
      tt_bind_text (insert, 8, method);
      if (g_str_equal (method, "transfer"))
        {
          g_snprintf (ref, sizeof ref, "FT%d%08" G_GINT64_FORMAT, y % 100, i + 1);
          tt_bind_text (insert, 9, ref);
        }
      else
        sqlite3_bind_null (insert, 9);
      tt_bind_text (insert, 10, g_str_equal (method, "in_kind") ? PICK (r, goods) : NULL);
      tt_bind_text (insert, 11, "Ủng hộ Quỹ \"Vì người nghèo\"");
      if (!tt_db_step_done (db, insert, error))
        return FALSE;
    }

  return close_series (db, series_id, number, error);
}

static gboolean
make_households (TtDb *db, GRand *r, gint64 n, int year, const char *province_code,
                 GArray *communes, GError **error)
{
  g_autoptr(TtStmt) village = NULL;
  g_autoptr(TtStmt) find_village = NULL;
  g_autoptr(TtStmt) hh = NULL;
  g_autoptr(TtStmt) personal = NULL;
  g_autoptr(TtStmt) cls = NULL;
  g_autoptr(TtStmt) total = NULL;
  g_autoptr(GHashTable) villages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) lacks = g_rand_new_with_seed ((guint32) (n * 7 + year));
  /* Per cent of poor households lacking each indicator of tt_deficit_indicators. */
  static const int lack_odds[12] = { 30, 25, 10, 5, 35, 8, 25, 12, 7, 20, 6, 15 };
  guint n_communes = MIN (communes->len, MAX (1, (guint) (n / 200) + 1));
  gint64 id_seq = tt_db_query_int (db, "SELECT count(*) FROM household_personal", 0);

  if (n <= 0)
    return TRUE;

  village = tt_db_prepare (db, "INSERT INTO places (name, name_key, kind, parent_id) VALUES (?, ?, 'village', ?)", error);
  find_village = tt_db_prepare (db, "SELECT id FROM places WHERE parent_id = ? AND kind = 'village' AND name = ?", error);
  hh = tt_db_prepare (db,
                      "INSERT INTO households (uuid, head_name, head_name_key, head_birth_year, head_gender, "
                      "commune_id, village_id, address, phone, member_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      error);
  personal = tt_db_prepare (db, "INSERT INTO household_personal (household_id, id_number) VALUES (?, ?)", error);
  cls = tt_db_prepare (db,
                       "INSERT INTO household_classifications (household_id, year, standard, category, "
                       "income_month, deficits, lacking) VALUES (?, ?, '07/2021', ?, ?, ?, ?)",
                       error);
  total = tt_db_prepare (db,
                         "INSERT INTO commune_totals (place_id, year, total_households) VALUES (?, ?, ?) "
                         "ON CONFLICT (place_id, year) DO UPDATE SET total_households = "
                         "max(total_households, excluded.total_households)",
                         error);
  if (village == NULL || find_village == NULL || hh == NULL || personal == NULL || cls == NULL || total == NULL)
    return FALSE;

  for (gint64 i = 0; i < n; i++)
    {
      Commune *c = &g_array_index (communes, Commune, g_rand_int_range (r, 0, n_communes));
      int v = g_rand_int_range (r, 1, 13);
      g_autofree char *vname = g_strdup_printf ("Thôn %d", v);
      g_autofree char *vkey = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", c->id, v);
      gint64 village_id = GPOINTER_TO_SIZE (g_hash_table_lookup (villages, vkey));
      gboolean male;
      g_autofree char *name = person_name (r, &male);
      g_autofree char *key = tt_text_fold (name);
      g_autofree char *uuid = tt_new_uuid ();
      g_autofree char *address = NULL;
      g_autofree char *phone = NULL;
      char idno[16];
      int birth = g_rand_int_range (r, 1935, 2000);
      gint64 hid;
      int cat = g_rand_int_range (r, 0, 100);

      if (village_id == 0)
        {
          g_autofree char *vfold = tt_text_fold (vname);
          sqlite3_reset (find_village);
          tt_bind_int (find_village, 1, c->id);
          tt_bind_text (find_village, 2, vname);
          if (sqlite3_step (find_village) == SQLITE_ROW)
            village_id = sqlite3_column_int64 (find_village, 0);
          else
            {
              sqlite3_reset (village);
              tt_bind_text (village, 1, vname);
              tt_bind_text (village, 2, vfold);
              tt_bind_int (village, 3, c->id);
              if (!tt_db_step_done (db, village, error))
                return FALSE;
              village_id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
            }
          sqlite3_reset (find_village);
          g_hash_table_insert (villages, g_strdup (vkey), GSIZE_TO_POINTER (village_id));
        }

      address = g_strdup_printf ("%s, %s", vname, c->name);
      if (g_rand_int_range (r, 0, 3) > 0)
        phone = g_strdup_printf ("03%08d", g_rand_int_range (r, 0, 100000000));

      sqlite3_reset (hh);
      tt_bind_text (hh, 1, uuid);
      tt_bind_text (hh, 2, name);
      tt_bind_text (hh, 3, key);
      tt_bind_int (hh, 4, birth);
      tt_bind_text (hh, 5, male ? "male" : "female");
      tt_bind_int (hh, 6, c->id);
      tt_bind_int (hh, 7, village_id);
      tt_bind_text (hh, 8, address);
      tt_bind_text (hh, 9, phone);
      tt_bind_int (hh, 10, g_rand_int_range (r, 1, 8));
      if (!tt_db_step_done (db, hh, error))
        return FALSE;
      hid = sqlite3_last_insert_rowid (tt_db_get_handle (db));

      /* CCCD: province of birth (0xx), century-and-sex digit, year, then a serial; past a
       * million households the century digit moves on so numbers stay unique (3 million). */
      id_seq++;
      g_snprintf (idno, sizeof idno, "0%s%d%02d%06" G_GINT64_FORMAT, province_code,
                  male ? 0 : 1, birth % 100, id_seq % 1000000);
      if (id_seq >= 1000000)
        idno[3] = (char) ('2' + (male ? 0 : 1) + (int) (id_seq / 1000000) * 2 % 6);
      sqlite3_reset (personal);
      tt_bind_int (personal, 1, hid);
      tt_bind_text (personal, 2, idno);
      if (!tt_db_step_done (db, personal, error))
        return FALSE;

      for (int y = year - 1; y <= year; y++)
        {
          const char *category = cat < 45 ? "poor" : cat < 80 ? "near_poor" : cat < 92 ? "hardship" : "policy";
          if (y == year && cat < 45 && g_rand_int_range (r, 0, 10) == 0)
            category = "near_poor";
          sqlite3_reset (cls);
          tt_bind_int (cls, 1, hid);
          tt_bind_int (cls, 2, y);
          tt_bind_text (cls, 3, category);
          tt_bind_int (cls, 4, g_rand_int_range (r, 40, 200) * 10000);
          g_rand_int_range (r, 0, 64);   /* drawn as before, so the rest of the office stays the same */
          {
            /* What the survey found lacking, drawn on a generator of its own: the poor and
             * near-poor lack some of the twelve indicators, others are not surveyed. */
            guint mask = 0;
            if (g_str_equal (category, "poor") || g_str_equal (category, "near_poor"))
              for (guint b = 0; b < 12; b++)
                if (g_rand_int_range (lacks, 0, 100) < lack_odds[b])
                  mask |= 1u << b;
            tt_bind_int (cls, 5, __builtin_popcount (mask));
            if (g_str_equal (category, "poor") || g_str_equal (category, "near_poor"))
              tt_bind_int (cls, 6, mask);
            else
              sqlite3_bind_null (cls, 6);
          }
          if (!tt_db_step_done (db, cls, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < n_communes; i++)
    for (int y = year - 1; y <= year; y++)
      {
        Commune *c = &g_array_index (communes, Commune, i);
        sqlite3_reset (total);
        tt_bind_int (total, 1, c->id);
        tt_bind_int (total, 2, y);
        tt_bind_int (total, 3, MAX (2000, n / n_communes * 12));
        if (!tt_db_step_done (db, total, error))
          return FALSE;
      }
  return TRUE;
}

static void
restore_connection (TtDb *db)
{
  tt_db_exec (db, "PRAGMA cache_size = -32000", NULL);
  if (!tt_db_is_network_fs (db))
    tt_db_exec (db, "PRAGMA journal_mode = WAL", NULL);
}

/* Spending over the years of the demo: each book opens at the start of the first year, then
 * payments for houses, gift packages, livelihood models and the rest, mostly in cash. */
static gboolean
make_vouchers (TtDb *db, GRand *r, gint64 n, int first_year, const char *today, GError **error)
{
  static const struct { const char *purpose, *reason; int least, most; } kinds[] = {
    { "housing", "Hỗ trợ xây nhà Đại đoàn kết", 300, 600 }, { "housing", "Hỗ trợ sửa chữa nhà", 150, 300 },
    { "gift", "Chi quà Tết cho hộ nghèo", 3, 10 }, { "livelihood", "Hỗ trợ mô hình sinh kế", 50, 150 },
    { "bhyt", "Mua thẻ bảo hiểm y tế", 5, 20 }, { "scholarship", "Học bổng cho học sinh nghèo", 10, 30 },
    { "medical", "Hỗ trợ khám chữa bệnh", 5, 50 }, { "disaster", "Cứu trợ sau bão lũ", 10, 100 },
  };
  g_autofree char *start = g_strdup_printf ("%d-01-01", first_year);
  GDate first, last;
  int span;

  if (n == 0)
    return TRUE;
  if (!tt_book_set_opening (db, TT_ACCOUNT_CASH, start, 50000000, error) ||
      !tt_book_set_opening (db, TT_ACCOUNT_BANK, start, 500000000, error))
    return FALSE;
  g_date_set_dmy (&first, 1, 1, first_year);
  g_date_set_parse (&last, today);
  if (!g_date_valid (&last))
    g_date_set_dmy (&last, 31, 12, first_year + 3);
  span = MAX (1, (int) g_date_days_between (&first, &last));
  for (gint64 i = 0; i < n; i++)
    {
      int k = g_rand_int_range (r, 0, G_N_ELEMENTS (kinds));
      g_autofree char *payee = person_name (r, NULL);
      GDate on = first;
      char date[11];
      TtVoucherInput in = { 0 };

      g_date_add_days (&on, g_rand_int_range (r, 0, span + 1));
      g_date_strftime (date, sizeof date, "%Y-%m-%d", &on);
      in.payee_name = payee;
      in.amount = (gint64) g_rand_int_range (r, kinds[k].least, kinds[k].most + 1) * 100000;
      in.paid_on = date;
      in.method = g_rand_int_range (r, 0, 4) == 0 ? "transfer" : "cash";
      in.purpose = kinds[k].purpose;
      in.reason = kinds[k].reason;
      in.attachments = g_rand_int_range (r, 0, 3);
      in.allow_negative = TRUE;
      if (tt_voucher_add (db, &in, NULL, error) == 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
tt_demo_generate (TtDb              *db,
                  const TtDemoSize  *size,
                  GError           **error)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (size->seed ? size->seed : 20241017);
  g_autoptr(GArray) communes = g_array_new (FALSE, FALSE, sizeof (Commune));
  g_autoptr(GArray) campaigns = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) donor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) donor_big = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autofree char *province_code = NULL;
  g_autofree char *province_name = NULL;
  g_autofree char *office = NULL;
  char today[11];
  int this_year;

  if (size->donors < 0 || size->donations < 0 || size->households < 0 || size->vouchers < 0 ||
      size->vouchers > 10000000 || size->housing < 0 || size->housing > 1000000 ||
      size->livelihood < 0 || size->livelihood > 1000000 || size->cards < 0 || size->cards > 1000000 ||
      size->addresses < 0 || size->addresses > 1000000 ||
      size->donors > 10000000 || size->donations > 50000000 || size->households > 3000000)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Demo sizes must be at most 10 million donors, 50 million donations and 3 million households."));
      return FALSE;
    }
  g_array_set_clear_func (communes, commune_clear);
  tt_date_today (today);
  this_year = tt_date_year (today);

  /* One big transaction: a large page cache, and a rollback journal (which holds only the
   * few pages that existed before) instead of the WAL (which would hold every new page). */
  tt_db_exec (db, "PRAGMA cache_size = -1000000", NULL);
  if (!tt_db_is_network_fs (db))
    tt_db_exec (db, "PRAGMA journal_mode = DELETE", NULL);
  if (!tt_db_begin (db, error))
    return FALSE;

  office = tt_office_get (db, "name");
  if (office == NULL)
    {
      if (!tt_places_load_official (db, error) ||
          !tt_office_set (db, "name", "Ban vận động Quỹ \"Vì người nghèo\" (dữ liệu mẫu)", error) ||
          !tt_office_set (db, "words-style", "linh,nghìn,tư", error) ||
          !tt_office_set (db, "receipt-paper", "A5", error))
        goto fail;
    }
  if (!tt_db_set_setting (db, "demo", "1", error) ||
      !pick_province (db, &province_code, &province_name, communes, error) ||
      communes->len == 0)
    {
      if (error && *error == NULL)
        g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                     _("The office province has no communes."));
      goto fail;
    }
  g_free (office);
  office = tt_office_get (db, "province-code");
  if (office == NULL)
    {
      if (!tt_office_set (db, "province-code", province_code, error) ||
          !tt_office_set (db, "address", province_name, error) ||
          !tt_office_set (db, "head", "Nguyễn Văn Hùng", error) ||
          !tt_office_set (db, "accountant", "Trần Thị Mai", error) ||
          !tt_office_set (db, "cashier", "Lê Thị Hoa", error) ||
          !tt_office_set (db, "clerk", "Phạm Minh Đức", error) ||
          !tt_office_set (db, "level", "province", error) ||
          !tt_office_set (db, "parent", "Ủy ban Mặt trận Tổ quốc Việt Nam", error) ||
          !tt_office_set (db, "bank-bin", "970436", error) ||
          !tt_office_set (db, "bank-account", "0011004455667", error) ||
          !tt_office_set (db, "bank-name", "Vietcombank", error))
        goto fail;
    }

  if (!make_campaigns (db, this_year - 3, this_year, campaigns, error) ||
      !make_donors (db, r, size->donors, province_name, communes, donor_ids, donor_big, error) ||
      !make_donations (db, r, size->donations, this_year - 3, this_year, donor_ids, donor_big,
                       campaigns, error) ||
      !make_households (db, r, size->households, this_year, province_code, communes, error) ||
      !make_vouchers (db, r, size->vouchers, this_year - 3, today, error) ||
      !tt_demo_housing (db, r, size->housing, this_year - 3, today, error) ||
      !tt_demo_programmes (db, r, size, this_year - 1, today, error))
    goto fail;

  if (!tt_db_commit (db, error))
    {
      restore_connection (db);
      return FALSE;
    }
  restore_connection (db);
  return TRUE;

fail:
  tt_db_rollback (db);
  restore_connection (db);
  return FALSE;
}
