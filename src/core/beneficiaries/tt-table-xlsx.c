/* tt-table-xlsx.c — the first worksheet of an XLSX workbook as rows of text cells
 *
 * An XLSX file is a ZIP archive of XML parts. This reader takes the archive from memory (so it
 * can be fuzzed and needs no temporary files), inflates the parts it needs with zlib after
 * checking every offset and size against the buffer, and reads the XML with GMarkup. The sheet
 * is the first tab of xl/workbook.xml, found through xl/_rels/workbook.xml.rels; elements are
 * matched by local name, so parts written with a namespace prefix (<x:row>) read the same.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <zlib.h>

#include "tt-error.h"
#include "tt-table-private.h"

#define MAX_COLUMNS 1024

static guint16
le16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
le32 (const guchar *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static void
set_broken (GError **error, const char *why)
{
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("The file is not a readable XLSX workbook (%s)."), why);
}

/* Where an archive member is, and how it is packed. */
typedef struct
{
  guint   method;
  guint32 crc, c_size, u_size;
  gsize   start;
} Member;

/* Finds the archive member @name: FALSE when it is not there (error set unless the member is
 * simply missing and @missing_ok). Part names are compared without regard to ASCII case, as
 * the package format says; an exact match wins. */
static gboolean
zip_find (const guchar *data, gsize length, const char *name, gboolean missing_ok, Member *m, GError **error)
{
  gsize eocd = 0, cd, cd_end, name_len = strlen (name), match = 0;
  guint n_entries;
  gboolean found = FALSE, matched = FALSE;
  guint n_len, local_n, local_x;
  guint32 offset;

  if (length < 22)
    return set_broken (error, "too short"), FALSE;
  for (gsize i = length - 22 + 1; i-- > 0 && length - i <= 22 + 65535;)
    if (le32 (data + i) == 0x06054b50)
      {
        eocd = i;
        found = TRUE;
        break;
      }
  if (!found)
    return set_broken (error, "no ZIP directory"), FALSE;
  n_entries = le16 (data + eocd + 10);
  cd = le32 (data + eocd + 16);
  cd_end = cd + (gsize) le32 (data + eocd + 12);
  if (cd > eocd || cd_end > eocd)
    return set_broken (error, "bad ZIP directory"), FALSE;

  for (guint e = 0; e < n_entries; e++)
    {
      if (cd + 46 > cd_end || le32 (data + cd) != 0x02014b50)
        return set_broken (error, "bad ZIP entry"), FALSE;
      n_len = le16 (data + cd + 28);
      if (cd + 46 + n_len > cd_end)
        return set_broken (error, "bad ZIP entry"), FALSE;
      if (n_len == name_len && memcmp (data + cd + 46, name, n_len) == 0)
        {
          match = cd;
          matched = TRUE;
          break;
        }
      if (!matched && n_len == name_len && g_ascii_strncasecmp ((const char *) data + cd + 46, name, n_len) == 0)
        {
          match = cd;
          matched = TRUE;
        }
      cd += 46 + (gsize) n_len + le16 (data + cd + 30) + le16 (data + cd + 32);
    }
  if (!matched)
    {
      if (!missing_ok)
        {
          g_autofree char *why = g_strdup_printf ("no %s", name);
          set_broken (error, why);
        }
      return FALSE;
    }

  cd = match;
  m->method = le16 (data + cd + 10);
  m->crc = le32 (data + cd + 16);
  m->c_size = le32 (data + cd + 20);
  m->u_size = le32 (data + cd + 24);
  offset = le32 (data + cd + 42);
  if ((gsize) offset + 30 > length || le32 (data + offset) != 0x04034b50)
    return set_broken (error, "bad local header"), FALSE;
  local_n = le16 (data + offset + 26);
  local_x = le16 (data + offset + 28);
  m->start = (gsize) offset + 30 + local_n + local_x;
  if (m->start > length || m->c_size > length - m->start)
    return set_broken (error, "member beyond the end"), FALSE;
  if (m->method != 0 && m->method != 8)
    return set_broken (error, "unknown compression"), FALSE;
  if (m->method == 0 && m->c_size != m->u_size)
    return set_broken (error, "bad stored size"), FALSE;
  return TRUE;
}

/* The member's content given a piece at a time to @feed, as it is inflated: a worksheet is
 * never held whole. */
