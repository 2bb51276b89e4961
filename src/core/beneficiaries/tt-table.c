/* tt-table.c — rows of text cells read from CSV files
 *
 * Lists arrive from other offices as CSV in whatever their spreadsheet wrote: UTF-8 with or
 * without a byte-order mark, UTF-16, comma, semicolon or tab separated, quoted fields with
 * line breaks, rows of different lengths. Text in the legacy TCVN3 (ABC) or VNI encodings is
 * recognised and refused with the reason, since converting it by guesswork would corrupt names.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-error.h"
#include "tt-table-private.h"

void
tt_table_free (TtTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_array_unref (table->row_numbers);
  g_free (table->encoding);
  g_free (table);
}

TtTable *
tt_table_new (const char *encoding, char delimiter)
{
  TtTable *t = g_new0 (TtTable, 1);

  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  t->row_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  t->encoding = g_strdup (encoding);
  t->delimiter = delimiter;
  return t;
}

/* Takes @cells (a GPtrArray of strings without its NULL end). */
void
tt_table_add_row (TtTable *table, GPtrArray *cells, guint row_number)
{
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (table->rows, g_ptr_array_free (cells, FALSE));
  g_array_append_val (table->row_numbers, row_number);
}

guint
tt_table_n_rows (const TtTable *table)
{
  return table->rows->len;
}

guint
tt_table_n_cells (const TtTable *table,
                  guint          row)
{
  return row < table->rows->len ? g_strv_length (table->rows->pdata[row]) : 0;
}

/* The cell's text; "" past the end of a short row. */
const char *
tt_table_cell (const TtTable *table,
               guint          row,
               guint          column)
{
  char **cells;

  if (row >= table->rows->len)
    return "";
  cells = table->rows->pdata[row];
  for (guint i = 0; i <= column; i++)
    if (cells[i] == NULL)
      return "";
  return cells[column];
}

guint
tt_table_row_number (const TtTable *table,
                     guint          row)
{
  return row < table->row_numbers->len ? g_array_index (table->row_numbers, guint, row) : 0;
}

/* Letters that TCVN3 (ABC) text shows when read as Latin-1 or Windows-1252 (¸ µ ¶ · ¹ ¨ © ª « ¬
 * ® § ¢ ¤ ¥ ¦ …): none of them is a Vietnamese letter. */
static const gunichar tcvn3_marks[] = {
  0xB8, 0xB5, 0xB6, 0xB7, 0xB9, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAE, 0xA7, 0xA2, 0xA4, 0xA5, 0xA6,
  0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xCB, 0xCE, 0xD6, 0xDE, 0xDF, 0xE5, 0xE6, 0xE7, 0xEE, 0xF7,
};
/* VNI writes a base letter followed by its marks: ñ Ñ for đ Đ, ö for ư, ø ù û õ ï for tones;
 * ñ ö ø û ï ä ë are no Vietnamese letters. */
static const gunichar vni_marks[] = { 0xF8, 0xFB, 0xEF, 0xF1, 0xD1, 0xF6, 0xE4, 0xEB, 0xD8, 0xDB, 0xCF };
/* …and "a" or "e" followed by a hat or tone letter ("Nguyeãn", "Vaên", "Traàn"): Vietnamese
 * has no such pair of vowels. */
static const gunichar vni_after_ae[] = {
  0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xCA, 0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xEA,
};

static gboolean
in_set (gunichar c, const gunichar *set, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (set[i] == c)
      return TRUE;
  return FALSE;
}

