/* tt-cli-ledger.c — tuong-than-cli: payment vouchers and the cash and bank books */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-book.h"
#include "tt-books.h"
#include "tt-cli-private.h"
#include "tt-date.h"
#include "tt-donations.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-receipt.h"
#include "tt-receipt-doc.h"
#include "tt-statement-doc.h"
#include "tt-vouchers.h"

static int
cmd_voucher_add (Cli *cli, char **argv, int argc)
{
  TtVoucherInput in = { 0 };
  g_autofree char *number = NULL;
  const char *att;

  PARSE_ARGS (LIST ("to", "amount", "reason", "address", "date", "method", "purpose", "campaign", "household",
                    "attachments"),
              LIST ("allow-negative"), 0, 0);
  if (!tt_args_has (&args, "to") || !tt_args_has (&args, "amount") || !tt_args_has (&args, "reason"))
    return tt_cli_usage_error (tt_cli_usage, _("--to NAME, --amount AMOUNT and --reason TEXT are required."));
  if (!tt_money_parse_positive (tt_args_get (&args, "amount"), &in.amount, &error) ||
      (tt_args_has (&args, "campaign") &&
       !tt_cli_parse_id (tt_args_get (&args, "campaign"), _("The campaign number"), &in.campaign_id, &error)) ||
      (tt_args_has (&args, "household") &&
       !tt_cli_parse_id (tt_args_get (&args, "household"), _("The household number"), &in.household_id, &error)))
    return tt_cli_fail (error);
  if ((att = tt_args_get (&args, "attachments")) != NULL)
    {
      gint64 n;
      if (!tt_cli_parse_id (att, _("The number of attachments"), &n, &error))
        return tt_cli_fail (error);
      in.attachments = (int) MIN (n, 1000);
    }
  in.payee_name = tt_args_get (&args, "to");
  in.payee_address = tt_args_get (&args, "address");
  in.reason = tt_args_get (&args, "reason");
  in.paid_on = tt_args_get (&args, "date");
  in.method = tt_args_get (&args, "method");
  in.purpose = tt_args_get (&args, "purpose");
  in.allow_negative = tt_args_has (&args, "allow-negative");
  if (!tt_cli_open_office (cli, &error) || tt_voucher_add (cli->db, &in, &number, &error) == 0)
    return tt_cli_fail (error);
  g_print ("%s\n", number);
  return 0;
}

static int
cmd_voucher_void (Cli *cli, char **argv, int argc)
{
  PARSE_ARGS (LIST ("reason"), NONE, 1, 1);
  if (!tt_args_has (&args, "reason"))
    return tt_cli_usage_error (tt_cli_usage, _("--reason TEXT is required."));
  if (!tt_cli_open_office (cli, &error) || !tt_voucher_void (cli->db, POS (0), tt_args_get (&args, "reason"), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_voucher_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) list = NULL;
  char from[11], to[11];

  PARSE_ARGS (LIST ("period"), NONE, 0, 0);
  if (!tt_cli_open_office (cli, &error) || !tt_cli_period_arg (cli, &args, from, to, &error) ||
      (list = tt_voucher_list (cli->db, from, to, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      TtVoucher *v = list->pdata[i];
      g_autofree char *date = tt_date_display (v->paid_on);
      g_print ("%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\n", v->number, date, T (v->payee_name), v->amount, v->status);
    }
  return 0;
}

static int
cmd_voucher_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtVoucher) v = NULL;
  g_autofree char *date = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *words = NULL;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_open_office (cli, &error) || (v = tt_voucher_find (cli->db, POS (0), &error)) == NULL)
    return tt_cli_fail (error);
  date = tt_date_display (v->paid_on);
  amount = tt_money_format (v->amount);
  words = tt_office_amount_words (cli->db, v->amount);
  g_print ("voucher\t%s\ndate\t%s\npayee\t%s\namount\t%s\nwords\t%s\nmethod\t%s\npurpose\t%s\nreason\t%s\n"
           "attachments\t%d\nstatus\t%s\n",
           v->number, date, T (v->payee_name), amount, words, v->method, v->purpose, T (v->reason), v->attachments,
           v->status);
  if (v->payee_address)
    g_print ("address\t%s\n", T (v->payee_address));
  if (v->campaign_name)
    g_print ("campaign\t%s\n", T (v->campaign_name));
  if (v->household_id)
    g_print ("household\t%" G_GINT64_FORMAT "\n", v->household_id);
  if (v->void_reason)
    g_print ("void-reason\t%s\n", T (v->void_reason));
  return 0;
}

