/* test-ui-overview.c — a campaign's targets entered in the app and the Overview as a clerk sees
 * it: its figures equal what the books and the records say, its charts carry their numbers, and
 * its rows open their places */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tt-books.h"
#include "tt-campaigns-page.h"
#include "tt-chart-view.h"
#include "tt-chart.h"
#include "tt-date.h"
#include "tt-demo.h"
#include "tt-money.h"
#include "tt-overview-page.h"
#include "tt-reports-page.h"
#include "tt-test-util.h"
#include "tt-ui-util.h"
#include "tt-value-row.h"

/* The newest open window holding @key. */
static GtkWindow *
window_with (const char *key)
{
  GListModel *all = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  spin ();
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (all, i);
      if (g_object_get_data (G_OBJECT (w), key) != NULL && gtk_widget_get_visible (GTK_WIDGET (w)))
        found = w;
    }
  g_assert_nonnull (found);
  return found;
}

static guint
rows_of (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n += GTK_IS_LIST_BOX_ROW (c);
  return n;
}

static gboolean
is_figure (GtkWidget *w)
{
  return GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "numeric");
}

static gboolean
is_targets_button (GtkWidget *w)
{
  return GTK_IS_BUTTON (w) && g_object_get_data (G_OBJECT (w), "name") != NULL;
}

/* The figure at the end of the Overview's row @name. */
static const char *
figure_of (GtkWidget *page, const char *name)
{
  GtkWidget *row = find_named (page, name);
  GtkWidget *found;

  g_assert_nonnull (row);
  found = last_matching (row, is_figure);
  g_assert_nonnull (found);
  return gtk_label_get_label (GTK_LABEL (found));
}

