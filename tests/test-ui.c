/* test-ui.c — every .ui template instantiates on GTK 4.8 / libadwaita 1.2; the window shows
 * the office */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tt-application.h"
#include "tt-date.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-test-util.h"
#include "tt-ui-util.h"
#include "tt-place-picker.h"
#include "tt-donation-dialog.h"
#include "tt-donors-page.h"
#include "tt-gifts.h"
#include "tt-form.h"
#include "tt-gifts-page.h"
#include "tt-household-row.h"
#include "tt-households.h"
#include "tt-households-page.h"
#include "tt-campaigns.h"
#include "tt-history-dialog.h"
#include "tt-household-dialog.h"
#include "tt-import-dialog.h"
#include "tt-places.h"
#include "tt-places-dialog.h"
#include "tt-print.h"
#include "tt-signing-sheet.h"
#include "tt-gift-sheet.h"
#include "tt-office.h"
#include "tt-welcome.h"
#include "tt-window.h"

static const char *resource_root = "/io/github/tuongthan/TuongThan/";

static char *
type_name_for (const char *file)
{
  g_auto(GStrv) parts = g_strsplit (file, "-", -1);
  GString *name = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *dot = strchr (parts[i], '.');
      if (dot)
        *dot = '\0';
      g_string_append_c (name, g_ascii_toupper (parts[i][0]));
      g_string_append (name, parts[i] + 1);
    }
  return g_string_free (name, FALSE);
}

static void
test_every_template (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_auto(GStrv) files = g_resources_enumerate_children (resource_root, 0, NULL);
  guint n = 0;

  g_type_class_unref (g_type_class_ref (TT_TYPE_WINDOW));   /* registers every class it uses */
  g_assert_nonnull (files);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *type_name = NULL;
      GType type;
      GObject *obj;

      if (!g_str_has_suffix (files[i], ".ui"))
        continue;
      type_name = type_name_for (files[i]);
      type = g_type_from_name (type_name);
      if (type == 0)
        g_error ("template %s has no class %s", files[i], type_name);
      if (g_object_class_find_property (G_OBJECT_CLASS (g_type_class_ref (type)), "db") != NULL)
        obj = g_object_new (type, "db", db, NULL);
      else
        obj = g_object_new (type, NULL);
      g_assert_true (GTK_IS_WIDGET (obj));
      if (GTK_IS_WINDOW (obj))
        gtk_window_destroy (GTK_WINDOW (obj));
      else
        g_object_unref (g_object_ref_sink (obj));
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

/* A figure of the Overview once the window has done what was queued (the figures are added up
 * after the window draws). */
static const char *
figure (TtWindow *window, const char *name)
{
  for (int i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, name)));
}

static void
test_window_shows_office (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtDonorInput donor = { .name = "Nguyễn Văn Đức" };
  TtDonationInput gift = { .amount = 1500000 };
  TtWindow *window;
  GtkLabel *donors, *total;
  AdwWindowTitle *title;

  gift.donor_id = tt_donor_add (db, &donor, NULL);
  g_assert_cmpint (tt_donation_add (db, &gift, NULL, NULL), >, 0);

  window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  gtk_window_present (GTK_WINDOW (window));
  donors = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "donors_label"));
  total = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "total_label"));
  title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "title"));
  /* The figures are added up once the window has drawn. */
  for (int i = 0; i < 200 && *gtk_label_get_label (donors) == '\0'; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (gtk_label_get_label (donors), ==, "1");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "1.500.000 đ");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm");
  g_assert_true (tt_window_get_db (window) == db);
  gtk_window_destroy (GTK_WINDOW (window));
}


static void
wait_loaded (TtDonorsPage *page)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  do
    g_main_context_iteration (NULL, FALSE);
  while (tt_donors_page_is_loading (page) && g_get_monotonic_time () < until);
  g_assert_false (tt_donors_page_is_loading (page));
}

/* Records a gift through the donation dialog as a clerk would: type the donor, take the first
 * match or the "new donor" row, type the amount, press Enter. */
static void
enter_donation (TtWindow *window, const char *donor, gboolean new_donor, const char *amount,
                const char *expected_words)
{
  TtDonationDialog *dialog;
  GtkListBox *matches;
  GtkLabel *words;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-donation", NULL);
  dialog = TT_DONATION_DIALOG (find_window (TT_TYPE_DONATION_DIALOG));
  type_into (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "donor_row"), donor);
  matches = GTK_LIST_BOX (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "matches"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (matches)));
  if (new_donor)
    {
      GtkWidget *last = gtk_widget_get_last_child (GTK_WIDGET (matches));
      GtkWidget *chosen = CHILD (dialog, TT_TYPE_DONATION_DIALOG, "chosen_row");
      AdwMessageDialog *asked;

      g_signal_emit_by_name (matches, "row-activated", last);
      /* A namesake already on file is asked about: this is another person. */
      if ((asked = open_question ("Already a Donor?")) != NULL)
        {
          adw_message_dialog_response (asked, "new");
          spin ();
        }
      /* The new donor is shown as chosen, and written only with the gift. */
      g_assert_true (gtk_widget_get_visible (chosen));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (chosen)), ==, donor);
      g_assert_cmpint (tt_donation_dialog_get_donor (dialog), ==, 0);
    }
  else
    {
      g_signal_emit_by_name (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "donor_row"), "entry-activated");
      g_assert_cmpint (tt_donation_dialog_get_donor (dialog), >, 0);
    }

  type_into (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "amount_row"), amount);
  words = GTK_LABEL (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "words_label"));
  g_assert_cmpstr (gtk_label_get_label (words), ==, expected_words);
  g_signal_emit_by_name (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "amount_row"), "entry-activated");
  spin ();
}

