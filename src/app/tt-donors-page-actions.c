/* tt-donors-page-actions.c — the donors page's actions on receipts and donors: void a
 * receipt, merge duplicate donors, and the batch of slips being entered
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-ask.h"
#include "tt-batches.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-donors-page-private.h"
#include "tt-date.h"
#include "tt-history-dialog.h"
#include "tt-money.h"

static void
on_void_response_cb (AdwMessageDialog *dialog, const char *response, TtDonorsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason");
  const char *receipt = g_object_get_data (G_OBJECT (dialog), "receipt");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "void"))
    return;
  if (!tt_donation_void (self->db, receipt, gtk_editable_get_text (entry), &error))
    {
      tt_donors_page_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("Receipt %s is void"), receipt);
  tt_donors_page_toast (self, message);
  tt_donors_page_changed (self, self->donor_id);
}

static void
on_reason_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  adw_message_dialog_set_response_enabled (dialog, "void", *text != '\0');
}

void
tt_donors_page_void_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  const char *receipt = g_variant_get_string (param, NULL);
  g_autofree char *heading = g_strdup_printf (_("Void receipt %s?"), receipt);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason for voiding"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = tt_donors_page_ask (self, heading,
                               _("The receipt stays in the book marked void, and its amount leaves the totals. "
                                 "Give the reason."),
                               entry, _("_Cancel"), "void", _("_Void Receipt"), ADW_RESPONSE_DESTRUCTIVE, "void",
                               G_CALLBACK (on_void_response_cb));
  adw_message_dialog_set_response_enabled (dialog, "void", FALSE);
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_object_set_data_full (G_OBJECT (dialog), "receipt", g_strdup (receipt), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  gtk_widget_grab_focus (entry);
}

/* Merge: the chosen duplicate's gifts and receipts move to the donor shown. */
static void
on_merge_response_cb (AdwMessageDialog *dialog, const char *response, TtDonorsPage *self)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (dialog), "candidates");
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 duplicate;

  if (!g_str_equal (response, "merge"))
    return;
  if (row == NULL)
    {
      tt_donors_page_toast (self, _("Nothing was merged: choose the duplicate record in the list first."));
      return;
    }
  duplicate = *(gint64 *) g_object_get_data (G_OBJECT (row), "donor-id");
  if (!tt_donor_merge (self->db, self->donor_id, duplicate, &error))
    {
      tt_donors_page_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("Merged “%s” into this donor"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  tt_donors_page_toast (self, message);
  tt_donors_page_changed (self, self->donor_id);
}

/* "No. 12 · Thôn 3 · 0912 685 908 · given 1.500.000 đ, last 02/11/2025": enough to tell two
 * namesakes apart. */
static char *
candidate_line (TtDb *db, const TtDonor *hit)
{
  g_autoptr(TtDonor) d = tt_donor_get (db, hit->id, NULL);
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_append_printf (line, _("No. %lld"), (long long) hit->id);
  if (d != NULL && d->address != NULL)
    g_string_append_printf (line, " · %s", d->address);
  if (d != NULL && d->phone != NULL)
    g_string_append_printf (line, " · %s", d->phone);
  if (d != NULL && d->tax_code != NULL)
    g_string_append_printf (line, " · %s %s", _("tax code"), d->tax_code);
  if (d != NULL && d->gift_count > 0)
    {
      g_autofree char *total = tt_money_format (d->total);
      g_autofree char *last = tt_date_display (d->last_gift);
      g_string_append (line, " · ");
      g_string_append_printf (line, _("given %s, last %s"), total, last);
    }
  else
    g_string_append_printf (line, " · %s", _("no gifts yet"));
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
fill_candidates (GtkListBox *list, TtDb *db, const char *query, gint64 keep)
{
  g_autoptr(GPtrArray) hits = tt_donor_search (db, query, 20, NULL);

  tt_donors_page_clear_list (list);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      TtDonor *d = hits->pdata[i];
      g_autofree char *sub = NULL;
      GtkWidget *row;

      if (d->id == keep)
        continue;
      row = adw_action_row_new ();
      sub = candidate_line (db, d);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
      g_object_set_data_full (G_OBJECT (row), "donor-id", g_memdup2 (&d->id, sizeof d->id), g_free);
      gtk_list_box_append (list, row);
    }
}

static void
on_merge_search_cb (GtkSearchEntry *entry, AdwMessageDialog *dialog)
{
  TtDonorsPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  fill_candidates (g_object_get_data (G_OBJECT (dialog), "candidates"), self->db,
                   gtk_editable_get_text (GTK_EDITABLE (entry)), self->donor_id);
}

void
tt_donors_page_merge_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  g_autoptr(TtDonor) keep = self->donor_id ? tt_donor_get (self->db, self->donor_id, NULL) : NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *entry, *scroller, *list;

  if (keep == NULL)
    return;
  body = g_strdup_printf (_("Choose the duplicate record of “%s”. All its gifts and receipts move to this donor; "
                            "the merge is kept in the audit log."), keep->name);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_search_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), keep->name);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 220);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scroller);
  fill_candidates (GTK_LIST_BOX (list), self->db, keep->name, keep->id);
  dialog = tt_donors_page_ask (self, _("Merge a Duplicate"), body, box, _("_Cancel"), "merge", _("_Merge"),
                               ADW_RESPONSE_DESTRUCTIVE, "cancel", G_CALLBACK (on_merge_response_cb));
  g_object_set_data (G_OBJECT (dialog), "candidates", list);
  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_signal_connect (entry, "search-changed", G_CALLBACK (on_merge_search_cb), dialog);
}

