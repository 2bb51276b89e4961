/* tt-twin-ask.h — before a donor is added: is this donor already on file? */
#pragma once

#include <adwaita.h>

#include "tt-donors.h"

G_BEGIN_DECLS

/* @existing is the donor chosen from the file, or 0 to add the new one. */
typedef void (*TtTwinFunc) (GObject *instance, gint64 existing);

void tt_twin_ask (GtkWindow          *parent,
                  TtDb               *db,
                  const TtDonorInput *input,
                  GObject            *instance,
                  TtTwinFunc          func);

G_END_DECLS
