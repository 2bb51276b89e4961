/* test-ui-daily.c — daily work in the app on a 1366×768 screen: campaigns, donors without
 * twins, phone search, forms that fit the screen and start in their first field. */
#include "config.h"

#include <adwaita.h>

#include "tt-campaign-dialog.h"
#include "tt-campaigns-page.h"
#include "tt-campaigns.h"
#include "tt-donation-dialog.h"
#include "tt-date.h"
#include "tt-donations.h"
#include "tt-donor-dialog.h"
#include "tt-donors-page.h"
#include "tt-form.h"
#include "tt-gifts.h"
#include "tt-deficits.h"
#include "tt-households.h"
#include "tt-places.h"
#include "tt-office.h"
#include "tt-gifts-page.h"
#include "tt-history-dialog.h"
#include "tt-household-dialog.h"
#include "tt-households-page.h"
#include "tt-import-dialog.h"
#include "tt-places-dialog.h"
#include "tt-print.h"
#include "tt-spending-page.h"
#include "tt-support.h"
#include "tt-voucher-dialog.h"
#include "tt-restore-dialog.h"
#include "tt-test-util.h"
#include "tt-ui-util.h"
#include "tt-welcome.h"
#include "tt-window.h"

/* ---- every form fits the screen ---------------------------------------------------------- */

static void
test_dialogs_fit (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window = office_window (db);
  GtkWindow *w;
  TtDonorInput donor = { .name = "Nguyễn Thị Lan", .phone = "0912 000 111" };
  gint64 donor_id = tt_donor_add (db, &donor, NULL);

  w = GTK_WINDOW (tt_donation_dialog_new (GTK_WINDOW (window), db, 0, 0));
  gtk_window_present (w);
  /* The tallest form: a transfer with an error showing. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (CHILD (w, TT_TYPE_DONATION_DIALOG, "method_row")), 1);
  tt_donation_dialog_save (TT_DONATION_DIALOG (w));
  spin ();
  assert_fits (w, "New Donation");
  /* The refusal is in sight, whatever the form's scroll. */
  {
    GtkWidget *error = CHILD (w, TT_TYPE_DONATION_DIALOG, "error_label");
    graphene_rect_t where;

    g_assert_true (gtk_widget_get_mapped (error));
    g_assert_true (gtk_widget_compute_bounds (error, GTK_WIDGET (w), &where));
    g_assert_cmpfloat (where.origin.y + where.size.height, <=, gtk_widget_get_height (GTK_WIDGET (w)));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error)), "Donor"));
  }
  gtk_window_destroy (w);

  w = GTK_WINDOW (tt_donor_dialog_new (GTK_WINDOW (window), db, donor_id, NULL));
  gtk_window_present (w);
  assert_fits (w, "Edit Donor");
  gtk_window_destroy (w);

  w = GTK_WINDOW (tt_household_dialog_new (db));
  gtk_window_present (w);
  assert_fits (w, "New Household");
  gtk_window_destroy (w);

  w = GTK_WINDOW (tt_import_dialog_new (db));
  gtk_window_present (w);
  assert_fits (w, "Import Households");
  gtk_window_destroy (w);

  w = GTK_WINDOW (tt_places_dialog_new (db));
  gtk_window_present (w);
  assert_fits (w, "Places");
  gtk_window_destroy (w);

  w = GTK_WINDOW (tt_campaign_dialog_new (GTK_WINDOW (window), db, 0, NULL));
  gtk_window_present (w);
  tt_campaign_dialog_save (TT_CAMPAIGN_DIALOG (w));
  assert_fits (w, "New Campaign");
  gtk_window_destroy (w);

  w = tt_restore_dialog_show (window);
  assert_fits (w, "Restore from Backup");
  close_all_but (NULL);
}

/* ---- campaigns ---------------------------------------------------------------------------- */

static void
fill_campaign (TtCampaignDialog *dialog, const char *name, const char *from, const char *to)
{
  gtk_editable_set_text (GTK_EDITABLE (NAMED (dialog, "name_row")), name);
  gtk_editable_set_text (GTK_EDITABLE (NAMED (dialog, "from_row")), from);
  gtk_editable_set_text (GTK_EDITABLE (NAMED (dialog, "to_row")), to);
}