/* "TCVN3 (ABC)", "VNI" or NULL for @text (valid UTF-8), with the row where it was first seen. */
const char *
tt_table_legacy_encoding (const char *text, gsize length, guint *row, char **sample)
{
  guint tcvn3 = 0, vni = 0, line = 1, first_tcvn3 = 0, first_vni = 0;
  const char *p = text, *end = text + length, *start_tcvn3 = NULL, *start_vni = NULL;
  const char *line_start = text;
  gunichar prev = 0;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean is_vni, is_tcvn3;

      if (c == '\n')
        {
          line++;
          line_start = p + 1;
        }
      /* Every mark of both sets is a Latin-1 letter: anything else is read past. */
      if (c < 0xA0 || c > 0xFF)
        {
          prev = c;
          p = g_utf8_next_char (p);
          continue;
        }
      is_vni = in_set (c, vni_marks, G_N_ELEMENTS (vni_marks)) ||
               (strchr ("aeAE", (int) (prev < 0x80 ? prev : 1)) && prev != 0 &&
                in_set (c, vni_after_ae, G_N_ELEMENTS (vni_after_ae)));
      is_tcvn3 = !is_vni && (g_ascii_isalpha (prev) || (prev >= 0xA0 && prev <= 0xFF)) &&
                 in_set (c, tcvn3_marks, G_N_ELEMENTS (tcvn3_marks));
      if (is_vni && vni++ == 0)
        first_vni = line, start_vni = line_start;
      if (is_tcvn3 && tcvn3++ == 0)
        first_tcvn3 = line, start_tcvn3 = line_start;
      prev = c;
      p = g_utf8_next_char (p);
    }
  if (vni < 2 && tcvn3 < 2)
    return NULL;
  {
    gboolean is_vni = vni > tcvn3;
    const char *s = is_vni ? start_vni : start_tcvn3;
    const char *nl = memchr (s, '\n', end - s);
    const char *stop = nl ? nl : end;
    const char *cut = s;

    for (int n = 0; cut < stop && n < 40; n++)
      cut = g_utf8_next_char (cut);
    *row = is_vni ? first_vni : first_tcvn3;
    *sample = g_strstrip (g_strndup (s, MIN (cut, stop) - s));
    return is_vni ? "VNI" : "TCVN3 (ABC)";
  }
}

/* Windows-1252 bytes as UTF-8, for showing what a legacy file holds. */
static char *
latin_to_utf8 (const char *data, gsize length)
{
  g_autoptr(GError) error = NULL;
  char *out = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, &error);

  return out ? out : g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
}

static gboolean
refuse_legacy (const char *text, gsize length, GError **error)
{
  guint row = 0;
  g_autofree char *sample = NULL;
  const char *legacy = tt_table_legacy_encoding (text, length, &row, &sample);

  if (legacy == NULL)
    return TRUE;
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("The file is written in the old %s encoding, not Unicode (row %u: “%s”). "
                 "Convert it to Unicode, for example with UniKey’s converter, and import it again."),
               legacy, row, sample);
  return FALSE;
}

/* Decodes @data to UTF-8, telling which encoding it was in. */
char *
tt_table_decode (const char *data, gsize length, char **encoding, gsize *out_length, GError **error)
{
  const guchar *u = (const guchar *) data;
  const char *from = NULL;
  gsize skip = 0;
  char *text;

  if (length > TT_TABLE_MAX_BYTES)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The file is larger than %u MB."), TT_TABLE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (length >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    {
      *encoding = g_strdup ("UTF-8 (BOM)");
      skip = 3;
    }
  else if (length >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    from = "UTF-16LE", skip = 2;
  else if (length >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    from = "UTF-16BE", skip = 2;
  else if (length >= 2 && memchr (data, '\0', MIN (length, 4096)) != NULL)
    from = (u[0] == 0 && u[1] != 0) ? "UTF-16BE" : "UTF-16LE";

  if (from != NULL)
    {
      g_autoptr(GError) local = NULL;
      gsize written = 0;
      text = g_convert (data + skip, (length - skip) & ~(gsize) 1, "UTF-8", from, NULL, &written, &local);
      if (text == NULL)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The file looks like %s text but cannot be read as such: %s"), from,
                       local->message);
          return NULL;
        }
      if (memchr (text, '\0', written) != NULL)
        {
          g_free (text);
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The file holds binary data, not a text list."));
          return NULL;
        }
      *encoding = g_strdup (from);
      *out_length = written;
    }
  else
    {
      const char *bad = NULL;
      if (!g_utf8_validate_len (data + skip, length - skip, &bad))
        {
          g_autofree char *latin = latin_to_utf8 (data + skip, length - skip);
          guint line = 1;
          if (latin != NULL && !refuse_legacy (latin, strlen (latin), error))
            return NULL;
          for (const char *p = data + skip; p < bad; p++)
            line += *p == '\n';
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The file is not Unicode text (row %u has bytes that are not UTF-8). "
                         "Save it as “CSV UTF-8” and import it again."), line);
          return NULL;
        }
      text = g_strndup (data + skip, length - skip);
      if (*encoding == NULL)
        *encoding = g_strdup ("UTF-8");
      *out_length = length - skip;
    }
  if (!refuse_legacy (text, *out_length, error))
    {
      g_free (text);
      g_clear_pointer (encoding, g_free);
      return NULL;
    }
  return text;
}

typedef struct
{
  const char *p, *end;
  char        delim;
  guint       line;
  GString    *cell;      /* scratch for the cell being read */
} CsvCursor;

