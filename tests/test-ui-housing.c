/* test-ui-housing.c — the Housing and Books places as a clerk uses them: the pipeline, a new
 * project from a household's record, its stages, funding and tranches, refusals that keep what
 * was typed; the cash and bank books by period */
#include "config.h"

#include <string.h>

#include "tt-books-page.h"
#include "tt-books.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-date.h"
#include "tt-household-dialog.h"
#include "tt-households.h"
#include "tt-housing-dialog.h"
#include "tt-housing-page.h"
#include "tt-housing.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-project-window.h"
#include "tt-preferences.h"
#include "tt-place-picker.h"
#include "tt-campaigns.h"
#include "tt-test-util.h"
#include "tt-ui-util.h"
#include "tt-support-page.h"
#include "tt-value-row.h"
#include "tt-vouchers.h"

static gint64
add_household (TtDb *db, const char *name)
{
  g_autoptr(GError) error = NULL;
  TtHouseholdInput in = { .head_name = name, .head_birth_year = 1960, .village_name = "Bản Mòng",
                          .commune_id = tt_place_id_by_code (db, "00004") };
  gint64 id = tt_household_create (db, &in, &error);

  g_assert_no_error (error);
  g_assert_true (tt_household_classify (db, id, 2026, "poor", 0, NULL, &error));
  return id;
}

/* The small form open over the project. */
static GtkWindow *
small_form (void)
{
  GListModel *all = gtk_window_get_toplevels ();
  GtkWindow *form = NULL;

  spin ();
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (all, i);
      if ((g_object_get_data (G_OBJECT (w), "form") != NULL || g_object_get_data (G_OBJECT (w), "small-form") != NULL) &&
          gtk_widget_get_visible (GTK_WIDGET (w)))
        form = w;
    }
  g_assert_nonnull (form);
  return form;
}

/* Saves it with Enter in its first field; TRUE when it closed. */
static gboolean
save_small_form (void)
{
  return save_form (small_form ());
}