/* The Tết Gifts page without a Tết campaign says so and creates one; its buttons wait for it. */
static void
test_campaign_from_gifts_page (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window = office_window (db);
  TtGiftsPage *page;
  TtCampaignDialog *dialog;
  GtkWidget *pages;

  open_section (window, "gifts");
  page = tt_window_get_gifts_page (window);
  pages = CHILD (page, TT_TYPE_GIFTS_PAGE, "pages");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (pages)), ==, "empty");
  /* Nothing that needs a campaign can be started. */
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.new-package", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.new-list", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.add-household", NULL);
  g_assert_null (open_question ("New Gift Package"));
  g_assert_null (open_question ("New Distribution List"));
  g_assert_null (open_question ("Add a Household"));

  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.new-campaign", NULL);
  dialog = TT_CAMPAIGN_DIALOG (find_window (TT_TYPE_CAMPAIGN_DIALOG));
  g_assert_nonnull (dialog);
  /* The form starts in its first field, as a Tết campaign. */
  g_assert_true (is_inside (focused (GTK_WINDOW (dialog)), NAMED (dialog, "name_row")));
  g_assert_cmpstr (adw_combo_row_get_selected_item (ADW_COMBO_ROW (NAMED (dialog, "kind_row"))) ?
                   gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (NAMED (dialog, "kind_row")))) : NULL,
                   ==, "Tết gifts");

  /* A refused date keeps what was typed and marks the field. */
  fill_campaign (dialog, "Tết Bính Ngọ 2026", "15/01/2026", "30/02/2026");
  g_assert_false (tt_campaign_dialog_save (dialog));
  g_assert_true (gtk_widget_has_css_class (NAMED (dialog, "to_row"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (NAMED (dialog, "name_row"))), ==,
                   "Tết Bính Ngọ 2026");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM campaigns"), ==, 0);

  /* Enter in a field saves. */
  gtk_editable_set_text (GTK_EDITABLE (NAMED (dialog, "to_row")), "28/02/2026");
  g_signal_emit_by_name (NAMED (dialog, "to_row"), "entry-activated");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM campaigns WHERE kind = 'tet' AND name = 'Tết Bính Ngọ 2026' "
                                      "AND starts_on = '2026-01-15' AND ends_on = '2026-02-28'"), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (pages)), ==, "content");
  g_assert_cmpint (tt_gifts_page_get_campaign (page), ==, tt_test_count (db, "SELECT id FROM campaigns"));
  /* With no list yet, the column of lists says how to make one. */
  {
    GtkWidget *none = gtk_widget_get_first_child (CHILD (page, TT_TYPE_GIFTS_PAGE, "lists"));
    g_assert_true (GTK_IS_LABEL (none));
    g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (none)), "No lists yet."));
    g_assert_true (gtk_widget_get_child_visible (none));
  }
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.new-package", NULL);
  g_assert_nonnull (open_question ("New Gift Package"));
  close_all_but (GTK_WINDOW (window));

  /* The Campaigns page lists it, and closes it. */
  open_section (window, "campaigns");
  {
    TtCampaignsPage *campaigns = TT_CAMPAIGNS_PAGE (gtk_widget_get_first_child (CHILD (window, TT_TYPE_WINDOW,
                                                                                      "campaigns_holder")));
    GtkListBox *list = tt_campaigns_page_get_list (campaigns);
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Tết Bính Ngọ 2026");
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "15/01/2026 – 28/02/2026"));
    g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* The donation form takes the campaign running on the date received, until one is chosen. */
static void
test_donation_campaign_by_date (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window = office_window (db);
  g_autoptr(GError) error = NULL;
  char today[11];
  g_autofree char *year_start = NULL;
  g_autofree char *year_end = NULL;
  TtDonationDialog *dialog;
  AdwComboRow *campaign;
  GtkWidget *date;

  tt_date_today (today);
  year_start = g_strdup_printf ("01/01/%.4s", today);
  year_end = g_strdup_printf ("31/12/%.4s", today);
  g_assert_cmpint (tt_campaign_add (db, "Cả năm", "fundraising", year_start, year_end, &error), >, 0);
  g_assert_cmpint (tt_campaign_add (db, "Bão số 3", "disaster", "01/09/2024", "30/09/2024", &error), >, 0);

  dialog = tt_donation_dialog_new (GTK_WINDOW (window), db, 0, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  spin ();
  campaign = ADW_COMBO_ROW (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "campaign_row"));
  date = CHILD (dialog, TT_TYPE_DONATION_DIALOG, "date_row");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (campaign)), ==, "Cả năm");
  gtk_editable_set_text (GTK_EDITABLE (date), "15/09/2024");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (campaign)), ==, "Bão số 3");
  gtk_editable_set_text (GTK_EDITABLE (date), "15/05/2023");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (campaign)), ==, "None");
  gtk_editable_set_text (GTK_EDITABLE (date), "15/09/2024");
  /* The clerk's own choice stays whatever the date. */
  adw_combo_row_set_selected (campaign, 0);
  gtk_editable_set_text (GTK_EDITABLE (date), "16/09/2024");
  g_assert_cmpuint (adw_combo_row_get_selected (campaign), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* ---- donors without twins ------------------------------------------------------------------ */

static void
type_donor (TtDonationDialog *dialog, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "donor_row")), text);
  spin ();
}

static void
take_last_match (TtDonationDialog *dialog)
{
  GtkWidget *matches = CHILD (dialog, TT_TYPE_DONATION_DIALOG, "matches");

  g_signal_emit_by_name (matches, "row-activated", gtk_widget_get_last_child (matches));
  spin ();
}

