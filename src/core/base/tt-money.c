/* tt-money.c — integer đồng: formatting, parsing, amount in Vietnamese words */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-error.h"
#include "tt-money.h"
#include "tt-text.h"

/* ---- formatting ------------------------------------------------------------------------ */

char *
tt_money_format_plain (gint64 amount)
{
  char digits[32];
  GString *out = g_string_new (NULL);
  guint64 magnitude = amount < 0 ? (guint64) (-(amount + 1)) + 1 : (guint64) amount;
  int len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude);
  len = strlen (digits);
  if (amount < 0)
    g_string_append_c (out, '-');
  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
tt_money_format (gint64 amount)
{
  g_autofree char *plain = tt_money_format_plain (amount);

  return g_strconcat (plain, " đ", NULL);
}

/* ---- parsing --------------------------------------------------------------------------- */

typedef struct
{
  const char *word;
  int         zeros;
} Unit;

/* Folded unit words, longest first where one is a prefix of another. */
static const Unit units[] = {
  { "nghin", 3 }, { "ngan", 3 }, { "k", 3 },
  { "trieu", 6 }, { "tr", 6 },
  { "ty", 9 }, { "ti", 9 },
};

static const char *currency_words[] = { "dong", "vnd", "d" };

static int
unit_zeros (const char *word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (units[i].word, word))
      return units[i].zeros;
  return -1;
}

static gboolean
too_large (GError **error)
{
  g_autofree char *max = tt_money_format (TT_MONEY_MAX);

  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
               _("The amount is too large: the most is %s."), max);
  return FALSE;
}

/* Whole digits grouped by one separator, each group after the first exactly three digits. */
static gboolean
parse_grouped (const char *orig, const char *num, guint64 *out, GError **error)
{
  char sep = 0;
  int group_len = 0;
  int groups = 0;
  guint64 value = 0;
  int ndigits = 0;

  for (const char *p = num; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (value > 0 || *p != '0')
            ndigits++;
          value = value * 10 + (guint64) (*p - '0');
          group_len++;
          if (ndigits > 15)
            return too_large (error);
          continue;
        }
      if (sep != 0 && *p != sep)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_AMBIGUOUS,
                       _("“%s” mixes separators; đồng has no decimals. Write it like 1.234.567."),
                       orig);
          return FALSE;
        }
      sep = *p;
      if ((groups == 0 && (group_len < 1 || group_len > 3)) || (groups > 0 && group_len != 3))
        goto ambiguous;
      groups++;
      group_len = 0;
    }
  if (sep != 0 && group_len != 3)
    goto ambiguous;
  *out = value;
  return TRUE;

ambiguous:
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_AMBIGUOUS,
               _("“%s” is ambiguous: separators must split groups of three digits (1.234.567), "
                 "and a decimal needs a unit (1,5 triệu)."),
               orig);
  return FALSE;
}

/* A number before a unit: at most one '.' or ',' which is a decimal point; spaces group. */
static gboolean
parse_with_unit (const char *orig, const char *num, int zeros, guint64 *out, GError **error)
{
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autoptr(GString) frac = g_string_new (NULL);
  gboolean in_frac = FALSE;
  guint64 value = 0;

  for (const char *p = num; *p; p++)
    {
      if (*p == ' ')
        {
          if (in_frac)
            goto invalid;
          continue;
        }
      if (*p == '.' || *p == ',')
        {
          if (in_frac || whole->len == 0)
            goto ambiguous;
          in_frac = TRUE;
          continue;
        }
      g_string_append_c (in_frac ? frac : whole, *p);
    }
  if (in_frac && frac->len == 0)
    goto invalid;
  if (in_frac && frac->len == 3)
    goto ambiguous;
  if (whole->len + zeros > 15)
    return too_large (error);

  for (gsize i = 0; i < whole->len; i++)
    value = value * 10 + (guint64) (whole->str[i] - '0');
  for (int i = 0; i < zeros; i++)
    value *= 10;

  if (frac->len > 0)
    {
      /* Trailing zeros of the fraction carry no value. */
      while (frac->len > 0 && frac->str[frac->len - 1] == '0')
        g_string_truncate (frac, frac->len - 1);
      if ((int) frac->len > zeros)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("“%s” is not a whole number of đồng."), orig);
          return FALSE;
        }
      {
        guint64 f = 0;
        for (gsize i = 0; i < frac->len; i++)
          f = f * 10 + (guint64) (frac->str[i] - '0');
        for (int i = (int) frac->len; i < zeros; i++)
          f *= 10;
        value += f;
      }
    }
  *out = value;
  return TRUE;

