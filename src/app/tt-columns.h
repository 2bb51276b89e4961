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

/* A column title and, where the English word is ambiguous, its translation context (both
 * marked with NC_; a title without context is marked with N_ and has a NULL context). */
typedef struct
{
  const char *context;
  const char *title;
} TtColumnTitle;

void tt_column_view_add_titled_columns (GtkColumnView       *view,
                                        const TtColumnTitle *titles,
                                        int                  n_columns,
                                        int                  expand_column,
                                        TtCellTextFunc       text,
                                        gpointer             data);

void tt_column_view_fit (GtkColumnView     *view,
                         guint              column,
                         const char *const *samples);

G_END_DECLS