static void
test_donor_in_donation_form (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window = office_window (db);
  TtDonorsPage *page = tt_window_get_donors_page (window);
  TtDonationDialog *dialog;
  AdwMessageDialog *asked;
  GtkWidget *matches;
  GtkWidget *first;
  gint64 hung;

  /* Ctrl+N, a new donor's name, Enter, Escape: nothing is left in the file. */
  dialog = tt_donation_dialog_new (GTK_WINDOW (window), db, 0, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (is_inside (focused (GTK_WINDOW (dialog)), CHILD (dialog, TT_TYPE_DONATION_DIALOG, "donor_row")));
  type_donor (dialog, "Đỗ Văn Hùng");
  g_signal_emit_by_name (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "donor_row"), "entry-activated");
  spin ();
  g_assert_true (is_inside (focused (GTK_WINDOW (dialog)), CHILD (dialog, TT_TYPE_DONATION_DIALOG, "amount_row")));
  gtk_window_close (GTK_WINDOW (dialog));
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donors"), ==, 0);

  /* Saved with a gift, the donor is written with it and the Donors list shows one donor. */
  dialog = tt_donation_dialog_new (GTK_WINDOW (window), db, 0, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  type_donor (dialog, "Đỗ Văn Hùng");
  take_last_match (dialog);
  gtk_editable_set_text (GTK_EDITABLE (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "amount_row")), "300k");
  g_assert_true (tt_donation_dialog_save (dialog));
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donors WHERE name = 'Đỗ Văn Hùng'"), ==, 1);
  hung = tt_test_count (db, "SELECT id FROM donors WHERE name = 'Đỗ Văn Hùng'");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations WHERE amount = 300000"), ==, 1);
  {
    g_autoptr(GError) error = NULL;
    TtDonorInput in = { .name = "Đỗ Văn Hùng", .phone = "0912 685 908" };
    g_assert_true (tt_donor_update (db, hung, &in, &error));
  }

  /* The same name again: the form asks, and "Use This Donor" takes the one on file. */
  dialog = tt_donation_dialog_new (GTK_WINDOW (window), db, 0, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  type_donor (dialog, "do van hung");
  take_last_match (dialog);
  asked = open_question ("Already a Donor?");
  g_assert_nonnull (asked);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (asked), "Đỗ Văn Hùng · 0912 685 908"));
  adw_message_dialog_response (asked, "use-0");
  spin ();
  g_assert_cmpint (tt_donation_dialog_get_donor (dialog), ==, hung);

  /* The last digits of a phone find the donor in the form. */
  type_donor (dialog, "5908");
  matches = CHILD (dialog, TT_TYPE_DONATION_DIALOG, "matches");
  first = gtk_widget_get_first_child (matches);
  g_assert_nonnull (first);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Đỗ Văn Hùng");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();

  /* New Donor from the Donors page with that name asks too; going back writes nothing. */
  {
    TtDonorDialog *form = tt_donor_dialog_new (GTK_WINDOW (window), db, 0, "Đỗ Văn Hùng");

    gtk_window_present (GTK_WINDOW (form));
    g_assert_false (tt_donor_dialog_save (form));
    asked = open_question ("Already a Donor?");
    g_assert_nonnull (asked);
    adw_message_dialog_response (asked, "cancel");
    spin ();
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donors"), ==, 1);
    gtk_window_destroy (GTK_WINDOW (form));
  }
  g_assert_nonnull (page);
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* ---- focus and keys ---------------------------------------------------------------------- */

/* The household form starts in its first field and Enter saves it; Escape asks before throwing
 * typing away, and closes an untouched form at once. */
static void
test_household_form_keys (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtHouseholdDialog *form;
  AdwMessageDialog *asked;
  GtkWidget *head;

  g_assert_true (tt_office_set (db, "commune-code", "00004", &error));
  form = tt_household_dialog_new (db);
  gtk_window_present (GTK_WINDOW (form));
  spin ();
  head = CHILD (form, TT_TYPE_HOUSEHOLD_DIALOG, "head");
  g_assert_true (is_inside (focused (GTK_WINDOW (form)), head));

  /* Escape after typing asks; keeping on editing keeps the form and what was typed. */
  type_into (head, "Trần Văn Bình");
  tt_form_cancel (GTK_WINDOW (form));
  asked = open_question ("Discard What Was Typed?");
  g_assert_nonnull (asked);
  adw_message_dialog_response (asked, "keep");
  spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (head)), ==, "Trần Văn Bình");

  /* Enter in a field saves. */
  type_into (CHILD (form, TT_TYPE_HOUSEHOLD_DIALOG, "village"), "Thôn 2");
  g_signal_emit_by_name (CHILD (form, TT_TYPE_HOUSEHOLD_DIALOG, "village"), "entry-activated");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households h JOIN places v ON v.id = h.village_id "
                                      "WHERE h.head_name = 'Trần Văn Bình' AND v.name = 'Thôn 2'"), ==, 1);

  /* An untouched form closes at once. */
  form = tt_household_dialog_new (db);
  gtk_window_present (GTK_WINDOW (form));
  spin ();
  tt_form_cancel (GTK_WINDOW (form));
  spin ();
  g_assert_null (open_question ("Discard What Was Typed?"));
  close_all_but (NULL);
}

