/* tt-deficits.c — the indicators of basic social services a poor household lacks
 *
 * The multidimensional poverty standard of 2022–2025 (Nghị định 07/2021/NĐ-CP) measures six
 * services by twelve indicators; a household surveyed as poor or near-poor is recorded with the
 * ones it lacks. The register keeps them with the year's classification as a mask (NULL when the
 * survey did not record them) and its count in `deficits`; the targets of a city plan ("74 % hộ
 * nghèo có nhà ở đạt chuẩn, 93,5 % có nước sạch, 80 % có nhà tiêu hợp vệ sinh") are counted from
 * them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-deficits.h"
#include "tt-households.h"
#include "tt-text.h"

static const TtValue indicators[] = {
  { "employment", N_("Employment"), "Việc làm" },
  { "dependants", N_("Dependants"), "Người phụ thuộc trong hộ gia đình" },
  { "nutrition", N_("Nutrition"), "Dinh dưỡng" },
  { "health-insurance", N_("Health insurance"), "Bảo hiểm y tế" },
  { "adult-education", N_("Adults' education"), "Trình độ giáo dục của người lớn" },
  { "school-attendance", N_("Children at school"), "Tình trạng đi học của trẻ em" },
  { "housing-quality", N_("Quality of the house"), "Chất lượng nhà ở" },
  { "housing-area", N_("Floor area per person"), "Diện tích nhà ở bình quân đầu người" },
  { "water", N_("Clean water"), "Nguồn nước sinh hoạt" },
  { "latrine", N_("Hygienic latrine"), "Nhà tiêu hợp vệ sinh" },
  { "telecom", N_("Telecommunications"), "Sử dụng dịch vụ viễn thông" },
  { "information", N_("Access to information"), "Phương tiện phục vụ tiếp cận thông tin" },
};

const TtValueList tt_deficit_indicators = TT_VALUE_LIST (indicators);

/* Folded words the lists write for each indicator besides its printed name. */
static const struct { const char *folded; const char *code; } words[] = {
  { "viec lam", "employment" }, { "nguoi phu thuoc", "dependants" }, { "dinh duong", "nutrition" },
  { "bhyt", "health-insurance" }, { "bao hiem y te", "health-insurance" },
  { "giao duc nguoi lon", "adult-education" }, { "trinh do giao duc", "adult-education" },
  { "di hoc", "school-attendance" }, { "tre em di hoc", "school-attendance" },
  { "chat luong nha o", "housing-quality" }, { "nha o", "housing-quality" },
  { "dien tich nha o", "housing-area" }, { "dien tich", "housing-area" },
  { "nuoc sinh hoat", "water" }, { "nuoc sach", "water" }, { "nuoc", "water" },
  { "nha tieu", "latrine" }, { "nha tieu hop ve sinh", "latrine" }, { "ve sinh", "latrine" },
  { "vien thong", "telecom" }, { "tiep can thong tin", "information" }, { "thong tin", "information" },
};

/* The bit of indicator @code, 0 for none. */
guint
tt_deficits_bit (const char *code)
{
  int i = tt_values_index (&tt_deficit_indicators, code);

  return i < 0 ? 0 : 1u << i;
}

static guint
bit_of_word (const char *word)
{
  g_autofree char *folded = tt_text_fold (word);
  guint64 n = 0;

  if (g_ascii_string_to_unsigned (word, 10, 1, tt_deficit_indicators.n_values, &n, NULL))
    return 1u << (n - 1);
  if (tt_deficits_bit (word) != 0)
    return tt_deficits_bit (word);
  for (guint i = 0; i < tt_deficit_indicators.n_values; i++)
    {
      g_autofree char *printed = tt_text_fold (indicators[i].printed);
      if (g_str_equal (folded, printed))
        return 1u << i;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].folded))
      return tt_deficits_bit (words[i].code);
  return 0;
}

/* The indicators named in @text — codes, their Vietnamese names or their numbers 1–12 in the
 * decree's order, separated by commas, semicolons or "+" — as a mask; an empty text is none. */
gboolean
tt_deficits_parse (const char  *text,
                   guint       *out_mask,
                   GError     **error)
{
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", ",;+", -1);
  guint mask = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint bit;

      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      if ((bit = bit_of_word (parts[i])) == 0)
        {
          g_autofree char *quoted = tt_text_quote_short (parts[i]);
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("“%s” is not an indicator of the poverty standard: write its name (Nước sinh hoạt, "
                         "Nhà tiêu hợp vệ sinh…) or its number from 1 to 12."),
                       quoted);
          return FALSE;
        }
      mask |= bit;
    }
  *out_mask = mask;
  return TRUE;
}

