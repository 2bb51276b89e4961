/* tt-statement-doc.c — a donor's statement of gifts over a period (e.g. the year's end)
 *
 * Businesses and agencies ask for one document listing what they gave in the year, with the
 * total in words, signed by the office. Void receipts are left out; gifts recorded under a
 * donor that was later merged into this one are included (they moved with the merge).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-money.h"
#include "tt-office-profile.h"
#include "tt-statement-doc.h"

static void
line_free (TtStatementLine *line)
{
  g_free (line->date);
  g_free (line->receipt);
  g_free (line->what);
  g_free (line->amount);
  g_free (line);
}

void
tt_statement_doc_free (TtStatementDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->office);
  g_free (doc->board);
  g_free (doc->parent);
  g_free (doc->office_address);
  g_free (doc->donor);
  g_free (doc->donor_address);
  g_free (doc->period);
  g_clear_pointer (&doc->lines, g_ptr_array_unref);
  g_free (doc->total);
  g_free (doc->total_words);
  g_free (doc->date_words);
  g_free (doc->head);
  g_free (doc->accountant);
  g_free (doc);
}

/* The office's reporting year start (1 January unless set). */
gboolean
tt_office_year_start (TtDb        *db,
                      TtYearStart *out)
{
  g_autoptr(TtOfficeProfile) office = tt_office_profile_load (db);

  *out = office->year_start;
  return TRUE;
}

typedef struct
{
  const TtPeriod *period;
  TtStatementDoc *doc;
} Collect;

static char *
describe (const TtDonation *d)
{
  const char *how = tt_donation_method_printed (d->method);
  const char *what = d->earmark ? d->earmark : d->reason ? d->reason : d->campaign_name;

  if (g_str_equal (d->method, "in_kind") && d->goods_description != NULL)
    return g_strdup_printf ("%s: %s%s%s", how, d->goods_description, what ? " — " : "", what ? what : "");
  return what ? g_strdup_printf ("%s — %s", how, what) : g_strdup (how);
}

static gboolean
collect (const TtDonation *d, gpointer user_data)
{
  Collect *c = user_data;
  TtStatementLine *line;
  g_autofree char *amount = NULL;

  if (!g_str_equal (d->status, "valid") ||
      g_strcmp0 (d->received_on, c->period->start) < 0 || g_strcmp0 (d->received_on, c->period->end) > 0)
    return TRUE;
  line = g_new0 (TtStatementLine, 1);
  line->date = tt_date_display (d->received_on);
  line->receipt = g_strdup (d->receipt);
  line->what = describe (d);
  line->amount = tt_money_format_plain (d->amount);
  g_ptr_array_add (c->doc->lines, line);
  c->doc->total_amount += d->amount;
  return TRUE;
}

TtStatementDoc *
tt_statement_doc_load (TtDb            *db,
                       gint64           donor_id,
                       const TtPeriod  *period,
                       GError         **error)
{
  g_autoptr(TtDonor) donor = tt_donor_get (db, donor_id, error);
  g_autoptr(TtStatementDoc) doc = NULL;
  g_autoptr(TtOfficeProfile) office = NULL;
  g_autofree char *label = NULL;
  Collect c;

  if (donor == NULL)
    return NULL;
  if (donor->merged_into != 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_STATE,
                   _("Donor %lld was merged into donor %lld; make the statement there."),
                   (long long) donor_id, (long long) donor->merged_into);
      return NULL;
    }

  doc = g_new0 (TtStatementDoc, 1);
  doc->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  c.period = period;
  c.doc = doc;
  if (!tt_donation_foreach (db, donor_id, collect, &c, error))
    return NULL;

  office = tt_office_profile_load (db);
  doc->office = g_strdup (office->name);
  doc->board = g_strdup (office->board);
  doc->parent = g_strdup (office->parent);
  doc->office_address = g_strdup (office->address);
  doc->donor = g_strdup (donor->name);
  doc->donor_address = g_strdup (donor->address);
  label = tt_period_label (period);
  if (period->kind == TT_PERIOD_CUSTOM)
    doc->period = g_steal_pointer (&label);
  else
    {
      g_autofree char *from = tt_date_display (period->start);
      g_autofree char *to = tt_date_display (period->end);
      doc->period = g_strdup_printf ("%s (từ %s đến %s)", label, from, to);
    }
  doc->total = tt_money_format (doc->total_amount);
  doc->total_words = tt_office_profile_words (office, doc->total_amount);
  doc->date_words = tt_date_words_today ();
  doc->head = g_strdup (office->head);
  doc->accountant = g_strdup (office->accountant);
  return g_steal_pointer (&doc);
}