ambiguous:
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_AMBIGUOUS,
               _("“%s” is ambiguous: before a unit, write one decimal separator "
                 "(1,5 triệu) or the whole number (1500 nghìn)."),
               orig);
  return FALSE;
invalid:
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("“%s” is not an amount of money."), orig);
  return FALSE;
}

gboolean
tt_money_parse (const char  *text,
                gint64      *out_amount,
                GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *work = NULL;
  const char *p;
  guint64 total = 0;
  int last_zeros = 100;
  gboolean saw_unitless = FALSE;
  int segments = 0;

  g_return_val_if_fail (out_amount != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("The amount is not valid text."));
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("Enter an amount."));
      return FALSE;
    }
  if (g_str_has_prefix (trimmed, "-") || g_str_has_prefix (trimmed, "−"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The amount cannot be negative."));
      return FALSE;
    }

  if (strlen (trimmed) > 120)
    {
      g_autofree char *quoted = tt_text_quote_short (trimmed);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("“%s” is not an amount of money."), quoted);
      return FALSE;
    }
  folded = tt_text_fold (trimmed);
  if (g_str_has_prefix (folded, "+"))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("“%s” is not an amount of money."), trimmed);
      return FALSE;
    }

  /* Drop a currency suffix: "đ", "đồng", "VND". */
  work = g_strdup (folded);
  for (gsize i = 0; i < G_N_ELEMENTS (currency_words); i++)
    {
      gsize wl = strlen (currency_words[i]);
      gsize len = strlen (work);
      if (len > wl && g_str_has_suffix (work, currency_words[i]) &&
          !g_ascii_isalpha (work[len - wl - 1]))
        {
          work[len - wl] = '\0';
          g_strchomp (work);
          break;
        }
    }

  p = work;
  while (*p)
    {
      g_autoptr(GString) num = g_string_new (NULL);
      g_autoptr(GString) word = g_string_new (NULL);
      guint64 part = 0;
      int zeros;

      while (*p == ' ')
        p++;
      while (*p && (g_ascii_isdigit (*p) || *p == '.' || *p == ',' ||
                    (*p == ' ' && g_ascii_isdigit (p[1]) && num->len > 0)))
        g_string_append_c (num, *p++);
      while (*p == ' ')
        p++;
      while (*p && g_ascii_isalpha (*p))
        g_string_append_c (word, *p++);

      if (num->len == 0 || (*p != '\0' && *p != ' ' && word->len == 0) || saw_unitless)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("“%s” is not an amount of money. Write it like 1.234.567, "
                         "500k or 1,5 triệu."),
                       trimmed);
          return FALSE;
        }
      segments++;

      if (word->len == 0)
        {
          if (segments > 1)
            {
              g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_AMBIGUOUS,
                           _("“%s” is ambiguous: give the last number a unit too."), trimmed);
              return FALSE;
            }
          if (!parse_grouped (trimmed, num->str, &part, error))
            return FALSE;
          saw_unitless = TRUE;
        }
      else
        {
          zeros = unit_zeros (word->str);
          if (zeros < 0)
            {
              g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                           _("“%s” is not an amount of money: unknown unit “%s”."),
                           trimmed, word->str);
              return FALSE;
            }
          if (zeros >= last_zeros)
            {
              g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_AMBIGUOUS,
                           _("“%s” is ambiguous: units must go from larger to smaller."), trimmed);
              return FALSE;
            }
          last_zeros = zeros;
          if (!parse_with_unit (trimmed, num->str, zeros, &part, error))
            return FALSE;
        }
      total += part;
      if (total > (guint64) TT_MONEY_MAX)
        return too_large (error);
    }

  if (segments == 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("“%s” is not an amount of money."), trimmed);
      return FALSE;
    }

  *out_amount = (gint64) total;
  return TRUE;
}

