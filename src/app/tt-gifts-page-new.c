/* tt-gifts-page-new.c — a campaign's gift packages and new distribution lists
 *
 * A package is named with its value (and what it holds); a list is built for an area from the
 * poor households of the campaign's year (near-poor and hardship ones when ticked) that have no
 * package of the campaign yet. A refused package opens its form again with what was typed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-ask.h"
#include "tt-gifts-page-private.h"
#include "tt-gifts.h"
#include "tt-money.h"
#include "tt-places.h"
#include "tt-support.h"
#include "tt-window.h"
#include "tt-reading.h"

static void package_dialog (TtGiftsPage *self, const char *const *values, const char *problem);

static void
on_new_package_response_cb (AdwMessageDialog *dialog, const char *response, TtGiftsPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *values[] = { tt_gifts_page_entry_value (dialog, "name"), tt_gifts_page_entry_value (dialog, "value"),
                           tt_gifts_page_entry_value (dialog, "contents") };
  gint64 value = 0;

  if (!g_str_equal (response, "add"))
    return;
  /* A refusal opens the form again with what was typed and what is wrong. */
  if (!tt_money_parse (values[1], &value, &error) ||
      tt_gift_package_add (tt_gifts_page_get_db (self), tt_gifts_page_get_campaign (self), values[0], value, 0, values[2], &error) == 0)
    package_dialog (self, values, error->message);
  else if (TT_IS_WINDOW (tt_gifts_page_parent_window (self)))
    {
      g_autofree char *done = g_strdup_printf (_("Package “%s” added: New List… can use it now."), values[0]);
      tt_window_toast (TT_WINDOW (tt_gifts_page_parent_window (self)), done);
    }
}

static void
package_dialog (TtGiftsPage *self, const char *const *values, const char *problem)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  AdwMessageDialog *dialog;
  const char *keys[] = { "name", "value", "contents" };
  const char *hints[] = { _("Name, e.g. Suất quà Tết"), _("Value in đồng, e.g. 500.000"),
                          _("Contents (rice, oil, cash…)") };
  GtkWidget *entries[3];

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      entries[i] = tt_gifts_page_labelled_entry (box, hints[i]);
      if (values != NULL)
        gtk_editable_set_text (GTK_EDITABLE (entries[i]), values[i]);
    }
  dialog = tt_ask (tt_gifts_page_parent_window (self), self, _("New Gift Package"), problem, GTK_WIDGET (box), _("_Cancel"), "add",
                   _("_Add"), ADW_RESPONSE_SUGGESTED, "add", G_CALLBACK (on_new_package_response_cb));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_object_set_data (G_OBJECT (dialog), keys[i], entries[i]);
  gtk_widget_grab_focus (entries[0]);
}

void
tt_gifts_page_new_package_action (GtkWidget  *widget,
                                  const char *name,
                                  GVariant   *param)
{
  package_dialog (TT_GIFTS_PAGE (widget), NULL, NULL);
}

/* Households of a new list checked for support from another programme in the campaign's period
 * that the allowed combinations do not allow with a gift (the first this many). */
#define CHECKED_FOR_OTHER_SUPPORT 5000
#define NAMED_WITH_OTHER_SUPPORT 20

/* What the worker building a list takes and brings back. */
typedef struct
{
  char    *path;
  char    *actor;
  gint64   campaign;
  gint64   package;
  char    *name;
  char    *categories;
  gint64   place_id;
  gint64   list, added, already;
  guint    flagged;
  GString *named;       /* "\n• head: the other support", the first few */
} Build;

static void
build_free (Build *b)
{
  g_free (b->path);
  g_free (b->actor);
  g_free (b->name);
  g_free (b->categories);
  g_string_free (b->named, TRUE);
  g_free (b);
}

static void
name_other_support (const TtGiftEntry *e, GPtrArray *conflicts, gpointer data)
{
  Build *b = data;

  if (b->flagged++ < NAMED_WITH_OTHER_SUPPORT)
    g_string_append_printf (b->named, "\n• %s: %s", e->head_name, (const char *) conflicts->pdata[0]);
}

static void
build_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Build *b = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) db = tt_task_writer (task, b->path, b->actor, &error);
  TtHouseholdFilter f = { .categories = b->categories, .place_id = b->place_id };

  if (db != NULL)
    {
      b->list = tt_gift_list_create (db, b->campaign, b->package, b->name, &f, &b->added, &b->already, &error);
    }
  if (b->list == 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The check reads; a failure of it leaves the list as it is, unflagged. */
  tt_gift_list_conflicts (db, b->list, CHECKED_FOR_OTHER_SUPPORT, name_other_support, b, NULL);
  g_task_return_boolean (task, TRUE);
}

