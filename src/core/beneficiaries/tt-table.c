/* tt-table.c — rows of text cells read from CSV files
 *
 * Lists arrive from other offices as CSV in whatever their spreadsheet wrote: UTF-8 with or
 * without a byte-order mark, UTF-16, comma, semicolon or tab separated, quoted fields with
 * line breaks, rows of different lengths. Text in the legacy TCVN3 (ABC) or VNI encodings is
 * recognised and refused with the reason, since converting it by guesswork would corrupt names.
 * The file is read a block at a time, each row handed to the table as it is read: however long
 * the list, neither it nor its text is ever held in memory whole.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-error.h"
#include "tt-table-private.h"

#define BLOCK_BYTES (1024 * 1024)
/* What the separator is told from. */
#define SNIFF_BYTES (64 * 1024)

void
tt_table_free (TtTable *table)
{
  if (table == NULL)
    return;
  tt_table_rows_free (table->rows);
  g_free (table->encoding);
  g_free (table);
}

TtTable *
tt_table_new (const char *encoding, char delimiter)
{
  TtTable *t = g_new0 (TtTable, 1);

  t->rows = tt_table_rows_new ();
  t->encoding = g_strdup (encoding);
  t->delimiter = delimiter;
  return t;
}

/* Windows-1252 bytes as UTF-8, for showing what a legacy file holds. */
static char *
latin_to_utf8 (const char *data, gsize length)
{
  g_autoptr(GError) error = NULL;
  char *out = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, &error);

  return out ? out : g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
}

typedef enum
{
  CSV_ROW,
  CSV_END,
  CSV_MORE,  /* the record goes on past the text read so far */
  CSV_ERROR,
} CsvStep;

typedef struct
{
  const char *p, *end;
  char        delim;
  guint       line;
  GString    *cell;      /* scratch for the cell being read */
  gboolean    final;     /* no text follows @end */
} CsvCursor;

/* Whether the byte @k past the cursor is in the text read so far; when it is not and more text
 * follows, the record must wait for it (*more set). */
static inline gboolean
have (const CsvCursor *c, gsize k, gboolean *more)
{
  if (c->p + k < c->end)
    return TRUE;
  if (!c->final)
    *more = TRUE;
  return FALSE;
}

