/* tt-help.h — the user guide: in the desktop's help browser, or shown by the app */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char      *tt_help_dir        (void);
char      *tt_help_read_page  (GtkTextView *view,
                               const char  *dir,
                               const char  *id,
                               GError     **error);
GtkWindow *tt_help_window_new (GtkWindow   *parent,
                               const char  *dir,
                               const char  *id);
void       tt_help_show       (GtkWindow   *parent,
                               const char  *id);

G_END_DECLS
