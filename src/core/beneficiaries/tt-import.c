/* tt-import.c — importing household lists (CSV, XLSX) into the register, all or nothing
 *
 * The columns are found by their headers, ignoring accents, case and punctuation, with the
 * names the labour department's lists use; a mapping can override them. Every row is checked
 * (which row, which column, why) inside one transaction that is committed only when no row has
 * a problem — or when the clerk chose to leave bad rows out. A dry run does the same and rolls
 * back, so its counts are exactly what the real import would do.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-db-private.h"
#include "tt-households-private.h"
#include "tt-import.h"
#include "tt-places.h"
#include "tt-text.h"

/* Header variants, folded with punctuation turned into spaces. */
static const struct { const char *key; const char *label; const char *headers[12]; } fields[] = {
  [TT_IMPORT_FIELD_HEAD] = { "head", N_("Head of household"),
    { "ho va ten chu ho", "ho ten chu ho", "chu ho", "ho ten", "ho va ten", "ten chu ho",
      "ho va ten chu ho gia dinh", "chu ho gia dinh", NULL } },
  [TT_IMPORT_FIELD_BIRTH_YEAR] = { "birth-year", N_("Birth year"),
    { "nam sinh", "nam sinh chu ho", "ngay sinh", "ngay thang nam sinh", "ngay sinh chu ho", NULL } },
  [TT_IMPORT_FIELD_GENDER] = { "gender", N_("Gender"), { "gioi tinh", "gioi", NULL } },
  [TT_IMPORT_FIELD_ID_NUMBER] = { "id-number", N_("ID number"),
    { "so cccd", "cccd", "so dinh danh", "so dinh danh ca nhan", "cccd cmnd", "so cccd cmnd",
      "so cmnd", "cmnd", "can cuoc", "so can cuoc", NULL } },
  [TT_IMPORT_FIELD_MEMBERS] = { "members", N_("Members"),
    { "so nhan khau", "nhan khau", "so khau", "so thanh vien", "so nguoi", NULL } },
  [TT_IMPORT_FIELD_VILLAGE] = { "village", N_("Village"),
    { "thon", "to dan pho", "ban", "thon to dan pho", "thon ban", "thon ban to dan pho", "ap",
      "xom", "khu pho", "thon xom", NULL } },
  [TT_IMPORT_FIELD_COMMUNE] = { "commune", N_("Commune"),
    { "xa", "phuong", "xa phuong", "xa phuong dac khu", "xa phuong thi tran", "ten xa", "dac khu", NULL } },
  [TT_IMPORT_FIELD_COMMUNE_CODE] = { "commune-code", N_("Commune code"),
    { "ma xa", "ma xa phuong", "ma don vi", "ma dvhc", NULL } },
  [TT_IMPORT_FIELD_CATEGORY] = { "category", N_("Category"),
    { "phan loai", "loai ho", "phan loai ho", "doi tuong", "dien", NULL } },
  [TT_IMPORT_FIELD_YEAR] = { "year", N_("Year"), { "nam", "nam phan loai", "nam ra soat", NULL } },
  [TT_IMPORT_FIELD_PHONE] = { "phone", N_("Phone"),
    { "dien thoai", "so dien thoai", "sdt", "dt", NULL } },
  [TT_IMPORT_FIELD_ADDRESS] = { "address", N_("Address"), { "dia chi", "noi o", "dia chi thuong tru", NULL } },
  [TT_IMPORT_FIELD_CODE] = { "code", N_("Household code"), { "ma ho", "ma ho gia dinh", NULL } },
  [TT_IMPORT_FIELD_NOTE] = { "note", N_("Note"), { "ghi chu", NULL } },
};

struct _TtImport
{
  TtDb               *db;
  TtTable            *table;
  guint               header_row;
  guint               n_columns;
  int                 columns[TT_IMPORT_N_FIELDS];
  int                 year;
  gint64              commune_id;
  TtImportDuplicates  duplicates;
  gboolean            skip_bad_rows;
  GPtrArray          *problems;
  GArray             *states;     /* TtImportRowState per table row */
};

static void
problem_free (TtImportProblem *p)
{
  g_free (p->column);
  g_free (p->message);
  g_free (p);
}