/* Reads one record; FALSE at the end of the text or on an unclosed quote (error set). */
static gboolean
csv_next (CsvCursor *c, GPtrArray **out, guint *row_number, GError **error)
{
  GPtrArray *cells;
  GString *cell = c->cell;
  gboolean quoted = FALSE, was_quoted = FALSE;
  guint start_line;

  /* Blank lines are not records. */
  while (c->p < c->end && (*c->p == '\n' || *c->p == '\r'))
    {
      if (*c->p == '\n')
        c->line++;
      c->p++;
    }
  if (c->p >= c->end)
    return FALSE;

  start_line = c->line;
  cells = g_ptr_array_new_with_free_func (g_free);
  g_string_truncate (cell, 0);
  while (c->p < c->end)
    {
      char ch = *c->p;
      if (quoted)
        {
          if (ch == '"')
            {
              if (c->p + 1 < c->end && c->p[1] == '"')
                {
                  g_string_append_c (cell, '"');
                  c->p += 2;
                  continue;
                }
              quoted = FALSE;
            }
          else
            {
              if (ch == '\n')
                c->line++;
              if (ch != '\r' || (c->p + 1 < c->end && c->p[1] != '\n'))
                g_string_append_c (cell, ch);
            }
          c->p++;
          continue;
        }
      if (ch == '"' && cell->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          c->p++;
          continue;
        }
      if (ch == c->delim)
        {
          g_ptr_array_add (cells, g_strndup (cell->str, cell->len));
          g_string_truncate (cell, 0);
          was_quoted = FALSE;
          c->p++;
          continue;
        }
      if (ch == '\n' || ch == '\r')
        {
          if (ch == '\r' && c->p + 1 < c->end && c->p[1] == '\n')
            c->p++;
          c->p++;
          c->line++;
          break;
        }
      g_string_append_c (cell, ch);
      c->p++;
    }
  g_ptr_array_add (cells, g_strndup (cell->str, cell->len));
  if (quoted)
    {
      g_ptr_array_unref (cells);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Row %u: a quoted field is never closed."), start_line);
      return FALSE;
    }
  /* Trailing empty cells add nothing (spreadsheets pad rows with separators). */
  while (cells->len > 1 && *(char *) cells->pdata[cells->len - 1] == '\0')
    g_ptr_array_remove_index (cells, cells->len - 1);
  *out = cells;
  *row_number = start_line;
  return TRUE;
}

/* The separator that splits the first records into the most consistent number of fields. */
static char
detect_delimiter (const char *text, gsize length)
{
  static const char candidates[] = { '\t', ';', ',' };
  char best = ',';
  guint best_score = 0, best_width = 0;

  for (gsize k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      g_autoptr(GString) scratch = g_string_new (NULL);
      CsvCursor c = { text, text + MIN (length, 64 * 1024), candidates[k], 1, scratch };
      guint widths[30], n = 0, score = 0, width = 0;
      GPtrArray *cells = NULL;
      guint row;

      while (n < G_N_ELEMENTS (widths) && csv_next (&c, &cells, &row, NULL))
        {
          widths[n++] = cells->len;
          g_ptr_array_unref (cells);
        }
      /* The most common width above one, and how many records have it. */
      for (guint i = 0; i < n; i++)
        {
          guint same = 0;
          if (widths[i] < 2)
            continue;
          for (guint j = 0; j < n; j++)
            same += widths[j] == widths[i];
          if (same > score || (same == score && widths[i] > width))
            score = same, width = widths[i];
        }
      if (score > best_score || (score == best_score && width > best_width))
        best = candidates[k], best_score = score, best_width = width;
    }
  return best;
}

TtTable *
tt_table_read_csv (const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autofree char *encoding = NULL;
  gsize text_length = 0;
  g_autofree char *text = tt_table_decode (data, length, &encoding, &text_length, error);
  g_autoptr(TtTable) table = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GString) scratch = g_string_new (NULL);
  CsvCursor c;
  GPtrArray *cells = NULL;
  guint row;

  if (text == NULL)
    return NULL;
  c = (CsvCursor) { text, text + text_length, detect_delimiter (text, text_length), 1, scratch };
  table = tt_table_new (encoding, c.delim);
  while (csv_next (&c, &cells, &row, &local))
    tt_table_add_row (table, cells, row);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&table);
}

/* A CSV or XLSX file, told apart by its content (an XLSX file is a ZIP archive). */
TtTable *
tt_table_read_file (const char  *path,
                    GError     **error)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, error);
  const char *data;
  gsize length;

  if (file == NULL)
    return NULL;
  data = g_mapped_file_get_contents (file);
  length = g_mapped_file_get_length (file);
  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return tt_table_read_xlsx (data, length, error);
  return tt_table_read_csv (data ? data : "", length, error);
}