gboolean
tt_money_parse_positive (const char  *text,
                         gint64      *out_amount,
                         GError     **error)
{
  gint64 amount;

  if (!tt_money_parse (text, &amount, error))
    return FALSE;
  if (amount <= 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The amount must be greater than 0."));
      return FALSE;
    }
  *out_amount = amount;
  return TRUE;
}

/* ---- amount in words ------------------------------------------------------------------- */

static const char *digit_words[] = {
  "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
};

static void
append_word (GString *out, const char *word)
{
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, word);
}

/* Reads a group of three digits. full: a higher group is non-zero, so zero hundreds are read. */
static void
append_group (GString *out, int group, gboolean full, TtWordsStyle style)
{
  int h = group / 100, t = (group / 10) % 10, u = group % 10;

  if (h > 0 || full)
    {
      append_word (out, digit_words[h]);
      append_word (out, "trăm");
    }

  if (t == 0)
    {
      if (u == 0)
        return;
      if (h > 0 || full)
        append_word (out, (style & TT_WORDS_LE) ? "lẻ" : "linh");
      append_word (out, digit_words[u]);
      return;
    }

  if (t == 1)
    append_word (out, "mười");
  else
    {
      append_word (out, digit_words[t]);
      append_word (out, "mươi");
    }

  switch (u)
    {
    case 0:
      break;
    case 1:
      append_word (out, t == 1 ? "một" : "mốt");
      break;
    case 4:
      append_word (out, (t == 1 || (style & TT_WORDS_BON)) ? "bốn" : "tư");
      break;
    case 5:
      append_word (out, "lăm");
      break;
    default:
      append_word (out, digit_words[u]);
      break;
    }
}

/* Reads 0 < n < 10^9 with nghìn and triệu; full as for append_group on the top group. */
static void
append_below_billion (GString *out, guint64 n, gboolean full, TtWordsStyle style)
{
  static const char *scale[] = { NULL, "nghìn", "triệu" };
  int groups[3] = { n % 1000, (n / 1000) % 1000, (int) (n / 1000000) };
  gboolean higher = full;

  for (int i = 2; i >= 0; i--)
    {
      if (groups[i] == 0)
        continue;
      append_group (out, groups[i], higher, style);
      if (scale[i] != NULL)
        append_word (out, i == 1 && (style & TT_WORDS_NGAN) ? "ngàn" : scale[i]);
      higher = TRUE;
    }
}

char *
tt_money_words (gint64        amount,
                TtWordsStyle  style,
                GError      **error)
{
  GString *out;
  guint64 billions, rest;
  gunichar first;
  g_autofree char *tail = NULL;

  if (amount < 0 || amount > TT_MONEY_MAX)
    {
      g_autofree char *max = tt_money_format_plain (TT_MONEY_MAX);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("An amount in words must be between 0 and %s đồng."), max);
      return NULL;
    }

  out = g_string_new (NULL);
  if (amount == 0)
    g_string_append (out, "không");
  else
    {
      billions = (guint64) amount / 1000000000;
      rest = (guint64) amount % 1000000000;
      if (billions > 0)
        {
          append_below_billion (out, billions, FALSE, style);
          append_word (out, "tỷ");
        }
      if (rest > 0)
        append_below_billion (out, rest, billions > 0, style);
    }
  append_word (out, "đồng");
  if (style & TT_WORDS_CHAN)
    append_word (out, "chẵn");

  first = g_utf8_get_char (out->str);
  tail = g_strdup (g_utf8_next_char (out->str));
  {
    char buf[8] = { 0 };
    g_unichar_to_utf8 (g_unichar_totitle (first), buf);
    g_string_assign (out, buf);
    g_string_append (out, tail);
  }
  return g_string_free (out, FALSE);
}