/* A new office starts with the cursor in its name; Ctrl+F goes to the search of the page shown. */
static void
test_focus_and_find (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autoptr(TtDb) fresh = tt_db_open (path, &error);
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window;

  window = office_window (fresh);
  g_assert_cmpstr (tt_window_get_page (window), ==, "welcome");
  g_assert_true (is_inside (focused (GTK_WINDOW (window)), CHILD (tt_window_get_welcome (window),
                                                                   TT_TYPE_WELCOME, "name_row")));
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_cmpint (tt_campaign_add (db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error), >, 0);
  window = office_window (db);
  open_section (window, "donors");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  g_assert_true (is_inside (focused (GTK_WINDOW (window)),
                            CHILD (tt_window_get_donors_page (window), TT_TYPE_DONORS_PAGE, "search_entry")));
  open_section (window, "households");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  g_assert_true (is_inside (focused (GTK_WINDOW (window)),
                            CHILD (tt_window_get_households_page (window), TT_TYPE_HOUSEHOLDS_PAGE, "search")));
  open_section (window, "gifts");
  spin ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  g_assert_true (is_inside (focused (GTK_WINDOW (window)),
                            CHILD (tt_window_get_gifts_page (window), TT_TYPE_GIFTS_PAGE, "entry_search")));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* ---- what was typed survives a refusal ------------------------------------------------------ */

static GtkWidget *
first_entry (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = first_entry (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A refused package opens again with what was typed; two households of the same name are told
 * apart by birth year, village and ID; a period being typed is checked before Save. */
static void
test_refusals_keep_typing (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtWindow *window = office_window (db);
  TtHouseholdInput a = { .head_name = "Nguyễn Văn An", .head_birth_year = 1950, .village_name = "Thôn 1",
                         .commune_id = tt_place_id_by_code (db, "00004") };
  TtHouseholdInput b = { .head_name = "Nguyễn Văn An", .head_birth_year = 1982, .village_name = "Thôn 3",
                         .commune_id = tt_place_id_by_code (db, "00004") };
  TtHouseholdInput c = { .head_name = "Lê Thị Cúc" };
  TtHouseholdFilter only_c = { .query = "Lê Thị Cúc" };
  TtGiftsPage *page;
  AdwMessageDialog *asked;
  gint64 campaign, package, ha, hb, hc, added, already, list;

  ha = tt_household_create (db, &a, &error);
  hb = tt_household_create (db, &b, &error);
  hc = tt_household_create (db, &c, &error);
  g_assert_no_error (error);
  g_assert_true (ha > 0 && hb > 0 && hc > 0);
  campaign = tt_campaign_add (db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error);
  package = tt_gift_package_add (db, campaign, "Suất quà Tết", 500000, 0, NULL, &error);
  list = tt_gift_list_create (db, campaign, package, NULL, &only_c, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (list, >, 0);

  open_section (window, "gifts");
  page = tt_window_get_gifts_page (window);
  g_assert_cmpint (tt_gifts_page_get_list (page), ==, list);

  /* A value that is no amount: the form comes back with the three fields as typed. */
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.new-package", NULL);
  asked = open_question ("New Gift Package");
  g_assert_nonnull (asked);
  {
    GtkWidget *box = adw_message_dialog_get_extra_child (asked);
    GtkWidget *name = first_entry (box);
    GtkWidget *value = gtk_widget_get_next_sibling (name);

    gtk_editable_set_text (GTK_EDITABLE (name), "Suất quà lớn");
    gtk_editable_set_text (GTK_EDITABLE (value), "năm trăm");
  }
  adw_message_dialog_response (asked, "add");
  spin ();
  asked = open_question ("New Gift Package");
  g_assert_nonnull (asked);
  g_assert_cmpstr (adw_message_dialog_get_body (asked), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first_entry (adw_message_dialog_get_extra_child (asked)))), ==,
                   "Suất quà lớn");
  adw_message_dialog_response (asked, "cancel");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_packages"), ==, 1);

  /* A name two households share: the clerk picks the one born in 1982. */
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.add-household", NULL);
  asked = open_question ("Add a Household");
  g_assert_nonnull (asked);
  gtk_editable_set_text (GTK_EDITABLE (first_entry (adw_message_dialog_get_extra_child (asked))), "nguyen van an");
  adw_message_dialog_response (asked, "add");
  spin ();
  asked = open_question ("Which Household?");
  g_assert_nonnull (asked);
  {
    GtkWidget *rows = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (adw_message_dialog_get_extra_child (asked)));
    GtkListBox *picks = GTK_LIST_BOX (GTK_IS_VIEWPORT (rows) ? gtk_viewport_get_child (GTK_VIEWPORT (rows)) : rows);
    GtkListBoxRow *pick = NULL;

    for (int i = 0; gtk_list_box_get_row_at_index (picks, i) != NULL; i++)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (picks, i);
        if (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "born 1982 · Thôn 3") != NULL)
          pick = row;
      }
    g_assert_nonnull (pick);
    g_signal_emit_by_name (picks, "row-activated", pick);
  }
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries WHERE household_id = (SELECT id FROM households "
                                      "WHERE head_birth_year = 1982)"), ==, 1);
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries WHERE household_id = (SELECT id FROM households "
                                      "WHERE head_birth_year = 1950)"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* The year statement's period is checked as it is typed; Save waits for a period that exists. */
static void
test_statement_period (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtWindow *window = office_window (db);
  TtDonorInput in = { .name = "Phạm Thị Hoa" };
  gint64 donor = tt_donor_add (db, &in, &error);
  TtDonorsPage *page = tt_window_get_donors_page (window);
  AdwMessageDialog *asked;
  GtkWidget *entry;

  tt_donors_page_reload (page);
  spin ();
  tt_donors_page_select_donor (page, donor);
  spin ();
  gtk_widget_activate_action (GTK_WIDGET (page), "donors.statement", NULL);
  asked = open_question ("Statement of Gifts");
  g_assert_nonnull (asked);
  entry = first_entry (adw_message_dialog_get_extra_child (asked));
  g_assert_true (adw_message_dialog_get_response_enabled (asked, "save"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "2026-Q5");
  g_assert_false (adw_message_dialog_get_response_enabled (asked, "save"));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "2026-Q4");
  g_assert_true (adw_message_dialog_get_response_enabled (asked, "save"));
  adw_message_dialog_response (asked, "cancel");
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* An office without donors says so (no failed search); a search that finds none says that. File
 * choosers start in the folder used last. */
static void
test_empty_states_and_folders (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window = office_window (db);
  TtDonorsPage *page = tt_window_get_donors_page (window);
  GtkWidget *empty = CHILD (page, TT_TYPE_DONORS_PAGE, "empty_page");
  g_autofree char *dir = tt_test_tmpdir ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  tt_donors_page_reload (page);
  spin ();
  while (tt_donors_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
  spin ();
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, "No Donors Yet");
  tt_donors_page_search (page, "zzz");
  spin ();
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, "No Donors Found");

  {
    g_autofree char *start = NULL;
    g_autofree char *gone = g_build_filename (dir, "gone", NULL);

    g_settings_set_string (settings, "last-folder", dir);
    start = tt_file_chooser_start_folder ();
    g_assert_cmpstr (start, ==, dir);
    g_clear_pointer (&start, g_free);
    g_settings_set_string (settings, "last-folder", gone);
    start = tt_file_chooser_start_folder ();
    g_assert_cmpstr (start, !=, gone);
    g_assert_true (g_file_test (start, G_FILE_TEST_IS_DIR));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* A check button on the row titled wanted_title. */
static const char *wanted_title;

static gboolean
is_wanted_check (GtkWidget *w)
{
  GtkWidget *row = gtk_widget_get_ancestor (w, ADW_TYPE_ACTION_ROW);

  return GTK_IS_CHECK_BUTTON (w) && row != NULL &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), wanted_title) == 0;
}

/* The household form shows where it lives by name, its category year by year and the support it
 * received (a Tết package delivered, a livelihood model). */
static void
test_household_record (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtHouseholdInput in = { .head_name = "Hoàng Văn Sơn", .village_name = "Thôn 2", .address = "Xóm Đồng",
                          .commune_id = tt_place_id_by_code (db, "00004") };
  TtHouseholdFilter only = { .query = "Hoàng Văn Sơn" };
  TtHouseholdDialog *form;
  gint64 id, campaign, package, added, already, list;
  g_autofree char *shown = NULL;

  id = tt_household_create (db, &in, &error);
  g_assert_no_error (error);
  g_assert_true (tt_household_classify (db, id, 2025, "poor", 0, "12/QĐ-UBND", &error));
  g_assert_true (tt_household_classify (db, id, 2026, "near-poor", 0, NULL, &error));
  campaign = tt_campaign_add (db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error);
  package = tt_gift_package_add (db, campaign, "Suất quà Tết", 500000, 0, "Gạo, dầu ăn", &error);
  list = tt_gift_list_create (db, campaign, package, NULL, &only, &added, &already, &error);
  g_assert_true (tt_gift_list_set_status (db, list, id, "delivered", "2026-01-20", NULL, NULL, &error));
  g_assert_cmpint (tt_support_add (db, id, "livelihood", "Mô hình nuôi bò", "2026-03-05", 12000000, &error), >, 0);
  g_assert_no_error (error);

  form = tt_household_dialog_edit (db, id, &error);
  gtk_window_present (GTK_WINDOW (form));
  spin ();
  shown = rows_text (GTK_WIDGET (form));
  /* The commune field shows the commune by name and code, not a bare code. */
  {
    const char *line = strstr (shown, "Commune: ");
    g_assert_nonnull (line);
    g_assert_true (g_str_has_prefix (line, "Commune: Phường ") || g_str_has_prefix (line, "Commune: Xã "));
    g_assert_nonnull (strstr (line, " · 00004\n"));
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (CHILD (form, TT_TYPE_HOUSEHOLD_DIALOG, "village"))), ==, "Thôn 2");
  g_assert_nonnull (strstr (shown, "Address: Xóm Đồng"));
  g_assert_nonnull (strstr (shown, "2025: Poor · decision 12/QĐ-UBND"));
  g_assert_nonnull (strstr (shown, "2026: Near-poor"));
  g_assert_nonnull (strstr (shown, "Livelihood model · 12.000.000 đ: 05/03/2026 · Mô hình nuôi bò"));
  g_assert_nonnull (strstr (shown, "Gift package · 500.000 đ: 20/01/2026 · Suất quà Tết · Tết Bính Ngọ 2026"));
  g_assert_cmpint (window_height (GTK_WINDOW (form)), <=, TT_SCREEN_HEIGHT);
  close_all_but (NULL);

  /* What the household lacks this year: shown, ticked, changed and saved with it. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    int year = g_date_time_get_year (now);
    g_autofree char *line = g_strdup_printf ("%d: Near-poor · lacks Clean water", year);
    GtkWidget *water, *latrine;

    g_assert_true (tt_household_classify_lacking (db, id, year, "near-poor", NULL, tt_deficits_bit ("water"), &error));
    g_assert_no_error (error);
    form = tt_household_dialog_edit (db, id, &error);
    gtk_window_present (GTK_WINDOW (form));
    spin ();
    g_free (shown);
    shown = rows_text (GTK_WIDGET (form));
    g_assert_nonnull (strstr (shown, line));
    g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (CHILD (form, TT_TYPE_HOUSEHOLD_DIALOG, "lacking"))));
    wanted_title = "Clean water";
    water = last_matching (GTK_WIDGET (form), is_wanted_check);
    wanted_title = "Hygienic latrine";
    latrine = last_matching (GTK_WIDGET (form), is_wanted_check);
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (water)));
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (latrine)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (latrine), TRUE);
    g_signal_emit_by_name (CHILD (form, TT_TYPE_HOUSEHOLD_DIALOG, "village"), "entry-activated");
    spin ();
    /* Saved whole: the address the form does not show is kept as it was. */
    g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM households WHERE address = 'Xóm Đồng'"), ==, 1);
    g_assert_cmpint (tt_household_lacking (db, id, year), ==, tt_deficits_bit ("water") | tt_deficits_bit ("latrine"));
    g_assert_cmpint (tt_test_countf (db, "SELECT deficits FROM household_classifications WHERE household_id = %"
                                         G_GINT64_FORMAT " AND year = %d", id, year), ==, 2);
    close_all_but (NULL);
  }
}

