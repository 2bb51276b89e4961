/* tt-values.c — value lists described once */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-values.h"

const TtValue *
tt_values_find (const TtValueList *list,
                const char        *code)
{
  int i = tt_values_index (list, code);

  return i < 0 ? NULL : &list->values[i];
}

/* The position of @code in @list, or -1. */
int
tt_values_index (const TtValueList *list,
                 const char        *code)
{
  if (code == NULL)
    return -1;
  for (guint i = 0; i < list->n_values; i++)
    if (g_str_equal (list->values[i].code, code))
      return (int) i;
  return -1;
}

/* The code at @index, or NULL past the end (GTK_INVALID_LIST_POSITION included). */
const char *
tt_values_code (const TtValueList *list,
                guint              index)
{
  return index < list->n_values ? list->values[index].code : NULL;
}

/* The label on screen; an unknown code is shown as it is. */
const char *
tt_values_label (const TtValueList *list,
                 const char        *code)
{
  const TtValue *v = tt_values_find (list, code);

  return v != NULL ? _(v->label) : code != NULL ? code : "";
}

const char *
tt_values_printed (const TtValueList *list,
                   const char        *code)
{
  const TtValue *v = tt_values_find (list, code);

  return v != NULL && v->printed != NULL ? v->printed : code != NULL ? code : "";
}

/* The codes joined for a message or a usage line: "a, b or c" with ", " and " or ". */
char *
tt_values_codes (const TtValueList *list,
                 const char        *separator,
                 const char        *last_separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < list->n_values; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == list->n_values && last_separator ? last_separator : separator);
      g_string_append (out, list->values[i].code);
    }
  return g_string_free (out, FALSE);
}
