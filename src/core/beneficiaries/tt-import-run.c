/* tt-import-run.c — checking and writing the rows of a household import
 *
 * Every row is checked (which row, which column, why) inside one transaction that is committed
 * only when no row has a problem — or when the clerk chose to leave bad rows out. A dry run checks
 * every row the same way but writes no household (only the villages it meets, rolled back): it
 * knows the households of earlier rows from what it has read, so its counts and problems are
 * exactly the real import's, at a fraction of its cost. A refused import counts nothing as
 * imported: only its rows with problems.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-audit.h"
#include "tt-db-private.h"
#include "tt-deficits.h"
#include "tt-households-private.h"
#include "tt-key-index.h"
#include "tt-import-private.h"
#include "tt-places.h"
#include "tt-text.h"

/* The row being read: its cells by field and what is known so far. */
typedef struct
{
  TtImport *self;
  guint     row;
  gboolean  bad;
  gboolean  commune_given;
} Row;

static const char *
cell (Row *r, TtImportField field)
{
  int c = r->self->columns[field];
  return c < 0 ? "" : tt_table_cell (r->self->table, r->row, c);
}

static void
add_problem (TtImport *self, guint row, int field, const char *message)
{
  TtImportProblem *p;

  if (self->problems->len >= TT_IMPORT_MAX_PROBLEMS)
    {
      self->problems_left_out++;
      return;
    }
  p = g_new0 (TtImportProblem, 1);
  p->row = tt_table_row_number (self->table, row);
  if (field >= 0 && self->columns[field] >= 0)
    p->column = g_strdup (tt_import_header (self, self->columns[field]));
  p->message = g_strdup (message);
  g_ptr_array_add (self->problems, p);
}

static void
row_problem (Row *r, int field, GError *error)
{
  add_problem (r->self, r->row, field, error->message);
  r->bad = TRUE;
}

static void
row_problem_text (Row *r, int field, const char *message)
{
  add_problem (r->self, r->row, field, message);
  r->bad = TRUE;
}

/* Numbering lines under the header ("(1) (2) (3)" or "1 2 3"), total lines at the end and
 * empty lines: no head of household is called "(2)" or "Tổng cộng". */
static gboolean
ignorable_row (Row *r)
{
  const char *h = cell (r, TT_IMPORT_FIELD_HEAD);
  const char *first = NULL;

  /* The first filled cell of the row says whether it is a total line. */
  for (guint c = 0; c < tt_table_n_cells (r->self->table, r->row) && first == NULL; c++)
    {
      const char *text = tt_table_cell (r->self->table, r->row, c);
      while (g_ascii_isspace (*text))
        text++;
      if (*text != '\0')
        first = text;
    }
  if (first == NULL)
    return TRUE;
  if (strchr ("TtCc", *first) != NULL)
    {
      g_autofree char *folded = tt_text_fold (first);
      if (g_str_has_prefix (folded, "tong cong") || g_str_has_prefix (folded, "tong so") ||
          g_str_has_prefix (folded, "cong:") || g_str_equal (folded, "cong"))
        return TRUE;
    }
  while (g_ascii_isspace (*h))
    h++;
  if (*h == '(')
    h++;
  if (!g_ascii_isdigit (*h))
    return FALSE;
  while (g_ascii_isdigit (*h))
    h++;
  return *h == '\0' || g_str_equal (h, ")");
}

typedef struct
{
  GHashTable *categories;   /* text as written → category code */
  GHashTable *standards;    /* year → poverty standard code */
  GHashTable *villages;     /* "commune-id/folded name" → village id */
  GHashTable *communes;     /* folded name or code → commune id */
  TtKeyIndex *seen;         /* household id → first row number that touched it */
  gint64      province_id;
  /* What the rows read so far say, so that a dry run, which writes no household, finds the
   * households of earlier rows as the import finds them in the register. */
  TtKeyIndex *file_ids;       /* ID number → household id */
  TtKeyIndex *file_identity;  /* folded name, birth year and village → household id */
  TtKeyIndex *file_codes;     /* household code → household id */
  GHashTable *places;         /* place id → its kind and parent (tt_household_places_new()) */
  gboolean    dry_run;
  gint64      next_new;       /* a dry run numbers its new households -1, -2… */
} Caches;