/* Reads one record. CSV_MORE leaves the cursor at the record's start. */
static CsvStep
csv_next (CsvCursor *c, GPtrArray **out, guint *row_number, GError **error)
{
  GPtrArray *cells;
  GString *cell = c->cell;
  gboolean quoted = FALSE, was_quoted = FALSE, more = FALSE;
  const char *record;
  guint start_line;

  /* Blank lines are not records. */
  while (c->p < c->end && (*c->p == '\n' || *c->p == '\r'))
    {
      if (*c->p == '\n')
        c->line++;
      c->p++;
    }
  if (c->p >= c->end)
    return c->final ? CSV_END : CSV_MORE;

  record = c->p;
  start_line = c->line;
  cells = g_ptr_array_new_with_free_func (g_free);
  g_string_truncate (cell, 0);
  while (have (c, 0, &more))
    {
      char ch = *c->p;
      if (quoted)
        {
          if (ch == '"')
            {
              if (have (c, 1, &more) && c->p[1] == '"')
                {
                  g_string_append_c (cell, '"');
                  c->p += 2;
                  continue;
                }
              if (more)
                break;
              quoted = FALSE;
            }
          else
            {
              gboolean next = have (c, 1, &more);
              if (more)
                break;
              if (ch == '\n')
                c->line++;
              if (ch != '\r' || (next && c->p[1] != '\n'))
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
          if (ch == '\r' && have (c, 1, &more) && c->p[1] == '\n')
            c->p++;
          if (more)
            break;
          c->p++;
          c->line++;
          break;
        }
      g_string_append_c (cell, ch);
      c->p++;
    }
  if (more)
    {
      g_ptr_array_unref (cells);
      c->p = record;
      c->line = start_line;
      return CSV_MORE;
    }
  g_ptr_array_add (cells, g_strndup (cell->str, cell->len));
  if (quoted)
    {
      g_ptr_array_unref (cells);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Row %u: a quoted field is never closed."), start_line);
      return CSV_ERROR;
    }
  /* Trailing empty cells add nothing (spreadsheets pad rows with separators). */
  while (cells->len > 1 && *(char *) cells->pdata[cells->len - 1] == '\0')
    g_ptr_array_remove_index (cells, cells->len - 1);
  *out = cells;
  *row_number = start_line;
  return CSV_ROW;
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
      CsvCursor c = { text, text + MIN (length, SNIFF_BYTES), candidates[k], 1, scratch, TRUE };
      guint widths[30], n = 0, score = 0, width = 0;
      GPtrArray *cells = NULL;
      guint row;

      while (n < G_N_ELEMENTS (widths) && csv_next (&c, &cells, &row, NULL) == CSV_ROW)
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

/* The text of a CSV file as it is read: a buffer of whole lines checked as UTF-8 (and for the
 * legacy encodings) up to @checked, read from @in up to @buf's end. */
typedef struct
{
  GInputStream *in;
  GByteArray   *buf;
  gsize         start;     /* what the rows read so far took */
  gsize         checked;
  gboolean      eof;
  gboolean      converted; /* decoded from UTF-16: valid UTF-8, but it may hold NULs */
  const char   *from;
  guint         lines;     /* line breaks before @checked */
  gboolean      not_utf8;  /* the bytes at @checked are no UTF-8 */
  guint         unicode;   /* characters past ASCII before @checked, counted up to a few */
  TtLegacyScan  legacy;
} Reader;

static gboolean
read_failed (Reader *r, GError *local, GError **error)
{
  if (r->converted && (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) ||
                       g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT)))
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                 _("The file looks like %s text but cannot be read as such: %s"), r->from, local->message);
  else
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("The file could not be read: %s"),
                 local->message);
  g_error_free (local);
  return FALSE;
}

/* Counts the characters past ASCII in @text, up to a few: a file that has some before a byte
 * that is no UTF-8 is Unicode text with a damaged byte, not text in a legacy encoding. */
static void
count_unicode (Reader *r, const char *text, gsize size)
{
  for (const guchar *p = (const guchar *) text, *end = p + size; p < end && r->unicode < 3; p++)
    r->unicode += *p >= 0xC0;
}

/* Reads the next block after what the rows took, and checks its whole lines. */
static gboolean
reader_fill (Reader *r, GError **error)
{
  GError *local = NULL;
  gsize len, limit;
  gssize n;

  if (r->start > 0)
    {
      memmove (r->buf->data, r->buf->data + r->start, r->buf->len - r->start);
      g_byte_array_set_size (r->buf, r->buf->len - r->start);
      r->checked -= r->start;
      r->start = 0;
    }
  len = r->buf->len;
  g_byte_array_set_size (r->buf, len + BLOCK_BYTES);
  n = g_input_stream_read (r->in, r->buf->data + len, BLOCK_BYTES, NULL, &local);
  /* UTF-16 ends on an odd byte: it is left out, as a partial character. */
  if (n < 0 && r->converted && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    {
      g_clear_error (&local);
      n = 0;
    }
  if (n < 0)
    {
      g_byte_array_set_size (r->buf, len);
      return read_failed (r, local, error);
    }
  g_byte_array_set_size (r->buf, len + n);
  r->eof = n == 0;

  /* Lines are checked whole (a character is never cut, and the legacy check sees each line). */
  limit = r->buf->len;
  if (!r->eof)
    {
      const guchar *d = r->buf->data;
      while (limit > r->checked && d[limit - 1] != '\n')
        limit--;
      /* A block without a line break: up to its last whole character. */
      if (limit == r->checked)
        {
          limit = r->buf->len;
          while (limit > r->checked && (d[limit - 1] & 0xC0) == 0x80)
            limit--;
          if (limit > r->checked && d[limit - 1] >= 0xC0)
            limit--;
        }
    }
  {
    const char *text = (const char *) r->buf->data + r->checked;
    gsize size = limit - r->checked;
    const char *bad = NULL;

    if (r->converted ? memchr (text, '\0', size) != NULL : !g_utf8_validate_len (text, size, &bad))
      {
        if (r->converted)
          {
            g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                         _("The file holds binary data, not a text list."));
            return FALSE;
          }
        for (const char *p = text; p < bad; p++)
          r->lines += *p == '\n';
        count_unicode (r, text, bad - text);
        /* Not UTF-8: the caller reads the whole file again for the legacy encodings. */
        r->checked += bad - text;
        r->not_utf8 = TRUE;
        return FALSE;
      }
    tt_legacy_scan_feed (&r->legacy, text, size);
    count_unicode (r, text, size);
    for (const char *p = memchr (text, '\n', size); p != NULL; p = memchr (p + 1, '\n', text + size - p - 1))
      r->lines++;
    r->checked = limit;
  }
  return TRUE;
}

