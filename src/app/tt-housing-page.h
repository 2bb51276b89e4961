/* tt-housing-page.h — houses for poor households: the pipeline and the projects */
#pragma once

#include <adwaita.h>

#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_HOUSING_PAGE (tt_housing_page_get_type ())
G_DECLARE_FINAL_TYPE (TtHousingPage, tt_housing_page, TT, HOUSING_PAGE, GtkWidget)

TtHousingPage   *tt_housing_page_new       (TtDb          *db);
void             tt_housing_page_refresh   (TtHousingPage *self);
void             tt_housing_page_open      (TtHousingPage *self,
                                            gint64         project_id);
gboolean         tt_housing_page_is_loading (TtHousingPage *self);
guint            tt_housing_page_n_listed  (TtHousingPage *self);
char            *tt_housing_page_dup_title (TtHousingPage *self,
                                            guint          i);
GtkToggleButton *tt_housing_page_get_stage (TtHousingPage *self,
                                            guint          i);
GtkLabel        *tt_housing_page_get_count (TtHousingPage *self,
                                            guint          i);

G_END_DECLS
