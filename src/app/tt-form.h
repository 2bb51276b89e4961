/* tt-form.h — the keys every form has */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef gboolean (*TtFormSave) (GtkWidget *form);

void tt_form_keys   (GtkWindow  *form,
                     TtFormSave  save);
void tt_form_cancel (GtkWindow  *form);

G_END_DECLS