/* Folded, with punctuation as spaces, bracketed notes dropped and spaces collapsed. */
static char *
header_key (const char *text)
{
  g_autofree char *folded = tt_text_fold (text);
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = folded; *p; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0)
        {
          char c = g_ascii_isalnum (*p) || (guchar) *p >= 0x80 ? *p : ' ';
          if (c != ' ' || (out->len > 0 && out->str[out->len - 1] != ' '))
            g_string_append_c (out, c);
        }
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static int
field_of_header (const char *text)
{
  g_autofree char *key = header_key (text);

  for (int f = 0; f < TT_IMPORT_N_FIELDS; f++)
    for (int i = 0; fields[f].headers[i] != NULL; i++)
      if (g_str_equal (key, fields[f].headers[i]))
        return f;
  return -1;
}

static guint
map_headers (TtImport *self, guint row, int *columns)
{
  guint matched = 0;

  for (int f = 0; f < TT_IMPORT_N_FIELDS; f++)
    columns[f] = -1;
  for (guint c = 0; c < tt_table_n_cells (self->table, row); c++)
    {
      int f = field_of_header (tt_table_cell (self->table, row, c));
      if (f >= 0 && columns[f] < 0)
        {
          columns[f] = c;
          matched++;
        }
    }
  return matched;
}

/* Takes @table. Finds the header row among the first rows (lists often start with a title). */
TtImport *
tt_import_new (TtDb     *db,
               TtTable  *table,
               GError  **error)
{
  TtImport *self = g_new0 (TtImport, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *commune_code = tt_db_get_setting (db, "commune-code");
  gboolean found = FALSE;

  self->db = g_object_ref (db);
  self->table = table;
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  self->states = g_array_new (FALSE, TRUE, sizeof (int));
  self->year = g_date_time_get_year (now);
  self->commune_id = tt_place_id_by_code (db, commune_code);
  for (guint r = 0; r < MIN (tt_table_n_rows (table), 15) && !found; r++)
    if (map_headers (self, r, self->columns) >= 2 && self->columns[TT_IMPORT_FIELD_HEAD] >= 0)
      {
        self->header_row = r;
        found = TRUE;
      }
  if (!found)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("No header row found: none of the first rows names the head of household "
                     "(“Họ và tên chủ hộ”, “Chủ hộ” or “Họ tên”) and another known column."));
      tt_import_free (self);
      return NULL;
    }
  for (guint r = self->header_row; r < tt_table_n_rows (table); r++)
    self->n_columns = MAX (self->n_columns, tt_table_n_cells (table, r));
  return self;
}

void
tt_import_free (TtImport *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->db);
  tt_table_free (self->table);
  g_ptr_array_unref (self->problems);
  g_array_unref (self->states);
  g_free (self);
}

const char *
tt_import_field_key (TtImportField field)
{
  return field < TT_IMPORT_N_FIELDS ? fields[field].key : NULL;
}

const char *
tt_import_field_label (TtImportField field)
{
  return field < TT_IMPORT_N_FIELDS ? _(fields[field].label) : NULL;
}

const TtTable *
tt_import_get_table (TtImport *self)
{
  return self->table;
}

guint
tt_import_header_row (TtImport *self)
{
  return self->header_row;
}

guint
tt_import_n_columns (TtImport *self)
{
  return self->n_columns;
}

const char *
tt_import_header (TtImport *self,
                  guint     column)
{
  return tt_table_cell (self->table, self->header_row, column);
}

int
tt_import_get_column (TtImport      *self,
                      TtImportField  field)
{
  return field < TT_IMPORT_N_FIELDS ? self->columns[field] : -1;
}

/* @column -1 leaves the field out. */
void
tt_import_set_column (TtImport      *self,
                      TtImportField  field,
                      int            column)
{
  g_return_if_fail (field < TT_IMPORT_N_FIELDS);
  self->columns[field] = column < (int) self->n_columns ? column : -1;
}

/* A column named by its header text, its letter (A, B … AA) or its number (1, 2 …). */
static int
column_by_name (TtImport *self, const char *name)
{
  g_autofree char *key = header_key (name);
  guint64 n;

  for (guint c = 0; c < self->n_columns; c++)
    {
      g_autofree char *h = header_key (tt_import_header (self, c));
      if (*key != '\0' && g_str_equal (h, key))
        return c;
    }
  if (g_ascii_string_to_unsigned (name, 10, 1, self->n_columns, &n, NULL))
    return n - 1;
  if (*name != '\0' && strlen (name) <= 2)
    {
      int c = 0;
      for (const char *p = name; *p; p++)
        {
          if (!g_ascii_isalpha (*p))
            return -1;
          c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
        }
      return c - 1 < (int) self->n_columns ? c - 1 : -1;
    }
  return -1;
}

