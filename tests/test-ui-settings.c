/* test-ui-settings.c — the Preferences window and the import dialog as a clerk uses them: choices
 * shown by their labels, places found by typing, refused values taken back, everything in sight
 * on a 1366×768 screen */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tt-import-dialog.h"
#include "tt-office.h"
#include "tt-place-picker.h"
#include "tt-places.h"
#include "tt-preferences.h"
#include "tt-test-util.h"
#include "tt-ui-util.h"

#define SCREEN_HEIGHT 768

static const char *
shown_choice (GtkWidget *combo)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (combo));

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

/* Picks the choice that reads @label, as a clerk does in the drop-down. */
static void
choose_label (GtkWidget *combo, const char *label)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
        spin ();
        return;
      }
  g_error ("no choice reads “%s”", label);
}

/* The row titled @title somewhere under @root, or NULL. */
static GtkWidget *
find_row (GtkWidget *root, const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_after_paint_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

/* Waits until @window has laid out and drawn what changed in it. */
static void
wait_drawn (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (clock, id);
  g_assert_true (painted);
}

static gboolean
in_view (GtkWidget *widget, GtkWidget *window)
{
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (widget) && gtk_widget_compute_bounds (widget, window, &bounds) &&
         bounds.size.height > 0 && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

/* Waits until @widget is scrolled into its window's view. */
static void
wait_in_view (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));

  for (int i = 0; i < 100 && !in_view (widget, window); i++)
    wait_drawn (window);
  g_assert_true (in_view (widget, window));
}

/* The name shown in the @index-th place the picker lists, or NULL past the end. */
static const char *
listed_place (TtPlacePicker *picker, int index)
{
  GtkListBox *list = GTK_LIST_BOX (CHILD (picker, TT_TYPE_PLACE_PICKER, "list"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  if (row == NULL)
    return NULL;
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (gtk_list_box_row_get_child (row))));
}

static guint
n_listed (TtPlacePicker *picker)
{
  guint n = 0;

  while (listed_place (picker, n) != NULL)
    n++;
  return n;
}

/* Opens the picker and types @text into its search; the popover stays open. */
static void
search_place (TtPlacePicker *picker, const char *text)
{
  GtkWidget *popover = CHILD (picker, TT_TYPE_PLACE_PICKER, "popover");

  if (!gtk_widget_get_visible (popover))
    {
      /* Reached with the keyboard, the row scrolls into view; Enter opens it. */
      gtk_widget_grab_focus (GTK_WIDGET (picker));
      wait_in_view (GTK_WIDGET (picker));
      adw_action_row_activate (ADW_ACTION_ROW (picker));
    }
  spin ();
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_editable_set_text (GTK_EDITABLE (CHILD (picker, TT_TYPE_PLACE_PICKER, "search")), text);
  spin ();
}

/* Takes the first place listed with Enter in the search entry. */
static void
press_enter (TtPlacePicker *picker)
{
  g_signal_emit_by_name (CHILD (picker, TT_TYPE_PLACE_PICKER, "search"), "activate");
  spin ();
  g_assert_false (gtk_widget_get_visible (CHILD (picker, TT_TYPE_PLACE_PICKER, "popover")));
}