/* A bank reference already on a receipt: the form says which, marks the field, keeps the rest. */
static void
test_donation_refusal_marks_field (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtWindow *window = office_window (db);
  TtDonorInput donor = { .name = "Vũ Thị Mai" };
  TtDonationInput first = { .amount = 100000, .method = "transfer", .bank_ref = "FT26001" };
  TtDonationDialog *dialog;
  GtkWidget *bank_ref;

  first.donor_id = tt_donor_add (db, &donor, &error);
  g_assert_cmpint (tt_donation_add (db, &first, NULL, &error), >, 0);
  dialog = tt_donation_dialog_new (GTK_WINDOW (window), db, first.donor_id, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  spin ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "method_row")), 1);
  bank_ref = CHILD (dialog, TT_TYPE_DONATION_DIALOG, "bank_ref_row");
  gtk_editable_set_text (GTK_EDITABLE (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "amount_row")), "250k");
  gtk_editable_set_text (GTK_EDITABLE (bank_ref), "FT26001");
  g_assert_false (tt_donation_dialog_save (dialog));
  spin ();
  g_assert_true (gtk_widget_has_css_class (bank_ref, "error"));
  g_assert_true (is_inside (focused (GTK_WINDOW (dialog)), bank_ref));
  g_assert_true (gtk_widget_get_visible (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "error_label")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (CHILD (dialog, TT_TYPE_DONATION_DIALOG, "amount_row"))), ==, "250k");
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations"), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (bank_ref), "FT26002");
  g_assert_true (tt_donation_dialog_save (dialog));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM donations WHERE bank_ref = 'FT26002' AND amount = 250000"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* A gift list: find a household in it, undo a delivery, rename it, delete it only when empty. */