static void
test_targets_and_overview (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtDemoSize size = { .donors = 40, .donations = 400, .households = 400, .seed = 3, .vouchers = 30, .housing = 20,
                      .cards = 30 };
  TtWindow *window;
  GtkWidget *campaigns, *targets_button = NULL, *overview;
  GtkWindow *targets, *form;
  char today[11];

  g_assert_true (tt_demo_generate (db, &size, &error));
  g_assert_no_error (error);
  window = office_window (db);

  /* Campaigns: the first campaign's targets, one refused and one added. */
  open_section (window, "campaigns");
  campaigns = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                     TT_TYPE_WINDOW, "campaigns_holder")));
  g_assert_true (TT_IS_CAMPAIGNS_PAGE (campaigns));
  targets_button = last_matching (GTK_WIDGET (gtk_list_box_get_row_at_index (
                                    tt_campaigns_page_get_list (TT_CAMPAIGNS_PAGE (campaigns)), 0)),
                                  is_targets_button);
  g_assert_nonnull (targets_button);
  g_signal_emit_by_name (targets_button, "clicked");
  targets = window_with ("targets");
  assert_fits (targets, "Targets");
  g_signal_emit_by_name (find_named (GTK_WIDGET (targets), "add-target"), "clicked");
  form = window_with ("small-form");
  tt_value_row_set (ADW_COMBO_ROW (find_named (GTK_WIDGET (form), "choice_row")), "livelihood-models");
  type_into (find_named (GTK_WIDGET (form), "field0"), "nhiều");
  g_assert_false (save_form (form));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM campaign_targets"), ==, 0);
  tt_value_row_set (ADW_COMBO_ROW (find_named (GTK_WIDGET (form), "choice_row")), "money");
  type_into (find_named (GTK_WIDGET (form), "field0"), "2 tỷ");
  g_assert_true (save_form (form));
  g_assert_cmpint (tt_test_count (db, "SELECT value FROM campaign_targets WHERE measure = 'money'"), ==, 2000000000);
  g_assert_cmpuint (rows_of (find_named (GTK_WIDGET (targets), "targets")), ==, 1);
  /* The target's row opens the records it is counted from: the donors and their gifts. */
  g_object_add_weak_pointer (G_OBJECT (targets), (gpointer *) &targets);
  g_signal_emit_by_name (find_named (GTK_WIDGET (targets), "targets"), "row-activated",
                         find_named (GTK_WIDGET (targets), "target0"));
  spin ();
  g_assert_null (targets);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (
                     gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "stack"))), ==, "donors");

  /* The Overview of the campaign running today (or the latest): its balances are the books',
   * its cards ending those SQL counts, its progress chart one bar for the target. */
  open_section (window, "overview");
  overview = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW,
                                                                                    "overview_holder")));
  g_assert_true (TT_IS_OVERVIEW_PAGE (overview));
  tt_overview_page_fill_now (TT_OVERVIEW_PAGE (overview));
  spin ();
  tt_date_today (today);
  for (int a = 0; a < 2; a++)
    {
      g_autoptr(TtBook) book = tt_book_load (db, a ? TT_ACCOUNT_BANK : TT_ACCOUNT_CASH, today, today, &error);
      g_autofree char *want = tt_money_format (book->closing);
      g_assert_cmpstr (figure_of (overview, a ? "bank" : "cash"), ==, want);
    }
  {
    g_autofree char *want = tt_money_format_plain (
      tt_test_countf (db, "SELECT count(*) FROM bhyt_cards WHERE valid_to BETWEEN '%s' AND date('%s', '+30 days')",
                      today, today));
    g_assert_cmpstr (figure_of (overview, "cards-ending"), ==, want);
  }
  {
    g_autofree char *want = tt_money_format (tt_test_count (db, "SELECT amount FROM donations WHERE status = 'valid' "
                                                                "ORDER BY id DESC LIMIT 1"));
    g_assert_cmpstr (figure_of (overview, "recent0"), ==, want);
  }
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_named (overview, "days"))), !=, "");
  {
    TtChartView *progress = TT_CHART_VIEW (find_named (overview, "progress"));
    const TtChart *chart = tt_chart_view_get_chart (progress);
    GtkExpander *numbers = tt_chart_view_get_numbers (progress);
    guint cells = 0;

    /* The campaign shown is the one whose target was set when it is the first of the list. */
    g_assert_nonnull (chart);
    gtk_expander_set_expanded (numbers, TRUE);
    spin ();
    for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (tt_chart_view_get_table (progress))); c;
         c = gtk_widget_get_next_sibling (c))
      cells++;
    g_assert_cmpuint (cells, ==, (chart->table->len + 1) * g_strv_length (chart->header));
  }
  assert_fits (GTK_WINDOW (window), "Overview");

  /* Reports: every report for the period typed; a period that means nothing is named. */
  open_section (window, "reports");
  {
    GtkWidget *reports = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (
                                                       GTK_WIDGET (window), TT_TYPE_WINDOW, "reports_holder")));
    GtkWidget *period = find_named (reports, "period");
    for (const char *const *name = (const char *const[]) { "fund", "campaign", "donations", "disclosure",
                                                             "receipts-payments", "housing", "programmes", "poverty",
                                                             NULL };
         *name; name++)
      {
        g_autofree char *print = g_strdup_printf ("print-%s", *name);
        g_assert_nonnull (find_named (reports, *name));
        g_assert_nonnull (find_named (reports, print));
      }
    gtk_editable_set_text (GTK_EDITABLE (period), "2026-Q9");
    spin ();
    g_assert_true (gtk_widget_has_css_class (period, "error"));
    gtk_editable_set_text (GTK_EDITABLE (period), "2025-H2");
    spin ();
    g_assert_false (gtk_widget_has_css_class (period, "error"));
    assert_fits (GTK_WINDOW (window), "Reports");
    /* Print… builds the report on a worker thread, then opens the print dialog. */
    g_signal_emit_by_name (find_named (reports, "print-fund"), "clicked");
    g_assert_true (tt_reports_page_is_printing (TT_REPORTS_PAGE (reports)));
    while (tt_reports_page_is_printing (TT_REPORTS_PAGE (reports)))
      g_main_context_iteration (NULL, TRUE);
    {
      GtkWindow *print = find_window (GTK_TYPE_DIALOG);
      g_assert_nonnull (print);
      gtk_window_destroy (print);
      spin ();
    }
  }
  open_section (window, "overview");

  /* A row of what needs attention opens its place. */
  gtk_widget_activate (find_named (overview, "idle-houses"));
  spin ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (
                     gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "stack"))), ==, "housing");
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* Runs the main loop until the Overview has shown a reading of its own (a worker's). */
static void
wait_filled (TtOverviewPage *page)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!tt_overview_page_get_filled (page) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (tt_overview_page_get_filled (page));
  spin ();
}

