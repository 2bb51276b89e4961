/* tt-application.h — the application: actions, office file, windows */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_APPLICATION (tt_application_get_type ())
G_DECLARE_FINAL_TYPE (TtApplication, tt_application, TT, APPLICATION, AdwApplication)

typedef struct _TtWindow TtWindow;

TtApplication *tt_application_new       (void);
void           tt_application_open_file (TtApplication *self,
                                         const char    *path);
void           tt_application_restore_office (TtApplication *self,
                                              TtWindow      *window,
                                              const char    *backup,
                                              gboolean       force);

GSettings     *tt_settings_new (void);

G_END_DECLS
