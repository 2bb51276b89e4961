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
GtkStringList *tt_form_campaign_filter  (TtDb   *db,
                                         GArray *ids);

/* A read-only line of a record (title, and a subtitle when there is one); a dim note under a form. */
void           tt_form_info_row (AdwPreferencesGroup *group,
                                 const char          *title,
                                 const char          *subtitle);
GtkLabel      *tt_form_note     (void);

/* A small form over a record: an optional choice, then @n one-line fields titled @titles (named
 * "choice_row", "field0"…), Save and Cancel and the form's keys. Save calls @run; a refusal is
 * shown at the top with nothing typed lost, success calls @done and closes the form. */
typedef gboolean (*TtSmallFormRun)  (GtkWindow *form,
                                     gpointer   data,
                                     GError   **error);
typedef void     (*TtSmallFormDone) (gpointer   data);

GtkWindow     *tt_small_form_new    (GtkWindow          *parent,
                                     const char         *title,
                                     const char         *choice_title,
                                     const char *const  *titles,
                                     int                 n,
                                     TtSmallFormRun      run,
                                     TtSmallFormDone     done,
                                     gpointer            data);
AdwComboRow   *tt_small_form_choice (GtkWindow          *form);
AdwEntryRow   *tt_small_form_field  (GtkWindow          *form,
                                     int                 i);
const char    *tt_small_form_text   (GtkWindow          *form,
                                     int                 i);
void           tt_small_form_warn   (GtkWindow          *form,
                                     const char         *text);

/* The parts of a place of the main window: its empty state with the action that starts it, and
 * its content clamped and scrolling. */
GtkWidget     *tt_page_empty    (const char *icon,
                                 const char *title,
                                 const char *description,
                                 const char *button,
                                 const char *action);
GtkWidget     *tt_page_scroller (GtkWidget  *content,
                                 int         max_width);
GtkWidget     *tt_page_clamped  (GtkWidget  *content,
                                 int         max_width);
GtkWidget     *tt_page_card_list (GtkWidget *list);

/* An item of a long list of texts, and the factory that shows it as a row of tt_list_texts. */
#define TT_TYPE_TEXT_ITEM (tt_text_item_get_type ())
G_DECLARE_FINAL_TYPE (TtTextItem, tt_text_item, TT, TEXT_ITEM, GObject)

TtTextItem         *tt_text_item_new       (char        *title,
                                            char        *subtitle,
                                            gint64       id);
const char         *tt_text_item_get_title (TtTextItem  *item);
gint64              tt_text_item_get_id    (TtTextItem  *item);
GtkListItemFactory *tt_text_item_factory   (void);

/* The tooltip of a widget made for a row of a list (NULL: none), told to assistive technologies
 * too, as gtk_widget_set_tooltip_text() does but without asking the display where the pointer is
 * each time it is set. */
void           tt_widget_set_row_tooltip (GtkWidget  *widget,
                                          const char *text);

/* A row of a long list: a title and a dimmed line under it, both cut short to fit. */
GtkWidget     *tt_list_texts_new (void);
void           tt_list_texts_set (GtkWidget  *texts,
                                  const char *title,
                                  const char *subtitle);

G_END_DECLS