static void
test_gift_list_care (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GError) error = NULL;
  TtWindow *window = office_window (db);
  TtHouseholdInput a = { .head_name = "Đinh Văn Tùng" };
  TtHouseholdInput b = { .head_name = "Lý Thị Hằng" };
  TtHouseholdFilter all = { 0 };
  TtHouseholdFilter nobody = { .place_id = tt_place_id_by_code (db, "00004") };
  TtGiftsPage *page;
  GtkColumnView *view;
  GtkSelectionModel *selection;
  AdwMessageDialog *asked;
  gint64 campaign, package, added, already, list, empty, ha, hb;

  ha = tt_household_create (db, &a, &error);
  hb = tt_household_create (db, &b, &error);
  g_assert_true (tt_household_classify (db, ha, 2026, "poor", 0, NULL, &error));
  g_assert_true (tt_household_classify (db, hb, 2026, "poor", 0, NULL, &error));
  campaign = tt_campaign_add (db, "Tết Bính Ngọ 2026", "tet", "2026-01-01", "2026-02-28", &error);
  package = tt_gift_package_add (db, campaign, "Suất quà Tết", 500000, 0, NULL, &error);
  empty = tt_gift_list_create (db, campaign, package, NULL, &nobody, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, 0);
  list = tt_gift_list_create (db, campaign, package, NULL, &all, &added, &already, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, ==, 2);

  open_section (window, "gifts");
  page = tt_window_get_gifts_page (window);
  tt_gifts_page_select_list (page, list);
  spin ();
  while (tt_gifts_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
  view = GTK_COLUMN_VIEW (CHILD (page, TT_TYPE_GIFTS_PAGE, "entries"));
  selection = gtk_column_view_get_model (view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 2);

  /* Find in the list, accents optional. */
  type_into (CHILD (page, TT_TYPE_GIFTS_PAGE, "entry_search"), "dinh van");
  for (gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
       g_list_model_get_n_items (G_LIST_MODEL (selection)) != 1 && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);

  /* Delivered, then undone: back to not delivered, still selected. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.mark", "s", "delivered");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries WHERE status = 'delivered'"), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.undo", NULL);
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_entries WHERE status = 'delivered'"), ==, 0);
  g_assert_cmpint (ha, ==, tt_test_count (db, "SELECT household_id FROM gift_entries WHERE status = 'pending' "
                                              "ORDER BY household_id LIMIT 1"));

  /* Renamed. */
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.rename-list", NULL);
  asked = open_question ("Rename the List");
  g_assert_nonnull (asked);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (asked)), "Thôn Đông — đợt 1");
  adw_message_dialog_response (asked, "rename");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_lists WHERE name = 'Thôn Đông — đợt 1'"), ==, 1);

  /* A list with households cannot be deleted (the action waits for an empty list); the empty one
   * is, after a question. */
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.delete-list", NULL);
  g_assert_null (open_question ("Not Done"));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_lists"), ==, 2);
  tt_gifts_page_select_list (page, empty);
  spin ();
  gtk_widget_activate_action (GTK_WIDGET (page), "gifts.delete-list", NULL);
  {
    g_autoptr(TtGiftList) l = tt_gift_list_get (db, empty, NULL);
    g_autofree char *heading = g_strdup_printf ("Delete the List “%s”?", l->name);
    asked = open_question (heading);
  }
  g_assert_nonnull (asked);
  adw_message_dialog_response (asked, "delete");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM gift_lists"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