/* The indicators of @mask, as codes ("water, latrine") or as printed ("Nguồn nước sinh hoạt; …"). */
char *
tt_deficits_format (guint    mask,
                    gboolean printed)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tt_deficit_indicators.n_values; i++)
    if (mask & (1u << i))
      g_string_append_printf (out, "%s%s", out->len ? (printed ? "; " : ", ") : "",
                              printed ? indicators[i].printed : indicators[i].code);
  return g_string_free (out, FALSE);
}

/* Records what household @household_id lacks in @year, on its classification of that year (with
 * their count); logged by the classification's audit trigger. */
static gboolean
classified (TtDb *db, gint64 household_id, int year)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT 1 FROM household_classifications "
                                              "WHERE household_id = ?1 AND year = ?2", NULL);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, household_id);
  tt_bind_int (stmt, 2, year);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gboolean
tt_household_set_lacking (TtDb    *db,
                          gint64   household_id,
                          int      year,
                          guint    mask,
                          GError **error)
{
  g_autoptr(TtStmt) stmt = NULL;

  if (mask & ~TT_DEFICITS_ALL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("There are only twelve indicators."));
      return FALSE;
    }
  stmt = tt_db_prepare (db,
                        "UPDATE household_classifications SET lacking = ?3, deficits = ?4 "
                        "WHERE household_id = ?1 AND year = ?2 AND (lacking IS NOT ?3 OR deficits IS NOT ?4)",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, household_id);
  tt_bind_int (stmt, 2, year);
  tt_bind_int (stmt, 3, mask);
  tt_bind_int (stmt, 4, __builtin_popcount (mask));
  if (!tt_db_step_done (db, stmt, error))
    return FALSE;
  /* Nothing written: the year's classification already says so, or there is none. */
  if (sqlite3_changes (tt_db_get_handle (db)) == 0 && !classified (db, household_id, year))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("Household %lld is not classified for %d: classify it first."), (long long) household_id, year);
      return FALSE;
    }
  return TRUE;
}

/* The mask of what @household_id lacked in @year; -1 when it was not recorded. */
gint64
tt_household_lacking (TtDb   *db,
                      gint64  household_id,
                      int     year)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT lacking FROM household_classifications "
                                          "WHERE household_id = ?1 AND year = ?2 AND lacking IS NOT NULL",
                                          NULL);

  if (stmt == NULL)
    return -1;
  tt_bind_int (stmt, 1, household_id);
  tt_bind_int (stmt, 2, year);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

/* Classifies @household_id for @year as tt_household_classify() does and records what it lacks:
 * @lacking (a mask), or with -1 what was recorded before; one transaction. */
gboolean
tt_household_classify_lacking (TtDb        *db,
                               gint64       household_id,
                               int          year,
                               const char  *category,
                               const char  *decision_ref,
                               gint64       lacking,
                               GError     **error)
{
  gboolean ok;

  if (lacking < 0)
    lacking = tt_household_lacking (db, household_id, year);
  ok = tt_db_begin (db, error) &&
       tt_household_classify (db, household_id, year, category, lacking > 0 ? __builtin_popcount (lacking) : 0,
                              decision_ref, error) &&
       (lacking < 0 || tt_household_set_lacking (db, household_id, year, (guint) lacking, error));
  return tt_db_end (db, ok, error);
}

/* Saves a household as tt_household_save() does, with what it lacks in @year (a mask, or -1 for
 * what was recorded before) when it is classified; one transaction. The id, or 0. */
gint64
tt_household_save_lacking (TtDb                   *db,
                           gint64                  id,
                           const TtHouseholdInput *input,
                           int                     year,
                           const char             *category,
                           gint64                  lacking,
                           GError                **error)
{
  gboolean ok;

  if (lacking < 0 && id != 0)
    lacking = tt_household_lacking (db, id, year);
  ok = tt_db_begin (db, error) && (id = tt_household_save (db, id, input, year, category, error)) != 0 &&
       (category == NULL || lacking < 0 || tt_household_set_lacking (db, id, year, (guint) lacking, error));
  return tt_db_end (db, ok, error) ? id : 0;
}