static int
natural_height (GtkWidget *window)
{
  int natural = 0, at_width = 0;

  gtk_widget_measure (window, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  gtk_widget_measure (window, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (window), NULL, &at_width, NULL, NULL);
  return MAX (natural, at_width);
}

/* @widget is drawn inside @window, which fits the screen: nothing to scroll to see it. */
static void
assert_in_sight (GtkWidget *widget, GtkWidget *window)
{
  wait_drawn (window);
  g_assert_cmpint (gtk_widget_get_height (window), <=, SCREEN_HEIGHT);
  g_assert_true (in_view (widget, window));
}

static TtPreferences *
open_preferences (TtDb *db)
{
  TtPreferences *prefs = tt_preferences_new (NULL, db);

  gtk_window_present (GTK_WINDOW (prefs));
  spin ();
  return prefs;
}

/* Settings with a value list show labels; a choice writes its code. The province shows its
 * name, the amount-in-words style its words. */
static void
test_preferences_choices (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtPreferences *prefs;
  GtkWidget *level, *paper, *words, *zero;
  g_autofree char *level_code = NULL;
  g_autofree char *style = NULL;

  g_assert_true (tt_office_set (db, "level", "commune", &error));
  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  prefs = open_preferences (db);

  level = tt_preferences_get_row (prefs, "level");
  g_assert_true (ADW_IS_COMBO_ROW (level));
  g_assert_cmpstr (shown_choice (level), ==, "Commune");
  choose_label (level, "Province");
  level_code = tt_office_get (db, "level");
  g_assert_cmpstr (level_code, ==, "province");
  g_assert_cmpstr (shown_choice (level), ==, "Province");

  paper = tt_preferences_get_row (prefs, "receipt-paper");
  g_assert_cmpstr (shown_choice (paper), ==, "A5");

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (tt_preferences_get_row (prefs, "province-code"))), ==,
                   "Thành phố Hà Nội · 01");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (tt_preferences_get_row (prefs, "commune-code"))), ==,
                   "Not set");

  /* The style as its words, and one of its choices changed by its label. */
  words = tt_preferences_get_row (prefs, "words-style");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (words)), ==,
                   "Một trăm linh năm nghìn không trăm hai mươi tư đồng");
  zero = find_row (words, "Zero in the tens place");
  g_assert_nonnull (zero);
  g_assert_cmpstr (shown_choice (zero), ==, "một trăm linh năm");
  choose_label (zero, "một trăm lẻ năm");
  style = tt_office_get (db, "words-style");
  g_assert_cmpstr (style, ==, "lẻ,nghìn,tư");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (words)), ==,
                   "Một trăm lẻ năm nghìn không trăm hai mươi tư đồng");
  gtk_window_destroy (GTK_WINDOW (prefs));
  spin ();
}

/* The commune is found by typing part of its name without accents, among the province's. */
static void
test_preferences_commune_picker (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *commune = NULL;
  g_autofree char *province = NULL;
  TtPreferences *prefs;
  TtPlacePicker *picker;

  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  prefs = open_preferences (db);
  picker = TT_PLACE_PICKER (tt_preferences_get_row (prefs, "commune-code"));

  /* Three communes of the country are named Ba Đình or Ba Dinh; one is in Hà Nội. */
  search_place (picker, "ba dinh");
  g_assert_cmpuint (n_listed (picker), ==, 1);
  g_assert_cmpstr (listed_place (picker, 0), ==, "Phường Ba Đình");

  search_place (picker, "ngoc ha");
  g_assert_cmpstr (listed_place (picker, 0), ==, "Phường Ngọc Hà");
  press_enter (picker);
  commune = tt_office_get (db, "commune-code");
  g_assert_cmpstr (commune, ==, "00008");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (picker)), ==, "Phường Ngọc Hà · 00008");

  /* A code finds its province too; choosing another province points at the commune. */
  picker = TT_PLACE_PICKER (tt_preferences_get_row (prefs, "province-code"));
  search_place (picker, "79");
  g_assert_cmpuint (n_listed (picker), ==, 1);
  press_enter (picker);
  province = tt_office_get (db, "province-code");
  g_assert_cmpstr (province, ==, "79");
  g_assert_true (gtk_widget_has_css_class (tt_preferences_get_row (prefs, "commune-code"), "error"));
  gtk_window_destroy (GTK_WINDOW (prefs));
  spin ();
}

/* A refused value does not stay on screen: the row shows what the file holds, is marked, and
 * the reason (with what was typed) stands under it until a good value is saved. */
static void
test_preferences_refused (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *saved = NULL;
  TtPreferences *prefs;
  GtkWidget *row, *problem;

  g_assert_true (tt_office_set (db, "bank-bin", "970436", &error));
  prefs = open_preferences (db);
  row = tt_preferences_get_row (prefs, "bank-bin");
  problem = gtk_widget_get_next_sibling (row);
  g_assert_false (gtk_widget_get_visible (problem));

  gtk_editable_set_text (GTK_EDITABLE (row), "97043");
  g_signal_emit_by_name (row, "apply");
  spin ();
  kept = tt_office_get (db, "bank-bin");
  g_assert_cmpstr (kept, ==, "970436");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "970436");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (problem)), ==,
                   "“97043” was not saved. The bank BIN must be 6 digits (e.g. 970436 for Vietcombank).");

  gtk_editable_set_text (GTK_EDITABLE (row), "970418");
  g_signal_emit_by_name (row, "apply");
  spin ();
  saved = tt_office_get (db, "bank-bin");
  g_assert_cmpstr (saved, ==, "970418");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_get_visible (problem));
  gtk_window_destroy (GTK_WINDOW (prefs));
  spin ();
}