/* A list chosen is read on a worker thread, the window saying so; then the preview shows cells
 * whole (an address of 34 characters is not cut). */
static void
test_import_preview_whole (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autofree char *dir = tt_test_tmpdir ();
  g_autofree char *csv = g_build_filename (dir, "list.csv", NULL);
  g_autoptr(GString) text = g_string_new ("Họ và tên chủ hộ,Địa chỉ\n"
                                          "Nguyễn Văn An,Số 12 ngõ 34 đường Hoàng Hoa Thám\n");
  TtImportDialog *dialog;
  GtkWidget *preview;
  AdwActionRow *file_row;
  gboolean seen = FALSE;

  for (guint i = 2; i <= 5000; i++)
    g_string_append_printf (text, "Lò Văn %u,Bản %u\n", i, i % 9);
  g_assert_true (g_file_set_contents (csv, text->str, text->len, NULL));
  dialog = tt_import_dialog_new (db);
  gtk_window_present (GTK_WINDOW (dialog));
  file_row = ADW_ACTION_ROW (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "file_row"));
  tt_import_dialog_open (dialog, csv);
  g_assert_true (tt_import_dialog_is_reading (dialog));
  g_assert_cmpstr (adw_action_row_get_subtitle (file_row), ==, "Reading “list.csv”…");
  g_assert_false (gtk_widget_is_sensitive (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "choose_button")));
  g_assert_false (gtk_widget_get_sensitive (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "check_button")));
  while (tt_import_dialog_is_reading (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (file_row), ==, "list.csv — 5.001 rows (UTF-8)");
  g_assert_true (gtk_widget_is_sensitive (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "choose_button")));
  g_assert_true (gtk_widget_get_sensitive (CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "check_button")));
  spin ();
  preview = CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "preview");
  for (GtkWidget *c = gtk_widget_get_first_child (preview); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (g_str_equal (gtk_label_get_label (GTK_LABEL (c)), "Số 12 ngõ 34 đường Hoàng Hoa Thám"))
      {
        seen = TRUE;
        g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (c))));
      }
  g_assert_true (seen);

  /* The office names no commune and the list none: every row has a problem. The first 200 are
   * shown, then how many more there are. */
  tt_import_dialog_check (dialog);
  while (tt_import_dialog_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  {
    GtkWidget *problems = CHILD (dialog, TT_TYPE_IMPORT_DIALOG, "problems");
    GtkWidget *last = NULL;
    guint n = 0;
    for (GtkWidget *c = gtk_widget_get_first_child (problems); c != NULL; c = gtk_widget_get_next_sibling (c), n++)
      last = c;
    g_assert_cmpuint (n, ==, 201);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (last)), ==,
                     "… and 4.800 more problems, not shown");
  }
  close_all_but (NULL);
}

