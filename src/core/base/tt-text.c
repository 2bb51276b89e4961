/* tt-text.c — Vietnamese text: NFC, search folding, name validation
 *
 * The folding key drops tones and hats, maps đ/Đ and the look-alike Ð (U+00D0) to d, folds
 * case and collapses white space, so that "nguyen van duc" finds "Nguyễn Văn Đức" whether the
 * name was stored in NFC or NFD. GLib's ASCII transliteration is not usable: it turns đ into '?'.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-error.h"
#include "tt-text.h"

/* Whether @c is in NFC whatever stands around it: its canonical combining class is 0, it is its
 * own composition and it composes with nothing before it. Every character below U+0300 (ASCII,
 * Latin-1, Latin Extended-A and -B, IPA, spacing modifiers) and every one of Latin Extended
 * Additional (U+1E00–U+1EFF: Vietnamese letters with their tones) is. */
static inline gboolean
nfc_whatever_stands_around (gunichar c)
{
  return c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF);
}

/* @text in NFC. Text made only of such characters, as Vietnamese names typed or imported in NFC
 * are, is NFC already (the Unicode quick check): it is copied without being decomposed and
 * composed again. */
char *
tt_text_nfc (const char *text)
{
  const char *p;

  if (text == NULL)
    return NULL;
  for (p = text; *p != '\0';)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2 || !nfc_whatever_stands_around (c))
        return g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
      p = g_utf8_next_char (p);
    }
  return g_strdup (text);
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType t = g_unichar_type (c);

  return t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
         t == G_UNICODE_ENCLOSING_MARK;
}

/* The folding key of @text. Each character is decomposed on its own (the NFD of a text is its
 * characters' decompositions with the marks reordered, and the marks are dropped), without a
 * decomposed copy of the whole text. */
char *
tt_text_fold (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar whole = g_utf8_get_char (p);
      gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;

      /* ASCII letters and digits decompose to themselves. */
      if (g_ascii_isalnum (*p))
        {
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_c (out, g_ascii_tolower (*p));
          continue;
        }
      n = g_unichar_fully_decompose (whole, FALSE, parts, G_N_ELEMENTS (parts));
      for (gsize i = 0; i < n; i++)
        {
          gunichar c = parts[i];

          if (is_mark (c))
            continue;
          if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B)
            {
              pending_space = out->len > 0;
              continue;
            }
          if (c == 0x0111 || c == 0x0110 || c == 0x00D0 || c == 0x00F0 || c == 0x0189)
            c = 'd';
          else
            c = g_unichar_tolower (c);

          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          pending = out->len > 0;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      pending = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Line breaks are allowed (as \n) in notes only; tabs and other control characters nowhere. */
static gboolean
check_controls (const char *text, const char *field, gboolean multiline, GError **error)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n' && multiline)
        continue;
      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        {
          if (multiline)
            g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                         _("%s contains a tab or a control character."), _(field));
          else
            g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                         _("%s must be one line, without tabs or control characters."), _(field));
          return FALSE;
        }
    }
  return TRUE;
}

static char *
clean_text (const char  *text,
            const char  *field,
            gsize        max_chars,
            gboolean     multiline,
            GError     **error)
{
  g_autofree char *nfc = NULL;
  g_autofree char *clean = NULL;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("%s is not valid UTF-8 text."), _(field));
      return NULL;
    }
  nfc = tt_text_nfc (text);
  if (multiline)
    {
      g_autoptr(GString) lf = g_string_new (nfc);
      g_string_replace (lf, "\r\n", "\n", 0);
      g_string_replace (lf, "\r", "\n", 0);
      g_free (nfc);
      nfc = g_string_free (g_steal_pointer (&lf), FALSE);
    }
  clean = g_strstrip (g_strdup (nfc));
  if (!check_controls (clean, field, multiline, error))
    return NULL;
  if (g_utf8_strlen (clean, -1) > (glong) max_chars)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("%s is too long: at most %u characters."), _(field), (guint) max_chars);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* A one-line field, NFC, trimmed; NULL stays NULL. Control characters are refused. */