static void
wait_projects (TtHousingPage *page)
{
  spin ();
  while (tt_housing_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_support (TtSupportPage *page)
{
  spin ();
  while (tt_support_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_housing_place (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtWindow *window;
  TtHousingPage *page;
  TtHouseholdDialog *record;
  TtHousingDialog *form;
  TtProjectWindow *project;
  GtkWindow *small;
  g_autofree char *text = NULL;
  gint64 household, project_id;
  char today[11];

  tt_date_today (today);
  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  g_assert_true (tt_housing_norm_set (db, "01", "new", NULL, 60000000, "2025-01-01", &error));
  g_assert_true (tt_book_set_opening (db, TT_ACCOUNT_CASH, "2025-01-01", 500000000, &error));
  household = add_household (db, "Lò Văn Páo");
  add_household (db, "Lò Thị Mai");

  window = office_window (db);
  open_section (window, "housing");
  page = TT_HOUSING_PAGE (gtk_widget_get_first_child (CHILD (window, TT_TYPE_WINDOW, "housing_holder")));
  g_assert_nonnull (page);
  wait_projects (page);
  g_assert_cmpuint (tt_housing_page_n_listed (page), ==, 0);

  /* From the household's record: a new project; beyond the norm it is refused, the support field
   * marked and what was typed kept; with the reason it is saved and the project opens. */
  record = tt_household_dialog_edit (db, household, NULL);
  gtk_window_present (GTK_WINDOW (record));
  spin ();
  g_assert_true (gtk_widget_get_visible (CHILD (record, TT_TYPE_HOUSEHOLD_DIALOG, "housing")));
  g_signal_emit_by_name (CHILD (record, TT_TYPE_HOUSEHOLD_DIALOG, "housing"), "clicked");
  form = TT_HOUSING_DIALOG (find_window (TT_TYPE_HOUSING_DIALOG));
  assert_fits (GTK_WINDOW (form), "New Housing Project");
  type_into (NAMED (form, "support_row"), "65 triệu");
  g_assert_false (tt_housing_dialog_save (form));
  g_assert_true (gtk_widget_has_css_class (NAMED (form, "support_row"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (NAMED (form, "support_row"))), ==, "65 triệu");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM housing_projects"), ==, 0);
  type_into (NAMED (form, "reason_row"), "Hộ có người khuyết tật, không có khả năng đối ứng");
  g_assert_true (tt_housing_dialog_save (form));
  project_id = tt_test_count (db, "SELECT id FROM housing_projects WHERE support = 65000000 AND kind = 'new'");
  g_assert_cmpint (project_id, >, 0);
  project = TT_PROJECT_WINDOW (find_window (TT_TYPE_PROJECT_WINDOW));
  assert_fits (GTK_WINDOW (project), "Housing project");

  /* Stages: the survey is offered first; a start before approval is refused in the form. */
  gtk_widget_activate_action (GTK_WIDGET (project), "project.stage", NULL);
  small = small_form ();
  g_assert_cmpstr (tt_value_row_get (ADW_COMBO_ROW (NAMED (small, "choice_row"))), ==, "survey");
  g_assert_true (save_small_form ());
  gtk_widget_activate_action (GTK_WIDGET (project), "project.stage", NULL);
  small = small_form ();
  g_assert_cmpstr (tt_value_row_get (ADW_COMBO_ROW (NAMED (small, "choice_row"))), ==, "approved");
  tt_value_row_set (ADW_COMBO_ROW (NAMED (small, "choice_row")), "started");
  g_assert_false (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM housing_stage_events"), ==, 1);
  tt_value_row_set (ADW_COMBO_ROW (NAMED (small, "choice_row")), "approved");
  g_assert_true (save_small_form ());
  gtk_widget_activate_action (GTK_WIDGET (project), "project.stage", NULL);
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM housing_projects WHERE stage = 'started'"), ==, 1);

  /* Funding: labour as days × a day's value. */
  gtk_widget_activate_action (GTK_WIDGET (project), "project.fund", NULL);
  small = small_form ();
  tt_value_row_set (ADW_COMBO_ROW (NAMED (small, "choice_row")), "labour");
  type_into (NAMED (small, "field0"), "250.000");
  type_into (NAMED (small, "field1"), "40");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT amount FROM housing_funding WHERE source = 'community' "
                                      "AND labour_days = 40"), ==, 10000000);

  /* The inspection's findings from their form. */
  gtk_widget_activate_action (GTK_WIDGET (project), "project.inspect", NULL);
  small = small_form ();
  type_into (NAMED (small, "field0"), "Tổ kiểm tra xã Bản Mòng");
  type_into (NAMED (small, "field1"), "36,5");
  type_into (NAMED (small, "field5"), "Tôn lạnh");
  tt_value_row_set (ADW_COMBO_ROW (NAMED (small, "choice_row")), "yes");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM housing_projects WHERE area_m2 = 36.5 AND "
                                      "roof = 'Tôn lạnh' AND three_hard = 1"), ==, 1);

  /* Pay Tranche offers what the start of work allows (60 %) and pays it by voucher. */
  gtk_widget_activate_action (GTK_WIDGET (project), "project.pay", NULL);
  small = small_form ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (NAMED (small, "field0"))), ==, "39.000.000 đ");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM payment_vouchers WHERE amount = 39000000 AND "
                                      "purpose = 'housing' AND payee_name = 'Lò Văn Páo'"), ==, 1);
  text = rows_text (GTK_WIDGET (project));
  for (const char *const *want = (const char *const[]) { "Survey", "Approved", "Started", "Community labour",
                                                         "Tranche 1 · 39.000.000 đ", "paid 39.000.000 đ",
                                                         "36.5 m²", "Tổ kiểm tra xã Bản Mòng", NULL };
       *want; want++)
    if (strstr (text, *want) == NULL)
      g_error ("the project window lacks “%s”:\n%s", *want, text);

  /* The page follows: the pipeline counts one started project, the list shows it. */
  gtk_window_destroy (GTK_WINDOW (project));
  gtk_window_destroy (GTK_WINDOW (record));
  spin ();
  tt_housing_page_refresh (page);
  wait_projects (page);
  g_assert_cmpstr (gtk_label_get_label (tt_housing_page_get_count (page, 2)), ==, "1");
  g_assert_cmpstr (gtk_label_get_label (tt_housing_page_get_count (page, 0)), ==, "0");
  {
    g_autofree char *title = tt_housing_page_dup_title (page, 0);
    g_assert_cmpuint (tt_housing_page_n_listed (page), ==, 1);
    g_assert_nonnull (strstr (title, "Lò Văn Páo"));
  }
  /* The survey toggle narrows the list to nothing. */
  gtk_toggle_button_set_active (tt_housing_page_get_stage (page, 0), TRUE);
  wait_projects (page);
  g_assert_cmpuint (tt_housing_page_n_listed (page), ==, 0);
  gtk_toggle_button_set_active (tt_housing_page_get_stage (page, 0), FALSE);
  wait_projects (page);
  g_assert_cmpuint (tt_housing_page_n_listed (page), ==, 1);
  /* A project with a stage today shows no idle sign, and no tooltip where the sign would be. */
  spin ();
  {
    GtkWidget *sign = NAMED (page, "idle-sign");
    g_assert_nonnull (sign);
    g_assert_cmpfloat (gtk_widget_get_opacity (sign), ==, 0);
    g_assert_false (gtk_widget_get_has_tooltip (sign));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* Books: the cash book of the year with its four figures and lines; the bank book beside it; a
 * period that means nothing is named and the book stays; a quarter narrows it. */
/* Until the books page has read its book on its worker thread. */
static void
wait_book (TtBooksPage *page)
{
  spin ();
  while (tt_books_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
  spin ();
}

static void
test_books_place (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtDonorInput donor = { .name = "Nguyễn Văn An" };
  TtDonationInput cash = { .amount = 2000000, .received_on = "2026-02-10", .collected_by = "Hà Văn Thu" };
  TtDonationInput bank = { .amount = 7000000, .received_on = "2026-05-10", .method = "transfer" };
  TtDonationInput later = { .amount = 1000000, .received_on = "2027-01-05" };
  g_autofree char *later_receipt = NULL;
  TtVoucherInput paid = { .payee_name = "Lò Văn Páo", .amount = 500000, .reason = "Hỗ trợ khám bệnh",
                          .paid_on = "2026-03-01" };
  TtWindow *window;
  TtBooksPage *page;

  g_assert_true (tt_office_set (db, "year-start", "01/01", &error));
  g_assert_true (tt_book_set_opening (db, TT_ACCOUNT_CASH, "2026-01-01", 1000000, &error));
  cash.donor_id = bank.donor_id = tt_donor_add (db, &donor, &error);
  g_assert_cmpint (tt_donation_add (db, &cash, NULL, &error), >, 0);
  g_assert_cmpint (tt_donation_add (db, &bank, NULL, &error), >, 0);
  g_assert_cmpint (tt_voucher_add (db, &paid, NULL, &error), >, 0);
  later.donor_id = cash.donor_id;
  later.campaign_id = tt_campaign_add (db, "Tết Đinh Mùi 2027", "tet", "2026-12-01", "2027-02-28", &error);
  g_assert_cmpint (tt_donation_add (db, &later, &later_receipt, &error), >, 0);
  g_assert_true (tt_donation_void (db, later_receipt, "Ghi nhầm số tiền", &error));
  g_assert_no_error (error);

  window = office_window (db);
  open_section (window, "books");
  page = TT_BOOKS_PAGE (gtk_widget_get_first_child (CHILD (window, TT_TYPE_WINDOW, "books_holder")));
  g_assert_nonnull (page);
  gtk_editable_set_text (tt_books_page_get_period (page), "2026");
  wait_book (page);
  g_assert_cmpstr (tt_books_page_figure (page, 0), ==, "1.000.000 đ");
  g_assert_cmpstr (tt_books_page_figure (page, 1), ==, "2.000.000 đ");
  g_assert_cmpstr (tt_books_page_figure (page, 2), ==, "500.000 đ");
  g_assert_cmpstr (tt_books_page_figure (page, 3), ==, "2.500.000 đ");
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 2);

  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (tt_books_page_get_method (page))));
  gtk_drop_down_set_selected (tt_books_page_get_account (page), 1);
  wait_book (page);
  g_assert_cmpstr (tt_books_page_figure (page, 1), ==, "7.000.000 đ");
  g_assert_cmpstr (tt_books_page_figure (page, 3), ==, "7.000.000 đ");
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 1);

  gtk_editable_set_text (tt_books_page_get_period (page), "2026-Q9");
  wait_book (page);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (tt_books_page_get_period (page)), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 1);
  gtk_drop_down_set_selected (tt_books_page_get_account (page), 0);
  gtk_editable_set_text (tt_books_page_get_period (page), "2026-Q1");
  wait_book (page);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (tt_books_page_get_period (page)), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 2);
  gtk_editable_set_text (tt_books_page_get_period (page), "2026-03");
  wait_book (page);
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 1);
  g_assert_cmpstr (tt_books_page_figure (page, 0), ==, "3.000.000 đ");
  g_assert_cmpstr (tt_books_page_figure (page, 3), ==, "2.500.000 đ");

  /* The donations journal of the year: both receipts and their sum; cash only narrows it. */
  gtk_editable_set_text (tt_books_page_get_period (page), "2026");
  gtk_drop_down_set_selected (tt_books_page_get_account (page), 2);
  wait_book (page);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (tt_books_page_get_method (page))));
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 2);
  g_assert_cmpstr (tt_books_page_figure (page, 0), ==, "2");
  g_assert_cmpstr (tt_books_page_figure (page, 3), ==, "9.000.000 đ");
  gtk_drop_down_set_selected (tt_books_page_get_method (page), 1);
  wait_book (page);
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 1);
  g_assert_cmpstr (tt_books_page_figure (page, 3), ==, "2.000.000 đ");
  gtk_drop_down_set_selected (tt_books_page_get_method (page), 0);

  /* Over two years: the void receipt too; narrowed by status, campaign and collector. */
  gtk_editable_set_text (tt_books_page_get_period (page), "01/01/2026..31/12/2027");
  wait_book (page);
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 3);
  g_assert_cmpstr (tt_books_page_figure (page, 2), ==, "1");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (NAMED (page, "journal-status")), 2);
  wait_book (page);
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 1);
  g_assert_cmpstr (tt_books_page_figure (page, 3), ==, "0 đ");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (NAMED (page, "journal-status")), 1);
  wait_book (page);
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (NAMED (page, "journal-status")), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (NAMED (page, "journal-campaign")), 1);
  wait_book (page);
  g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (NAMED (page, "journal-campaign")), 0);
  {
    GtkDropDown *collector = GTK_DROP_DOWN (NAMED (page, "journal-collector"));
    GtkStringObject *name;
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (collector)), ==, 2);
    gtk_drop_down_set_selected (collector, 1);
    wait_book (page);
    name = gtk_drop_down_get_selected_item (collector);
    g_assert_cmpstr (gtk_string_object_get_string (name), ==, "Hà Văn Thu");
    g_assert_cmpuint (g_list_model_get_n_items (tt_books_page_get_lines (page)), ==, 1);
    g_assert_cmpstr (tt_books_page_figure (page, 3), ==, "2.000.000 đ");
  }

  /* Print… reads and lays out the journal on a worker thread, then opens the print dialog. */
  gtk_widget_activate_action (GTK_WIDGET (page), "books.print", NULL);
  g_assert_true (tt_books_page_is_printing (page));
  while (tt_books_page_is_printing (page))
    g_main_context_iteration (NULL, TRUE);
  {
    GtkWindow *print = find_window (GTK_TYPE_DIALOG);
    g_assert_nonnull (print);
    gtk_window_destroy (print);
    spin ();
  }

  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* A card without an amount costs the household rule's price; a model for a household that holds
 * a card this year is warned of once the office's table in Preferences stops allowing the pair,
 * and no longer once it allows it again. */