/* The voucher printed to PDF; a printed voucher prints "BẢN SAO" on the next copy. */
static int
cmd_voucher_pdf (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtReceiptDoc) doc = NULL;
  const char *out, *paper;

  PARSE_ARGS (LIST ("o", "output", "paper"), LIST ("copy"), 1, 1);
  if ((out = tt_cli_output_arg (&args)) == NULL)
    return tt_cli_usage_error (tt_cli_usage, _("-o FILE.pdf is required."));
  paper = tt_args_get (&args, "paper");
  if (paper != NULL && g_ascii_strcasecmp (paper, "A4") != 0 && g_ascii_strcasecmp (paper, "A5") != 0)
    return tt_cli_usage_error (tt_cli_usage, _("--paper must be A4 or A5."));
  if (!tt_cli_open_office (cli, &error) ||
      (doc = tt_voucher_doc_load (cli->db, POS (0), tt_args_has (&args, "copy"), &error)) == NULL ||
      !tt_receipt_write_pdf (doc, tt_paper_from_string (paper ? paper : "A5"), out, &error) ||
      !tt_voucher_mark_printed (cli->db, doc->donation_id, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", out);
  return 0;
}

static gboolean
account_arg (TtArgs *args, TtAccount *account, GError **error)
{
  return tt_account_parse (tt_args_get (args, "account"), account, error);
}

static int
cmd_book_opening (Cli *cli, char **argv, int argc)
{
  TtAccount account;
  gint64 amount = 0;

  PARSE_ARGS (LIST ("account", "date", "amount"), NONE, 0, 0);
  if (!tt_args_has (&args, "account") || !tt_args_has (&args, "date") || !tt_args_has (&args, "amount"))
    return tt_cli_usage_error (tt_cli_usage, _("--account, --date and --amount are required."));
  if (!account_arg (&args, &account, &error) || !tt_money_parse (tt_args_get (&args, "amount"), &amount, &error) ||
      !tt_cli_open_office (cli, &error) ||
      !tt_book_set_opening (cli->db, account, tt_args_get (&args, "date"), amount, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_book_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(TtBook) book = NULL;
  TtAccount account;
  char from[11], to[11];

  PARSE_ARGS (LIST ("account", "period"), NONE, 0, 0);
  if (!tt_args_has (&args, "account"))
    return tt_cli_usage_error (tt_cli_usage, _("--account cash|bank is required."));
  if (!account_arg (&args, &account, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_period_arg (cli, &args, from, to, &error) || (book = tt_book_load (cli->db, account, from, to, &error)) == NULL)
    return tt_cli_fail (error);
  g_print ("opening\t\t\t\t\t%" G_GINT64_FORMAT "\n", book->opening);
  for (guint i = 0; i < book->lines->len; i++)
    {
      TtBookLine *l = &g_array_index (book->lines, TtBookLine, i);
      g_autofree char *date = tt_date_display (l->on);
      g_print ("%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n", date, l->document,
               T (l->description), l->in, l->out, l->balance);
    }
  g_print ("total\t\t\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n", book->total_in,
           book->total_out, book->closing);
  return 0;
}

/* book pdf and book xlsx: the book of a period written whole, or not at all. */
static int
book_file (Cli *cli, char **argv, int argc, gboolean xlsx)
{
  TtAccount account;
  const char *out;
  char from[11], to[11];

  PARSE_ARGS (LIST ("account", "period", "o", "output"), NONE, 0, 0);
  if (!tt_args_has (&args, "account") || (out = tt_cli_output_arg (&args)) == NULL)
    return tt_cli_usage_error (tt_cli_usage, xlsx ? _("--account cash|bank and -o FILE.xlsx are required.")
                                                  : _("--account cash|bank and -o FILE.pdf are required."));
  if (!account_arg (&args, &account, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_cli_period_arg (cli, &args, from, to, &error) ||
      !tt_book_doc_export (cli->db, account, from, to, out, xlsx ? tt_book_write_xlsx : tt_book_write_pdf, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", out);
  return 0;
}

static int
cmd_book_pdf (Cli *cli, char **argv, int argc)
{
  return book_file (cli, argv, argc, FALSE);
}

static int
cmd_book_xlsx (Cli *cli, char **argv, int argc)
{
  return book_file (cli, argv, argc, TRUE);
}

typedef struct
{
  gint64 count;
  gint64 total;
  gint64 voided;
} JournalSums;

static gboolean
print_journal_line (const TtDonation *d, gpointer data)
{
  JournalSums *sums = data;
  g_autofree char *date = tt_date_display (d->received_on);

  g_print ("%s\t%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\n", d->receipt, date, T (d->payer_name), d->method,
           g_str_equal (d->status, "void") ? 0 : d->amount, d->status);
  if (g_str_equal (d->status, "void"))
    sums->voided++;
  else
    {
      sums->count++;
      sums->total += d->amount;
    }
  return TRUE;
}

/* donation journal: every receipt of the period with the filters, then the total of the valid
 * ones. */
static int
cmd_donation_journal (Cli *cli, char **argv, int argc)
{
  TtJournalFilter f = { 0 };
  JournalSums sums = { 0 };
  char from[11], to[11];

  const char *out;

  PARSE_ARGS (LIST ("period", "method", "campaign", "collected-by", "status", "o", "output"), NONE, 0, 0);
  if (tt_args_has (&args, "campaign") &&
      !tt_cli_parse_id (tt_args_get (&args, "campaign"), _("The campaign number"), &f.campaign_id, &error))
    return tt_cli_fail (error);
  if (!tt_cli_open_office (cli, &error) || !tt_cli_period_arg (cli, &args, from, to, &error))
    return tt_cli_fail (error);
  f.from = from;
  f.to = to;
  f.method = tt_args_get (&args, "method");
  f.collected_by = tt_args_get (&args, "collected-by");
  f.status = tt_args_get (&args, "status");
  if ((out = tt_cli_output_arg (&args)) != NULL)
    {
      gboolean xlsx = g_str_has_suffix (out, ".xlsx") || g_str_has_suffix (out, ".XLSX");
      if (!xlsx && !g_str_has_suffix (out, ".pdf") && !g_str_has_suffix (out, ".PDF"))
        return tt_cli_usage_error (tt_cli_usage, _("-o takes FILE.pdf or FILE.xlsx."));
      if (!tt_journal_doc_export (cli->db, &f, out, xlsx ? tt_book_write_xlsx : tt_book_write_pdf, &error))
        return tt_cli_fail (error);
      g_print ("%s\n", out);
      return 0;
    }
  if (!tt_donation_journal (cli->db, &f, print_journal_line, &sums, &error))
    return tt_cli_fail (error);
  g_print ("total\t\t%" G_GINT64_FORMAT " valid, %" G_GINT64_FORMAT " void\t\t%" G_GINT64_FORMAT "\t\n", sums.count,
           sums.voided, sums.total);
  return 0;
}

const Command tt_cli_ledger_commands[] = {
  { "donation", "journal", cmd_donation_journal, "[--db FILE] donation journal [--period P] [--method {payment-methods}] [--campaign ID] [--collected-by NAME] [--status valid|void] [-o FILE.pdf|FILE.xlsx]" },
  { "voucher", "add", cmd_voucher_add, "[--db FILE] voucher add --to NAME --amount AMOUNT --reason TEXT [--address A] [--date DATE] [--method cash|transfer] [--purpose {voucher-purposes}] [--campaign ID] [--household ID] [--attachments N] [--allow-negative]" },
  { "voucher", "void", cmd_voucher_void, "[--db FILE] voucher void NUMBER --reason TEXT" },
  { "voucher", "list", cmd_voucher_list, "[--db FILE] voucher list [--period P]" },
  { "voucher", "show", cmd_voucher_show, "[--db FILE] voucher show NUMBER" },
  { "voucher", "pdf", cmd_voucher_pdf, "[--db FILE] voucher pdf NUMBER -o FILE.pdf [--copy] [--paper A4|A5]" },
  { "book", "opening", cmd_book_opening, "[--db FILE] book opening --account cash|bank --date DATE --amount AMOUNT" },
  { "book", "show", cmd_book_show, "[--db FILE] book show --account cash|bank [--period P]" },
  { "book", "pdf", cmd_book_pdf, "[--db FILE] book pdf --account cash|bank [--period P] -o FILE.pdf" },
  { "book", "xlsx", cmd_book_xlsx, "[--db FILE] book xlsx --account cash|bank [--period P] -o FILE.xlsx" },
};

const gsize tt_cli_n_ledger_commands = G_N_ELEMENTS (tt_cli_ledger_commands);
