/* tt-ask.h — a question in a message dialog with one answer besides Cancel */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwMessageDialog *tt_ask (GtkWindow             *parent,
                          gpointer               instance,
                          const char            *heading,
                          const char            *body,
                          GtkWidget             *extra,
                          const char            *cancel_label,
                          const char            *response,
                          const char            *response_label,
                          AdwResponseAppearance  appearance,
                          const char            *default_response,
                          GCallback              callback);

G_END_DECLS