static void
test_support_combinations (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtHouseholdDialog *record;
  TtPreferences *prefs;
  GtkWindow *small;
  GtkWidget *warning;
  gint64 household;
  char today[11];
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  household = add_household (db, "Lò Văn Páo");
  record = tt_household_dialog_edit (db, household, NULL);
  gtk_window_present (GTK_WINDOW (record));
  spin ();
  tt_date_today (today);
  from = tt_date_display (today);
  {
    GDate end;
    char iso[11];
    g_date_set_parse (&end, today);
    g_date_add_years (&end, 1);
    g_date_subtract_days (&end, 1);
    g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &end);
    to = tt_date_display (iso);
  }

  gtk_widget_activate_action (GTK_WIDGET (record), "support.card", NULL);
  small = small_form ();
  g_assert_false (gtk_widget_get_visible (NAMED (small, "warning")));
  type_into (NAMED (small, "field0"), "HN4010123456789");
  type_into (NAMED (small, "field1"), from);
  type_into (NAMED (small, "field2"), to);
  g_assert_true (save_small_form ());
  /* A year for the first member: the full price. */
  g_assert_cmpint (tt_test_count (db, "SELECT amount FROM bhyt_cards"), ==, 1263600);

  /* Cards and models go together as shipped: no warning. */
  gtk_widget_activate_action (GTK_WIDGET (record), "support.model", NULL);
  small = small_form ();
  g_assert_false (gtk_widget_get_visible (NAMED (small, "warning")));
  gtk_window_destroy (small);
  spin ();

  prefs = tt_preferences_new (NULL, db);
  gtk_window_present (GTK_WINDOW (prefs));
  spin ();
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (NAMED (prefs, "allow-livelihood-bhyt"))));
  gtk_switch_set_active (GTK_SWITCH (NAMED (prefs, "allow-livelihood-bhyt")), FALSE);
  spin ();
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (NAMED (prefs, "allow-bhyt-livelihood"))));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM support_combinations WHERE kind_a = 'bhyt' "
                                      "AND kind_b = 'livelihood'"), ==, 0);
  assert_fits (GTK_WINDOW (prefs), "Preferences");

  gtk_widget_activate_action (GTK_WIDGET (record), "support.model", NULL);
  small = small_form ();
  warning = NAMED (small, "warning");
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (warning)), "HN4010123456789"));
  gtk_window_destroy (small);
  spin ();

  gtk_switch_set_active (GTK_SWITCH (NAMED (prefs, "allow-bhyt-livelihood")), TRUE);
  spin ();
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (NAMED (prefs, "allow-livelihood-bhyt"))));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM support_combinations WHERE kind_a = 'bhyt' "
                                      "AND kind_b = 'livelihood'"), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (record), "support.model", NULL);
  small = small_form ();
  g_assert_false (gtk_widget_get_visible (NAMED (small, "warning")));
  gtk_window_destroy (small);
  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (record));
  close_all_but (NULL);
}