/* "head=Tên chủ hộ,village=C,year=-" : a field per item, "-" leaves it out. */
gboolean
tt_import_apply_map (TtImport    *self,
                     const char  *spec,
                     GError     **error)
{
  g_auto(GStrv) items = g_strsplit (spec ? spec : "", ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *eq = strchr (items[i], '=');
      int field = -1, column;

      if (*g_strstrip (items[i]) == '\0')
        continue;
      if (eq == NULL)
        goto bad;
      *eq = '\0';
      g_strstrip (items[i]);
      for (int f = 0; f < TT_IMPORT_N_FIELDS; f++)
        if (g_str_equal (items[i], fields[f].key))
          field = f;
      if (field < 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Unknown field “%s” in the column map: use head, birth-year, gender, "
                         "id-number, members, village, commune, commune-code, category, year, "
                         "phone, address, code or note."), items[i]);
          return FALSE;
        }
      g_strstrip (eq + 1);
      if (g_str_equal (eq + 1, "-"))
        column = -1;
      else if ((column = column_by_name (self, eq + 1)) < 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                       _("The file has no column “%s” (for %s)."), eq + 1, items[i]);
          return FALSE;
        }
      self->columns[field] = column;
    }
  return TRUE;

bad:
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("The column map “%s” is not of the form field=column."), items[0]);
  return FALSE;
}

void
tt_import_set_year (TtImport *self,
                    int       year)
{
  self->year = year;
}

void
tt_import_set_commune (TtImport *self,
                       gint64    commune_id)
{
  self->commune_id = commune_id;
}

void
tt_import_set_duplicates (TtImport           *self,
                          TtImportDuplicates  action)
{
  self->duplicates = action;
}

void
tt_import_set_skip_bad_rows (TtImport *self,
                             gboolean  skip)
{
  self->skip_bad_rows = skip;
}

GPtrArray *
tt_import_get_problems (TtImport *self)
{
  return self->problems;
}

TtImportRowState
tt_import_row_state (TtImport *self,
                     guint     row)
{
  return row < self->states->len ? g_array_index (self->states, int, row) : TT_IMPORT_ROW_IGNORED;
}

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
  TtImportProblem *p = g_new0 (TtImportProblem, 1);

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