static const char *
first_gift_title (TtDonorsPage *page)
{
  GtkListBox *gifts = GTK_LIST_BOX (CHILD (page, TT_TYPE_DONORS_PAGE, "gifts_list"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (gifts, 0);

  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* The morning's work, end to end: create the office → add a donor and a donation → the
 * receipt number shows → void it → search without accents → merge a duplicate → totals. */
static void
test_office_flow (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new-office.db", NULL);
  g_autoptr(TtDb) db = tt_db_open (path, &error);
  TtWindow *window;
  TtWelcome *welcome;
  TtDonorsPage *page;
  AdwMessageDialog *dialog;
  g_autofree char *receipt = NULL;
  g_autofree char *name = NULL;
  char today[11];
  gint64 first, second;

  g_assert_no_error (error);
  window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (tt_window_get_page (window), ==, "welcome");

  /* Create the office: a bad bank BIN is refused with the field named, nothing written. */
  welcome = tt_window_get_welcome (window);
  type_into (CHILD (welcome, TT_TYPE_WELCOME, "name_row"), "Ban vận động Quỹ \"Vì người nghèo\" xã Tân Phú");
  type_into (CHILD (welcome, TT_TYPE_WELCOME, "head_row"), "Hoàng Văn Thái");
  type_into (CHILD (welcome, TT_TYPE_WELCOME, "accountant_row"), "Trần Thị Mai");
  type_into (CHILD (welcome, TT_TYPE_WELCOME, "bank_bin_row"), "97043");
  g_signal_emit_by_name (CHILD (welcome, TT_TYPE_WELCOME, "create_button"), "clicked");
  g_assert_cmpstr (tt_window_get_page (window), ==, "welcome");
  g_assert_true (gtk_widget_get_visible (CHILD (welcome, TT_TYPE_WELCOME, "error_label")));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (CHILD (welcome, TT_TYPE_WELCOME, "error_label"))), "BIN"));
  g_assert_null (tt_office_get (db, "name"));

  type_into (CHILD (welcome, TT_TYPE_WELCOME, "bank_bin_row"), "970436");
  type_into (CHILD (welcome, TT_TYPE_WELCOME, "bank_account_row"), "0011004455667");
  g_signal_emit_by_name (CHILD (welcome, TT_TYPE_WELCOME, "create_button"), "clicked");
  g_assert_cmpstr (tt_window_get_page (window), ==, "office");
  name = tt_office_get (db, "name");
  g_assert_cmpstr (name, ==, "Ban vận động Quỹ \"Vì người nghèo\" xã Tân Phú");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE kind = 'commune'"), ==, 3321);

  page = tt_window_get_donors_page (window);
  wait_loaded (page);
  g_assert_cmpuint (tt_donors_page_get_n_shown (page), ==, 0);

  /* A new donor and a gift typed as "1,5 triệu"; the receipt number shows on the donor page. */
  enter_donation (window, "Nguyễn Văn Đức", TRUE, "1,5 triệu", "1.500.000 đ — Một triệu năm trăm nghìn đồng");
  wait_loaded (page);
  first = tt_donors_page_get_donor (page);
  g_assert_cmpint (first, >, 0);
  tt_date_today (today);
  receipt = g_strdup_printf ("%.4s-000001", today);
  {
    g_autofree char *title = g_strdup_printf ("%s · 1.500.000 đ", receipt);
    g_assert_cmpstr (first_gift_title (page), ==, title);
  }
  g_assert_cmpstr (figure (window, "total_label"), ==, "1.500.000 đ");

  /* Void it, with a reason. */
  gtk_widget_activate_action (GTK_WIDGET (page), "donors.void", "s", receipt);
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "void"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Ghi nhầm số tiền");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "void"));
  adw_message_dialog_response (dialog, "void");
  wait_loaded (page);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations WHERE status = 'void' "
                                      "AND void_reason = 'Ghi nhầm số tiền'"), ==, 1);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (CHILD (page, TT_TYPE_DONORS_PAGE, "gifts_list")), 0);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "VOID: Ghi nhầm số tiền"));
  }
  g_assert_cmpstr (figure (window, "total_label"), ==, "0 đ");

  /* The receipt's history: made, then voided with its reason. */
  gtk_widget_activate_action (GTK_WIDGET (page), "donors.receipt-history", "s", receipt);
  {
    GtkWidget *history = GTK_WIDGET (find_window (TT_TYPE_HISTORY_DIALOG));
    GtkListBox *list = GTK_LIST_BOX (CHILD (history, TT_TYPE_HISTORY_DIALOG, "list"));
    GtkListBoxRow *made = gtk_list_box_get_row_at_index (list, 0);
    GtkListBoxRow *voided = gtk_list_box_get_row_at_index (list, 1);

    g_assert_nonnull (made);
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (made)), "Created"));
    g_assert_nonnull (voided);
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (voided)), "Voided"));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (voided)), "Reason for voiding: — → Ghi nhầm số tiền"));
    g_assert_null (gtk_list_box_get_row_at_index (list, 2));
    gtk_window_destroy (GTK_WINDOW (history));
  }

  /* The same person again, typed without accents as a new record: a duplicate. */
  enter_donation (window, "Nguyen Van Duc", TRUE, "200k", "200.000 đ — Hai trăm nghìn đồng");
  wait_loaded (page);
  second = tt_donors_page_get_donor (page);
  g_assert_cmpint (second, !=, first);

  /* Search without accents finds both. */
  tt_donors_page_search (page, "nguyen van duc");
  g_assert_cmpuint (tt_donors_page_get_n_shown (page), ==, 2);
  tt_donors_page_search (page, "Đức");
  g_assert_cmpuint (tt_donors_page_get_n_shown (page), ==, 2);
  tt_donors_page_search (page, "mai");
  g_assert_cmpuint (tt_donors_page_get_n_shown (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (CHILD (page, TT_TYPE_DONORS_PAGE, "list_stack"))), ==, "empty");

  /* Merge the duplicate into the first record. */
  tt_donors_page_search (page, "");
  tt_donors_page_select_donor (page, first);
  gtk_widget_activate_action (GTK_WIDGET (page), "donors.merge", NULL);
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  {
    GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *scroller = gtk_widget_get_last_child (box);
    GtkWidget *list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
    GtkWidget *viewport_child = GTK_IS_VIEWPORT (list) ? gtk_viewport_get_child (GTK_VIEWPORT (list)) : list;
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (viewport_child), 0);

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Nguyen Van Duc");
    /* Namesakes are told apart by number and what they gave. */
    {
      g_autofree char *expected = g_strdup_printf ("No. %lld · given 200.000 đ, last ", (long long) second);
      g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), expected));
    }
    gtk_list_box_select_row (GTK_LIST_BOX (viewport_child), row);
  }
  adw_message_dialog_response (dialog, "merge");
  wait_loaded (page);

  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations WHERE donor_id = 1"), ==, 2);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM audit_log WHERE action = 'merge'"), ==, 1);
  g_assert_cmpuint (tt_donors_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (CHILD (page, TT_TYPE_DONORS_PAGE, "summary_label"))), ==,
                   "200.000 đ in 1 gift");
  g_assert_true (gtk_widget_get_visible (CHILD (page, TT_TYPE_DONORS_PAGE, "merged_group")));
  g_assert_cmpstr (figure (window, "donors_label"), ==, "1");
  g_assert_cmpstr (figure (window, "total_label"), ==, "200.000 đ");
  g_assert_cmpstr (figure (window, "receipts_label"), ==, "1");

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* A batch declared as 2 slips for 300.000 đ with one slip typed: closing warns. */
static void
test_batch_mismatch (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  TtDonorsPage *page;
  AdwMessageDialog *dialog;
  GtkWidget *box;

  gtk_window_present (GTK_WINDOW (window));
  page = tt_window_get_donors_page (window);
  wait_loaded (page);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-batch", NULL);
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  box = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (box)), "2");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_last_child (box)), "300.000");
  adw_message_dialog_response (dialog, "start");
  spin ();
  g_assert_cmpint (tt_donors_page_get_batch (page), >, 0);

  /* Starting the batch opened the donation form, in batch mode. */
  {
    TtDonationDialog *entry = TT_DONATION_DIALOG (find_window (TT_TYPE_DONATION_DIALOG));
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (CHILD (entry, TT_TYPE_DONATION_DIALOG, "another_check"))));
    gtk_window_destroy (GTK_WINDOW (entry));
  }
  enter_donation (window, "Lê Thị Hoa", TRUE, "100000", "100.000 đ — Một trăm nghìn đồng");
  /* The form stays for the next slip and says how far the batch has come. */
  {
    GtkWidget *entry = GTK_WIDGET (find_window (TT_TYPE_DONATION_DIALOG));
    GtkLabel *progress = GTK_LABEL (CHILD (entry, TT_TYPE_DONATION_DIALOG, "progress_label"));
    g_autofree char *receipt = NULL;
    g_autofree char *expected = NULL;
    char today[11];

    tt_date_today (today);
    receipt = g_strdup_printf ("%.4s-000001", today);
    expected = g_strdup_printf ("Batch %lld: 1 of 2 slips, 100.000 đ of 300.000 đ · last receipt %s",
                                (long long) tt_donors_page_get_batch (page), receipt);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (progress)));
    g_assert_cmpstr (gtk_label_get_label (progress), ==, expected);
    gtk_window_destroy (GTK_WINDOW (entry));
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations WHERE batch_id IS NOT NULL"), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (page), "donors.close-batch", NULL);
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "has 1 receipts for 100.000 đ, but 2 slips for 300.000 đ were declared"));
  adw_message_dialog_response (dialog, "cancel");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donation_batches WHERE closed_at IS NULL"), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (page), "donors.close-batch", NULL);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG)), "close");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donation_batches WHERE closed_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (tt_donors_page_get_batch (page), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Runs the main loop until the Households page has its answer: the register loaded, the last
 * search and the figures per commune done. */