/* The whole file (@raw from its start, @skip bytes of mark left out) read as Windows-1252: a
 * file that is not UTF-8 may be in a legacy encoding, and is refused with the reason; else, or
 * when it was @unicode text up to the byte that is not, with the row of that byte. */
static void
refuse_not_unicode (GInputStream *raw, gsize skip, guint line, gboolean unicode, GError **error)
{
  TtLegacyScan scan = { 0 };
  g_autoptr(GByteArray) pending = g_byte_array_new ();
  g_autofree guchar *block = g_malloc (BLOCK_BYTES);
  gssize n = 0;

  if (!unicode && G_IS_SEEKABLE (raw) && g_seekable_seek (G_SEEKABLE (raw), (goffset) skip, G_SEEK_SET, NULL, NULL))
    while ((n = g_input_stream_read (raw, block, BLOCK_BYTES, NULL, NULL)) >= 0)
      {
        guint keep = 0;
        g_autofree char *latin = NULL;

        g_byte_array_append (pending, block, (guint) n);
        /* Whole lines, but for the last block. */
        if (n > 0)
          {
            guint cut = pending->len;
            while (cut > 0 && pending->data[cut - 1] != '\n')
              cut--;
            keep = pending->len - cut;
          }
        latin = latin_to_utf8 ((const char *) pending->data, pending->len - keep);
        if (latin != NULL)
          tt_legacy_scan_feed (&scan, latin, strlen (latin));
        g_byte_array_remove_range (pending, 0, pending->len - keep);
        if (n == 0)
          break;
      }
  if (tt_legacy_scan_refuse (&scan, NULL, error))
    g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                 _("The file is not Unicode text (row %u has bytes that are not UTF-8). "
                   "Save it as “CSV UTF-8” and import it again."), line);
  tt_legacy_scan_clear (&scan);
}

