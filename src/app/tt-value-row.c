/* tt-value-row.c — a combo row over one of core's value lists
 *
 * The row shows the list's labels (after an optional "none" choice) and is read and set by
 * code, so no caller counts positions.
 */
#include "config.h"

#include "tt-value-row.h"

#define LIST_KEY "tt-value-list"
#define NONE_KEY "tt-value-none"

/* Shows the labels of @list in @row, after @none_label (a choice that reads as NULL) if given. */
void
tt_value_row_fill (AdwComboRow       *row,
                   const TtValueList *list,
                   const char        *none_label)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  if (none_label != NULL)
    gtk_string_list_append (model, none_label);
  for (guint i = 0; i < list->n_values; i++)
    gtk_string_list_append (model, tt_values_label (list, list->values[i].code));
  g_object_set_data (G_OBJECT (row), LIST_KEY, (gpointer) list);
  g_object_set_data (G_OBJECT (row), NONE_KEY, GINT_TO_POINTER (none_label != NULL));
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, 0);
}

/* The code chosen, or NULL for the "none" choice. */
const char *
tt_value_row_get (AdwComboRow *row)
{
  const TtValueList *list = g_object_get_data (G_OBJECT (row), LIST_KEY);
  guint offset = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), NONE_KEY)) ? 1 : 0;
  guint selected = adw_combo_row_get_selected (row);

  g_return_val_if_fail (list != NULL, NULL);
  if (selected == GTK_INVALID_LIST_POSITION || selected < offset)
    return NULL;
  return tt_values_code (list, selected - offset);
}

/* Selects @code; an unknown code or NULL selects the first choice. */
void
tt_value_row_set (AdwComboRow *row,
                  const char  *code)
{
  const TtValueList *list = g_object_get_data (G_OBJECT (row), LIST_KEY);
  guint offset = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), NONE_KEY)) ? 1 : 0;
  int i;

  g_return_if_fail (list != NULL);
  i = tt_values_index (list, code);
  adw_combo_row_set_selected (row, i < 0 ? 0 : (guint) i + offset);
}
