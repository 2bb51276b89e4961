/* tt-cli.c — tuong-than-cli: the headless companion of the app
 *
 * Output is plain text, one record a line, tab-separated where there are columns. Exit 0 on
 * success, 1 on an error (one "error: " line on stderr, nothing half-written), 2 on bad usage.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tt-batches.h"
#include "tt-campaigns.h"
#include "tt-certificate.h"
#include "tt-check.h"
#include "tt-cli-private.h"
#include "tt-cli.h"
#include "tt-date.h"
#include "tt-demo.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-receipt.h"
#include "tt-statement.h"
#include "tt-text.h"
#include "tt-vietqr.h"

int
tt_cli_fail (GError *error)
{
  g_printerr ("error: %s\n", error ? error->message : _("unknown failure"));
  return EXIT_ERROR;
}

int
tt_cli_usage_error (const char *usage, const char *message)
{
  if (message != NULL)
    g_printerr ("error: %s\n", message);
  g_printerr ("%s: tuong-than-cli %s\n", _("usage"), usage);
  return EXIT_USAGE;
}

gboolean
tt_cli_open_db (Cli *cli, GError **error)
{
  g_autofree char *path = NULL;

  if (cli->db != NULL)
    return TRUE;
  path = cli->db_path ? g_strdup (cli->db_path) : tt_db_default_path ();
  cli->db = tt_db_open (path, error);
  return cli->db != NULL;
}

/* Opens an existing office (not a fresh empty file, which only init may create). */
gboolean
tt_cli_open_office (Cli *cli, GError **error)
{
  g_autofree char *path = cli->db_path ? g_strdup (cli->db_path) : tt_db_default_path ();

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no office file at “%s”; create it with: tuong-than-cli --db %s init --office NAME"),
                   path, path);
      return FALSE;
    }
  return tt_cli_open_db (cli, error);
}

gboolean
tt_cli_parse_id (const char *text, const char *what, gint64 *out, GError **error)
{
  char *end = NULL;
  gint64 v;

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("%s is missing."), what);
      return FALSE;
    }
  v = g_ascii_strtoll (text, &end, 10);
  if (*end != '\0' || v <= 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("%s must be a positive whole number, not “%s”."), what, text);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

/* -o FILE or --output FILE. */
const char *
tt_cli_output_arg (TtArgs *args)
{
  return tt_args_get (args, "o") ? tt_args_get (args, "o") : tt_args_get (args, "output");
}

const char *tt_cli_usage;


/* ---- commands -------------------------------------------------------------------------- */

static int
cmd_init (Cli *cli, char **argv, int argc)
{
  PARSE_ARGS (LIST ("office"), NONE, 0, 0);
  if (!tt_args_has (&args, "office"))
    return tt_cli_usage_error (tt_cli_usage, _("--office NAME is required."));
  {
    g_autofree char *path = cli->db_path ? g_strdup (cli->db_path) : tt_db_default_path ();
    gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);
    g_autofree char *clean = tt_text_clean_name (tt_args_get (&args, "office"), _("Office name"), &error);

    if (clean == NULL)
      return tt_cli_fail (error);
    if (!tt_cli_open_db (cli, &error) || !tt_office_init (cli->db, clean, &error))
      {
        if (!existed && cli->db != NULL)
          {
            g_autofree char *wal = g_strconcat (path, "-wal", NULL);
            g_autofree char *shm = g_strconcat (path, "-shm", NULL);
            g_clear_object (&cli->db);
            g_unlink (path);
            g_unlink (wal);
            g_unlink (shm);
          }
        return tt_cli_fail (error);
      }
    g_print ("%s\n", tt_db_get_path (cli->db));
  }
  return 0;
}

