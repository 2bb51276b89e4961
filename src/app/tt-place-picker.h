/* tt-place-picker.h — a row showing a province or commune (name and code) that finds another
 * by part of its name or its code */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_PLACE_PICKER (tt_place_picker_get_type ())
G_DECLARE_FINAL_TYPE (TtPlacePicker, tt_place_picker, TT, PLACE_PICKER, AdwActionRow)

GtkWidget *tt_place_picker_new            (TtDb          *db,
                                           const char    *kind);
void       tt_place_picker_set_db         (TtPlacePicker *self,
                                           TtDb          *db);
void       tt_place_picker_set_within     (TtPlacePicker *self,
                                           gint64         parent_id);
void       tt_place_picker_set_none_label (TtPlacePicker *self,
                                           const char    *label);
gint64     tt_place_picker_get_place      (TtPlacePicker *self);
void       tt_place_picker_set_place      (TtPlacePicker *self,
                                           gint64         place_id);
char      *tt_place_picker_dup_code       (TtPlacePicker *self);

G_END_DECLS