static gint64
resolve_commune (Row *r, Caches *k)
{
  TtImport *self = r->self;
  const char *code = cell (r, TT_IMPORT_FIELD_COMMUNE_CODE);
  const char *name = cell (r, TT_IMPORT_FIELD_COMMUNE);
  int field = *code ? TT_IMPORT_FIELD_COMMUNE_CODE : TT_IMPORT_FIELD_COMMUNE;
  const char *text = *code ? code : name;
  g_autofree char *key = NULL;
  gpointer hit;
  gint64 id;

  r->commune_given = *text != '\0';
  if (*text == '\0')
    {
      if (self->commune_id == 0)
        row_problem_text (r, TT_IMPORT_FIELD_COMMUNE,
                          _("The commune is not given: add a “Mã xã” or “Xã” column, or choose the "
                            "commune for the whole list."));
      return self->commune_id;
    }
  key = g_strconcat (*code ? "#" : "", *code ? code : "", *code ? "" : name, NULL);
  if (!*code)
    {
      g_free (key);
      key = tt_text_fold (name);
    }
  if (g_hash_table_lookup_extended (k->communes, key, NULL, &hit))
    id = GPOINTER_TO_SIZE (hit);
  else
    {
      if (*code)
        {
          g_autofree char *kind = NULL;
          id = tt_place_id_by_code (self->db, code);
          kind = id ? tt_place_kind (self->db, id) : NULL;
          if (g_strcmp0 (kind, "commune") != 0)
            id = 0;
        }
      else
        id = tt_place_find_child (self->db, k->province_id, "commune", name);
      g_hash_table_insert (k->communes, g_strdup (key), GSIZE_TO_POINTER (id));
    }
  if (id == (gint64) -1 || id == (gint64) (gsize) -1)
    {
      g_autofree char *quoted = tt_text_quote_short (text);
      g_autofree char *msg = g_strdup_printf (_("Several communes are named “%s”: add a “Mã xã” column."), quoted);
      row_problem_text (r, field, msg);
      return 0;
    }
  if (id == 0)
    {
      g_autofree char *quoted = tt_text_quote_short (*code ? code : name);
      g_autofree char *msg = *code
        ? g_strdup_printf (_("There is no commune with code %s."), quoted)
        : g_strdup_printf (_("There is no commune named “%s”%s."), quoted,
                           k->province_id ? _(" in the office’s province") : "");
      row_problem_text (r, field, msg);
    }
  return id;
}

static gint64
resolve_village (Row *r, Caches *k, gint64 commune_id, TtImportCounts *counts)
{
  const char *name = cell (r, TT_IMPORT_FIELD_VILLAGE);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  gpointer hit;
  gboolean created = FALSE;
  gint64 id;

  if (*name == '\0' || commune_id == 0)
    return 0;
  /* Keyed by the name as written: a differently written name of the same village is looked up
   * (ignoring accents and case) once and then cached under that spelling too. */
  {
    GString *k_text = g_string_sized_new (64);
    tt_text_append_int (k_text, commune_id);
    g_string_append_c (k_text, '/');
    g_string_append (k_text, name);
    key = g_string_free (k_text, FALSE);
  }
  if (g_hash_table_lookup_extended (k->villages, key, NULL, &hit))
    return GPOINTER_TO_SIZE (hit);
  id = tt_place_village_ensure (r->self->db, commune_id, name, &created, &error);
  if (id == 0)
    {
      row_problem (r, TT_IMPORT_FIELD_VILLAGE, error);
      return 0;
    }
  counts->new_villages += created;
  g_hash_table_insert (k->villages, g_steal_pointer (&key), GSIZE_TO_POINTER (id));
  return id;
}