static int
cmd_words (Cli *cli, char **argv, int argc)
{
  TtWordsStyle style = TT_WORDS_DEFAULT;
  gint64 amount;
  g_autofree char *words = NULL;

  PARSE_ARGS (LIST ("style"), NONE, 1, 1);
  if (tt_args_has (&args, "style"))
    {
      if (!tt_words_style_parse (tt_args_get (&args, "style"), &style, &error))
        return tt_cli_fail (error);
    }
  else if (cli->db_path != NULL)
    {
      g_autoptr(TtOfficeProfile) office = NULL;
      if (!tt_cli_open_office (cli, &error))
        return tt_cli_fail (error);
      office = tt_office_profile_load (cli->db);
      style = office->words_style;
    }
  if (!tt_money_parse (POS (0), &amount, &error))
    return tt_cli_fail (error);
  words = tt_money_words (amount, style, &error);
  if (words == NULL)
    return tt_cli_fail (error);
  g_print ("%s\n", words);
  return 0;
}

static int
cmd_amount (Cli *cli, char **argv, int argc)
{
  gint64 amount;
  g_autofree char *shown = NULL;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_money_parse (POS (0), &amount, &error))
    return tt_cli_fail (error);
  shown = tt_money_format (amount);
  g_print ("%" G_GINT64_FORMAT "\t%s\n", amount, shown);
  return 0;
}

static int
cmd_fold (Cli *cli, char **argv, int argc)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *key = NULL;

  PARSE_ARGS (NONE, NONE, 1, G_MAXINT);
  for (guint i = 0; i < args.positional->len; i++)
    {
      if (!g_utf8_validate (POS (i), -1, NULL))
        {
          g_printerr ("error: %s\n", _("The text is not valid UTF-8."));
          return EXIT_ERROR;
        }
      g_string_append_printf (all, "%s%s", i ? " " : "", POS (i));
    }
  key = tt_text_fold (all->str);
  g_print ("%s\n", key);
  return 0;
}

static int
cmd_period (Cli *cli, char **argv, int argc)
{
  TtYearStart ys = { 1, 1 };
  TtPeriod period;
  g_autofree char *label = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  PARSE_ARGS (LIST ("year-start"), NONE, 1, 1);
  if (tt_args_has (&args, "year-start"))
    {
      if (!tt_year_start_parse (tt_args_get (&args, "year-start"), &ys, &error))
        return tt_cli_fail (error);
    }
  else if (cli->db_path != NULL)
    {
      g_autofree char *saved = NULL;
      if (!tt_cli_open_office (cli, &error))
        return tt_cli_fail (error);
      saved = tt_office_get (cli->db, "year-start");
      if (saved != NULL && !tt_year_start_parse (saved, &ys, &error))
        return tt_cli_fail (error);
    }
  if (!tt_period_parse (POS (0), &ys, &period, &error))
    return tt_cli_fail (error);
  label = tt_period_label (&period);
  a = tt_date_display (period.start);
  b = tt_date_display (period.end);
  g_print ("%s\t%s\t%s\n", a, b, label);
  return 0;
}

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
      g_print ("%" G_GINT64_FORMAT "\t%s\n", d->id, d->name);
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
      g_print ("%lld\t%s\t%lld\t%s\n", (long long) d->id, d->name, (long long) d->total,
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
           d->id, d->name, d->kind, d->phone ? d->phone : "", d->address ? d->address : "",
           d->email ? d->email : "", d->tax_code ? d->tax_code : "", d->gift_count, total, last);
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
              NONE, 0, 0);
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

  if (!tt_cli_open_office (cli, &error) || tt_donation_add (cli->db, &in, &receipt, &error) == 0)
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

  g_print ("%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\n", d->receipt, date, d->payer_name, d->amount,
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
           d->receipt, date, d->donor_id, d->payer_name, amount, words, d->method,
           d->reason ? d->reason : "", d->status);
  if (d->bank_ref)
    g_print ("bank-ref\t%s\n", d->bank_ref);
  if (d->goods_description)
    g_print ("goods\t%s\n", d->goods_description);
  if (d->campaign_name)
    g_print ("campaign\t%s\n", d->campaign_name);
  if (d->void_reason)
    g_print ("void-reason\t%s\n", d->void_reason);
  return 0;
}