/* Reads @raw's CSV text into a table, a block at a time. */
static TtTable *
read_csv_stream (GInputStream *raw, GError **error)
{
  g_autoptr(GBufferedInputStream) buffered = G_BUFFERED_INPUT_STREAM (g_buffered_input_stream_new_sized (raw, 8192));
  g_autoptr(GInputStream) converter = NULL;
  g_autoptr(GByteArray) buf = g_byte_array_sized_new (BLOCK_BYTES);
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(TtTable) table = NULL;
  g_autoptr(GError) local = NULL;
  const char *encoding = "UTF-8";
  Reader r = { G_INPUT_STREAM (buffered), buf, 0, 0, FALSE, FALSE, NULL, 0, FALSE, 0, { 0 } };
  CsvCursor c;
  const guchar *u;
  gsize length, skip = 0;
  gboolean ok = TRUE;

  /* The first 4 KB (or the whole of a shorter file) tell the encoding. */
  while (g_buffered_input_stream_get_available (buffered) < 4096)
    {
      gssize more = g_buffered_input_stream_fill (buffered, 4096, NULL, &local);
      if (more < 0)
        return read_failed (&r, g_steal_pointer (&local), error), NULL;
      if (more == 0)
        break;
    }
  u = g_buffered_input_stream_peek_buffer (buffered, &length);
  if (length >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    encoding = "UTF-8 (BOM)", skip = 3;
  else if (length >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    r.from = "UTF-16LE", skip = 2;
  else if (length >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    r.from = "UTF-16BE", skip = 2;
  else if (length >= 2 && memchr (u, '\0', MIN (length, 4096)) != NULL)
    r.from = (u[0] == 0 && u[1] != 0) ? "UTF-16BE" : "UTF-16LE";
  if (skip > 0)
    g_input_stream_skip (G_INPUT_STREAM (buffered), skip, NULL, NULL);
  if (r.from != NULL)
    {
      g_autoptr(GCharsetConverter) conv = g_charset_converter_new ("UTF-8", r.from, &local);
      if (conv == NULL)
        return read_failed (&r, g_steal_pointer (&local), error), NULL;
      converter = g_converter_input_stream_new (G_INPUT_STREAM (buffered), G_CONVERTER (conv));
      r.in = converter;
      r.converted = TRUE;
      encoding = r.from;
    }

  /* The separator is told from the first lines. */
  while (ok && !r.eof && r.checked < SNIFF_BYTES)
    ok = reader_fill (&r, error);
  if (ok)
    {
      table = tt_table_new (encoding, detect_delimiter ((const char *) buf->data, r.checked));
      c = (CsvCursor) { (const char *) buf->data, (const char *) buf->data + r.checked, table->delimiter, 1,
                        scratch, r.eof && r.checked == buf->len };
    }
  while (ok)
    {
      GPtrArray *cells = NULL;
      guint row = 0;
      CsvStep step = csv_next (&c, &cells, &row, error);

      if (step == CSV_ROW)
        ok = tt_table_add_row (table, cells, row, error);
      else if (step == CSV_MORE)
        {
          r.start = c.p - (const char *) buf->data;
          ok = reader_fill (&r, error);
          c.p = (const char *) buf->data + r.start;
          c.end = (const char *) buf->data + r.checked;
          c.final = r.eof && r.checked == buf->len;
        }
      else
        {
          ok = step == CSV_END;
          break;
        }
    }
  /* A text that is no UTF-8 stopped the reading with no error of its own. */
  if (r.not_utf8)
    refuse_not_unicode (raw, skip, r.lines + 1, r.unicode >= 3, error);
  ok = ok && tt_legacy_scan_refuse (&r.legacy, NULL, error) && tt_table_rows_finish (table, error);
  tt_legacy_scan_clear (&r.legacy);
  return ok ? g_steal_pointer (&table) : NULL;
}

TtTable *
tt_table_read_csv (const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (data, (gssize) length, NULL);

  return read_csv_stream (in, error);
}

/* A CSV or XLSX file, told apart by its content (an XLSX file is a ZIP archive). */
TtTable *
tt_table_read_file (const char  *path,
                    GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local = NULL;
  char head[4] = { 0 };
  gsize got = 0;

  in = g_file_read (file, NULL, &local);
  if (in == NULL || !g_input_stream_read_all (G_INPUT_STREAM (in), head, sizeof head, &got, NULL, &local) ||
      !g_seekable_seek (G_SEEKABLE (in), 0, G_SEEK_SET, NULL, &local))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (got == 4 && memcmp (head, "PK\x03\x04", 4) == 0)
    {
      g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, error);
      return mapped ? tt_table_read_xlsx (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped),
                                          error)
                    : NULL;
    }
  return read_csv_stream (G_INPUT_STREAM (in), error);
}