static void
wait_households (TtHouseholdsPage *page)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  spin ();
  while (tt_households_page_is_busy (page) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (tt_households_page_is_busy (page));
}

static const char *
households_count (TtHouseholdsPage *page)
{
  return gtk_label_get_label (GTK_LABEL (CHILD (page, TT_TYPE_HOUSEHOLDS_PAGE, "count")));
}

/* The head names the Households page lists, "; "-separated. */
static char *
households_shown (TtHouseholdsPage *page)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (CHILD (page, TT_TYPE_HOUSEHOLDS_PAGE, "view"));
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TtRecordRow) row = g_list_model_get_item (model, i);
      g_string_append_printf (out, "%s%s", i ? "; " : "", tt_household_row_get_household (row)->head_name);
    }
  return g_string_free (out, FALSE);
}

/* A list with one bad row: the check names it and the import stays off; leaving bad rows out,
 * the check passes, the import writes the good rows and the register shows them. */
static void
test_households_import (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *csv = g_build_filename (dir, "ds.csv", NULL);
  TtWindow *window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  TtHouseholdsPage *page;
  TtImportDialog *dialog;
  GtkWidget *import_button, *problems, *first;
  g_autoptr(GError) error = NULL;

  g_assert_true (tt_office_set (db, "commune-code", "00004", &error));
  g_assert_true (g_file_set_contents (csv, "DANH SÁCH HỘ NGHÈO\n"
                                           "STT,Họ và tên chủ hộ,Năm sinh,Thôn,Phân loại\n"
                                           "1,Nguyễn Văn An,1965,Thôn Đông,Hộ nghèo\n"
                                           "2,Trần Thị Bình,19x0,Thôn Đông,Hộ cận nghèo\n"
                                           "3,Lê Văn Cường,1958,Thôn Tây,Hộ nghèo\n", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  open_section (window, "households");
  page = tt_window_get_households_page (window);
  g_assert_nonnull (page);
  wait_households (page);
  g_assert_cmpstr (households_count (page), ==, "0 households");

  gtk_widget_activate_action (GTK_WIDGET (page), "households.import", NULL);
  dialog = TT_IMPORT_DIALOG (find_window (TT_TYPE_IMPORT_DIALOG));
  import_button = CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "import_button");
  g_assert_true (tt_import_dialog_load (dialog, csv, &error));
  g_assert_no_error (error);
  g_assert_false (import_check (dialog));
  g_assert_false (gtk_widget_get_sensitive (import_button));
  problems = CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "problems");
  first = gtk_widget_get_first_child (problems);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Row 4, column “Năm sinh”");
  /* The check says nothing would be imported, with no counts of households as if it would. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result"))), ==,
                   "1 row has a problem: nothing would be imported.");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);
  /* Imported anyway, the list is refused and the dialog says nothing was imported. */
  g_assert_false (import_write (dialog));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result"))), ==,
                   "1 row has a problem: nothing was imported.");
  g_assert_false (gtk_widget_get_sensitive (import_button));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);

  gtk_switch_set_active (GTK_SWITCH (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "skip_bad")), TRUE);
  g_assert_false (gtk_widget_get_sensitive (import_button));
  g_assert_true (import_check (dialog));
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result"))), ==,
                   "The check passed: nothing has been written yet.\n"
                   "New households: 2 · updated: 0 · skipped: 0 · rows with problems: 1 · new villages: 2");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 0);
  g_signal_emit_by_name (import_button, "clicked");
  /* The import runs on a worker thread; the window keeps drawing its progress. */
  g_assert_true (tt_import_dialog_is_running (dialog));
  g_assert_false (gtk_widget_get_sensitive (import_button));
  while (tt_import_dialog_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  wait_households (page);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "result"))), ==,
                   "Imported.\n"
                   "New households: 2 · updated: 0 · skipped: 0 · rows with problems: 1 · new villages: 2");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households"), ==, 2);
  g_assert_cmpstr (households_count (page), ==, "2 households");

  /* Activating a household opens it; marking it moved takes it off the active register. */
  g_signal_emit_by_name (CHILD (page, TT_TYPE_HOUSEHOLDS_PAGE, "view"), "activate", 0);
  {
    GtkWidget *edit = GTK_WIDGET (find_window (TT_TYPE_HOUSEHOLD_DIALOG));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (CHILD (edit, TT_TYPE_HOUSEHOLD_DIALOG, "head"))), ==,
                     "Lê Văn Cường");
    g_assert_cmpint (tt_place_picker_get_place (TT_PLACE_PICKER (CHILD (edit, TT_TYPE_HOUSEHOLD_DIALOG, "commune"))), ==,
                     tt_place_id_by_code (db, "00004"));
    adw_combo_row_set_selected (ADW_COMBO_ROW (CHILD (edit, TT_TYPE_HOUSEHOLD_DIALOG, "status")), 1);
    g_signal_emit_by_name (CHILD (edit, TT_TYPE_HOUSEHOLD_DIALOG, "save"), "clicked");
    wait_households (page);
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households WHERE status = 'moved' "
                                      "AND head_name = 'Lê Văn Cường' AND village_id IS NOT NULL"), ==, 1);
  g_assert_cmpstr (households_count (page), ==, "1 household");

  /* Accent-free search in the register. */
  gtk_editable_set_text (GTK_EDITABLE (CHILD (page, TT_TYPE_HOUSEHOLDS_PAGE, "search")), "nguyen van an");
  wait_households (page);
  g_assert_cmpstr (households_count (page), ==, "1 household");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Searching the register as a clerk types, key by key (each key cancels the search before
 * it), by name without accents, ID or phone digits, with a category, and clearing it. */