static void
wait_vouchers (TtSpendingPage *page)
{
  while (tt_spending_page_is_loading (page))
    g_main_context_iteration (NULL, TRUE);
}

/* Spending: a voucher recorded from the form (beyond the balance only after the question), listed
 * with its number, voided with a reason; the form fits the screen. */
static void
test_spending (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtWindow *window = office_window (db);
  TtSpendingPage *page;
  TtVoucherDialog *form;
  AdwMessageDialog *asked;
  char today[11];
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;

  tt_date_today (today);
  number = g_strdup_printf ("PC%.4s-000001", today);
  open_section (window, "spending");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (CHILD (window, TT_TYPE_WINDOW, "stack"))), ==,
                   "spending");
  page = TT_SPENDING_PAGE (gtk_widget_get_first_child (CHILD (window, TT_TYPE_WINDOW, "spending_holder")));
  g_assert_nonnull (page);
  wait_vouchers (page);
  g_assert_cmpuint (tt_spending_page_n_shown (page), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "spending.new", NULL);
  form = TT_VOUCHER_DIALOG (find_window (TT_TYPE_VOUCHER_DIALOG));
  assert_fits (GTK_WINDOW (form), "New Payment Voucher");
  g_assert_true (is_inside (focused (GTK_WINDOW (form)), NAMED (form, "payee_row")));
  type_into (NAMED (form, "payee_row"), "Hộ ông Lò Văn Páo");
  type_into (NAMED (form, "amount_row"), "30 triệu");
  type_into (NAMED (form, "reason_row"), "Hỗ trợ xây nhà Đại đoàn kết");
  /* The cash book holds nothing yet: the form asks before paying beyond it. */
  g_assert_false (tt_voucher_dialog_save (form, FALSE));
  asked = open_question ("Pay Beyond the Balance?");
  g_assert_nonnull (asked);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (asked), "0 đ"));
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM payment_vouchers"), ==, 0);
  adw_message_dialog_response (asked, "pay");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM payment_vouchers WHERE amount = 30000000 "
                                      "AND payee_name = 'Hộ ông Lò Văn Páo' AND method = 'cash'"), ==, 1);
  wait_vouchers (page);
  g_assert_cmpuint (tt_spending_page_n_shown (page), ==, 1);
  title = tt_spending_page_dup_title (page, 0);
  g_assert_true (g_str_has_prefix (title, number));
  /* Found by the payee's name typed without accents, or by the number; not by what it lacks. */
  gtk_editable_set_text (tt_spending_page_get_search (page), "lo van pao");
  tt_spending_page_refresh (page);
  wait_vouchers (page);
  g_assert_cmpuint (tt_spending_page_n_shown (page), ==, 1);
  gtk_editable_set_text (tt_spending_page_get_search (page), "pao dai doan ket");
  tt_spending_page_refresh (page);
  wait_vouchers (page);
  g_assert_cmpuint (tt_spending_page_n_shown (page), ==, 1);
  gtk_editable_set_text (tt_spending_page_get_search (page), "pao sua nha");
  tt_spending_page_refresh (page);
  wait_vouchers (page);
  g_assert_cmpuint (tt_spending_page_n_shown (page), ==, 0);
  gtk_editable_set_text (tt_spending_page_get_search (page), "");

  gtk_widget_activate_action (GTK_WIDGET (page), "spending.void", "s", number);
  {
    g_autofree char *heading = g_strdup_printf ("Void payment voucher %s?", number);
    asked = open_question (heading);
  }
  g_assert_nonnull (asked);
  g_assert_false (adw_message_dialog_get_response_enabled (asked, "void"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (asked)), "Chi nhầm hộ");
  adw_message_dialog_response (asked, "void");
  spin ();
  g_assert_cmpint (tt_test_count (db, "SELECT count(*) FROM payment_vouchers WHERE status = 'void' "
                                      "AND void_reason = 'Chi nhầm hộ'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  close_all_but (NULL);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/daily/dialogs-fit", test_dialogs_fit);
  g_test_add_func ("/daily/campaign-from-gifts-page", test_campaign_from_gifts_page);
  g_test_add_func ("/daily/donation-campaign-by-date", test_donation_campaign_by_date);
  g_test_add_func ("/daily/donor-in-donation-form", test_donor_in_donation_form);
  g_test_add_func ("/daily/household-form-keys", test_household_form_keys);
  g_test_add_func ("/daily/focus-and-find", test_focus_and_find);
  g_test_add_func ("/daily/refusals-keep-typing", test_refusals_keep_typing);
  g_test_add_func ("/daily/statement-period", test_statement_period);
  g_test_add_func ("/daily/empty-states-and-folders", test_empty_states_and_folders);
  g_test_add_func ("/daily/household-record", test_household_record);
  g_test_add_func ("/daily/donation-refusal-marks-field", test_donation_refusal_marks_field);
  g_test_add_func ("/daily/gift-list-care", test_gift_list_care);
  g_test_add_func ("/daily/import-preview-whole", test_import_preview_whole);
  g_test_add_func ("/daily/spending", test_spending);
  return g_test_run ();
}
