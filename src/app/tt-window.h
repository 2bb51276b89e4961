/* tt-window.h — the main window of one office file */
#pragma once

#include <adwaita.h>

#include "tt-application.h"
#include "tt-db.h"

G_BEGIN_DECLS

#define TT_TYPE_WINDOW (tt_window_get_type ())
G_DECLARE_FINAL_TYPE (TtWindow, tt_window, TT, WINDOW, AdwApplicationWindow)

TtWindow *tt_window_new    (TtApplication *application,
                            TtDb          *db);
TtDb     *tt_window_get_db (TtWindow      *self);
void      tt_window_toast  (TtWindow      *self,
                            const char    *message);
AdwToast *tt_window_toast_lasting (TtWindow *self,
                                   const char *message);
void      tt_window_toast_action (TtWindow   *self,
                                  const char *message,
                                  const char *button,
                                  const char *action,
                                  GVariant   *target);
const char *tt_window_get_page (TtWindow  *self);

typedef struct _TtDonorsPage TtDonorsPage;
TtDonorsPage *tt_window_get_donors_page (TtWindow *self);

typedef struct _TtHouseholdsPage TtHouseholdsPage;
TtHouseholdsPage *tt_window_get_households_page (TtWindow *self);

typedef struct _TtGiftsPage TtGiftsPage;
TtGiftsPage *tt_window_get_gifts_page (TtWindow *self);

typedef struct _TtWelcome TtWelcome;
TtWelcome *tt_window_get_welcome (TtWindow *self);

const char *tt_window_get_section_title (TtWindow *self);

G_END_DECLS