static char *
opt (const char *text)
{
  return *text ? g_strdup (text) : NULL;
}

/* The lists write a handful of category texts over and over. */
static const char *
category_of (Caches *k, const char *text)
{
  gpointer code;

  if (!g_hash_table_lookup_extended (k->categories, text, NULL, &code))
    {
      code = (gpointer) tt_category_parse (text);
      g_hash_table_insert (k->categories, g_strdup (text), code);
    }
  return code;
}

/* @deficits: how many indicators the row says are lacking (0 when it says nothing). */
static gboolean
classify (TtImport *self, Caches *k, gint64 id, int year, const char *category, int deficits, GError **error)
{
  const char *standard = g_hash_table_lookup (k->standards, GINT_TO_POINTER (year));

  if (standard == NULL)
    {
      char *found = tt_poverty_standard_for (self->db, year);
      if (found != NULL)
        g_hash_table_insert (k->standards, GINT_TO_POINTER (year), found);
      standard = found;
    }
  return tt_household_classify_as (self->db, id, year, standard, category, deficits, NULL, error);
}

/* A household the register refuses (its checks run before anything of the row is written) is a
 * problem of the row; anything else stops the import. */
static gboolean
row_write_failed (Row *r, TtImportCounts *counts, GError *local, GError **error)
{
  if (local->domain != TT_INPUT_ERROR)
    {
      g_propagate_error (error, g_error_copy (local));
      return FALSE;
    }
  row_problem (r, -1, local);
  counts->errors++;
  g_array_index (r->self->states, guint8, r->row) = TT_IMPORT_ROW_ERROR;
  return TRUE;
}

/* One audit entry per imported row, sealed as it is written (its record's content hash and its
 * place in the chain): a new household is named with its classification; an updated one
 * carries what the row gave. The ID
 * number is logged as present, never its value. A registered household the row left as it was
 * (no row of the office changed since @changes, sqlite3_total_changes64() before the row was
 * written) gets no entry: there is no change to log. */
static gboolean
classify_and_audit (TtImport *self, Caches *k, gint64 id, const TtHouseholdInput *h, TtImportRowState state,
                    int year, const char *category, gint64 lacking, guint row, sqlite3_int64 changes,
                    GError **error)
{
  g_autofree char *values = NULL;
  g_autofree char *note = NULL;

  if (category != NULL &&
      !classify (self, k, id, year, category, lacking >= 0 ? __builtin_popcount ((guint) lacking) : 0, error))
    return FALSE;
  if (category != NULL && lacking >= 0 && !tt_household_set_lacking (self->db, id, year, (guint) lacking, error))
    return FALSE;
  if (state == TT_IMPORT_ROW_UPDATE && sqlite3_total_changes64 (tt_db_get_handle (self->db)) == changes)
    return TRUE;
  /* A new household's entry names it with its classification (its content is in the record
   * hash); an updated one's says what the row gave. */
  if (state == TT_IMPORT_ROW_NEW && category != NULL)
    {
      /* The category is one of the codes tt_category_parse() gives: nothing in it to escape. */
      GString *text = g_string_new ("{\"classification_year\":");
      tt_text_append_int (text, year);
      g_string_append (text, ",\"category\":\"");
      g_string_append (text, category);
      g_string_append (text, "\"}");
      values = g_string_free (text, FALSE);
    }
  else if (state == TT_IMPORT_ROW_NEW)
    values = g_strdup ("{\"classification_year\":0,\"category\":null}");
  else
    {
      g_autoptr(TtStmt) stmt = tt_db_prepare (self->db,
                                              "SELECT json_object('head_name', ?1, 'head_birth_year', ?2, "
                                              "'head_gender', ?3, 'commune_id', ?4, 'village_id', ?5, 'address', ?6, "
                                              "'phone', ?7, 'member_count', ?8, 'code', ?9, 'note', ?10, "
                                              "'id_number', CASE WHEN ?11 THEN '***' END, "
                                              "'classification_year', ?12, 'category', ?13)",
                                              error);
      if (stmt == NULL)
        return FALSE;
      tt_bind_text (stmt, 1, h->head_name);
      tt_bind_int (stmt, 2, h->head_birth_year);
      tt_bind_text (stmt, 3, h->head_gender);
      tt_bind_opt_id (stmt, 4, h->commune_id);
      tt_bind_opt_id (stmt, 5, h->village_id);
      tt_bind_text (stmt, 6, h->address);
      tt_bind_text (stmt, 7, h->phone);
      tt_bind_int (stmt, 8, MAX (h->member_count, 1));
      tt_bind_text (stmt, 9, h->code);
      tt_bind_text (stmt, 10, h->note);
      tt_bind_int (stmt, 11, h->id_number != NULL);
      tt_bind_int (stmt, 12, category ? year : 0);
      tt_bind_text (stmt, 13, category);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        return tt_db_set_error (self->db, error, _("writing the audit log"));
      values = tt_column_dup (stmt, 0);
    }
  {
    GString *text = g_string_new ("import, row ");
    tt_text_append_int (text, tt_table_row_number (self->table, row));
    note = g_string_free (text, FALSE);
  }
  return tt_audit_append_sealed (self->db, "households", id, state == TT_IMPORT_ROW_NEW ? "insert" : "update",
                                 values, note, error);
}

