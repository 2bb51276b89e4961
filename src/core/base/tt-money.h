/* tt-money.h — integer đồng: formatting, parsing, amount in Vietnamese words */
#pragma once

#include <glib.h>

#include "tt-values.h"

G_BEGIN_DECLS

#define TT_MONEY_MAX G_GINT64_CONSTANT (999999999999999)

typedef enum {
  TT_WORDS_DEFAULT = 0,
  TT_WORDS_LE      = 1 << 0,  /* "lẻ" instead of "linh" */
  TT_WORDS_NGAN    = 1 << 1,  /* "ngàn" instead of "nghìn" */
  TT_WORDS_BON     = 1 << 2,  /* "bốn" instead of "tư" after "mươi" */
  TT_WORDS_CHAN    = 1 << 3,  /* append "chẵn" */
} TtWordsStyle;

/* One choice of the amount-in-words style: the word written by default, then the other one,
 * which sets @flag. The codes are the words a style is written with ("lẻ,ngàn,tư,chẵn"). */
typedef struct
{
  const char   *title;    /* marked for translation, translated when shown */
  TtWordsStyle  flag;
  TtValueList   words;
} TtWordsChoice;

char         *tt_money_format        (gint64        amount);
char         *tt_money_format_plain  (gint64        amount);
gboolean      tt_money_parse         (const char   *text,
                                      gint64       *out_amount,
                                      GError      **error);
gboolean      tt_money_parse_positive (const char  *text,
                                      gint64       *out_amount,
                                      GError      **error);
char         *tt_money_words         (gint64        amount,
                                      TtWordsStyle  style,
                                      GError      **error);
gboolean      tt_words_style_parse   (const char   *text,
                                      TtWordsStyle *out_style,
                                      GError      **error);
char         *tt_words_style_to_string (TtWordsStyle style);
const TtWordsChoice *tt_words_style_choices (guint *n_choices);

G_END_DECLS