typedef gboolean (*FeedFunc) (const char *text, gsize len, gpointer data, GError **error);

static gboolean
zip_unpack (const guchar *data, const Member *m, FeedFunc feed, gpointer feed_data, GError **error)
{
  enum { CHUNK = 256 * 1024 };
  g_autofree guchar *buf = NULL;
  z_stream z = { 0 };
  uLong crc = crc32 (0, NULL, 0);
  int rc = Z_OK;

  if (m->method == 0)
    {
      crc = crc32 (crc, data + m->start, m->u_size);
      if (crc != m->crc)
        return set_broken (error, "checksum mismatch"), FALSE;
      return feed ((const char *) data + m->start, m->u_size, feed_data, error);
    }
  if (inflateInit2 (&z, -MAX_WBITS) != Z_OK)
    return set_broken (error, "zlib"), FALSE;
  buf = g_malloc (CHUNK);
  z.next_in = (Bytef *) data + m->start;
  z.avail_in = m->c_size;
  while (rc == Z_OK)
    {
      z.next_out = buf;
      z.avail_out = CHUNK;
      rc = inflate (&z, Z_NO_FLUSH);
      if ((rc == Z_OK || rc == Z_STREAM_END) && z.total_out > m->u_size)
        rc = Z_DATA_ERROR;
      if (rc == Z_OK && z.avail_out == CHUNK && z.avail_in == 0)
        rc = Z_BUF_ERROR;
      if (rc == Z_OK || rc == Z_STREAM_END)
        {
          crc = crc32 (crc, buf, CHUNK - z.avail_out);
          if (!feed ((const char *) buf, CHUNK - z.avail_out, feed_data, error))
            {
              inflateEnd (&z);
              return FALSE;
            }
        }
    }
  inflateEnd (&z);
  if (rc != Z_STREAM_END || z.total_out != m->u_size)
    return set_broken (error, "damaged compressed data"), FALSE;
  if (crc != m->crc)
    return set_broken (error, "checksum mismatch"), FALSE;
  return TRUE;
}

static gboolean
append_bytes (const char *text, gsize len, gpointer data, GError **error)
{
  g_byte_array_append (data, (const guint8 *) text, len);
  return TRUE;
}

/* The uncompressed content of the archive member @name, or NULL (error set unless the member
 * is simply missing and @missing_ok). */
