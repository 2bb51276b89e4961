/* tt-form.h — the keys every form has */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

typedef gboolean (*TtFormSave) (GtkWidget *form);

void       tt_form_keys   (GtkWindow  *form,
                           TtFormSave  save);
void       tt_form_cancel (GtkWindow  *form);
GtkLabel  *tt_form_frame  (GtkWindow  *form,
                           GtkWidget  *content,
                           TtFormSave  save);
AdwEntryRow   *tt_form_entry_row (AdwPreferencesGroup *group,
                                  const char          *title,
                                  GCallback            activated,
                                  gpointer             data);
AdwComboRow   *tt_form_combo_row (AdwPreferencesGroup *group,
                                  const char          *title);
GtkStringList *tt_form_campaign_choices (TtDb   *db,
                                         GArray *ids);

/* A read-only line of a record (title, and a subtitle when there is one); a dim note under a form. */
void           tt_form_info_row (AdwPreferencesGroup *group,
                                 const char          *title,
                                 const char          *subtitle);
GtkLabel      *tt_form_note     (void);

/* The parts of a place of the main window: its empty state with the action that starts it, and
 * its content clamped and scrolling. */
GtkWidget     *tt_page_empty    (const char *icon,
                                 const char *title,
                                 const char *description,
                                 const char *button,
                                 const char *action);
GtkWidget     *tt_page_scroller (GtkWidget  *content,
                                 int         max_width);

G_END_DECLS