char *
tt_text_clean_optional (const char  *text,
                        const char  *field,
                        gsize        max_chars,
                        GError     **error)
{
  return clean_text (text, field, max_chars, FALSE, error);
}

static gboolean
clean_into (const char  *text,
            const char  *field,
            gsize        max_chars,
            gboolean     multiline,
            char       **out,
            GError     **error)
{
  char *clean;

  *out = NULL;
  if (text == NULL)
    return TRUE;
  clean = clean_text (text, field, max_chars, multiline, error);
  if (clean == NULL)
    return FALSE;
  if (*clean == '\0')
    g_free (clean);
  else
    *out = clean;
  return TRUE;
}

/* An optional one-line field: *out is NULL when the text is absent or blank, else the cleaned
 * text. */
gboolean
tt_text_clean_field (const char  *text,
                     const char  *field,
                     gsize        max_chars,
                     char       **out,
                     GError     **error)
{
  return clean_into (text, field, max_chars, FALSE, out, error);
}

/* An optional note: as a field, but line breaks are kept (as \n). */
gboolean
tt_text_clean_note (const char  *text,
                    const char  *field,
                    gsize        max_chars,
                    char       **out,
                    GError     **error)
{
  return clean_into (text, field, max_chars, TRUE, out, error);
}

/* @text as an error message quotes it: cut to about 60 characters at a character boundary
 * (with "…"), control characters shown as spaces, so a long or strange input never floods the
 * message. */
char *
tt_text_quote_short (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  guint n = 0;

  while (p != NULL && *p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (n++ == 60)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (out, 0xFFFD);
          p++;
          continue;
        }
      g_string_append_unichar (out, g_unichar_iscntrl (c) ? ' ' : c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

gboolean
tt_text_all_digits (const char *text,
                    gsize       min_len,
                    gsize       max_len)
{
  gsize n = strlen (text);

  if (n < min_len || n > max_len)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

char *
tt_text_clean_name (const char  *text,
                    const char  *field,
                    GError     **error)
{
  g_autofree char *nfc = NULL;
  g_autofree char *clean = NULL;

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("%s is not valid UTF-8 text."), _(field));
      return NULL;
    }
  nfc = tt_text_nfc (text);
  clean = collapse_spaces (nfc);
  if (*clean == '\0')
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("%s must not be empty."), _(field));
      return NULL;
    }
  if (!check_controls (clean, field, FALSE, error))
    return NULL;
  if (g_utf8_strlen (clean, -1) > TT_NAME_MAX_CHARS)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("%s is too long: at most %d characters."), _(field), TT_NAME_MAX_CHARS);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* An FTS5 query from what a person typed: every folded word is a prefix that must match. */
char *
tt_text_fts_query (const char *query)
{
  g_autofree char *folded = tt_text_fold (query);
  g_auto(GStrv) words = NULL;
  GString *out = g_string_new (NULL);

  /* Keep letters and digits only, so the query can't carry FTS5 syntax. */
  for (char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isalnum (c))
        {
          for (char *q = p; q < g_utf8_next_char (p); q++)
            *q = ' ';
        }
    }
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "\"%s\"*", words[i]);
    }
  return g_string_free (out, FALSE);
}

int
tt_text_collate (const char *a,
                 const char *b)
{
  g_autofree char *ka = tt_text_fold (a);
  g_autofree char *kb = tt_text_fold (b);
  int r = strcmp (ka, kb);

  return r != 0 ? r : g_strcmp0 (a, b);
}

/* Natural order of two texts: runs of digits compare by their value ("Thôn 2" before "Thôn 10",
 * "Thôn 9A" before "Thôn 10"), everything else byte by byte (UTF-8 keeps the order of
 * characters), a text before the longer texts it begins. Texts equal but for leading zeros
 * compare equal. */
