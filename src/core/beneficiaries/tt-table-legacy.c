/* tt-table-legacy.c — telling text in the legacy TCVN3 (ABC) and VNI encodings
 *
 * Lists typed before Unicode was common come in fonts of their own: read as Latin-1 or UTF-8
 * they show letters no Vietnamese word has. Such a file is refused with the reason and the first
 * row where it shows, since converting it by guesswork would corrupt names.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-error.h"
#include "tt-table-private.h"

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

static char *
sample_of (const char *line_start, const char *end)
{
  const char *nl = memchr (line_start, '\n', end - line_start);
  const char *stop = nl ? nl : end;
  const char *cut = line_start;

  for (int n = 0; cut < stop && n < 40; n++)
    cut = g_utf8_next_char (cut);
  return g_strstrip (g_strndup (line_start, MIN (cut, stop) - line_start));
}

/* Feeds @text (valid UTF-8, best whole lines: a sample is taken from the line a mark is on). */
void
tt_legacy_scan_feed (TtLegacyScan *s, const char *text, gsize length)
{
  const char *p = text, *end = text + length, *line_start = text;

  if (s->line == 0)
    s->line = 1;
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean is_vni, is_tcvn3;

      if (c == '\n')
        {
          s->line++;
          line_start = p + 1;
        }
      /* Every mark of both sets is a Latin-1 letter: anything else is read past. */
      if (c < 0xA0 || c > 0xFF)
        {
          s->prev = c;
          p = g_utf8_next_char (p);
          continue;
        }
      is_vni = in_set (c, vni_marks, G_N_ELEMENTS (vni_marks)) ||
               (strchr ("aeAE", (int) (s->prev < 0x80 ? s->prev : 1)) && s->prev != 0 &&
                in_set (c, vni_after_ae, G_N_ELEMENTS (vni_after_ae)));
      is_tcvn3 = !is_vni && (g_ascii_isalpha (s->prev) || (s->prev >= 0xA0 && s->prev <= 0xFF)) &&
                 in_set (c, tcvn3_marks, G_N_ELEMENTS (tcvn3_marks));
      if (is_vni && s->vni++ == 0)
        s->first_vni = s->line, s->sample_vni = sample_of (line_start, end);
      if (is_tcvn3 && s->tcvn3++ == 0)
        s->first_tcvn3 = s->line, s->sample_tcvn3 = sample_of (line_start, end);
      s->prev = c;
      p = g_utf8_next_char (p);
    }
}

/* FALSE with the reason when what was fed is in a legacy encoding. Its row is the line of the
 * text, or with @table the row of the table that line stood for (a line fed per row). */
gboolean
tt_legacy_scan_refuse (TtLegacyScan *s, const TtTable *table, GError **error)
{
  gboolean is_vni = s->vni > s->tcvn3;
  guint line = is_vni ? s->first_vni : s->first_tcvn3;

  if (s->vni < 2 && s->tcvn3 < 2)
    return TRUE;
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("The file is written in the old %s encoding, not Unicode (row %u: “%s”). "
                 "Convert it to Unicode, for example with UniKey’s converter, and import it again."),
               is_vni ? "VNI" : "TCVN3 (ABC)", table ? tt_table_row_number (table, line - 1) : line,
               is_vni ? s->sample_vni : s->sample_tcvn3);
  return FALSE;
}

void
tt_legacy_scan_clear (TtLegacyScan *s)
{
  g_free (s->sample_tcvn3);
  g_free (s->sample_vni);
  *s = (TtLegacyScan) { 0 };
}
