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
#include "tt-import-private.h"
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
  [TT_IMPORT_FIELD_LACKING] = { "lacking", N_("Indicators lacking"),
    { "chi so thieu hut", "cac chi so thieu hut", "thieu hut", "chi so thieu hut dich vu xa hoi co ban",
      "cac chi so thieu hut dich vu xa hoi co ban", NULL } },
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
/* The year of a birth date written "1975", "03/1975", "1975-03", "12/03/1975" (day first, as in
 * Vietnam), "1975-03-12" or with dots or spaces between. A day and month are checked against
 * the calendar (31/02 and 29/02 of a common year are no dates). */
TtImportBirth
tt_import_birth_year_of (const char *text, int *year)
{
  guint value[3] = { 0 }, digits[3] = { 0 }, n = 0;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  const char *p = stripped;
  guint y, m, d = 1;

  while (*p != '\0')
    {
      if (n == 3)
        return TT_IMPORT_BIRTH_NOT_A_YEAR;
      while (g_ascii_isdigit (*p))
        {
          if (digits[n] < 4)
            value[n] = value[n] * 10 + (*p - '0');
          digits[n]++;
          p++;
        }
      if (digits[n] == 0)
        return TT_IMPORT_BIRTH_NOT_A_YEAR;
      n++;
      if (*p != '\0' && strchr (" /-.", *p))
        {
          p++;
          while (*p == ' ')
            p++;
          if (*p == '\0')
            return TT_IMPORT_BIRTH_NOT_A_YEAR;
        }
      else if (*p != '\0')
        return TT_IMPORT_BIRTH_NOT_A_YEAR;
    }
  /* The year is the first or the last group, and has four digits. */
  if (n == 0)
    return TT_IMPORT_BIRTH_NOT_A_YEAR;
  if (digits[0] == 4 && n > 1 && digits[n - 1] != 4)
    y = value[0], m = value[1], d = n == 3 ? value[2] : 1;
  else if (digits[n - 1] == 4)
    y = value[n - 1], m = n > 1 ? value[n - 2] : 1, d = n == 3 ? value[0] : 1;
  else
    return TT_IMPORT_BIRTH_NOT_A_YEAR;
  for (guint i = 0; i < n; i++)
    if (digits[i] > 4 || (digits[i] > 2 && value[i] != y))
      return TT_IMPORT_BIRTH_NOT_A_YEAR;
  if (!g_date_valid_dmy (d, m, y))
    return TT_IMPORT_BIRTH_NOT_A_DATE;
  *year = y;
  return TT_IMPORT_BIRTH_OK;
}

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
  self->states = g_array_new (FALSE, TRUE, sizeof (guint8));
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
  self->n_columns = tt_table_max_cells (table, self->header_row);
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
                         "phone, address, code, note or lacking."), items[i]);
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

/* How many problems the last run found past those it kept: a list whose every row has one (a
 * column mapped wrong) is told by its first problems and a count, in bounded memory. */
guint
tt_import_problems_left_out (TtImport *self)
{
  return self->problems_left_out;
}

TtImportRowState
tt_import_row_state (TtImport *self,
                     guint     row)
{
  return row < self->states->len ? g_array_index (self->states, guint8, row) : TT_IMPORT_ROW_IGNORED;
}

/* Runs the import on @db, a connection of its own to the same office (a worker thread's), as
 * tt_import_run() does; the import is made with and keeps its own connection otherwise. */
gboolean
tt_import_run_on (TtImport       *self,
                  TtDb           *db,
                  gboolean        dry_run,
                  TtImportCounts *counts,
                  GError        **error)
{
  TtDb *own = self->db;
  gboolean ok;

  self->db = db;
  ok = tt_import_run (self, dry_run, counts, error);
  self->db = own;
  return ok;
}

/* How far the run under way has gone: the rows gone through of @total; from any thread. */
void
tt_import_get_progress (TtImport *self,
                        guint    *done,
                        guint    *total)
{
  guint rows = tt_table_n_rows (self->table);

  *done = (guint) g_atomic_int_get (&self->done);
  *total = rows > self->header_row + 1 ? rows - self->header_row - 1 : 0;
}
