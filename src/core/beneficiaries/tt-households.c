/* tt-households.c — the register of beneficiary households and their yearly classification
 *
 * Personal data (ID number) and sensitive data (ethnicity, health, disability) live in their
 * own tables; classifications are kept per year and standard and never overwritten by another
 * year's. Every change reaches the audit log through the triggers of the schema.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "tt-db-private.h"
#include "tt-households-private.h"
#include "tt-places.h"
#include "tt-text.h"

static const TtValue categories[] = {
  { "poor", N_("Poor"), "Hộ nghèo" },
  { "near_poor", N_("Near-poor"), "Hộ cận nghèo" },
  { "hardship", N_("Hardship"), "Hộ hoàn cảnh khó khăn" },
  { "policy", N_("Policy family"), "Gia đình chính sách" },
  { "social_protection", N_("Social protection"), "Đối tượng bảo trợ xã hội" },
  { "not_poor", N_("Not poor"), "Không thuộc diện nghèo" },
};

/* Folded words people write for each category, in lists and on the command line. */
static const struct { const char *folded; const char *code; } category_words[] = {
  { "poor", "poor" }, { "ho ngheo", "poor" }, { "ngheo", "poor" }, { "hn", "poor" },
  { "near poor", "near_poor" }, { "ho can ngheo", "near_poor" }, { "can ngheo", "near_poor" },
  { "hcn", "near_poor" },
  { "hardship", "hardship" }, { "hoan canh kho khan", "hardship" },
  { "ho hoan canh kho khan", "hardship" }, { "ho co hoan canh kho khan", "hardship" },
  { "hoan canh dac biet kho khan", "hardship" }, { "ho hoan canh dac biet kho khan", "hardship" },
  { "ho kho khan", "hardship" }, { "kho khan", "hardship" }, { "hckk", "hardship" },
  { "policy", "policy" }, { "gia dinh chinh sach", "policy" }, { "ho chinh sach", "policy" },
  { "chinh sach", "policy" }, { "gdcs", "policy" },
  { "social protection", "social_protection" }, { "bao tro xa hoi", "social_protection" },
  { "doi tuong bao tro xa hoi", "social_protection" }, { "btxh", "social_protection" },
  { "not poor", "not_poor" }, { "khong ngheo", "not_poor" }, { "thoat ngheo", "not_poor" },
  { "ho thoat ngheo", "not_poor" },
};

static const TtValue statuses[] = {
  { "active", N_("Active") },
  { "moved", N_("Moved away") },
  { "escaped_poverty", N_("Escaped poverty") },
  { "deceased", N_("Deceased") },
  { "merged", N_("Merged") },
};

static const TtValue genders[] = {
  { "male", N_("Male"), "Nam" },
  { "female", N_("Female"), "Nữ" },
  { "other", N_("Other"), "Khác" },
};

const TtValueList tt_household_categories = TT_VALUE_LIST (categories);
const TtValueList tt_household_statuses = TT_VALUE_LIST (statuses);
/* What a clerk may set: "merged" comes only from merging two records. */
const TtValueList tt_household_statuses_settable = { statuses, G_N_ELEMENTS (statuses) - 1 };
const TtValueList tt_genders = TT_VALUE_LIST (genders);

void
tt_household_free (TtHousehold *h)
{
  if (h == NULL)
    return;
  g_free (h->code);
  g_free (h->head_name);
  g_free (h->head_gender);
  g_free (h->commune_name);
  g_free (h->village_name);
  g_free (h->address);
  g_free (h->phone);
  g_free (h->id_number);
  g_free (h->status);
  g_free (h->note);
  g_free (h->category);
  g_free (h);
}

void
tt_classification_free (TtClassification *c)
{
  if (c == NULL)
    return;
  g_free (c->standard);
  g_free (c->category);
  g_free (c->decision_ref);
  g_free (c);
}

void
tt_commune_stats_free (TtCommuneStats *s)
{
  if (s == NULL)
    return;
  g_free (s->commune_code);
  g_free (s->commune_name);
  g_free (s);
}

/* The categories in display order; NULL past the last. */
const char *
tt_category_nth (guint i)
{
  return tt_values_code (&tt_household_categories, i);
}