/* The folded name, birth year and village of @h that say it is the same household (when one
 * is missing: NULL); @name_key is its head's name folded. */
static char *
identity_of (const TtHouseholdInput *h, const char *name_key)
{
  GString *identity;

  if (name_key == NULL || h->head_birth_year == 0 || h->village_id == 0)
    return NULL;
  identity = g_string_sized_new (64);
  g_string_append (identity, name_key);
  g_string_append_c (identity, '\x1f');
  tt_text_append_int (identity, h->head_birth_year);
  g_string_append_c (identity, '\x1f');
  tt_text_append_int (identity, h->village_id);
  return g_string_free (identity, FALSE);
}

/* The household a row stands for: the one with its ID number, else the one with its name,
 * birth year and village (0 for none), among the register and the rows read before it. */
static gint64
find_household (TtImport *self, Caches *k, const TtHouseholdInput *h, const char *name_key)
{
  g_autofree char *identity = NULL;
  gint64 owner;

  if (h->id_number != NULL)
    {
      if (tt_key_index_get (k->file_ids, h->id_number, &owner))
        return owner;
      if ((owner = tt_household_id_number_owner (self->db, h->id_number)) != 0)
        return owner;
    }
  if ((identity = identity_of (h, name_key)) == NULL)
    return 0;
  if (tt_key_index_get (k->file_identity, identity, &owner))
    return owner;
  return tt_household_find_by_identity (self->db, name_key, h->head_birth_year, h->village_id);
}

static void
remember_household (Caches *k, gint64 id, const TtHouseholdInput *h, const char *name_key)
{
  g_autofree char *identity = identity_of (h, name_key);

  if (h->id_number != NULL)
    tt_key_index_put (k->file_ids, h->id_number, id);
  if (identity != NULL)
    tt_key_index_put (k->file_identity, identity, id);
  if (h->code != NULL)
    tt_key_index_put (k->file_codes, h->code, id);
}

/* A household code is one household's: a row may not give another's. */
static void
check_code (Row *r, Caches *k, const char *code, gint64 household)
{
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *msg = NULL;
  gint64 first_row;
  gint64 owner = 0;

  if (code == NULL)
    return;
  if (!tt_key_index_get (k->file_codes, code, &owner) &&
      (stmt = tt_db_prepare (r->self->db, "SELECT id FROM households WHERE code = ?", NULL)) != NULL)
    {
      tt_bind_text (stmt, 1, code);
      owner = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
    }
  if (owner == 0 || owner == household)
    return;
  if (tt_key_index_get_id (k->seen, owner, &first_row))
    msg = g_strdup_printf (_("Household code %s is also given on row %u."), code, (guint) first_row);
  else
    msg = g_strdup_printf (_("Household code %s already belongs to household %lld."), code, (long long) owner);
  row_problem_text (r, TT_IMPORT_FIELD_CODE, msg);
}