static GBytes *
zip_member (const guchar *data, gsize length, const char *name, gboolean missing_ok, GError **error)
{
  Member m;
  g_autoptr(GByteArray) out = NULL;

  if (!zip_find (data, length, name, missing_ok, &m, error))
    return NULL;
  if (m.u_size > TT_TABLE_MAX_BYTES)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The workbook is larger than %u MB once unpacked."),
                   TT_TABLE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  out = g_byte_array_sized_new (m.u_size);
  if (!zip_unpack (data, &m, append_bytes, out, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static const char *
local_name (const char *element)
{
  const char *colon = strrchr (element, ':');
  return colon ? colon + 1 : element;
}

static const char *
attribute (const char **names, const char **values, const char *want)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (!g_str_has_prefix (names[i], "xmlns") && g_str_equal (local_name (names[i]), want))
      return values[i];
  return NULL;
}

/* A GMarkup error is a broken workbook; the readers' own errors say what is wrong. */
static gboolean
markup_failed (GError *local, GError **error)
{
  if (local->domain == TT_INPUT_ERROR)
    g_propagate_error (error, local);
  else
    {
      set_broken (error, local->message);
      g_error_free (local);
    }
  return FALSE;
}

static gboolean
parse_xml (GBytes *bytes, const GMarkupParser *parser, gpointer data, GError **error)
{
  g_autoptr(GMarkupParseContext) ctx = g_markup_parse_context_new (parser, 0, data, NULL);
  GError *local = NULL;
  gsize n;
  const char *text = g_bytes_get_data (bytes, &n);

  if (!g_markup_parse_context_parse (ctx, text ? text : "", n, &local) ||
      !g_markup_parse_context_end_parse (ctx, &local))
    return markup_failed (local, error);
  return TRUE;
}

static gboolean
feed_markup (const char *text, gsize len, gpointer ctx, GError **error)
{
  return g_markup_parse_context_parse (ctx, text, len, error);
}

/* The archive member @name read with @parser as it is inflated; TRUE for a member that is
 * missing and @missing_ok. */
static gboolean
parse_member (const guchar *data, gsize length, const char *name, gboolean missing_ok,
              const GMarkupParser *parser, gpointer user_data, GError **error)
{
  g_autoptr(GMarkupParseContext) ctx = g_markup_parse_context_new (parser, 0, user_data, NULL);
  GError *local = NULL;
  Member m;

  if (!zip_find (data, length, name, missing_ok, &m, &local))
    {
      if (local == NULL)
        return TRUE;
      g_propagate_error (error, local);
      return FALSE;
    }
  if (!zip_unpack (data, &m, feed_markup, ctx, &local))
    {
      /* The archive's own damage is told as it is; the XML's through markup_failed. */
      if (local->domain == TT_INPUT_ERROR)
        g_propagate_error (error, local);
      else
        return markup_failed (local, error);
      return FALSE;
    }
  if (!g_markup_parse_context_end_parse (ctx, &local))
    return markup_failed (local, error);
  return TRUE;
}

/* Workbook: the sheets in tab order. Relationships: where each one's part is. */
typedef struct
{
  char     *rid;
  gboolean  hidden;
} SheetEntry;

typedef struct
{
  char *target;
  char *type;
} Relation;

static void
sheet_entry_free (gpointer p)
{
  SheetEntry *e = p;
  g_free (e->rid);
  g_free (e);
}

static void
relation_free (gpointer p)
{
  Relation *r = p;
  g_free (r->target);
  g_free (r->type);
  g_free (r);
}

static void
workbook_start (GMarkupParseContext *ctx, const char *element, const char **names,
                const char **values, gpointer data, GError **error)
{
  GPtrArray *sheets = data;

  if (g_str_equal (local_name (element), "sheet") && sheets->len < 4096)
    {
      SheetEntry *e = g_new0 (SheetEntry, 1);
      const char *state = attribute (names, values, "state");
      e->rid = g_strdup (attribute (names, values, "id"));
      e->hidden = state != NULL && !g_str_equal (state, "visible");
      g_ptr_array_add (sheets, e);
    }
}

static void
rels_start (GMarkupParseContext *ctx, const char *element, const char **names,
            const char **values, gpointer data, GError **error)
{
  GHashTable *rels = data;
  const char *id = attribute (names, values, "Id");

  if (g_str_equal (local_name (element), "Relationship") && id != NULL && !g_hash_table_contains (rels, id))
    {
      Relation *r = g_new0 (Relation, 1);
      r->target = g_strdup (attribute (names, values, "Target"));
      r->type = g_strdup (attribute (names, values, "Type"));
      g_hash_table_insert (rels, g_strdup (id), r);
    }
}

/* The archive name of a part the workbook's relationships point at: relative to xl/, or
 * absolute from the package root; "." and ".." are resolved, percent escapes decoded. */
static char *
part_name (const char *target)
{
  g_autofree char *unescaped = g_uri_unescape_string (target, NULL);
  g_autofree char *path = g_strconcat (target[0] == '/' ? "" : "xl/", unescaped ? unescaped : target, NULL);
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  g_strdelimit (path, "\\", '/');
  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (*segments[i] == '\0' || g_str_equal (segments[i], "."))
        continue;
      if (g_str_equal (segments[i], ".."))
        {
          if (kept->len > 0)
            g_ptr_array_remove_index (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, segments[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

static gboolean
is_worksheet (const Relation *r)
{
  /* Transitional and strict workbooks name the type differently; chart sheets have no rows. */
  return r->type == NULL || g_str_has_suffix (r->type, "/worksheet");
}

/* The part of the first sheet in tab order that holds rows: visible sheets first, chart sheets
 * passed over. */
static char *
first_sheet_part (GPtrArray *sheets, GHashTable *rels, GError **error)
{
  if (sheets->len == 0)
    return set_broken (error, "no sheet in xl/workbook.xml"), NULL;
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < sheets->len; i++)
      {
        SheetEntry *e = sheets->pdata[i];
        Relation *r;

        if (e->hidden && pass == 0)
          continue;
        if (e->rid == NULL)
          return set_broken (error, "a sheet in xl/workbook.xml has no relationship id"), NULL;
        r = g_hash_table_lookup (rels, e->rid);
        if (r == NULL || r->target == NULL)
          {
            g_autofree char *rid = g_utf8_substring (e->rid, 0, MIN (g_utf8_strlen (e->rid, -1), 40));
            g_autofree char *why = g_strdup_printf ("xl/_rels/workbook.xml.rels has no %s", rid);
            return set_broken (error, why), NULL;
          }
        if (is_worksheet (r))
          return part_name (r->target);
      }
  return set_broken (error, "no worksheet in xl/workbook.xml"), NULL;
}

/* Shared strings: the text of each <si>, without phonetic runs. */
typedef struct
{
  TtTableStrings *strings;
  GString        *current;
  gboolean        in_t;
  int             skip;
} Strings;

static void
strings_start (GMarkupParseContext *ctx, const char *element, const char **names,
               const char **values, gpointer data, GError **error)
{
  Strings *s = data;
  const char *name = local_name (element);

  if (g_str_equal (name, "si"))
    g_string_truncate (s->current, 0);
  else if (g_str_equal (name, "rPh"))
    s->skip++;
  else if (g_str_equal (name, "t") && s->skip == 0)
    s->in_t = TRUE;
}

static void
strings_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
  Strings *s = data;
  const char *name = local_name (element);

  if (g_str_equal (name, "si"))
    tt_table_strings_add (s->strings, s->current->str, s->current->len, error);
  else if (g_str_equal (name, "rPh"))
    s->skip--;
  else if (g_str_equal (name, "t"))
    s->in_t = FALSE;
}

static void
strings_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
  Strings *s = data;

  if (s->in_t)
    g_string_append_len (s->current, text, len);
}

/* Worksheet rows. */
typedef struct
{
  TtTable    *table;
  TtTableStrings *shared;
  GPtrArray  *row;
  guint       row_number, last_row, column;
  char       *type;
  GString    *value;
  gboolean    in_value;
  int         skip;     /* inside <extLst>: other namespaces' elements may share local names */
  TtLegacyScan legacy;  /* each row's cells as a line */
  GString    *line;
} Sheet;

static guint
column_of (const char *ref, guint fallback)
{
  guint col = 0;
  int letters = 0;

  if (ref == NULL)
    return fallback;
  for (; g_ascii_isalpha (*ref) && letters < 4; ref++, letters++)
    col = col * 26 + (g_ascii_toupper (*ref) - 'A' + 1);
  return letters == 0 ? fallback : col - 1;
}

static void
sheet_start (GMarkupParseContext *ctx, const char *element, const char **names,
             const char **values, gpointer data, GError **error)
{
  Sheet *s = data;
  const char *name = local_name (element);

  if (g_str_equal (name, "extLst") || s->skip > 0)
    {
      s->skip++;
      return;
    }
  if (g_str_equal (name, "row"))
    {
      const char *r = attribute (names, values, "r");
      guint64 n = 0;
      s->row_number = (r && g_ascii_string_to_unsigned (r, 10, 1, 1048576, &n, NULL)) ? n : s->last_row + 1;
      s->row = g_ptr_array_new_with_free_func (g_free);
      s->column = 0;
    }
  else if (g_str_equal (name, "c") && s->row != NULL)
    {
      s->column = column_of (attribute (names, values, "r"), s->row->len);
      g_free (s->type);
      s->type = g_strdup (attribute (names, values, "t"));
      g_string_truncate (s->value, 0);
      if (s->column >= MAX_COLUMNS)
        g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                     _("Row %u has data beyond column %u."), s->row_number, MAX_COLUMNS);
    }
  else if ((g_str_equal (name, "v") || g_str_equal (name, "t")) && s->row != NULL)
    s->in_value = TRUE;
}

/* A number cell as a person reads it: 1975 not 1975.0, 123456789012 not 1.23456789012E+11. */
static char *
number_text (const char *v)
{
  char *end = NULL;
  double d = g_ascii_strtod (v, &end);

  if (end == v || *end != '\0')
    return g_strdup (v);
  if (d == (double) (gint64) d && d > -1e15 && d < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) d);
  return g_strdup (v);
}

static void
sheet_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
  Sheet *s = data;
  const char *name = local_name (element);

  if (s->skip > 0)
    s->skip--;
  else if (g_str_equal (name, "v") || g_str_equal (name, "t"))
    s->in_value = FALSE;
  else if (g_str_equal (name, "c") && s->row != NULL && s->column < MAX_COLUMNS)
    {
      char *text;
      if (g_strcmp0 (s->type, "s") == 0)
        {
          guint64 i = 0;
          const char *shared;
          if (!g_ascii_string_to_unsigned (s->value->str, 10, 0, G_MAXUINT32, &i, NULL) ||
              i >= tt_table_strings_len (s->shared))
            {
              g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                           _("Row %u refers to a shared text that does not exist."), s->row_number);
              return;
            }
          if ((shared = tt_table_strings_get (s->shared, (guint) i)) == NULL)
            {
              g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                           _("Row %u: the workbook's texts could not be read back from their temporary file."),
                           s->row_number);
              return;
            }
          text = g_strdup (shared);
        }
      else if (s->type == NULL || g_str_equal (s->type, "n"))
        text = number_text (s->value->str);
      else
        text = g_strdup (s->value->str);
      while (s->row->len < s->column)
        g_ptr_array_add (s->row, g_strdup (""));
      if (s->column < s->row->len)
        {
          g_free (s->row->pdata[s->column]);
          s->row->pdata[s->column] = text;
        }
      else
        g_ptr_array_add (s->row, text);
    }
  else if (g_str_equal (name, "row") && s->row != NULL)
    {
      gboolean empty = TRUE;
      for (guint i = 0; i < s->row->len && empty; i++)
        empty = *(char *) s->row->pdata[i] == '\0';
      if (empty)
        g_ptr_array_unref (s->row);
      else
        {
          g_string_truncate (s->line, 0);
          for (guint i = 0; i < s->row->len; i++)
            g_string_append_printf (s->line, "%s ", (char *) s->row->pdata[i]);
          g_string_append_c (s->line, '\n');
          tt_legacy_scan_feed (&s->legacy, s->line->str, s->line->len);
          tt_table_add_row (s->table, s->row, s->row_number, error);
        }
      s->row = NULL;
      s->last_row = s->row_number;
    }
}