/* ---- the style of the words ------------------------------------------------------------ */

/* Each choice is labelled by an example of the words it writes, Vietnamese in every language
 * like the words themselves (so not marked for translation). */

static const TtValue zero_words[] = {
  { "linh", "một trăm linh năm", "linh" },
  { "lẻ", "một trăm lẻ năm", "lẻ" },
};

static const TtValue thousand_words[] = {
  { "nghìn", "hai nghìn", "nghìn" },
  { "ngàn", "hai ngàn", "ngàn" },
};

static const TtValue four_words[] = {
  { "tư", "hai mươi tư", "tư" },
  { "bốn", "hai mươi bốn", "bốn" },
};

static const TtValue ending_words[] = {
  { "", "một trăm đồng", "" },
  { "chẵn", "một trăm đồng chẵn", "chẵn" },
};

static const TtWordsChoice style_choices[] = {
  { N_("Zero in the tens place"), TT_WORDS_LE, TT_VALUE_LIST (zero_words) },
  { N_("Thousand"), TT_WORDS_NGAN, TT_VALUE_LIST (thousand_words) },
  { N_("Four after the tens"), TT_WORDS_BON, TT_VALUE_LIST (four_words) },
  { N_("After “đồng”"), TT_WORDS_CHAN, TT_VALUE_LIST (ending_words) },
};

const TtWordsChoice *
tt_words_style_choices (guint *n_choices)
{
  *n_choices = G_N_ELEMENTS (style_choices);
  return style_choices;
}

/* The flag a word of a style sets (none for a default word); FALSE for an unknown word. */
static gboolean
style_word_flag (const char *folded, TtWordsStyle *flag)
{
  for (gsize c = 0; c < G_N_ELEMENTS (style_choices); c++)
    for (guint i = 0; i < style_choices[c].words.n_values; i++)
      {
        g_autofree char *word = tt_text_fold (style_choices[c].words.values[i].code);

        if (*word != '\0' && g_str_equal (word, folded))
          {
            *flag = i == 0 ? TT_WORDS_DEFAULT : style_choices[c].flag;
            return TRUE;
          }
      }
  return FALSE;
}

gboolean
tt_words_style_parse (const char    *text,
                      TtWordsStyle  *out_style,
                      GError       **error)
{
  g_auto(GStrv) parts = NULL;
  TtWordsStyle style = TT_WORDS_DEFAULT;

  if (text == NULL)
    text = "";
  parts = g_strsplit_set (text, ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *key = tt_text_fold (parts[i]);
      TtWordsStyle flag;

      if (*key == '\0' || g_str_equal (key, "default"))
        continue;
      if (!style_word_flag (key, &flag))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("Unknown amount-in-words style “%s”: use any of linh or lẻ, "
                         "nghìn or ngàn, tư or bốn, and chẵn."),
                       parts[i]);
          return FALSE;
        }
      style |= flag;
    }
  *out_style = style;
  return TRUE;
}

/* The style as it is written in the office's settings: "linh,nghìn,tư", then "chẵn" if used. */
char *
tt_words_style_to_string (TtWordsStyle style)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  for (gsize c = 0; c < G_N_ELEMENTS (style_choices); c++)
    {
      const char *word = style_choices[c].words.values[(style & style_choices[c].flag) ? 1 : 0].code;
      if (*word != '\0')
        g_ptr_array_add (words, (gpointer) word);
    }
  g_ptr_array_add (words, NULL);
  return g_strjoinv (",", (char **) words->pdata);
}
