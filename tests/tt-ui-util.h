/* tt-ui-util.h — what the UI tests do as a clerk would: wait for the screen, find a window,
 * answer a question, open a section */
#pragma once

#include <adwaita.h>

#include "tt-import-dialog.h"
#include "tt-window.h"

G_BEGIN_DECLS

#define TT_SCREEN_HEIGHT 768
#define NAMED(widget, name) find_named (GTK_WIDGET (widget), name)
#define CHILD(widget, type, name) GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

void              spin          (void);
GtkWindow        *find_window   (GType       type);
AdwMessageDialog *open_question (const char *heading);
void              open_section  (TtWindow   *window,
                                 const char *name);
void              type_into     (gpointer    row,
                                 const char *text);

GtkWidget        *find_named    (GtkWidget  *widget,
                                 const char *name);
void              close_all_but (GtkWindow  *keep);
TtWindow         *office_window (TtDb       *db);
int               window_height (GtkWindow *window);
void              assert_fits   (GtkWindow  *window,
                                 const char *what);
char             *rows_text     (GtkWidget  *widget);
GtkWidget        *focused       (GtkWindow  *window);
gboolean          is_inside     (GtkWidget  *widget,
                                 GtkWidget  *ancestor);

gboolean          save_form     (GtkWindow  *form);
gboolean          import_check  (TtImportDialog *dialog);
gboolean          import_write  (TtImportDialog *dialog);
GtkWidget        *last_matching (GtkWidget  *root,
                                 gboolean  (*match) (GtkWidget *widget));
G_END_DECLS