const char *
tt_category_label (const char *category)
{
  return tt_values_label (&tt_household_categories, category);
}

/* The category as printed documents name it (always Vietnamese). */
const char *
tt_category_printed (const char *category)
{
  return tt_values_printed (&tt_household_categories, category);
}

/* A category code from what people write: "Hộ cận nghèo", "near-poor", "HCN"…; NULL if none. */
const char *
tt_category_parse (const char *text)
{
  g_autofree char *key = NULL;

  if (text == NULL)
    return NULL;
  key = tt_text_fold (text);
  g_strdelimit (key, "-_.", ' ');
  g_strstrip (key);
  for (gsize i = 0; i < G_N_ELEMENTS (category_words); i++)
    if (g_str_equal (key, category_words[i].folded))
      return category_words[i].code;
  for (gsize i = 0; i < G_N_ELEMENTS (categories); i++)
    if (g_str_equal (text, categories[i].code))
      return categories[i].code;
  return NULL;
}

const char *
tt_household_status_label (const char *status)
{
  return tt_values_label (&tt_household_statuses, status);
}

/* A gender code from what people write: "Nam", "Nữ", "Khác", "male", "f"…; NULL if none. */
const char *
tt_gender_parse (const char *text)
{
  g_autofree char *key = NULL;

  if (text == NULL)
    return NULL;
  /* The two spellings nearly every list uses, without folding. */
  if (g_str_equal (text, "Nam"))
    return "male";
  if (g_str_equal (text, "Nữ"))
    return "female";
  key = tt_text_fold (text);
  if (g_str_equal (key, "nam") || g_str_equal (key, "male") || g_str_equal (key, "m"))
    return "male";
  if (g_str_equal (key, "nu") || g_str_equal (key, "female") || g_str_equal (key, "f"))
    return "female";
  if (g_str_equal (key, "khac") || g_str_equal (key, "other"))
    return "other";
  return NULL;
}

/* Fills what @in leaves empty from the registered household @old, so that an edit or an
 * import changes only what it gives. A village given stands with its commune; a commune given
 * without a village keeps the old village only if the commune is the same. */
void
tt_household_input_keep (TtHouseholdInput  *in,
                         const TtHousehold *old,
                         gboolean           commune_given)
{
  in->code = in->code ? in->code : old->code;
  in->head_name = in->head_name ? in->head_name : old->head_name;
  in->head_birth_year = in->head_birth_year ? in->head_birth_year : old->head_birth_year;
  in->head_gender = in->head_gender ? in->head_gender : old->head_gender;
  in->address = in->address ? in->address : old->address;
  in->phone = in->phone ? in->phone : old->phone;
  in->member_count = in->member_count ? in->member_count : old->member_count;
  in->id_number = in->id_number ? in->id_number : old->id_number;
  in->status = in->status ? in->status : old->status;
  in->note = in->note ? in->note : old->note;
  if (in->village_id != 0)
    return;
  if (!commune_given && old->commune_id != 0)
    in->commune_id = old->commune_id;
  if (in->commune_id == old->commune_id)
    in->village_id = old->village_id;
}

static gboolean
status_valid (const char *status)
{
  for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_str_equal (statuses[i].code, status))
      return TRUE;
  return FALSE;
}

/* The poverty standard in force for @year (data in poverty_standards), or NULL. */
char *
tt_poverty_standard_for (TtDb *db,
                         int   year)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT code FROM poverty_standards WHERE valid_from <= ?1 "
                                          "AND (valid_to IS NULL OR valid_to >= ?1) ORDER BY valid_from DESC LIMIT 1",
                                          NULL);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, year);
  return sqlite3_step (stmt) == SQLITE_ROW ? tt_column_dup (stmt, 0) : NULL;
}

typedef struct
{
  char   *code, *head_name, *head_name_key, *gender, *address, *phone, *id_number, *status, *note;
  char   *ethnicity, *health, *disability;
  int     birth_year, member_count;
  gint64  commune_id, village_id;
} CleanHousehold;