/* Batches: declare the stack of slips, enter them, close when they add up. */
void
tt_donors_page_show_batch (TtDonorsPage *self)
{
  TtBatch b;

  if (self->batch_id > 0 && tt_batch_get (self->db, self->batch_id, &b, NULL) && !b.closed)
    {
      g_autofree char *done = tt_money_format (b.total);
      g_autofree char *expected = tt_money_format (b.expected_total);
      g_autofree char *label = g_strdup_printf (_("Batch %lld: %lld of %lld slips entered, %s of %s"),
                                                (long long) b.id, (long long) b.count,
                                                (long long) b.expected_count, done, expected);
      gtk_label_set_label (self->batch_label, label);
      gtk_revealer_set_reveal_child (self->batch_revealer, TRUE);
    }
  else
    {
      self->batch_id = 0;
      gtk_revealer_set_reveal_child (self->batch_revealer, FALSE);
    }
}

static void
on_start_batch_response_cb (AdwMessageDialog *dialog, const char *response, TtDonorsPage *self)
{
  GtkEditable *count = g_object_get_data (G_OBJECT (dialog), "count");
  GtkEditable *total = g_object_get_data (G_OBJECT (dialog), "total");
  g_autoptr(GError) error = NULL;
  gint64 n = 0, amount = 0;

  if (!g_str_equal (response, "start"))
    return;
  n = g_ascii_strtoll (gtk_editable_get_text (count), NULL, 10);
  if (!tt_money_parse_positive (gtk_editable_get_text (total), &amount, &error) ||
      (self->batch_id = tt_batch_open (self->db, n, amount, NULL, &error)) == 0)
    {
      g_autofree char *message = g_strdup_printf (_("The batch was not started: %s"), error->message);
      tt_donors_page_toast (self, message);
      return;
    }
  tt_donors_page_show_batch (self);
  tt_donors_page_open_donation_dialog (self, 0);
}

void
tt_donors_page_start_batch_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *count = gtk_entry_new ();
  GtkWidget *total = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (count), _("Number of slips"));
  gtk_entry_set_input_purpose (GTK_ENTRY (count), GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_placeholder_text (GTK_ENTRY (total), _("Total of the slips"));
  gtk_entry_set_activates_default (GTK_ENTRY (total), TRUE);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), total);
  dialog = tt_donors_page_ask (self, _("Start a Batch"),
                               _("Count the slips in the stack and add up their amounts. When the batch "
                                 "is closed, what was entered is checked against these figures."),
                               box, _("_Cancel"), "start", _("_Start Entering"), ADW_RESPONSE_SUGGESTED, "start",
                               G_CALLBACK (on_start_batch_response_cb));
  g_object_set_data (G_OBJECT (dialog), "count", count);
  g_object_set_data (G_OBJECT (dialog), "total", total);
  gtk_widget_grab_focus (count);
}

static void
batch_closed (TtDonorsPage *self)
{
  g_autofree char *message = g_strdup_printf (_("Batch %lld closed"), (long long) self->batch_id);

  tt_donors_page_toast (self, message);
  self->batch_id = 0;
  tt_donors_page_show_batch (self);
}

static void
on_mismatch_response_cb (AdwMessageDialog *dialog, const char *response, TtDonorsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "close"))
    return;
  if (!tt_batch_close (self->db, self->batch_id, TRUE, &error))
    tt_donors_page_toast (self, error->message);
  else
    batch_closed (self);
}

void
tt_donors_page_close_batch_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->batch_id == 0)
    return;
  if (tt_batch_close (self->db, self->batch_id, FALSE, &error))
    {
      batch_closed (self);
      return;
    }
  if (!g_error_matches (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH))
    {
      tt_donors_page_toast (self, error->message);
      return;
    }
  tt_donors_page_ask (self, _("The Batch Does Not Add Up"), error->message, NULL, _("_Keep Entering"),
                      "close", _("Close _Anyway"), ADW_RESPONSE_DESTRUCTIVE, "cancel",
                      G_CALLBACK (on_mismatch_response_cb));
}


/* ---- history ------------------------------------------------------------------------------ */

static void
show_history (TtDonorsPage *self, const char *table, gint64 id, const char *what)
{
  g_autoptr(GError) error = NULL;

  if (!tt_history_dialog_show (tt_donors_page_parent_window (self), self->db, table, id, what, &error))
    tt_donors_page_toast (self, error->message);
}

/* The history of the donor shown. */
void
tt_donors_page_history_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  g_autoptr(TtDonor) donor = NULL;

  if (self->donor_id == 0 || (donor = tt_donor_get (self->db, self->donor_id, NULL)) == NULL)
    return;
  show_history (self, "donors", donor->id, donor->name);
}

/* The history of a receipt, named by its number. */
void
tt_donors_page_receipt_history_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtDonorsPage *self = TT_DONORS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDonation) d = tt_donation_find (self->db, g_variant_get_string (param, NULL), &error);

  if (d == NULL)
    {
      tt_donors_page_toast (self, error->message);
      return;
    }
  show_history (self, "donations", d->id, d->receipt);
}