/* Says how many households were added and left out, and which had other support. */
static void
on_built_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(TtGiftsPage) self = user_data;   /* held by the build, let go here on the main thread */
  Build *b = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (g_application_get_default () != NULL)
    g_application_release (g_application_get_default ());
  if (tt_gifts_page_get_db (self) == NULL)
    return;   /* the page went away meanwhile: the list is built, and shown next time */
  tt_gifts_page_set_building (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      tt_gifts_page_show_problem (self, error);
      return;
    }
  tt_gifts_page_list_created (self, b->list);
  g_string_append_printf (body, _("%lld households added; %lld already had a package of this campaign."),
                          (long long) b->added, (long long) b->already);
  g_string_append (body, b->named->str);
  if (b->flagged > NAMED_WITH_OTHER_SUPPORT)
    g_string_append_printf (body, _("\n… and %u more."), b->flagged - NAMED_WITH_OTHER_SUPPORT);
  dialog = adw_message_dialog_new (tt_gifts_page_parent_window (self),
                                   b->flagged ? _("Households With Other Support") : _("List Created"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Builds the list on a worker thread from a connection of its own: a province's list of
 * 100,000 households takes seconds, during which the page waits and the window keeps drawing. */
static void
on_new_list_response_cb (AdwMessageDialog *dialog, const char *response, TtGiftsPage *self)
{
  g_autoptr(GError) error = NULL;
  TtDb *db = tt_gifts_page_get_db (self);
  g_autoptr(GPtrArray) packages = tt_gift_packages (db, tt_gifts_page_get_campaign (self), NULL);
  GtkDropDown *package = g_object_get_data (G_OBJECT (dialog), "package");
  GtkCheckButton *near = g_object_get_data (G_OBJECT (dialog), "near-poor");
  GtkCheckButton *hardship = g_object_get_data (G_OBJECT (dialog), "hardship");
  guint p = gtk_drop_down_get_selected (package);
  g_autoptr(GTask) task = NULL;
  gint64 place_id = 0;
  Build *b;

  if (!g_str_equal (response, "create"))
    return;
  if (packages == NULL || p >= packages->len)
    {
      g_set_error (&error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("Add a gift package to the campaign first."));
      tt_gifts_page_show_problem (self, error);
      return;
    }
  if (*tt_gifts_page_entry_value (dialog, "place") != '\0' &&
      (place_id = tt_place_resolve (db, tt_gifts_page_entry_value (dialog, "place"), &error)) <= 0)
    {
      tt_gifts_page_show_problem (self, error);
      return;
    }
  b = g_new0 (Build, 1);
  b->path = g_strdup (tt_db_get_path (db));
  b->actor = g_strdup (tt_db_get_actor (db));
  b->campaign = tt_gifts_page_get_campaign (self);
  b->package = ((TtGiftPackage *) packages->pdata[p])->id;
  b->name = g_strdup (tt_gifts_page_entry_value (dialog, "name"));
  b->categories = g_strjoin (",", "poor", gtk_check_button_get_active (near) ? "near-poor" : "",
                             gtk_check_button_get_active (hardship) ? "hardship" : "", NULL);
  b->place_id = place_id;
  b->named = g_string_new (NULL);
  tt_gifts_page_set_building (self, TRUE);
  if (g_application_get_default () != NULL)
    g_application_hold (g_application_get_default ());
  task = g_task_new (NULL, NULL, on_built_cb, g_object_ref (self));
  g_task_set_task_data (task, b, (GDestroyNotify) build_free);
  tt_task_run (task, db, build_thread, NULL, on_built_cb, g_object_ref (self));
}

void
tt_gifts_page_new_list_action (GtkWidget  *widget,
                               const char *name,
                               GVariant   *param)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (widget);
  g_autoptr(GPtrArray) packages = tt_gift_packages (tt_gifts_page_get_db (self), tt_gifts_page_get_campaign (self), NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  GtkWidget *package, *place, *lname, *near, *hardship;
  AdwMessageDialog *dialog;

  for (guint i = 0; packages && i < packages->len; i++)
    gtk_string_list_append (names, ((TtGiftPackage *) packages->pdata[i])->name);
  package = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_box_append (box, package);
  place = tt_gifts_page_labelled_entry (box, _("Area: commune code or village name (empty: everywhere)"));
  lname = tt_gifts_page_labelled_entry (box, _("List name (optional)"));
  near = gtk_check_button_new_with_label (_("Near-poor households too"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (near), TRUE);
  gtk_box_append (box, near);
  hardship = gtk_check_button_new_with_label (_("Households in hardship too"));
  gtk_box_append (box, hardship);
  dialog = tt_ask (tt_gifts_page_parent_window (self), self, _("New Distribution List"),
                   _("Every active poor household of the campaign's year in the area (and the others chosen) "
                     "that has no package of this campaign yet."),
                   GTK_WIDGET (box), _("_Cancel"), "create", _("C_reate"), ADW_RESPONSE_SUGGESTED, "create",
                   G_CALLBACK (on_new_list_response_cb));
  g_object_set_data (G_OBJECT (dialog), "package", package);
  g_object_set_data (G_OBJECT (dialog), "place", place);
  g_object_set_data (G_OBJECT (dialog), "name", lname);
  g_object_set_data (G_OBJECT (dialog), "near-poor", near);
  g_object_set_data (G_OBJECT (dialog), "hardship", hardship);
}

