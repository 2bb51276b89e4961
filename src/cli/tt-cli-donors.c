/* tt-cli-donors.c — tuong-than-cli: donors, donations, batches, receipts and statements */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tt-batches.h"
#include "tt-certificate.h"
#include "tt-confirmation.h"
#include "tt-campaigns.h"
#include "tt-cli-private.h"
#include "tt-date.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-receipt.h"
#include "tt-statement.h"
#include "tt-text.h"

static int
cmd_donor_add (Cli *cli, char **argv, int argc)
{
  TtDonorInput in = { 0 };
  gint64 id;

  PARSE_ARGS (LIST ("name", "kind", "phone", "address", "email", "tax-code", "note"), NONE, 0, 0);
  in.name = tt_args_get (&args, "name");
  in.kind = tt_args_get (&args, "kind");
  in.phone = tt_args_get (&args, "phone");
  in.address = tt_args_get (&args, "address");
  in.email = tt_args_get (&args, "email");
  in.tax_code = tt_args_get (&args, "tax-code");
  in.note = tt_args_get (&args, "note");
  if (in.name == NULL && g_strcmp0 (in.kind, "anonymous") != 0)
    return tt_cli_usage_error (tt_cli_usage, _("--name NAME is required."));
  if (!tt_cli_open_office (cli, &error) || (id = tt_donor_add (cli->db, &in, &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
cmd_donor_edit (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtDonor) d = NULL;
  TtDonorInput in = { 0 };
  gint64 id;

  PARSE_ARGS (LIST ("name", "kind", "phone", "address", "email", "tax-code", "note"), NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The donor number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      (d = tt_donor_get (cli->db, id, &error)) == NULL)
    return tt_cli_fail (error);
#define PICK_ARG(field, opt) in.field = tt_args_has (&args, opt) ? tt_args_get (&args, opt) : d->field
  PICK_ARG (name, "name");
  PICK_ARG (kind, "kind");
  PICK_ARG (phone, "phone");
  PICK_ARG (address, "address");
  PICK_ARG (email, "email");
  PICK_ARG (tax_code, "tax-code");
  PICK_ARG (note, "note");
#undef PICK_ARG
  if (!tt_donor_update (cli->db, id, &in, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_donor_search (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) hits = NULL;
  gint64 limit = 20;

  PARSE_ARGS (LIST ("limit"), NONE, 1, 1);
  if (tt_args_has (&args, "limit") && !tt_cli_parse_id (tt_args_get (&args, "limit"), "--limit", &limit, &error))
    return tt_cli_fail (error);
  if (!tt_cli_open_office (cli, &error) ||
      (hits = tt_donor_search (cli->db, POS (0), (int) MIN (limit, 100000), &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < hits->len; i++)
    {
      TtDonor *d = hits->pdata[i];
      g_print ("%" G_GINT64_FORMAT "\t%s\n", d->id, T (d->name));
    }
  return 0;
}

static int
cmd_donor_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GArray) ids = NULL;
  const char *sort_name;
  TtDonorSort sort = TT_DONOR_SORT_NAME;

  PARSE_ARGS (LIST ("sort", "search"), NONE, 0, 0);
  sort_name = tt_args_get (&args, "sort");
  if (sort_name == NULL || g_str_equal (sort_name, "name"))
    sort = TT_DONOR_SORT_NAME;
  else if (g_str_equal (sort_name, "total"))
    sort = TT_DONOR_SORT_TOTAL;
  else if (g_str_equal (sort_name, "last-gift"))
    sort = TT_DONOR_SORT_LAST_GIFT;
  else
    return tt_cli_usage_error (tt_cli_usage, _("--sort must be name, total or last-gift."));
  if (!tt_cli_open_office (cli, &error) ||
      (ids = tt_donor_ids (cli->db, tt_args_get (&args, "search"), sort, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TtDonor) d = tt_donor_get (cli->db, g_array_index (ids, gint64, i), &error);
      if (d == NULL)
        return tt_cli_fail (error);
      g_print ("%lld\t%s\t%lld\t%s\n", (long long) d->id, T (d->name), (long long) d->total,
               d->last_gift ? d->last_gift : "");
    }
  return 0;
}

static int
cmd_batch_open (Cli *cli, char **argv, int argc)
{
  gint64 count = 0, total = 0, id;

  PARSE_ARGS (LIST ("count", "total", "note"), NONE, 0, 0);
  if (!tt_args_has (&args, "count") || !tt_args_has (&args, "total"))
    return tt_cli_usage_error (tt_cli_usage, _("--count N and --total AMOUNT are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "count"), _("The number of slips"), &count, &error) ||
      !tt_money_parse_positive (tt_args_get (&args, "total"), &total, &error) ||
      !tt_cli_open_office (cli, &error) ||
      (id = tt_batch_open (cli->db, count, total, tt_args_get (&args, "note"), &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%lld\n", (long long) id);
  return 0;
}

static int
cmd_batch_show (Cli *cli, char **argv, int argc)
{
  TtBatch b;
  gint64 id;
  g_autofree char *mismatch = NULL;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The batch number"), &id, &error) ||
      !tt_cli_open_office (cli, &error) || !tt_batch_get (cli->db, id, &b, &error))
    return tt_cli_fail (error);
  g_print ("batch\t%lld\nstatus\t%s\nexpected-count\t%lld\nexpected-total\t%lld\n"
           "count\t%lld\ntotal\t%lld\n",
           (long long) b.id, b.closed ? "closed" : "open", (long long) b.expected_count,
           (long long) b.expected_total, (long long) b.count, (long long) b.total);
  if ((mismatch = tt_batch_mismatch (&b)) != NULL)
    g_print ("mismatch\t%s\n", mismatch);
  return 0;
}

static int
cmd_batch_close (Cli *cli, char **argv, int argc)
{
  gint64 id;

  PARSE_ARGS (NONE, LIST ("accept-mismatch"), 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The batch number"), &id, &error) ||
      !tt_cli_open_office (cli, &error) ||
      !tt_batch_close (cli->db, id, tt_args_has (&args, "accept-mismatch"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_donor_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtDonor) d = NULL;
  g_autofree char *total = NULL;
  g_autofree char *last = NULL;
  gint64 id;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The donor number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      (d = tt_donor_get (cli->db, id, &error)) == NULL)
    return tt_cli_fail (error);
  total = tt_money_format (d->total);
  last = d->last_gift ? tt_date_display (d->last_gift) : g_strdup ("");
  g_print ("id\t%" G_GINT64_FORMAT "\nname\t%s\nkind\t%s\nphone\t%s\naddress\t%s\nemail\t%s\n"
           "tax-code\t%s\ngifts\t%" G_GINT64_FORMAT "\ntotal\t%s\nlast-gift\t%s\n",
           d->id, T (d->name), d->kind, T (d->phone), T (d->address), T (d->email), T (d->tax_code),
           d->gift_count, total, last);
  if (d->merged_into > 0)
    g_print ("merged-into\t%" G_GINT64_FORMAT "\n", d->merged_into);
  return 0;
}

static int
cmd_donor_merge (Cli *cli, char **argv, int argc)
{
  gint64 keep, dup;

  PARSE_ARGS (NONE, NONE, 2, 2);
  if (!tt_cli_parse_id (POS (0), _("The donor to keep"), &keep, &error) ||
      !tt_cli_parse_id (POS (1), _("The duplicate donor"), &dup, &error) ||
      !tt_cli_open_office (cli, &error) || !tt_donor_merge (cli->db, keep, dup, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_donation_add (Cli *cli, char **argv, int argc)
{
  TtDonationInput in = { 0 };
  g_autofree char *receipt = NULL;
  const char *att;

  PARSE_ARGS (LIST ("donor", "amount", "date", "method", "campaign", "note", "bank-ref", "goods",
                    "reason", "earmark", "collected-by", "series", "attachments", "batch"),
              LIST ("no-campaign"), 0, 0);
  if (!tt_args_has (&args, "donor") || !tt_args_has (&args, "amount"))
    return tt_cli_usage_error (tt_cli_usage, _("--donor ID and --amount AMOUNT are required."));
  if (!tt_cli_parse_id (tt_args_get (&args, "donor"), _("The donor number"), &in.donor_id, &error))
    return tt_cli_fail (error);
  if (!tt_money_parse_positive (tt_args_get (&args, "amount"), &in.amount, &error))
    return tt_cli_fail (error);
  if (tt_args_has (&args, "campaign") &&
      !tt_cli_parse_id (tt_args_get (&args, "campaign"), _("The campaign number"), &in.campaign_id, &error))
    return tt_cli_fail (error);
  if ((att = tt_args_get (&args, "attachments")) != NULL)
    {
      gint64 n;
      if (!tt_cli_parse_id (att, _("The number of attachments"), &n, &error))
        return tt_cli_fail (error);
      in.attachments = (int) MIN (n, 1000);
    }
  if (tt_args_has (&args, "batch") &&
      !tt_cli_parse_id (tt_args_get (&args, "batch"), _("The batch number"), &in.batch_id, &error))
    return tt_cli_fail (error);
  in.received_on = tt_args_get (&args, "date");
  in.method = tt_args_get (&args, "method");
  in.note = tt_args_get (&args, "note");
  in.bank_ref = tt_args_get (&args, "bank-ref");
  in.goods_description = tt_args_get (&args, "goods");
  in.reason = tt_args_get (&args, "reason");
  in.earmark = tt_args_get (&args, "earmark");
  in.collected_by = tt_args_get (&args, "collected-by");
  in.series = tt_args_get (&args, "series");

  if (!tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  /* Without --campaign, the gift goes to the campaign running on its date, if one clearly is. */
  if (!tt_args_has (&args, "campaign") && !tt_args_has (&args, "no-campaign"))
    {
      char date[11];

      if (in.received_on == NULL)
        tt_date_today (date);
      if (in.received_on == NULL || tt_date_parse (in.received_on, date, NULL))
        in.campaign_id = tt_campaign_for_donation (cli->db, date);
    }
  if (tt_donation_add (cli->db, &in, &receipt, &error) == 0)
    return tt_cli_fail (error);
  g_print ("%s\n", receipt);
  return 0;
}

static int
cmd_donation_void (Cli *cli, char **argv, int argc)
{
  PARSE_ARGS (LIST ("reason"), NONE, 1, 1);
  if (!tt_args_has (&args, "reason"))
    return tt_cli_usage_error (tt_cli_usage, _("--reason TEXT is required."));
  if (!tt_cli_open_office (cli, &error) ||
      !tt_donation_void (cli->db, POS (0), tt_args_get (&args, "reason"), &error))
    return tt_cli_fail (error);
  return 0;
}

static gboolean
print_donation (const TtDonation *d, gpointer user_data)
{
  g_autofree char *date = tt_date_display (d->received_on);

  g_print ("%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\n", T (d->receipt), date, T (d->payer_name), d->amount,
           d->status);
  return TRUE;
}

static int
cmd_donation_list (Cli *cli, char **argv, int argc)
{
  gint64 donor = 0;

  PARSE_ARGS (LIST ("donor"), NONE, 0, 0);
  if (tt_args_has (&args, "donor") && !tt_cli_parse_id (tt_args_get (&args, "donor"), _("The donor number"), &donor, &error))
    return tt_cli_fail (error);
  if (!tt_cli_open_office (cli, &error) ||
      (donor > 0 && !tt_donor_exists (cli->db, donor, &error)) ||
      !tt_donation_foreach (cli->db, donor, print_donation, NULL, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_donation_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtDonation) d = NULL;
  g_autofree char *date = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *words = NULL;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_open_office (cli, &error) || (d = tt_donation_find (cli->db, POS (0), &error)) == NULL)
    return tt_cli_fail (error);
  date = tt_date_display (d->received_on);
  amount = tt_money_format (d->amount);
  words = tt_office_amount_words (cli->db, d->amount);
  g_print ("receipt\t%s\ndate\t%s\ndonor\t%" G_GINT64_FORMAT "\npayer\t%s\namount\t%s\nwords\t%s\n"
           "method\t%s\nreason\t%s\nstatus\t%s\n",
           T (d->receipt), date, d->donor_id, T (d->payer_name), amount, words, d->method,
           T (d->reason), d->status);
  if (d->bank_ref)
    g_print ("bank-ref\t%s\n", T (d->bank_ref));
  if (d->goods_description)
    g_print ("goods\t%s\n", T (d->goods_description));
  if (d->campaign_name)
    g_print ("campaign\t%s\n", T (d->campaign_name));
  if (d->void_reason)
    g_print ("void-reason\t%s\n", T (d->void_reason));
  return 0;
}

static int
cmd_receipt_pdf (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtReceiptDoc) doc = NULL;
  const char *out, *paper;
  gboolean certificate;

  PARSE_ARGS (LIST ("o", "output", "paper"), LIST ("copy", "certificate"), 1, 1);
  if ((out = tt_cli_output_arg (&args)) == NULL)
    return tt_cli_usage_error (tt_cli_usage, _("-o FILE.pdf is required."));
  paper = tt_args_get (&args, "paper");
  if (paper != NULL && g_ascii_strcasecmp (paper, "A4") != 0 && g_ascii_strcasecmp (paper, "A5") != 0)
    return tt_cli_usage_error (tt_cli_usage, _("--paper must be A4 or A5."));
  certificate = tt_args_has (&args, "certificate");
  if (!tt_cli_open_office (cli, &error) ||
      (doc = certificate ? tt_certificate_doc_load (cli->db, POS (0), &error)
                         : tt_receipt_doc_load (cli->db, POS (0), tt_args_has (&args, "copy"), &error)) == NULL)
    return tt_cli_fail (error);
  if (certificate)
    {
      /* A certificate of thanks is not the receipt: printing it does not make the next
       * receipt print a copy. */
      if (!tt_certificate_write_pdf (doc, tt_paper_from_string (paper ? paper : "A5"), out, &error))
        return tt_cli_fail (error);
    }
  else if (!tt_receipt_write_pdf (doc, tt_paper_from_string (paper ? paper : doc->paper), out, &error) ||
           !tt_donation_mark_printed (cli->db, doc->donation_id, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", out);
  return 0;
}

/* donation confirmation: the sponsor's record of its gift, from the receipt. */
static int
cmd_donation_confirmation (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtReceiptDoc) doc = NULL;
  const char *out;

  PARSE_ARGS (LIST ("o", "output"), NONE, 1, 1);
  if ((out = tt_cli_output_arg (&args)) == NULL)
    return tt_cli_usage_error (tt_cli_usage, _("-o FILE.pdf is required."));
  if (!tt_cli_open_office (cli, &error) || (doc = tt_confirmation_doc_load (cli->db, POS (0), &error)) == NULL ||
      !tt_confirmation_write_pdf (doc, out, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", out);
  return 0;
}

static int
cmd_donor_statement (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtStatementDoc) doc = NULL;
  const char *out, *period_text;
  TtYearStart year_start;
  TtPeriod period;
  gint64 id;

  PARSE_ARGS (LIST ("o", "output", "period", "year"), NONE, 1, 1);
  if ((out = tt_cli_output_arg (&args)) == NULL)
    return tt_cli_usage_error (tt_cli_usage, _("-o FILE.pdf is required."));
  period_text = tt_args_get (&args, "period") ? tt_args_get (&args, "period") : tt_args_get (&args, "year");
  if (!tt_cli_parse_id (POS (0), _("The donor number"), &id, &error) || !tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  tt_office_year_start (cli->db, &year_start);
  if (period_text == NULL)
    {
      char today[11];
      tt_date_today (today);
      tt_period_make (TT_PERIOD_YEAR, tt_period_year_of (today, &year_start), 0, &year_start, &period, NULL);
    }
  else if (!tt_period_parse (period_text, &year_start, &period, &error))
    return tt_cli_fail (error);
  if ((doc = tt_statement_doc_load (cli->db, id, &period, &error)) == NULL ||
      !tt_statement_write_pdf (doc, out, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", out);
  return 0;
}

const Command tt_cli_donor_commands[] = {
  { "donor", "add", cmd_donor_add, "[--db FILE] donor add --name NAME [--kind {donor-kinds}] [--phone P] [--address A] [--email E] [--tax-code T] [--note N]" },
  { "donor", "edit", cmd_donor_edit, "[--db FILE] donor edit ID [--name NAME] [--kind K] [--phone P] [--address A] [--email E] [--tax-code T] [--note N]" },
  { "donor", "search", cmd_donor_search, "[--db FILE] donor search QUERY [--limit N]" },
  { "donor", "list", cmd_donor_list, "[--db FILE] donor list [--sort name|total|last-gift] [--search TEXT]" },
  { "donor", "show", cmd_donor_show, "[--db FILE] donor show ID" },
  { "donor", "statement", cmd_donor_statement, "[--db FILE] donor statement ID -o FILE.pdf [--year YEAR | --period 2026|2026-Q1|FROM..TO]" },
  { "donor", "merge", cmd_donor_merge, "[--db FILE] donor merge KEEP_ID DUPLICATE_ID" },
  { "donation", "confirmation", cmd_donation_confirmation, "[--db FILE] donation confirmation RECEIPT -o FILE.pdf" },
  { "donation", "add", cmd_donation_add, "[--db FILE] donation add --donor ID --amount AMOUNT [--date DATE] [--method {payment-methods}] [--campaign ID | --no-campaign] [--bank-ref REF] [--goods TEXT] [--reason TEXT] [--earmark TEXT] [--collected-by NAME] [--attachments N] [--series CODE] [--batch ID] [--note TEXT]" },
  { "batch", "open", cmd_batch_open, "[--db FILE] batch open --count N --total AMOUNT [--note TEXT]" },
  { "batch", "show", cmd_batch_show, "[--db FILE] batch show ID" },
  { "batch", "close", cmd_batch_close, "[--db FILE] batch close ID [--accept-mismatch]" },
  { "donation", "void", cmd_donation_void, "[--db FILE] donation void RECEIPT --reason TEXT" },
  { "donation", "list", cmd_donation_list, "[--db FILE] donation list [--donor ID]" },
  { "donation", "show", cmd_donation_show, "[--db FILE] donation show RECEIPT" },
  { "receipt", "pdf", cmd_receipt_pdf, "[--db FILE] receipt pdf RECEIPT -o FILE.pdf [--copy] [--certificate] [--paper {paper-sizes}]" },
};

const gsize tt_cli_n_donor_commands = G_N_ELEMENTS (tt_cli_donor_commands);