/* Reads, checks and writes one row. FALSE only on a database failure (error set). */
static gboolean
import_row (TtImport *self, guint row, Caches *k, TtImportCounts *counts, GError **error)
{
  Row r = { self, row, FALSE, FALSE };
  TtHouseholdInput in = { 0 };
  TtHouseholdKnown known;
  g_autoptr(GError) local = NULL;
  g_autofree char *head = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *name_key = NULL;
  const char *category = NULL;
  const char *text;
  int year = self->year;
  gint64 lacking = -1;
  gint64 dup;
  gint64 first_row;
  TtImportRowState state;

  if (ignorable_row (&r))
    {
      g_array_index (self->states, guint8, row) = TT_IMPORT_ROW_IGNORED;
      return TRUE;
    }

  if ((head = tt_text_clean_name (cell (&r, TT_IMPORT_FIELD_HEAD), N_("Head of household"), &local)) == NULL)
    row_problem (&r, TT_IMPORT_FIELD_HEAD, local), g_clear_error (&local);
  in.head_name = head;

  text = cell (&r, TT_IMPORT_FIELD_BIRTH_YEAR);
  if (*text)
    {
      TtImportBirth birth = tt_import_birth_year_of (text, &in.head_birth_year);
      if (birth != TT_IMPORT_BIRTH_OK)
        {
          g_autofree char *quoted = tt_text_quote_short (text);
          g_autofree char *msg = g_strdup_printf (birth == TT_IMPORT_BIRTH_NOT_A_DATE
                                                    ? _("“%s” is not a date.")
                                                    : _("“%s” is not a birth year."),
                                                  quoted);
          row_problem_text (&r, TT_IMPORT_FIELD_BIRTH_YEAR, msg);
          in.head_birth_year = 0;
        }
    }
  if (in.head_birth_year != 0)
    {
      TtHouseholdInput probe = { .head_name = "x", .head_birth_year = in.head_birth_year };
      TtHouseholdKnown places = { k->places, NULL, NULL };
      if (!tt_household_check (self->db, &probe, &places, &local))
        row_problem (&r, TT_IMPORT_FIELD_BIRTH_YEAR, local), g_clear_error (&local), in.head_birth_year = 0;
    }

  text = cell (&r, TT_IMPORT_FIELD_GENDER);
  if (*text && (in.head_gender = tt_gender_parse (text)) == NULL)
    {
      g_autofree char *quoted = tt_text_quote_short (text);
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a gender: write Nam, Nữ or Khác."), quoted);
      row_problem_text (&r, TT_IMPORT_FIELD_GENDER, msg);
    }

  text = cell (&r, TT_IMPORT_FIELD_ID_NUMBER);
  if (*text && (id_number = tt_household_clean_id_number (text, &local)) == NULL)
    row_problem (&r, TT_IMPORT_FIELD_ID_NUMBER, local), g_clear_error (&local);
  in.id_number = id_number;

  text = cell (&r, TT_IMPORT_FIELD_MEMBERS);
  if (*text)
    {
      guint64 n = 0;
      if (!g_ascii_string_to_unsigned (text, 10, 1, 100, &n, NULL))
        {
          g_autofree char *quoted = tt_text_quote_short (text);
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a number of members between 1 and 100."), quoted);
          row_problem_text (&r, TT_IMPORT_FIELD_MEMBERS, msg);
        }
      in.member_count = n;
    }

  text = cell (&r, TT_IMPORT_FIELD_PHONE);
  if (*text)
    {
      /* Spreadsheets drop the leading 0 of a phone kept as a number. */
      phone = (g_ascii_isdigit (*text) && *text != '0' && strlen (text) == 9) ? g_strconcat ("0", text, NULL)
                                                                             : g_strdup (text);
      if (!tt_text_check_phone (phone, &local))
        row_problem (&r, TT_IMPORT_FIELD_PHONE, local), g_clear_error (&local);
      in.phone = phone;
    }

  text = cell (&r, TT_IMPORT_FIELD_CATEGORY);
  if (*text && (category = category_of (k, text)) == NULL)
    {
      g_autofree char *quoted = tt_text_quote_short (text);
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a category: write Hộ nghèo, Hộ cận nghèo, "
                                                "Hoàn cảnh khó khăn, Gia đình chính sách or Bảo trợ xã hội."),
                                              quoted);
      row_problem_text (&r, TT_IMPORT_FIELD_CATEGORY, msg);
    }
  text = cell (&r, TT_IMPORT_FIELD_YEAR);
  if (*text)
    {
      guint64 y = 0;
      if (!g_ascii_string_to_unsigned (text, 10, 2000, 2100, &y, NULL))
        {
          g_autofree char *quoted = tt_text_quote_short (text);
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a year between 2000 and 2100."), quoted);
          row_problem_text (&r, TT_IMPORT_FIELD_YEAR, msg);
        }
      year = y;
    }

  text = cell (&r, TT_IMPORT_FIELD_LACKING);
  if (*text)
    {
      guint mask = 0;
      if (!tt_deficits_parse (text, &mask, &local))
        row_problem (&r, TT_IMPORT_FIELD_LACKING, local), g_clear_error (&local);
      else if (category == NULL && !r.bad)
        row_problem_text (&r, TT_IMPORT_FIELD_LACKING,
                          _("The indicators lacking belong to the year’s category: give the row its category."));
      else
        lacking = mask;
    }

  in.commune_id = resolve_commune (&r, k);
  in.village_id = resolve_village (&r, k, in.commune_id, counts);
  {
    g_autofree char *address = opt (cell (&r, TT_IMPORT_FIELD_ADDRESS));
    g_autofree char *code = opt (cell (&r, TT_IMPORT_FIELD_CODE));
    g_autofree char *note = opt (cell (&r, TT_IMPORT_FIELD_NOTE));

    in.address = address;
    in.code = code;
    in.note = note;
    name_key = head != NULL ? tt_text_fold (head) : NULL;
    known = (TtHouseholdKnown) { k->places, head, name_key };
    dup = r.bad ? 0 : find_household (self, k, &in, name_key);
    if (dup != 0 && tt_key_index_get_id (k->seen, dup, &first_row))
      {
        g_autofree char *msg = g_strdup_printf (_("The same household as row %u (same ID number, or same "
                                                  "name, birth year and village)."),
                                                (guint) first_row);
        row_problem_text (&r, -1, msg);
      }
    if (!r.bad)
      check_code (&r, k, in.code, dup);
    if (r.bad)
      {
        counts->errors++;
        g_array_index (self->states, guint8, row) = TT_IMPORT_ROW_ERROR;
        return TRUE;
      }

    if (dup != 0 && self->duplicates == TT_IMPORT_DUPLICATES_SKIP)
      {
        counts->skipped++;
        state = TT_IMPORT_ROW_SKIP;
      }
    else if (dup != 0)
      {
        g_autoptr(TtHousehold) old = dup > 0 ? tt_household_get (self->db, dup, error) : NULL;
        TtHouseholdInput merged = in;
        sqlite3_int64 changes = sqlite3_total_changes64 (tt_db_get_handle (self->db));
        if (dup > 0 && old == NULL)
          return FALSE;
        /* What the file leaves empty keeps its registered value. */
        if (old != NULL)
          tt_household_input_keep (&merged, old, r.commune_given);
        if (k->dry_run ? !tt_household_check (self->db, &merged, &known, &local)
                       : !tt_household_update_in_tx (self->db, dup, &merged, &known, &local))
          return row_write_failed (&r, counts, local, error);
        counts->updated++;
        state = TT_IMPORT_ROW_UPDATE;
        if (!k->dry_run &&
            !classify_and_audit (self, k, dup, &merged, state, year, category, lacking, row, changes, error))
          return FALSE;
        {
          g_autofree char *merged_key = merged.head_name != in.head_name ? tt_text_fold (merged.head_name) : NULL;
          remember_household (k, dup, &merged, merged_key ? merged_key : name_key);
        }
      }
    else
      {
        if (k->dry_run ? !tt_household_check (self->db, &in, &known, &local)
                       : (dup = tt_household_insert_in_tx (self->db, &in, &known, &local)) == 0)
          return row_write_failed (&r, counts, local, error);
        if (k->dry_run)
          dup = k->next_new--;
        counts->imported++;
        state = TT_IMPORT_ROW_NEW;
        if (!k->dry_run && !classify_and_audit (self, k, dup, &in, state, year, category, lacking, row, 0, error))
          return FALSE;
        remember_household (k, dup, &in, name_key);
      }
  }
  tt_key_index_put_id (k->seen, dup, tt_table_row_number (self->table, row));
  g_array_index (self->states, guint8, row) = state;
  return TRUE;
}

