/* tt-values.h — value lists described once: the code kept in the file, the label on screen
 * (translatable) and the word printed on Vietnamese documents. Drop-downs, CLI choices and
 * printed forms are all built from the same list, so no index is a magic number. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;
  const char *label;     /* marked for translation, translated when shown */
  const char *printed;   /* Vietnamese, as printed on documents */
} TtValue;

typedef struct
{
  const TtValue *values;
  guint          n_values;
} TtValueList;

#define TT_VALUE_LIST(array) { (array), G_N_ELEMENTS (array) }

const TtValue *tt_values_find    (const TtValueList *list,
                                  const char        *code);
int            tt_values_index   (const TtValueList *list,
                                  const char        *code);
const char    *tt_values_code    (const TtValueList *list,
                                  guint              index);
const char    *tt_values_label   (const TtValueList *list,
                                  const char        *code);
const char    *tt_values_printed (const TtValueList *list,
                                  const char        *code);
char          *tt_values_codes   (const TtValueList *list,
                                  const char        *separator,
                                  const char        *last_separator);

G_END_DECLS