static int
natural_compare (const char *a, gsize a_len, const char *b, gsize b_len)
{
  gsize i = 0, j = 0;

  while (i < a_len && j < b_len)
    {
      if (g_ascii_isdigit (a[i]) && g_ascii_isdigit (b[j]))
        {
          gsize a_end, b_end;
          int r;

          while (i < a_len && a[i] == '0')
            i++;
          while (j < b_len && b[j] == '0')
            j++;
          for (a_end = i; a_end < a_len && g_ascii_isdigit (a[a_end]); a_end++)
            ;
          for (b_end = j; b_end < b_len && g_ascii_isdigit (b[b_end]); b_end++)
            ;
          if (a_end - i != b_end - j)
            return a_end - i < b_end - j ? -1 : 1;
          if ((r = memcmp (a + i, b + j, a_end - i)) != 0)
            return r < 0 ? -1 : 1;
          i = a_end;
          j = b_end;
          continue;
        }
      if (a[i] != b[j])
        return (guchar) a[i] < (guchar) b[j] ? -1 : 1;
      i++;
      j++;
    }
  return (i < a_len) - (j < b_len);
}

/* The order names are listed in (villages, communes): folded as for search, so accents and
 * case do not count, and numbers by their value: "Thôn 2" before "Thôn 10". Texts that fold
 * alike come in a fixed order. */
int
tt_text_natural_compare (const char *a,
                         const char *b)
{
  g_autofree char *ka = tt_text_fold (a);
  g_autofree char *kb = tt_text_fold (b);
  int r = natural_compare (ka, strlen (ka), kb, strlen (kb));

  if (r == 0)
    r = strcmp (ka, kb);
  return r != 0 ? r : g_strcmp0 (a, b);
}

/* The same order as an SQLite collation (sqlite3_create_collation's signature, so base needs no
 * SQLite) over texts already folded, the *_key columns: "ORDER BY name_key COLLATE tt_natural". */
int
tt_text_natural_collate (void       *unused,
                         int         a_len,
                         const void *a,
                         int         b_len,
                         const void *b)
{
  return natural_compare (a, (gsize) a_len, b, (gsize) b_len);
}

char *
tt_text_mask_id (const char *id_number)
{
  gsize len;

  if (id_number == NULL || *id_number == '\0')
    return g_strdup ("");
  len = strlen (id_number);
  if (len <= 6)
    return g_strnfill (len, '*');
  {
    char *out = g_strdup (id_number);
    memset (out + 3, '*', len - 6);
    return out;
  }
}

/* A phone number as people write it: 8 to 15 digits with spaces, +, -, dots or brackets. */
gboolean
tt_text_check_phone (const char  *phone,
                     GError     **error)
{
  int digits = 0;

  for (const char *p = phone; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr (" +-.()", *p))
        goto bad;
    }
  if (digits >= 8 && digits <= 15)
    return TRUE;
bad:
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("Phone “%s” is not a phone number (8 to 15 digits)."), phone);
  return FALSE;
}

/* The digits of a query that is a number — digits with the spaces, dots, dashes, brackets or
 * plus a phone is written with, 1 to 20 digits — or NULL. */
char *
tt_text_number_query (const char *folded)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (strchr (" .-()+", *p) == NULL)
        {
          g_string_free (digits, TRUE);
          return NULL;
        }
    }
  if (digits->len == 0 || digits->len > 20)
    {
      g_string_free (digits, TRUE);
      return NULL;
    }
  return g_string_free (digits, FALSE);
}

/* Appends @value in decimal, as "%" G_GINT64_FORMAT would, without the cost of a format: an
 * import builds a few keys a row. */
void
tt_text_append_int (GString *text,
                    gint64   value)
{
  char digits[24];
  gsize i = sizeof digits;
  guint64 n = value < 0 ? -(guint64) value : (guint64) value;

  do
    {
      digits[--i] = (char) ('0' + n % 10);
      n /= 10;
    }
  while (n != 0);
  if (value < 0)
    digits[--i] = '-';
  g_string_append_len (text, digits + i, sizeof digits - i);
}