/* The Overview as the window opens it: read on a worker thread, its upper half shown first and
 * its lower half in the frames after (every row there once it says it is filled); read again
 * after a gift is recorded, its rows keep their places and show the new figures. */
static void
test_overview_read_again (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtDemoSize size = { .donors = 20, .donations = 60, .households = 40, .seed = 5, .vouchers = 5 };
  TtDonationInput gift = { .amount = 1234000, .new_donor = &(TtDonorInput) { .name = "Phạm Thị Mơ" } };
  g_autofree char *receipt = NULL;
  TtWindow *window;
  GtkWidget *overview, *cash_row, *latest_row;
  g_autofree char *cash_before = NULL;

  g_assert_true (tt_demo_generate (db, &size, &error));
  g_assert_no_error (error);
  window = office_window (db);
  overview = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW,
                                                                                    "overview_holder")));
  g_assert_true (TT_IS_OVERVIEW_PAGE (overview));
  wait_filled (TT_OVERVIEW_PAGE (overview));
  for (const char *const *name = (const char *const[]) { "campaign", "progress", "cash", "bank", "idle-houses",
                                                           "cards-ending", "gifts-pending", "recent0", "chart", NULL };
       *name; name++)
    g_assert_nonnull (find_named (overview, *name));
  /* Every chart is as tall as its rows need at the width it was given, the one picked from the
   * list (shown last, on a view that had no width yet when it got its chart) included. */
  for (const char *const *name = (const char *const[]) { "money", "chart", NULL }; *name; name++)
    {
      GtkWidget *view = find_named (overview, *name);
      GtkWidget *area = gtk_widget_get_first_child (gtk_widget_get_first_child (view));
      gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
      TtChartStyle style = { 0 };
      int wanted = 0;

      g_assert_true (GTK_IS_DRAWING_AREA (area));
      g_assert_nonnull (tt_chart_view_get_chart (TT_CHART_VIEW (view)));
      /* Frames come at the display's pace: the page is given a few to settle. */
      do
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
          style.width = gtk_widget_get_width (area);
          wanted = (int) tt_chart_height (tt_chart_view_get_chart (TT_CHART_VIEW (view)), &style);
        }
      while (gtk_widget_get_height (area) != wanted && g_get_monotonic_time () < end);
      g_assert_cmpint (wanted, >, 160);
      g_assert_cmpint (gtk_widget_get_height (area), ==, wanted);
    }
  cash_row = find_named (overview, "cash");
  latest_row = find_named (overview, "recent0");
  cash_before = g_strdup (figure_of (overview, "cash"));

  g_assert_cmpint (tt_donation_add (db, &gift, &receipt, &error), >, 0);
  g_assert_no_error (error);
  tt_overview_page_refresh (TT_OVERVIEW_PAGE (overview));
  {
    gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
    while (g_strcmp0 (figure_of (overview, "recent0"), "1.234.000 đ") != 0)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, end);
        g_main_context_iteration (NULL, FALSE);
      }
  }
  spin ();
  g_assert_true (find_named (overview, "cash") == cash_row);
  g_assert_true (find_named (overview, "recent0") == latest_row);
  g_assert_cmpstr (figure_of (overview, "cash"), !=, cash_before);
  {
    g_autofree char *title = g_strdup_printf ("%s · Phạm Thị Mơ", receipt);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (latest_row)), ==, title);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/overview/targets-and-overview", test_targets_and_overview);
  g_test_add_func ("/overview/read-again", test_overview_read_again);
  return g_test_run ();
}