static char *
write_list (const char *text)
{
  g_autofree char *dir = tt_test_tmpdir ();
  char *path = g_build_filename (dir, "ds.csv", NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* A list without a commune column: every row is refused until the commune for the whole list
 * is chosen (typed without accents, among the province's); then the rows land in that commune
 * and the year chosen. The check's result is in sight. */
static void
test_import_commune_for_list (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = write_list ("DANH SÁCH HỘ NGHÈO\n"
                                     "STT,Họ và tên chủ hộ,Năm sinh,Thôn,Phân loại\n"
                                     "1,Nguyễn Văn An,1965,Thôn Đông,Hộ nghèo\n"
                                     "2,Trần Thị Bình,1970,Thôn Tây,Hộ cận nghèo\n");
  TtImportDialog *dialog;
  TtPlacePicker *picker;
  GtkWidget *result, *import_button, *first;

  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  dialog = tt_import_dialog_new (db);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (tt_import_dialog_load (dialog, csv, &error));
  g_assert_no_error (error);
  spin ();
  picker = TT_PLACE_PICKER (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "commune"));
  result = CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result");
  import_button = CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "import_button");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (picker)), ==, "Not chosen");

  /* Before: refused, saying why and how to fix it. */
  g_assert_false (import_check (dialog));
  spin ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (result)), ==, "2 rows have problems: nothing would be imported.");
  first = gtk_widget_get_first_child (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "problems"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), "choose the commune for the whole list"));
  g_assert_false (gtk_widget_get_sensitive (import_button));
  assert_in_sight (result, GTK_WIDGET (dialog));

  /* The commune typed without accents, among Hà Nội's; the year chosen. */
  search_place (picker, "giang vo");
  g_assert_cmpuint (n_listed (picker), ==, 1);
  press_enter (picker);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (picker)), ==, "Phường Giảng Võ · 00025");
  g_assert_false (gtk_widget_get_visible (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result_group")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "year")), 2024);

  g_assert_true (import_check (dialog));
  spin ();
  assert_in_sight (result, GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);
  g_signal_emit_by_name (import_button, "clicked");
  while (tt_import_dialog_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  spin ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (result)), ==,
                   "Imported.\n"
                   "New households: 2 · updated: 0 · skipped: 0 · rows with problems: 0 · new villages: 2");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households h JOIN places p ON p.id = h.commune_id "
                                      "WHERE p.code = '00025'"), ==, 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM household_classifications WHERE year = 2024"), ==, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
}

/* Both windows fit a 1366×768 screen however much they hold: their content scrolls inside. */
static void
test_windows_fit_screen (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) list = g_string_new ("Họ và tên chủ hộ,Năm sinh,Giới tính,Số CCCD,Số nhân khẩu,Thôn,Xã,"
                                          "Mã xã,Phân loại,Năm,Điện thoại,Địa chỉ,Mã hộ,Ghi chú\n");
  g_autofree char *csv = NULL;
  TtPreferences *prefs = open_preferences (db);
  TtImportDialog *dialog;

  g_assert_cmpint (natural_height (GTK_WIDGET (prefs)), <=, SCREEN_HEIGHT);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (prefs)), <=, SCREEN_HEIGHT);
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* Every column recognised, and forty rows with a problem each. */
  for (int i = 0; i < 40; i++)
    g_string_append_printf (list, "Người Thứ %d,19x%d,Nam,,3,Thôn Một,,00004,Hộ nghèo,2026,,,,\n", i, i % 10);
  csv = write_list (list->str);
  dialog = tt_import_dialog_new (db);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpint (natural_height (GTK_WIDGET (dialog)), <=, SCREEN_HEIGHT);
  g_assert_true (tt_import_dialog_load (dialog, csv, &error));
  spin ();
  g_assert_cmpint (natural_height (GTK_WIDGET (dialog)), <=, SCREEN_HEIGHT);
  g_assert_false (import_check (dialog));
  spin ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result"))), ==,
                   "40 rows have problems: nothing would be imported.");
  g_assert_cmpint (natural_height (GTK_WIDGET (dialog)), <=, SCREEN_HEIGHT);
  assert_in_sight (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result"), GTK_WIDGET (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/ui-settings/preferences-choices", test_preferences_choices);
  g_test_add_func ("/ui-settings/preferences-commune-picker", test_preferences_commune_picker);
  g_test_add_func ("/ui-settings/preferences-refused", test_preferences_refused);
  g_test_add_func ("/ui-settings/import-commune-for-list", test_import_commune_for_list);
  g_test_add_func ("/ui-settings/windows-fit-screen", test_windows_fit_screen);
  return g_test_run ();
}
