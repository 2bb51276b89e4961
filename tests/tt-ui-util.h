/* tt-ui-util.h — what the UI tests do as a clerk would: wait for the screen, find a window,
 * answer a question, open a section */
#pragma once

#include <adwaita.h>

#include "tt-window.h"

G_BEGIN_DECLS

#define CHILD(widget, type, name) GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

void              spin          (void);
GtkWindow        *find_window   (GType       type);
AdwMessageDialog *open_question (const char *heading);
void              open_section  (TtWindow   *window,
                                 const char *name);
void              type_into     (gpointer    row,
                                 const char *text);

G_END_DECLS