/* Checks and writes every row in one transaction. With problems (and bad rows not to be left
 * out) or on a dry run, everything is rolled back. A dry run that passes counts what the import
 * would do. Returns FALSE with an error when nothing was (or would be) written; then the counts
 * hold only the rows with problems. */
gboolean
tt_import_run (TtImport       *self,
               gboolean        dry_run,
               TtImportCounts *counts,
               GError        **error)
{
  g_autofree char *province_code = tt_db_get_setting (self->db, "province-code");
  Caches k = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    tt_key_index_new (self->db, "seen", TRUE),
    tt_place_id_by_code (self->db, province_code),
    tt_key_index_new (self->db, "ids", FALSE),
    tt_key_index_new (self->db, "identities", FALSE),
    tt_key_index_new (self->db, "codes", FALSE),
    tt_household_places_new (),
    dry_run,
    -1,
  };
  TtKeyIndex *indexes[] = { k.seen, k.file_ids, k.file_identity, k.file_codes };
  TtImportBackup *backup = NULL;
  gboolean ok = TRUE;
  gint64 temp_store = -1;

  *counts = (TtImportCounts) { 0 };
  g_atomic_int_set (&self->done, 0);
  g_ptr_array_set_size (self->problems, 0);
  self->problems_left_out = 0;
  g_array_set_size (self->states, tt_table_n_rows (self->table));
  for (guint r = 0; r < self->states->len; r++)
    g_array_index (self->states, guint8, r) = TT_IMPORT_ROW_IGNORED;

  if (self->columns[TT_IMPORT_FIELD_HEAD] < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY,
                   _("Choose the column that holds the head of household."));
      ok = FALSE;
    }
  else if (self->year < 2000 || self->year > 2100)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("Classification year %d is not between 2000 and 2100."), self->year);
      ok = FALSE;
    }
  /* What the import remembers of the rows beyond what it keeps in memory goes to temporary
   * tables (tt-key-index.c), kept in a file rather than in memory meanwhile; this can only be
   * changed outside a transaction. */
  else if ((dry_run || tt_import_backup_start (self->db, &backup, error)) &&
           (temp_store = tt_db_query_int (self->db, "PRAGMA temp_store", -1)) >= 0 &&
           tt_db_exec (self->db, "PRAGMA temp_store = FILE", error) && tt_db_begin (self->db, error))
    {
      /* A large list changes more pages than the usual cache holds; they stay in memory
       * rather than spill to the write-ahead log before the commit. */
      gint64 cache_size = tt_db_query_int (self->db, "PRAGMA cache_size", -32000);
      g_autofree char *restore_cache = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);
      /* FTS5 writes an index segment for each statement that touches it, so new households
       * join the search index in one statement at the end; the audit log gets one entry per
       * row (audit_row) instead of one per table. The triggers are back before the commit. */
      static const char *const suspended[] = { "households_fts_ai", "audit_households_insert",
                                               "audit_household_personal_insert",
                                               "audit_household_classifications_insert" };
      g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
      gint64 last_id = tt_db_query_int (self->db, "SELECT coalesce(max(id), 0) FROM households", 0);
      g_autofree char *index_new = g_strdup_printf ("INSERT INTO households_fts (rowid, head_name_key) "
                                                    "SELECT id, head_name_key FROM households WHERE id > %"
                                                    G_GINT64_FORMAT, last_id);

      for (gsize i = 0; i < G_N_ELEMENTS (suspended) && ok && !dry_run; i++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                                  "AND name = '%s'", suspended[i]);
          g_autofree char *drop = g_strdup_printf ("DROP TRIGGER %s", suspended[i]);
          char *text = tt_db_query_text (self->db, sql);
          if (text == NULL)
            ok = tt_db_set_error (self->db, error, _("Reading the triggers of the register"));
          else
            {
              g_ptr_array_add (triggers, text);
              ok = tt_db_exec (self->db, drop, error);
            }
        }
      tt_db_exec (self->db, "PRAGMA cache_size = -262144", NULL);
      for (guint r = self->header_row + 1; r < tt_table_n_rows (self->table) && ok; r++)
        {
          ok = import_row (self, r, &k, counts, error);
          g_atomic_int_set (&self->done, (gint) (r - self->header_row));
          /* Once a row has a problem nothing will be written: the rest is checked as a dry run
           * checks it, for the problems it may still have. */
          if (counts->errors > 0 && !self->skip_bad_rows)
            k.dry_run = TRUE;
        }
      tt_db_exec (self->db, restore_cache, NULL);
      for (gsize i = 0; i < G_N_ELEMENTS (indexes) && ok; i++)
        ok = tt_key_index_check (indexes[i], error);
      if (ok && tt_table_failed (self->table))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Rows of the list could not be read back from its temporary file: "
                         "nothing was imported."));
          ok = FALSE;
        }
      ok = ok && (dry_run || tt_db_exec (self->db, index_new, error));
      for (guint i = 0; i < triggers->len && ok; i++)
        ok = tt_db_exec (self->db, triggers->pdata[i], error);
      if (ok && counts->errors > 0 && !self->skip_bad_rows)
        {
          if (dry_run)
            g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                         g_dngettext (GETTEXT_PACKAGE, "%u row has a problem: nothing would be imported.",
                                      "%u rows have problems: nothing would be imported.", counts->errors),
                         counts->errors);
          else
            g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                         g_dngettext (GETTEXT_PACKAGE, "%u row has a problem: nothing was imported.",
                                      "%u rows have problems: nothing was imported.", counts->errors),
                         counts->errors);
          ok = FALSE;
        }
      if (ok && !dry_run)
        ok = tt_import_backup_finish (g_steal_pointer (&backup), error);
      if (!ok || dry_run)
        tt_db_rollback (self->db);
      else
        ok = tt_db_commit (self->db, error);
    }
  else
    ok = FALSE;

  /* A backup still under way when the import failed is waited for: it is a backup of the office
   * as it still is. */
  tt_import_backup_finish (backup, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (indexes); i++)
    tt_key_index_free (indexes[i]);
  if (temp_store >= 0)
    {
      g_autofree char *restore = g_strdup_printf ("PRAGMA temp_store = %" G_GINT64_FORMAT, temp_store);
      tt_db_exec (self->db, restore, NULL);
    }

  /* Refused, nothing was (or would be) written: only the rows with problems count. */
  if (!ok)
    *counts = (TtImportCounts) { .errors = counts->errors };

  g_hash_table_unref (k.categories);
  g_hash_table_unref (k.standards);
  g_hash_table_unref (k.villages);
  g_hash_table_unref (k.communes);
  g_hash_table_unref (k.places);
  return ok;
}