/* A year from "1975", "12/03/1975", "1975-03-12" or "03/1975"; -1 when there is none. */
static int
year_of (const char *text)
{
  int digits = 0, year = -1;

  for (const char *p = text; ; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          digits++;
          continue;
        }
      if (digits == 4)
        year = atoi (p - 4);
      digits = 0;
      if (*p == '\0')
        break;
      if (!strchr (" /-.", *p))
        return -1;
    }
  return year;
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
  GHashTable *seen;         /* household id → first row number that touched it */
  gint64      province_id;
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
                          _("The commune is not given and the office has no commune code set: add a "
                            "“Mã xã” or “Xã” column, or choose the commune for the whole list."));
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
      g_autofree char *msg = g_strdup_printf (_("Several communes are named “%s”: add a “Mã xã” column."), text);
      row_problem_text (r, field, msg);
      return 0;
    }
  if (id == 0)
    {
      g_autofree char *msg = *code
        ? g_strdup_printf (_("There is no commune with code %s."), code)
        : g_strdup_printf (_("There is no commune named “%s”%s."), name,
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
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", commune_id, name);
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

static gboolean
classify (TtImport *self, Caches *k, gint64 id, int year, const char *category, GError **error)
{
  const char *standard = g_hash_table_lookup (k->standards, GINT_TO_POINTER (year));

  if (standard == NULL)
    {
      char *found = tt_poverty_standard_for (self->db, year);
      if (found != NULL)
        g_hash_table_insert (k->standards, GINT_TO_POINTER (year), found);
      standard = found;
    }
  return tt_household_classify_as (self->db, id, year, standard, category, 0, NULL, error);
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
  g_array_index (r->self->states, int, r->row) = TT_IMPORT_ROW_ERROR;
  return TRUE;
}

/* One audit entry per imported row: the household as written, its classification and the row
 * it came from. The ID number is logged as present, never its value. */
static gboolean
classify_and_audit (TtImport *self, Caches *k, gint64 id, const TtHouseholdInput *h, TtImportRowState state,
                    int year, const char *category, guint row, GError **error)
{
  g_autoptr(TtStmt) stmt = NULL;
  g_autofree char *note = NULL;

  if (category != NULL && !classify (self, k, id, year, category, error))
    return FALSE;
  stmt = tt_db_prepare (self->db,
                        "INSERT INTO audit_log (actor, table_name, row_id, action, new_values, note) "
                        "VALUES (tt_actor(), 'households', ?1, ?2, json_object('head_name', ?3, "
                        "'head_birth_year', ?4, 'head_gender', ?5, 'commune_id', ?6, 'village_id', ?7, "
                        "'address', ?8, 'phone', ?9, 'member_count', ?10, 'code', ?11, 'note', ?12, "
                        "'id_number', CASE WHEN ?13 THEN '***' END, 'classification_year', ?14, "
                        "'category', ?15), ?16)",
                        error);
  if (stmt == NULL)
    return FALSE;
  note = g_strdup_printf ("import, row %u", tt_table_row_number (self->table, row));
  tt_bind_int (stmt, 1, id);
  tt_bind_text (stmt, 2, state == TT_IMPORT_ROW_NEW ? "insert" : "update");
  tt_bind_text (stmt, 3, h->head_name);
  tt_bind_int (stmt, 4, h->head_birth_year);
  tt_bind_text (stmt, 5, h->head_gender);
  tt_bind_opt_id (stmt, 6, h->commune_id);
  tt_bind_opt_id (stmt, 7, h->village_id);
  tt_bind_text (stmt, 8, h->address);
  tt_bind_text (stmt, 9, h->phone);
  tt_bind_int (stmt, 10, MAX (h->member_count, 1));
  tt_bind_text (stmt, 11, h->code);
  tt_bind_text (stmt, 12, h->note);
  tt_bind_int (stmt, 13, h->id_number != NULL);
  tt_bind_int (stmt, 14, category ? year : 0);
  tt_bind_text (stmt, 15, category);
  tt_bind_text (stmt, 16, note);
  return tt_db_step_done (self->db, stmt, error);
}

/* Reads, checks and writes one row. FALSE only on a database failure (error set). */
static gboolean
import_row (TtImport *self, guint row, Caches *k, TtImportCounts *counts, GError **error)
{
  Row r = { self, row, FALSE, FALSE };
  TtHouseholdInput in = { 0 };
  g_autoptr(GError) local = NULL;
  g_autofree char *head = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *phone = NULL;
  const char *category = NULL;
  const char *text;
  int year = self->year;
  gint64 dup;
  gpointer first_row;
  TtImportRowState state;

  if (ignorable_row (&r))
    {
      g_array_index (self->states, int, row) = TT_IMPORT_ROW_IGNORED;
      return TRUE;
    }

  if ((head = tt_text_clean_name (cell (&r, TT_IMPORT_FIELD_HEAD), _("Head of household"), &local)) == NULL)
    row_problem (&r, TT_IMPORT_FIELD_HEAD, local), g_clear_error (&local);
  in.head_name = head;

  text = cell (&r, TT_IMPORT_FIELD_BIRTH_YEAR);
  if (*text && (in.head_birth_year = year_of (text)) < 0)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a birth year."), text);
      row_problem_text (&r, TT_IMPORT_FIELD_BIRTH_YEAR, msg);
      in.head_birth_year = 0;
    }
  else if (in.head_birth_year != 0)
    {
      TtHouseholdInput probe = { .head_name = "x", .head_birth_year = in.head_birth_year };
      if (!tt_household_check (self->db, &probe, &local))
        row_problem (&r, TT_IMPORT_FIELD_BIRTH_YEAR, local), g_clear_error (&local), in.head_birth_year = 0;
    }

  text = cell (&r, TT_IMPORT_FIELD_GENDER);
  if (*text && (in.head_gender = tt_gender_parse (text)) == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a gender: write Nam, Nữ or Khác."), text);
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
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a number of members between 1 and 100."), text);
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
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a category: write Hộ nghèo, Hộ cận nghèo, "
                                                "Hoàn cảnh khó khăn, Gia đình chính sách or Bảo trợ xã hội."),
                                              text);
      row_problem_text (&r, TT_IMPORT_FIELD_CATEGORY, msg);
    }
  text = cell (&r, TT_IMPORT_FIELD_YEAR);
  if (*text)
    {
      guint64 y = 0;
      if (!g_ascii_string_to_unsigned (text, 10, 2000, 2100, &y, NULL))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a year between 2000 and 2100."), text);
          row_problem_text (&r, TT_IMPORT_FIELD_YEAR, msg);
        }
      year = y;
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
    dup = r.bad ? 0 : tt_household_find_duplicate (self->db, in.id_number, in.head_name,
                                                    in.head_birth_year, in.village_id);
    if (dup != 0 && g_hash_table_lookup_extended (k->seen, GSIZE_TO_POINTER (dup), NULL, &first_row))
      {
        g_autofree char *msg = g_strdup_printf (_("The same household as row %u (same ID number, or same "
                                                  "name, birth year and village)."),
                                                GPOINTER_TO_UINT (first_row));
        row_problem_text (&r, -1, msg);
      }
    if (r.bad)
      {
        counts->errors++;
        g_array_index (self->states, int, row) = TT_IMPORT_ROW_ERROR;
        return TRUE;
      }

    if (dup != 0 && self->duplicates == TT_IMPORT_DUPLICATES_SKIP)
      {
        counts->skipped++;
        state = TT_IMPORT_ROW_SKIP;
      }
    else if (dup != 0)
      {
        g_autoptr(TtHousehold) old = tt_household_get (self->db, dup, error);
        TtHouseholdInput merged = in;
        if (old == NULL)
          return FALSE;
        /* What the file leaves empty keeps its registered value. */
        tt_household_input_keep (&merged, old, r.commune_given);
        if (!tt_household_update_in_tx (self->db, dup, &merged, &local))
          return row_write_failed (&r, counts, local, error);
        counts->updated++;
        state = TT_IMPORT_ROW_UPDATE;
        if (!classify_and_audit (self, k, dup, &merged, state, year, category, row, error))
          return FALSE;
      }
    else
      {
        if ((dup = tt_household_insert_in_tx (self->db, &in, &local)) == 0)
          return row_write_failed (&r, counts, local, error);
        counts->imported++;
        state = TT_IMPORT_ROW_NEW;
        if (!classify_and_audit (self, k, dup, &in, state, year, category, row, error))
          return FALSE;
      }
  }
  g_hash_table_insert (k->seen, GSIZE_TO_POINTER (dup), GUINT_TO_POINTER (tt_table_row_number (self->table, row)));
  g_array_index (self->states, int, row) = state;
  return TRUE;
}