/* From a household's record: a member, a card for them, a revolving model passed on to another
 * household, the household profiled as a humanitarian address and helped; a refusal keeps the
 * form open with what was typed. */
static void
test_household_support (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtHouseholdDialog *record;
  GtkWindow *small;
  g_autofree char *text = NULL;
  gint64 household, next;

  g_assert_true (tt_office_set (db, "province-code", "01", &error));
  household = add_household (db, "Lò Văn Páo");
  next = add_household (db, "Lò Thị Mai");
  record = tt_household_dialog_edit (db, household, NULL);
  gtk_window_present (GTK_WINDOW (record));
  spin ();

  gtk_widget_activate_action (GTK_WIDGET (record), "support.member", NULL);
  small = small_form ();
  type_into (NAMED (small, "field0"), "Lò Văn Sơn");
  type_into (NAMED (small, "field1"), "2012");
  type_into (NAMED (small, "field2"), "con");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM household_members WHERE name = 'Lò Văn Sơn'"), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (record), "support.card", NULL);
  small = small_form ();
  type_into (NAMED (small, "field0"), "HN4010123456789");
  type_into (NAMED (small, "field1"), "01/01/2027");
  type_into (NAMED (small, "field2"), "31/12/2026");
  type_into (NAMED (small, "field3"), "1.105.650");
  type_into (NAMED (small, "field4"), "1");
  g_assert_false (save_small_form ());
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (NAMED (small, "field0"))), ==, "HN4010123456789");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM bhyt_cards"), ==, 0);
  type_into (NAMED (small, "field2"), "31/12/2027");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM bhyt_cards WHERE member_id = 1 AND amount = 1105650"), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (record), "support.model", NULL);
  small = small_form ();
  tt_value_row_set (ADW_COMBO_ROW (NAMED (small, "choice_row")), "cattle");
  type_into (NAMED (small, "field0"), "15 triệu");
  type_into (NAMED (small, "field1"), "Bò cái sinh sản");
  type_into (NAMED (small, "field2"), "01/03/2025");
  type_into (NAMED (small, "field4"), "Bê cái đầu tiên, 12–18 tháng tuổi");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM livelihood_models WHERE revolving = 1"), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (record), "support.pass", "x", (gint64) 1);
  small = small_form ();
  {
    g_autofree char *to = g_strdup_printf ("%" G_GINT64_FORMAT, next);
    type_into (NAMED (small, "field0"), to);
  }
  type_into (NAMED (small, "field1"), "01/06/2026");
  type_into (NAMED (small, "field2"), "Bê cái 14 tháng");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM livelihood_assignments WHERE model_id = 1"), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (record), "support.address", NULL);
  small = small_form ();
  type_into (NAMED (small, "field0"), "Người cao tuổi neo đơn");
  type_into (NAMED (small, "field1"), "01/02/2026");
  g_assert_true (save_small_form ());
  gtk_widget_activate_action (GTK_WIDGET (record), "support.help", "x", (gint64) 1);
  small = small_form ();
  tt_value_row_set (ADW_COMBO_ROW (NAMED (small, "choice_row")), "medical");
  type_into (NAMED (small, "field0"), "01/03/2026");
  type_into (NAMED (small, "field1"), "500.000");
  g_assert_true (save_small_form ());
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM humanitarian_addresses WHERE status = 'helped'"), ==, 1);

  text = rows_text (GTK_WIDGET (record));
  for (const char *const *want = (const char *const[]) { "Lò Văn Sơn", "Thẻ BHYT HN4010123456789", "Bò cái sinh sản",
                                                         "Humanitarian address 1 · Người cao tuổi neo đơn",
                                                         "500.000 đ", NULL };
       *want; want++)
    if (strstr (text, *want) == NULL)
      g_error ("the household's record lacks “%s”:\n%s", *want, text);
  gtk_window_destroy (GTK_WINDOW (record));
  close_all_but (NULL);

  /* The Other Support place lists the model, the card and the address, narrowed as one types. */
  g_assert_cmpint (tt_campaign_add (db, "Tết Đinh Mùi 2027", "tet", "2027-01-01", "2027-02-28", &error), >, 0);
  {
    TtWindow *window = office_window (db);
    TtSupportPage *page;

    open_section (window, "support");
    page = TT_SUPPORT_PAGE (gtk_widget_get_first_child (CHILD (window, TT_TYPE_WINDOW, "support_holder")));
    g_assert_nonnull (page);
    wait_support (page);
    g_assert_cmpuint (tt_support_page_n_shown (page, 0), ==, 1);
    g_assert_cmpuint (tt_support_page_n_shown (page, 1), ==, 1);
    g_assert_cmpuint (tt_support_page_n_shown (page, 2), ==, 1);
    {
      g_autofree char *title = tt_support_page_dup_title (page, 0, 0);
      g_assert_nonnull (strstr (title, "Bò cái sinh sản"));
    }
    gtk_editable_set_text (tt_support_page_get_search (page), "lo thi mai");
    tt_support_page_refresh (page);   /* as the search box does once typing pauses */
    wait_support (page);
    g_assert_cmpuint (tt_support_page_n_shown (page, 0), ==, 1);
    g_assert_cmpuint (tt_support_page_n_shown (page, 1), ==, 0);
    gtk_editable_set_text (tt_support_page_get_search (page), "");
    tt_support_page_refresh (page);
    wait_support (page);
    gtk_drop_down_set_selected (tt_support_page_get_filter (page, 1), 1);
    gtk_drop_down_set_selected (tt_support_page_get_filter (page, 2), 1);
    wait_support (page);
    g_assert_cmpuint (tt_support_page_n_shown (page, 1), ==, 0);
    g_assert_cmpuint (tt_support_page_n_shown (page, 2), ==, 0);
    gtk_drop_down_set_selected (tt_support_page_get_filter (page, 2), 2);
    wait_support (page);
    g_assert_cmpuint (tt_support_page_n_shown (page, 2), ==, 1);
    gtk_drop_down_set_selected (tt_support_page_get_filter (page, 1), 0);

    /* Narrowed to another commune, nothing; to the households' own, everything again. */
    {
      TtPlacePicker *place = TT_PLACE_PICKER (NAMED (page, "place"));
      tt_place_picker_set_place (place, tt_place_id_by_code (db, "00008"));
      g_signal_emit_by_name (place, "chosen");
      wait_support (page);
      g_assert_cmpuint (tt_support_page_n_shown (page, 0), ==, 0);
      g_assert_cmpuint (tt_support_page_n_shown (page, 1), ==, 0);
      g_assert_cmpuint (tt_support_page_n_shown (page, 2), ==, 0);
      tt_place_picker_set_place (place, tt_place_id_by_code (db, "00004"));
      g_signal_emit_by_name (place, "chosen");
      wait_support (page);
      g_assert_cmpuint (tt_support_page_n_shown (page, 0), ==, 1);
      g_assert_cmpuint (tt_support_page_n_shown (page, 1), ==, 1);
      g_assert_cmpuint (tt_support_page_n_shown (page, 2), ==, 1);
    }
    /* A campaign none of it belongs to: no model, no card. */
    adw_combo_row_set_selected (ADW_COMBO_ROW (NAMED (page, "campaign")), 1);
    wait_support (page);
    g_assert_cmpuint (tt_support_page_n_shown (page, 0), ==, 0);
    g_assert_cmpuint (tt_support_page_n_shown (page, 1), ==, 0);
    adw_combo_row_set_selected (ADW_COMBO_ROW (NAMED (page, "campaign")), 0);
    wait_support (page);
    g_assert_cmpuint (tt_support_page_n_shown (page, 0), ==, 1);
    gtk_window_destroy (GTK_WINDOW (window));
    close_all_but (NULL);
  }
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/housing/place", test_housing_place);
  g_test_add_func ("/housing/books-place", test_books_place);
  g_test_add_func ("/housing/household-support", test_household_support);
  g_test_add_func ("/housing/support-combinations", test_support_combinations);
  return g_test_run ();
}
