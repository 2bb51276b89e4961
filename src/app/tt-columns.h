/* tt-columns.h — columns of one-line text for a GtkColumnView */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The text of @column for the row shown by @item (a new string). */
typedef char *(*TtCellTextFunc) (GtkListItem *item,
                                 int          column,
                                 gpointer     data);

void tt_column_view_add_text_columns (GtkColumnView      *view,
                                      const char *const  *titles,
                                      int                 n_columns,
                                      int                 expand_column,
                                      TtCellTextFunc      text,
                                      gpointer            data);

G_END_DECLS