static void
test_households_search (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  static const struct { const char *name, *id_number, *phone, *category; } people[] = {
    { "Nguyễn Thị Lan", "001170000001", "0912 345 678", "poor" },
    { "Nguyễn Thị Lành", "001170000002", NULL, "near-poor" },
    { "Trần Nguyên Lân", NULL, "0987.654.321", "near-poor" },
    { "Ngô Văn Nam", "001065000003", "0912 999 000", "hardship" },
    { "Đỗ Thị Lan", "002170000004", NULL, "poor" },
  };
  GDateTime *now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  TtWindow *window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  TtHouseholdsPage *page;
  GtkEditable *search;
  const char *typed = "nguyen thi lan";

  g_date_time_unref (now);
  g_assert_true (tt_office_set (db, "commune-code", "00004", &error));
  for (gsize i = 0; i < G_N_ELEMENTS (people); i++)
    {
      TtHouseholdInput in = { .head_name = people[i].name, .commune_id = tt_place_id_by_code (db, "00004"),
                              .id_number = people[i].id_number, .phone = people[i].phone };
      gint64 id = tt_household_create (db, &in, &error);
      g_assert_no_error (error);
      g_assert_true (tt_household_classify (db, id, year, people[i].category, 0, NULL, &error));
    }

  gtk_window_present (GTK_WINDOW (window));
  open_section (window, "households");
  page = tt_window_get_households_page (window);
  wait_households (page);
  g_assert_cmpstr (households_count (page), ==, "5 households");
  search = GTK_EDITABLE (CHILD (page, TT_TYPE_HOUSEHOLDS_PAGE, "search"));

  for (gsize len = 1; len <= strlen (typed); len++)
    {
      g_autofree char *prefix = g_strndup (typed, len);
      gtk_editable_set_text (search, prefix);
      g_main_context_iteration (NULL, FALSE);
    }
  wait_households (page);
  {
    g_autofree char *shown = households_shown (page);
    g_assert_cmpstr (shown, ==, "Nguyễn Thị Lan; Nguyễn Thị Lành");
    g_assert_cmpstr (households_count (page), ==, "2 households");
  }

  gtk_editable_set_text (search, "0021");
  wait_households (page);
  {
    g_autofree char *shown = households_shown (page);
    g_assert_cmpstr (shown, ==, "Đỗ Thị Lan");
  }
  gtk_editable_set_text (search, "0912");
  wait_households (page);
  {
    g_autofree char *shown = households_shown (page);
    g_assert_cmpstr (shown, ==, "Ngô Văn Nam; Nguyễn Thị Lan");
  }

  gtk_editable_set_text (search, "lan");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (CHILD (page, TT_TYPE_HOUSEHOLDS_PAGE, "category")), 2);   /* near-poor */
  wait_households (page);
  {
    g_autofree char *shown = households_shown (page);
    g_assert_cmpstr (shown, ==, "Nguyễn Thị Lành; Trần Nguyên Lân");
  }

  gtk_drop_down_set_selected (GTK_DROP_DOWN (CHILD (page, TT_TYPE_HOUSEHOLDS_PAGE, "category")), 0);
  gtk_editable_set_text (search, "");
  wait_households (page);
  {
    g_autofree char *shown = households_shown (page);
    g_assert_cmpstr (shown, ==, "Đỗ Thị Lan; Ngô Văn Nam; Nguyễn Thị Lan; Nguyễn Thị Lành; Trần Nguyên Lân");
    g_assert_cmpstr (households_count (page), ==, "5 households");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static gboolean
write_sheet (TtDb *own, const char *path, gpointer data, GError **error)
{
  return tt_sheet_export (own, GPOINTER_TO_SIZE (data), "gift-list-pdf", path, tt_signing_sheet_write_pdf, error);
}

/* The texts of the labels under @widget that are shown, each followed by "|". */
static void
collect_labels (GtkWidget *widget, GString *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s|", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

static char *
labels_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

static guint
count_of (const char *text, const char *what)
{
  guint n = 0;

  for (const char *at = strstr (text, what); at != NULL; at = strstr (at + 1, what))
    n++;
  return n;
}

/* Until the gifts page has counted its coverage and read its list. */
static void
wait_counted (TtGiftsPage *page)
{
  while (tt_gifts_page_is_counting (page) || tt_gifts_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
}

/* Until the gifts page's list shows @n rows (5 s at most) and the page has done. */
static void
wait_rows (TtGiftsPage *page, GtkColumnView *view, guint n)
{
  for (gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))) != n &&
       g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  wait_counted (page);
}

/* The Tết gifts section: the campaign's list, ticking a household off as delivered with the
 * proxy who signed, and the coverage line. */
static void
test_gifts_delivery (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtWindow *window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  TtHouseholdInput a = { .head_name = "Nguyễn Văn An", .commune_id = 0 };
  TtHouseholdInput b = { .head_name = "Trần Thị Bình" };
  TtHouseholdFilter all = { 0 };
  gint64 campaign, package, ha, hb, added, already, list;
  TtGiftsPage *page;
  GtkColumnView *view;

  ha = tt_household_create (db, &a, &error);
  hb = tt_household_create (db, &b, &error);
  g_assert_true (tt_household_classify (db, ha, 2026, "poor", 0, NULL, &error));
  g_assert_true (tt_household_classify (db, hb, 2026, "near-poor", 0, NULL, &error));
  campaign = tt_campaign_add (db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error);
  package = tt_gift_package_add (db, campaign, "Suất quà Tết", 500000, 0, NULL, &error);
  list = tt_gift_list_create (db, campaign, package, NULL, &all, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, 2);
  {
    TtHouseholdInput c = { .head_name = "Lê Văn Cường" };
    gint64 hc = tt_household_create (db, &c, &error);
    g_assert_true (tt_household_classify (db, hc, 2026, "poor", 0, NULL, &error));
  }

  gtk_window_present (GTK_WINDOW (window));
  open_section (window, "gifts");
  page = tt_window_get_gifts_page (window);
  g_assert_nonnull (page);
  g_assert_cmpint (tt_gifts_page_get_campaign (page), ==, campaign);
  g_assert_cmpint (tt_gifts_page_get_list (page), ==, list);
  /* The coverage is counted on a worker thread. */
  wait_counted (page);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (CHILD (page, TT_TYPE_GIFTS_PAGE, "coverage"))),
                            "2 of 3 (66,7 %), delivered 0; 1 still without one"));
  {
    GListModel *missing = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (CHILD (page, TT_TYPE_GIFTS_PAGE,
                                                                                       "missing"))));
    g_autoptr(TtTextItem) first = g_list_model_get_item (missing, 0);
    g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 1);
    g_assert_cmpstr (tt_text_item_get_title (first), ==, "Lê Văn Cường");
    g_assert_true (gtk_widget_get_visible (CHILD (page, TT_TYPE_GIFTS_PAGE, "missing_expander")));
  }
  view = GTK_COLUMN_VIEW (CHILD (page, TT_TYPE_GIFTS_PAGE, "entries"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 2);

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), 1);
  gtk_editable_set_text (GTK_EDITABLE (CHILD (page, TT_TYPE_GIFTS_PAGE, "proxy")), "Trần Văn Con");
  {
    g_autofree char *before = labels_text (GTK_WIDGET (view));
    g_assert_null (strstr (before, "Trần Văn Con"));
  }
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.mark", "s", "delivered");
  spin ();
  /* The household's row shows who received the gift for it. */
  {
    g_autofree char *after = labels_text (GTK_WIDGET (view));
    g_assert_nonnull (strstr (after, "Trần Văn Con"));
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries WHERE status = 'delivered' "
                                      "AND proxy_name = 'Trần Văn Con' AND household_id = 2"), ==, 1);
  wait_counted (page);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (CHILD (page, TT_TYPE_GIFTS_PAGE, "coverage"))),
                            "delivered 1"));

  /* By hand: the household left out goes in; a second package needs a reason. */
  {
    const char *const who[] = { "le van cuong", "nguyen van an", "nguyen van an" };
    const char *const reason[] = { "", "", "Nhà bị cháy" };
    for (int i = 0; i < 3; i++)
      {
        AdwMessageDialog *ask;
        GtkWidget *box;
        gtk_widget_activate_action (GTK_WIDGET (page), "gifts.add-household", NULL);
        ask = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
        box = adw_message_dialog_get_extra_child (ask);
        gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (box)), who[i]);
        gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_last_child (box)), reason[i]);
        adw_message_dialog_response (ask, "add");
        spin ();
        if (i == 1)
          {
            AdwMessageDialog *problem = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
            g_assert_nonnull (strstr (adw_message_dialog_get_body (problem), "already has a package of this campaign"));
            gtk_window_destroy (GTK_WINDOW (problem));
          }
      }
  }
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries"), ==, 4);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries WHERE extra_reason = 'Nhà bị cháy'"), ==, 1);
  wait_counted (page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      GTK_LIST_VIEW (CHILD (page, TT_TYPE_GIFTS_PAGE, "missing"))))), ==, 0);
  /* With nobody left out, the list of those left out is not shown at all. */
  g_assert_false (gtk_widget_get_visible (CHILD (page, TT_TYPE_GIFTS_PAGE, "missing_expander")));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 4);

  /* The rows: Lê Văn Cường, Nguyễn Văn An twice (the second package), Trần Thị Bình. Ticking
   * off either row of An marks both, and both rows say so at once. */
  {
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    wait_counted (page);
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), 1);
    before = labels_text (GTK_WIDGET (view));
    g_assert_cmpuint (count_of (before, "|Delivered "), ==, 1);
    gtk_widget_activate_action (GTK_WIDGET (page), "gifts.mark", "s", "delivered");
    spin ();
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries WHERE status = 'delivered' "
                                        "AND household_id = 1"), ==, 2);
    after = labels_text (GTK_WIDGET (view));
    g_assert_cmpuint (count_of (after, "|Delivered "), ==, 3);
  }
  /* A delivery recorded elsewhere (another clerk, the command line) shows when the list is read
   * again, on a row that keeps its place too. */
  {
    gint64 hc = tt_test_count (db, "SELECT id FROM households WHERE head_name = 'Lê Văn Cường'");
    g_autofree char *shown = NULL;

    g_assert_true (tt_gift_list_set_status (db, list, hc, "absent", "2026-01-21", NULL, NULL, &error));
    g_assert_no_error (error);
    gtk_editable_set_text (GTK_EDITABLE (CHILD (page, TT_TYPE_GIFTS_PAGE, "entry_search")), "van");
    wait_rows (page, view, 3);
    spin ();
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 3);
    shown = labels_text (GTK_WIDGET (view));
    g_assert_nonnull (strstr (shown, "|Lê Văn Cường|"));
    g_assert_nonnull (strstr (shown, "|Absent 21/01/2026|"));
    gtk_editable_set_text (GTK_EDITABLE (CHILD (page, TT_TYPE_GIFTS_PAGE, "entry_search")), "");
    wait_rows (page, view, 4);
  }

  /* A second list over the same households: it is built and shown (its entries read on a worker
   * thread), and the page says how many were added and how many already had a package. */
  {
    AdwMessageDialog *ask, *said;
    gint64 second;
    gtk_widget_activate_action (GTK_WIDGET (page), "gifts.new-list", NULL);
    ask = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_heading (ask), ==, "New Distribution List");
    adw_message_dialog_response (ask, "create");
    /* Built on a worker thread: the page waits meanwhile. */
    g_assert_true (tt_gifts_page_is_building (page));
    g_assert_false (gtk_widget_get_sensitive (CHILD (page, TT_TYPE_GIFTS_PAGE, "pages")));
    while (tt_gifts_page_is_building (page))
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (gtk_widget_get_sensitive (CHILD (page, TT_TYPE_GIFTS_PAGE, "pages")));
    second = tt_test_count (db, "SELECT max(id) FROM gift_lists");
    g_assert_cmpint (second, !=, list);
    wait_counted (page);
    spin ();
    g_assert_cmpint (tt_gifts_page_get_list (page), ==, second);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 0);
    said = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_heading (said), ==, "List Created");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (said), "0 households added; 3 already had a package"));
    gtk_window_destroy (GTK_WINDOW (said));
  }

  /* Print… reads and lays out the sheet on a worker thread, then opens the print dialog. */
  tt_gifts_page_select_list (page, list);
  wait_counted (page);
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.print", NULL);
  g_assert_true (tt_gifts_page_is_printing (page));
  while (tt_gifts_page_is_printing (page))
    g_main_context_iteration (NULL, TRUE);
  {
    GtkWindow *print = find_window (GTK_TYPE_DIALOG);
    g_assert_nonnull (print);
    gtk_window_destroy (print);
    spin ();
  }

  /* A signing sheet saved as the Export button saves it, on a worker thread from a connection
   * of its own: the file is whole and its export is logged under the clerk's name. */
  {
    g_autofree char *dir = tt_test_tmpdir ();
    g_autofree char *pdf = g_build_filename (dir, "ky-nhan.pdf", NULL);
    g_autofree char *words = NULL;

    tt_db_set_actor (db, "Thủ quỹ Hoa");
    tt_save_write_on (GTK_WINDOW (window), db, pdf, write_sheet, GSIZE_TO_POINTER (list), NULL);
    g_assert_cmpuint (tt_save_writing (), ==, 1);
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    while (tt_save_writing () > 0)
      g_main_context_iteration (NULL, TRUE);
    words = tt_test_pdf_seen (pdf);
    g_assert_nonnull (strstr (words, "Trần Thị Bình"));
    g_assert_nonnull (strstr (words, "Nhà bị cháy"));
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM export_log WHERE what = 'gift-list-pdf' "
                                        "AND actor = 'Thủ quỹ Hoa'"), ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static GtkWidget *