static void
sheet_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
  Sheet *s = data;

  if (s->in_value)
    g_string_append_len (s->value, text, len);
}

TtTable *
tt_table_read_xlsx (const char  *data,
                    gsize        length,
                    GError     **error)
{
  static const GMarkupParser workbook_parser = { workbook_start, NULL, NULL, NULL, NULL };
  static const GMarkupParser rels_parser = { rels_start, NULL, NULL, NULL, NULL };
  static const GMarkupParser strings_parser = { strings_start, strings_end, strings_text, NULL, NULL };
  static const GMarkupParser sheet_parser = { sheet_start, sheet_end, sheet_text, NULL, NULL };
  const guchar *u = (const guchar *) data;
  g_autoptr(GBytes) workbook = NULL;
  g_autoptr(GBytes) rels = NULL;
  g_autoptr(TtTable) table = tt_table_new ("XLSX", 0);
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (sheet_entry_free);
  g_autoptr(GHashTable) relations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, relation_free);
  g_autoptr(TtTableStrings) strings = tt_table_strings_new ();
  g_autoptr(GString) current = g_string_new (NULL);
  g_autoptr(GString) value = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *part = NULL;
  Strings st = { strings, current, FALSE, 0 };
  Sheet sh = { table, strings, NULL, 0, 0, 0, NULL, value, FALSE, 0, { 0 }, line };
  gboolean ok;

  if ((workbook = zip_member (u, length, "xl/workbook.xml", FALSE, error)) == NULL ||
      !parse_xml (workbook, &workbook_parser, sheets, error) ||
      (rels = zip_member (u, length, "xl/_rels/workbook.xml.rels", FALSE, error)) == NULL ||
      !parse_xml (rels, &rels_parser, relations, error) ||
      (part = first_sheet_part (sheets, relations, error)) == NULL)
    return NULL;
  /* The shared texts are read as they are inflated, as the sheet is. */
  if (!parse_member (u, length, "xl/sharedStrings.xml", TRUE, &strings_parser, &st, error))
    return NULL;
  ok = parse_member (u, length, part, FALSE, &sheet_parser, &sh, error) &&
       tt_legacy_scan_refuse (&sh.legacy, table, error) && tt_table_rows_finish (table, error);
  g_clear_pointer (&sh.row, g_ptr_array_unref);
  g_free (sh.type);
  tt_legacy_scan_clear (&sh.legacy);
  if (!ok)
    return NULL;
  return g_steal_pointer (&table);
}