static int
cmd_campaign_add (Cli *cli, char **argv, int argc)
{
  gint64 id;

  PARSE_ARGS (LIST ("name", "from", "to", "kind"), NONE, 0, 0);
  if (!tt_args_has (&args, "name") || !tt_args_has (&args, "from") || !tt_args_has (&args, "to"))
    return tt_cli_usage_error (tt_cli_usage, _("--name, --from and --to are required."));
  if (!tt_cli_open_office (cli, &error) ||
      (id = tt_campaign_add (cli->db, tt_args_get (&args, "name"), tt_args_get (&args, "kind"),
                             tt_args_get (&args, "from"), tt_args_get (&args, "to"), &error)) == 0)
    return tt_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
cmd_campaign_list (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) list = NULL;

  PARSE_ARGS (NONE, NONE, 0, 0);
  if (!tt_cli_open_office (cli, &error) || (list = tt_campaign_list (cli->db, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      TtCampaign *c = list->pdata[i];
      g_autofree char *from = tt_date_display (c->starts_on);
      g_autofree char *to = tt_date_display (c->ends_on);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%" G_GINT64_FORMAT "\n", c->id, c->name, from, to,
               c->raised);
    }
  return 0;
}

static int
cmd_demo (Cli *cli, char **argv, int argc)
{
  TtDemoSize size = { 0, 0, 0, 0 };
  const char *names[] = { "donors", "donations", "households" };
  gint64 *fields[] = { &size.donors, &size.donations, &size.households };
  gint64 seed = 0;
  g_autoptr(GTimer) timer = g_timer_new ();

  PARSE_ARGS (LIST ("donors", "donations", "households", "seed"), NONE, 0, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (tt_args_has (&args, names[i]))
      {
        const char *v = tt_args_get (&args, names[i]);
        if (g_strcmp0 (v, "0") != 0 && !tt_cli_parse_id (v, names[i], fields[i], &error))
          return tt_cli_fail (error);
      }
  if (tt_args_has (&args, "seed") && !tt_cli_parse_id (tt_args_get (&args, "seed"), "--seed", &seed, &error))
    return tt_cli_fail (error);
  size.seed = (guint32) seed;
  if (!tt_cli_open_db (cli, &error) || !tt_demo_generate (cli->db, &size, &error))
    return tt_cli_fail (error);
  g_print (_("%lld donors, %lld donations, %lld"
             " households in %.1f s\n"),
           (long long) size.donors, (long long) size.donations, (long long) size.households,
           g_timer_elapsed (timer, NULL));
  return 0;
}

static int
cmd_check (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) problems = NULL;

  PARSE_ARGS (NONE, NONE, 0, 0);
  if (!tt_cli_open_office (cli, &error) || !tt_check_run (cli->db, &problems, &error))
    return tt_cli_fail (error);
  if (problems->len == 0)
    {
      TtCheckTotals totals;

      tt_check_totals (cli->db, &totals);
      g_print (_("ok: the office file is sound (%lld donors, %lld"
                 " receipts, %lld audit entries)\n"),
               (long long) totals.donors, (long long) totals.receipts, (long long) totals.audit_entries);
      return 0;
    }
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("error: %s\n", (const char *) problems->pdata[i]);
  return EXIT_ERROR;
}

static int
cmd_backup (Cli *cli, char **argv, int argc)
{
  PARSE_ARGS (LIST ("o", "output"), NONE, 0, 0);
  {
    const char *out = tt_cli_output_arg (&args);
    if (out == NULL)
      return tt_cli_usage_error (tt_cli_usage, _("-o FILE is required."));
    if (!tt_cli_open_office (cli, &error) || !tt_db_backup (cli->db, out, &error))
      return tt_cli_fail (error);
    g_print ("%s\n", out);
  }
  return 0;
}

static int
cmd_office_show (Cli *cli, char **argv, int argc)
{
  const TtOfficeKey *keys;
  gsize n;

  PARSE_ARGS (NONE, NONE, 0, 0);
  if (!tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  keys = tt_office_keys (&n);
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *v = tt_office_get (cli->db, keys[i].key);
      g_print ("%s\t%s\n", keys[i].key, v ? v : "");
    }
  return 0;
}

static int
cmd_office_set (Cli *cli, char **argv, int argc)
{
  PARSE_ARGS (NONE, NONE, 2, 2);
  if (!tt_cli_open_office (cli, &error) || !tt_office_set (cli->db, POS (0), POS (1), &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_vietqr (Cli *cli, char **argv, int argc)
{
  g_autofree char *payload = NULL;
  gint64 amount = 0;

  PARSE_ARGS (LIST ("amount", "purpose"), NONE, 0, 0);
  if (tt_args_has (&args, "amount") &&
      !tt_money_parse_positive (tt_args_get (&args, "amount"), &amount, &error))
    return tt_cli_fail (error);
  if (!tt_cli_open_office (cli, &error) ||
      (payload = tt_vietqr_for_office (cli->db, amount, tt_args_get (&args, "purpose"), &error)) == NULL)
    return tt_cli_fail (error);
  g_print ("%s\n", payload);
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
      (doc = tt_receipt_doc_load (cli->db, POS (0), tt_args_has (&args, "copy"), &error)) == NULL)
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

static const Command commands[] = {
  { "init", NULL, cmd_init, "[--db FILE] init --office NAME" },
  { "words", NULL, cmd_words, "words AMOUNT [--style linh|lẻ,nghìn|ngàn,tư|bốn,chẵn]" },
  { "amount", NULL, cmd_amount, "amount AMOUNT" },
  { "fold", NULL, cmd_fold, "fold TEXT" },
  { "period", NULL, cmd_period, "period 2024|2024-Q1|2024-H1|2024-03|FROM..TO [--year-start DD/MM]" },
  { "donor", "add", cmd_donor_add, "[--db FILE] donor add --name NAME [--kind person|business|agency|organization|group|unit|anonymous] [--phone P] [--address A] [--email E] [--tax-code T] [--note N]" },
  { "donor", "edit", cmd_donor_edit, "[--db FILE] donor edit ID [--name NAME] [--kind K] [--phone P] [--address A] [--email E] [--tax-code T] [--note N]" },
  { "donor", "search", cmd_donor_search, "[--db FILE] donor search QUERY [--limit N]" },
  { "donor", "list", cmd_donor_list, "[--db FILE] donor list [--sort name|total|last-gift] [--search TEXT]" },
  { "donor", "show", cmd_donor_show, "[--db FILE] donor show ID" },
  { "donor", "statement", cmd_donor_statement, "[--db FILE] donor statement ID -o FILE.pdf [--year YEAR | --period 2026|2026-Q1|FROM..TO]" },
  { "donor", "merge", cmd_donor_merge, "[--db FILE] donor merge KEEP_ID DUPLICATE_ID" },
  { "donation", "add", cmd_donation_add, "[--db FILE] donation add --donor ID --amount AMOUNT [--date DATE] [--method cash|transfer|in-kind] [--campaign ID] [--bank-ref REF] [--goods TEXT] [--reason TEXT] [--earmark TEXT] [--collected-by NAME] [--attachments N] [--series CODE] [--batch ID] [--note TEXT]" },
  { "batch", "open", cmd_batch_open, "[--db FILE] batch open --count N --total AMOUNT [--note TEXT]" },
  { "batch", "show", cmd_batch_show, "[--db FILE] batch show ID" },
  { "batch", "close", cmd_batch_close, "[--db FILE] batch close ID [--accept-mismatch]" },
  { "donation", "void", cmd_donation_void, "[--db FILE] donation void RECEIPT --reason TEXT" },
  { "donation", "list", cmd_donation_list, "[--db FILE] donation list [--donor ID]" },
  { "donation", "show", cmd_donation_show, "[--db FILE] donation show RECEIPT" },
  { "campaign", "add", cmd_campaign_add, "[--db FILE] campaign add --name NAME --from DATE --to DATE [--kind fundraising|tet|housing|humanitarian|disaster|other]" },
  { "campaign", "list", cmd_campaign_list, "[--db FILE] campaign list" },
  { "office", "show", cmd_office_show, "[--db FILE] office show" },
  { "office", "set", cmd_office_set, "[--db FILE] office set KEY VALUE" },
  { "receipt", "pdf", cmd_receipt_pdf, "[--db FILE] receipt pdf RECEIPT -o FILE.pdf [--copy] [--certificate] [--paper A4|A5]" },
  { "vietqr", NULL, cmd_vietqr, "[--db FILE] vietqr [--amount AMOUNT] [--purpose TEXT]" },
  { "demo", NULL, cmd_demo, "[--db FILE] demo --donors N --donations N --households N [--seed S]" },
  { "check", NULL, cmd_check, "[--db FILE] check" },
  { "backup", NULL, cmd_backup, "[--db FILE] backup -o FILE" },
};

static const Command *
table (int t)
{
  return t == 0 ? commands : tt_cli_household_commands;
}

static gsize
table_size (int t)
{
  return t == 0 ? G_N_ELEMENTS (commands) : tt_cli_n_household_commands;
}

/* How many words of @rest name @c ("gifts list create" is three), or 0 when it is not @c. */
static int
command_matches (const Command *c, GPtrArray *rest)
{
  g_auto(GStrv) words = g_strsplit (c->group, " ", -1);
  guint n = g_strv_length (words);

  for (guint i = 0; i < n; i++)
    if (i >= rest->len || !g_str_equal (words[i], rest->pdata[i]))
      return 0;
  if (c->name == NULL)
    return n;
  if (n >= rest->len || !g_str_equal (c->name, rest->pdata[n]))
    return 0;
  return n + 1;
}

static void
print_help (void)
{
  g_print ("%s\n\n", _("tuong-than-cli — the Tương Thân office ledger from the command line"));
  g_print ("%s\n", _("Commands:"));
  for (int t = 0; t < 2; t++)
    for (gsize i = 0; i < table_size (t); i++)
      g_print ("  tuong-than-cli %s\n", table (t)[i].usage);
  g_print ("\n%s\n", _("Without --db, the app's default office file is used."));
}

int
tt_cli_run (int argc, char **argv)
{
  Cli cli = { 0 };
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  int rc = EXIT_USAGE;
  const char *group;

  /* Global options may stand anywhere before the command's own arguments. */
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        cli.db_path = argv[++i];
      else if (g_str_has_prefix (argv[i], "--db="))
        cli.db_path = argv[i] + 5;
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_help ();
          return 0;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          g_print ("tuong-than-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else if (g_str_equal (argv[i], "--db"))
        return tt_cli_usage_error ("--db FILE COMMAND ...", _("--db needs a file name."));
      else
        g_ptr_array_add (rest, argv[i]);
    }

  if (rest->len == 0)
    {
      print_help ();
      return EXIT_USAGE;
    }

  group = rest->pdata[0];
  for (int t = 0; t < 2; t++)
    for (gsize i = 0; i < table_size (t); i++)
      {
        const Command *c = &table (t)[i];
        int skip = command_matches (c, rest);
        if (skip == 0)
          continue;
        tt_cli_usage = c->usage;
        rc = c->func (&cli, (char **) rest->pdata + skip, (int) rest->len - skip);
        g_clear_object (&cli.db);
        return rc;
      }

  for (int t = 0; t < 2; t++)
    for (gsize i = 0; i < table_size (t); i++)
      if (g_str_equal (table (t)[i].group, group) ||
          (g_str_has_prefix (table (t)[i].group, group) && table (t)[i].group[strlen (group)] == ' '))
        {
          g_printerr ("error: %s\n", _("Unknown or missing subcommand."));
          for (gsize j = 0; j < table_size (t); j++)
            if (g_str_has_prefix (table (t)[j].group, group))
              g_printerr ("%s: tuong-than-cli %s\n", _("usage"), table (t)[j].usage);
          return EXIT_USAGE;
        }
  g_printerr ("error: %s “%s”\n", _("Unknown command"), group);
  print_help ();
  return EXIT_USAGE;
}
