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

G_END_DECLS