static void
clean_household_clear (CleanHousehold *c)
{
  g_free (c->code);
  g_free (c->head_name);
  g_free (c->head_name_key);
  g_free (c->gender);
  g_free (c->address);
  g_free (c->phone);
  g_free (c->id_number);
  g_free (c->status);
  g_free (c->note);
  g_free (c->ethnicity);
  g_free (c->health);
  g_free (c->disability);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanHousehold, clean_household_clear)

/* Digits of an ID number as written ("001 085 012 345"); NULL and an error when it is not one. */
char *
tt_household_clean_id_number (const char *text, GError **error)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
    else if (!strchr (" .-", *p))
      {
        g_string_truncate (digits, 0);
        break;
      }
  if (digits->len != 12 && digits->len != 9)
    {
      g_string_free (digits, TRUE);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("ID number “%s” must have 12 digits (CCCD) or 9 (old CMND)."), text);
      return NULL;
    }
  return g_string_free (digits, FALSE);
}

/* The local year; localtime_r keeps the time zone it has read, unlike a new GDateTime,
 * which reads it again (an import checks hundreds of thousands of rows). */
static int
current_year (void)
{
  time_t now = time (NULL);
  struct tm tm;

  localtime_r (&now, &tm);
  return tm.tm_year + 1900;
}

/* What a place is, remembered by an import: its kind (an interned string) and parent. */
typedef struct
{
  const char *kind;
  gint64      parent;
} PlaceKind;

/* Whether place @id is of @kind (its parent in @parent), looked up once per import in @places
 * (place id → PlaceKind) when given: the places a household may name do not change under an
 * import, and every row names one of a few hundred villages. */
static gboolean
place_is (TtDb *db, GHashTable *places, gint64 id, const char *kind, gint64 *parent)
{
  PlaceKind *known = places ? g_hash_table_lookup (places, &id) : NULL;

  if (known == NULL && places != NULL)
    {
      g_autofree char *found = tt_place_kind (db, id);
      gint64 *key = g_new (gint64, 1);

      *key = id;
      known = g_new (PlaceKind, 1);
      known->kind = found ? g_intern_string (found) : NULL;
      known->parent = 0;
      if (found != NULL)
        tt_place_kind_is (db, id, found, &known->parent);
      g_hash_table_insert (places, key, known);
    }
  if (known == NULL)
    return tt_place_kind_is (db, id, kind, parent);
  if (g_strcmp0 (known->kind, kind) != 0)
    return FALSE;
  if (parent)
    *parent = known->parent;
  return TRUE;
}

GHashTable *
tt_household_places_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static gboolean
clean_household (TtDb *db, const TtHouseholdInput *in, const TtHouseholdKnown *known, CleanHousehold *out,
                 GError **error)
{
  GHashTable *places = known ? known->places : NULL;
  int this_year = current_year ();

  if (known != NULL && known->head_name != NULL && known->head_name == in->head_name && known->head_key != NULL)
    {
      out->head_name = g_strdup (known->head_name);
      out->head_name_key = g_strdup (known->head_key);
    }
  else if ((out->head_name = tt_text_clean_name (in->head_name, N_("Head of household"), error)) == NULL)
    return FALSE;
  else
    out->head_name_key = tt_text_fold (out->head_name);
  if (!tt_text_clean_field (in->code, N_("Household code"), 40, &out->code, error) ||
      !tt_text_clean_field (in->address, N_("Address"), 300, &out->address, error) ||
      !tt_text_clean_field (in->phone, N_("Phone"), 40, &out->phone, error) ||
      !tt_text_clean_note (in->note, N_("Note"), 1000, &out->note, error) ||
      !tt_text_clean_field (in->ethnicity, N_("Ethnicity"), 60, &out->ethnicity, error) ||
      !tt_text_clean_field (in->health, N_("Health"), 300, &out->health, error) ||
      !tt_text_clean_field (in->disability, N_("Disability"), 300, &out->disability, error))
    return FALSE;
  if (out->phone != NULL && !tt_text_check_phone (out->phone, error))
    return FALSE;
  if (in->head_birth_year != 0 && (in->head_birth_year < 1900 || in->head_birth_year > this_year))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Birth year %d is not between 1900 and %d."), in->head_birth_year, this_year);
      return FALSE;
    }
  out->birth_year = in->head_birth_year;
  if (in->head_gender != NULL && *in->head_gender != '\0')
    {
      if (!g_str_equal (in->head_gender, "male") && !g_str_equal (in->head_gender, "female") &&
          !g_str_equal (in->head_gender, "other"))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Gender “%s” is not one of male, female or other."), in->head_gender);
          return FALSE;
        }
      out->gender = g_strdup (in->head_gender);
    }
  if (in->member_count != 0 && (in->member_count < 1 || in->member_count > 100))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Number of members %d is not between 1 and 100."), in->member_count);
      return FALSE;
    }
  out->member_count = in->member_count ? in->member_count : 1;
  if (in->id_number != NULL && *in->id_number != '\0' &&
      (out->id_number = tt_household_clean_id_number (in->id_number, error)) == NULL)
    return FALSE;
  out->status = g_strdup (in->status ? in->status : "active");
  if (!status_valid (out->status))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Status “%s” is not one of active, moved, escaped_poverty or deceased."),
                   out->status);
      return FALSE;
    }

  out->commune_id = in->commune_id;
  out->village_id = in->village_id;
  if (out->village_id != 0)
    {
      gint64 parent = 0;
      if (!place_is (db, places, out->village_id, "village", &parent))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                       _("Place %lld is not a village."), (long long) out->village_id);
          return FALSE;
        }
      if (out->commune_id == 0)
        out->commune_id = parent;
      else if (parent != out->commune_id)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH,
                       _("The village is not in the household’s commune."));
          return FALSE;
        }
    }
  if (out->commune_id != 0 && !place_is (db, places, out->commune_id, "commune", NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("Place %lld is not a commune."), (long long) out->commune_id);
      return FALSE;
    }
  return TRUE;
}