find_entry_row (GtkWidget *widget, const char *text)
{
  if (ADW_IS_ENTRY_ROW (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_entry_row (c, text);
      if (found)
        return found;
    }
  return NULL;
}

/* The texts of the entry rows under @widget that hold one, in the order they are shown. */
static void
entry_row_texts (GtkWidget *widget, GString *out)
{
  if (ADW_IS_ENTRY_ROW (widget) && *gtk_editable_get_text (GTK_EDITABLE (widget)) != '\0')
    g_string_append_printf (out, "%s%s", out->len > 0 ? "|" : "", gtk_editable_get_text (GTK_EDITABLE (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    entry_row_texts (c, out);
}

/* Villages are added and renamed, a former commune is recorded and mapped, in the app; the
 * villages are listed as people count them. */
static void
test_places (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtPlacesDialog *dialog;
  GtkWidget *group, *row;

  g_assert_true (tt_office_set (db, "commune-code", "00004", &error));
  dialog = tt_places_dialog_new (db);
  gtk_window_present (GTK_WINDOW (dialog));
  type_into (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_village"), "Thôn Đông");
  g_signal_emit_by_name (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_village"), "apply");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE kind = 'village' AND name = 'Thôn Đông' "
                                      "AND parent_id = (SELECT id FROM places WHERE code = '00004')"), ==, 1);
  /* The same name again is refused, and said so. */
  type_into (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_village"), "thôn đông");
  g_signal_emit_by_name (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_village"), "apply");
  spin ();
  g_assert_true (gtk_widget_get_visible (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "problem")));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE kind = 'village'"), ==, 1);

  /* Rename the village in its row. */
  group = CHILD (dialog, TT_TYPE_PLACES_DIALOG, "villages");
  row = find_entry_row (group, "Thôn Đông");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Thôn Đông");
  type_into (row, "Thôn Đông Hòa");
  g_signal_emit_by_name (row, "apply");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM places WHERE name = 'Thôn Đông Hòa'"), ==, 1);

  for (const char *const *v = (const char *const[]) { "Thôn 10", "Thôn 2", "Thôn 1", NULL }; *v; v++)
    {
      type_into (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_village"), *v);
      g_signal_emit_by_name (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_village"), "apply");
      spin ();
    }
  {
    g_autoptr(GString) shown = g_string_new (NULL);
    entry_row_texts (group, shown);
    g_assert_cmpstr (shown->str, ==, "Thôn 1|Thôn 2|Thôn 10|Thôn Đông Hòa");
  }

  type_into (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_former"), "Phường Điện Biên");
  g_signal_emit_by_name (CHILD (dialog, TT_TYPE_PLACES_DIALOG, "new_former"), "apply");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM place_map m JOIN places o ON o.id = m.old_place_id "
                                      "JOIN places n ON n.id = m.new_place_id WHERE o.kind = 'old_commune' "
                                      "AND o.name = 'Phường Điện Biên' AND n.code = '00004'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/ui/every-template", test_every_template);
  g_test_add_func ("/ui/window-shows-office", test_window_shows_office);
  g_test_add_func ("/ui/office-flow", test_office_flow);
  g_test_add_func ("/ui/batch-mismatch", test_batch_mismatch);
  g_test_add_func ("/ui/households-import", test_households_import);
  g_test_add_func ("/ui/households-search", test_households_search);
  g_test_add_func ("/ui/gifts-delivery", test_gifts_delivery);
  g_test_add_func ("/ui/places", test_places);
  return g_test_run ();
}