/* Checks and writes every row in one transaction. With problems (and bad rows not to be left
 * out) or on a dry run, everything is rolled back; the counts say what would have happened.
 * Returns FALSE with an error when nothing was written because of problems. */
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
    g_hash_table_new (g_direct_hash, g_direct_equal),
    tt_place_id_by_code (self->db, province_code),
  };
  gboolean ok = TRUE;

  *counts = (TtImportCounts) { 0 };
  g_ptr_array_set_size (self->problems, 0);
  g_array_set_size (self->states, tt_table_n_rows (self->table));
  for (guint r = 0; r < self->states->len; r++)
    g_array_index (self->states, int, r) = TT_IMPORT_ROW_IGNORED;

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
  else if (tt_db_begin (self->db, error))
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

      for (gsize i = 0; i < G_N_ELEMENTS (suspended) && ok; i++)
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
        ok = import_row (self, r, &k, counts, error);
      tt_db_exec (self->db, restore_cache, NULL);
      ok = ok && tt_db_exec (self->db, index_new, error);
      for (guint i = 0; i < triggers->len && ok; i++)
        ok = tt_db_exec (self->db, triggers->pdata[i], error);
      if (ok && counts->errors > 0 && !self->skip_bad_rows)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE, "%u row has a problem: nothing was imported.",
                                    "%u rows have problems: nothing was imported.", counts->errors),
                       counts->errors);
          ok = FALSE;
        }
      if (!ok || dry_run)
        tt_db_rollback (self->db);
      else
        ok = tt_db_commit (self->db, error);
    }
  else
    ok = FALSE;

  g_hash_table_unref (k.categories);
  g_hash_table_unref (k.standards);
  g_hash_table_unref (k.villages);
  g_hash_table_unref (k.communes);
  g_hash_table_unref (k.seen);
  return ok;
}