gint64
tt_household_id_number_owner (TtDb *db, const char *id_number)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT household_id FROM household_personal WHERE id_number = ?", NULL);

  if (stmt == NULL || id_number == NULL)
    return 0;
  tt_bind_text (stmt, 1, id_number);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Refuses an ID number that another household has, before anything is written. */
static gboolean
check_id_owner (TtDb *db, gint64 id, const CleanHousehold *c, GError **error)
{
  gint64 owner = tt_household_id_number_owner (db, c->id_number);

  if (owner != 0 && owner != id)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("ID number %s already belongs to household %lld."), c->id_number, (long long) owner);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_side_tables (TtDb *db, gint64 id, const CleanHousehold *c, gboolean update, GError **error)
{
  /* An ID number taken away is cleared where there was one; no row is made to hold none. */
  if (c->id_number != NULL || update)
    {
      g_autoptr(TtStmt) personal = tt_db_prepare (db,
                                                  c->id_number != NULL
                                                    ? "INSERT INTO household_personal (household_id, id_number) "
                                                      "VALUES (?1, ?2) ON CONFLICT (household_id) DO UPDATE SET "
                                                      "id_number = ?2 WHERE id_number IS NOT ?2"
                                                    : "UPDATE household_personal SET id_number = ?2 "
                                                      "WHERE household_id = ?1 AND id_number IS NOT ?2",
                                                  error);
      if (personal == NULL)
        return FALSE;
      tt_bind_int (personal, 1, id);
      tt_bind_text (personal, 2, c->id_number);
      if (!tt_db_step_done (db, personal, error))
        return FALSE;
    }
  if (c->ethnicity != NULL || c->health != NULL || c->disability != NULL)
    {
      g_autoptr(TtStmt) sensitive = tt_db_prepare (db,
                                                   "INSERT INTO household_sensitive (household_id, ethnicity, health, disability) "
                                                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (household_id) DO UPDATE SET "
                                                   "ethnicity = ?2, health = ?3, disability = ?4",
                                                   error);
      if (sensitive == NULL)
        return FALSE;
      tt_bind_int (sensitive, 1, id);
      tt_bind_text (sensitive, 2, c->ethnicity);
      tt_bind_text (sensitive, 3, c->health);
      tt_bind_text (sensitive, 4, c->disability);
      if (!tt_db_step_done (db, sensitive, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_household (TtStmt *stmt, const CleanHousehold *c)
{
  tt_bind_text (stmt, 2, c->code);
  tt_bind_text (stmt, 3, c->head_name);
  tt_bind_text (stmt, 4, c->head_name_key);
  if (c->birth_year)
    tt_bind_int (stmt, 5, c->birth_year);
  else
    sqlite3_bind_null (stmt, 5);
  tt_bind_text (stmt, 6, c->gender);
  tt_bind_opt_id (stmt, 7, c->commune_id);
  tt_bind_opt_id (stmt, 8, c->village_id);
  tt_bind_text (stmt, 9, c->address);
  tt_bind_text (stmt, 10, c->phone);
  tt_bind_int (stmt, 11, c->member_count);
  tt_bind_text (stmt, 12, c->status);
  tt_bind_text (stmt, 13, c->note);
}

static gint64
insert_household (TtDb *db, const CleanHousehold *c, gboolean id_checked, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "INSERT INTO households (uuid, code, head_name, head_name_key, head_birth_year, "
                                          "head_gender, commune_id, village_id, address, phone, member_count, status, note) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                          error);
  g_autofree char *uuid = tt_new_uuid ();
  gint64 id;

  if (stmt == NULL || (!id_checked && !check_id_owner (db, 0, c, error)))
    return 0;
  tt_bind_text (stmt, 1, uuid);
  bind_household (stmt, c);
  if (!tt_db_step_done (db, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
  return write_side_tables (db, id, c, FALSE, error) ? id : 0;
}

static gboolean
household_exists (TtDb *db, gint64 id)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT 1 FROM households WHERE id = ?", NULL);

  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static gboolean
update_household (TtDb *db, gint64 id, const CleanHousehold *c, GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "UPDATE households SET code = ?2, head_name = ?3, head_name_key = ?4, "
                                          "head_birth_year = ?5, head_gender = ?6, commune_id = ?7, village_id = ?8, "
                                          "address = ?9, phone = ?10, member_count = ?11, status = ?12, note = ?13, "
                                          "status_on = CASE WHEN status IS ?12 THEN status_on ELSE date('now', 'localtime') END, "
                                          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1 AND "
                                          "(code IS NOT ?2 OR head_name IS NOT ?3 OR head_name_key IS NOT ?4 OR "
                                          "head_birth_year IS NOT ?5 OR head_gender IS NOT ?6 OR commune_id IS NOT ?7 OR "
                                          "village_id IS NOT ?8 OR address IS NOT ?9 OR phone IS NOT ?10 OR "
                                          "member_count IS NOT ?11 OR status IS NOT ?12 OR note IS NOT ?13)",
                                          error);

  if (stmt == NULL || !check_id_owner (db, id, c, error))
    return FALSE;
  tt_bind_int (stmt, 1, id);
  bind_household (stmt, c);
  if (!tt_db_step_done (db, stmt, error))
    return FALSE;
  /* A household left as it was is not written: no time of change, no index touched, nothing for
   * the log to say (re-importing last year's list changes few households). */
  if (sqlite3_changes (tt_db_get_handle (db)) == 0 && !household_exists (db, id))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no household %lld."), (long long) id);
      return FALSE;
    }
  return write_side_tables (db, id, c, TRUE, error);
}

/* Checks @input as tt_household_create() would, writing nothing. */
gboolean
tt_household_check (TtDb *db, const TtHouseholdInput *input, const TtHouseholdKnown *known, GError **error)
{
  g_auto(CleanHousehold) c = { 0 };

  return clean_household (db, input, known, &c, error);
}

/* For imports, which looked the ID number up with tt_household_find_duplicate() first. */
gint64
tt_household_insert_in_tx (TtDb *db, const TtHouseholdInput *input, const TtHouseholdKnown *known,
                           GError **error)
{
  g_auto(CleanHousehold) c = { 0 };

  if (!clean_household (db, input, known, &c, error))
    return 0;
  return insert_household (db, &c, TRUE, error);
}

gboolean
tt_household_update_in_tx (TtDb *db, gint64 id, const TtHouseholdInput *input, const TtHouseholdKnown *known,
                           GError **error)
{
  g_auto(CleanHousehold) c = { 0 };

  if (!clean_household (db, input, known, &c, error))
    return FALSE;
  return update_household (db, id, &c, error);
}

gint64
tt_household_create (TtDb                   *db,
                     const TtHouseholdInput *input,
                     GError                **error)
{
  return tt_household_save (db, 0, input, 0, NULL, error);
}

gboolean
tt_household_update (TtDb                   *db,
                     gint64                  id,
                     const TtHouseholdInput *input,
                     GError                **error)
{
  return tt_household_save (db, id, input, 0, NULL, error) != 0;
}

static gint64
insert_checked (TtDb *db, const TtHouseholdInput *input, GError **error)
{
  g_auto(CleanHousehold) c = { 0 };

  if (!clean_household (db, input, NULL, &c, error))
    return 0;
  return insert_household (db, &c, FALSE, error);
}

/* What a clerk does in one go: the household added (@id 0) or changed, its village added to
 * the commune when @input names a new one, and its category for @year recorded when given.
 * One unit of work: on any error nothing is written. Returns the household's id, or 0. */
gint64
tt_household_save (TtDb                   *db,
                   gint64                  id,
                   const TtHouseholdInput *input,
                   int                     year,
                   const char             *category,
                   GError                **error)
{
  TtHouseholdInput in = *input;
  gboolean ok = TRUE;

  if (in.village_id == 0 && in.village_name != NULL && *in.village_name != '\0' && in.commune_id == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("Give the commune of the village."));
      return 0;
    }
  if (!tt_db_begin (db, error))
    return 0;
  if (in.village_id == 0 && in.village_name != NULL && *in.village_name != '\0')
    ok = (in.village_id = tt_place_village_ensure (db, in.commune_id, in.village_name, NULL, error)) != 0;
  if (ok && id != 0)
    ok = tt_household_update_in_tx (db, id, &in, NULL, error);
  else if (ok)
    ok = (id = insert_checked (db, &in, error)) != 0;
  if (ok && category != NULL && *category != '\0')
    ok = tt_household_classify (db, id, year, category, 0, NULL, error);
  return tt_db_end (db, ok, error) ? id : 0;
}

/* Records the household's category for @year under the standard in force that year; the
 * classification of another year is kept as it is. */
gboolean
tt_household_classify (TtDb        *db,
                       gint64       id,
                       int          year,
                       const char  *category,
                       int          deficits,
                       const char  *decision_ref,
                       GError     **error)
{
  g_autofree char *standard = tt_poverty_standard_for (db, year);

  return tt_household_classify_as (db, id, year, standard, category, deficits, decision_ref, error);
}

/* The same under a standard the caller looked up (imports classify every row of one year). */
gboolean
tt_household_classify_as (TtDb        *db,
                          gint64       id,
                          int          year,
                          const char  *standard,
                          const char  *category,
                          int          deficits,
                          const char  *decision_ref,
                          GError     **error)
{
  const char *code = tt_category_parse (category);
  g_autoptr(TtStmt) stmt = NULL;

  if (code == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown category “%s”: use poor, near-poor, hardship, policy, "
                     "social-protection or not-poor."), category ? category : "");
      return FALSE;
    }
  if (year < 2000 || year > 2100)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Classification year %d is not between 2000 and 2100."), year);
      return FALSE;
    }
  if (standard == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("No poverty standard covers the year %d."), year);
      return FALSE;
    }
  stmt = tt_db_prepare (db,
                        "INSERT INTO household_classifications (household_id, year, standard, category, "
                        "deficits, decision_ref) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                        "ON CONFLICT (household_id, year, standard) DO UPDATE SET category = ?4, "
                        "deficits = ?5, decision_ref = coalesce(?6, decision_ref) "
                        "WHERE category IS NOT ?4 OR deficits IS NOT ?5 OR ?6 IS NOT NULL",
                        error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, id);
  tt_bind_int (stmt, 2, year);
  tt_bind_text (stmt, 3, standard);
  tt_bind_text (stmt, 4, code);
  tt_bind_int (stmt, 5, MAX (deficits, 0));
  tt_bind_text (stmt, 6, decision_ref && *decision_ref ? decision_ref : NULL);
  return tt_db_step_done (db, stmt, error);
}
