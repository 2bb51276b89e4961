/* tt-cli-office.c — tuong-than-cli: the office and its file: init, settings, campaigns, VietQR,
 * demo data, check, backups and restore, the audit history */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tt-audit.h"
#include "tt-backup.h"
#include "tt-campaigns.h"
#include "tt-check.h"
#include "tt-cli-private.h"
#include "tt-date.h"
#include "tt-demo.h"
#include "tt-donations.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-restore.h"
#include "tt-text.h"
#include "tt-vietqr.h"

static int
cmd_init (Cli *cli, char **argv, int argc)
{
  PARSE_ARGS (LIST ("office"), NONE, 0, 0);
  if (!tt_args_has (&args, "office"))
    return tt_cli_usage_error (tt_cli_usage, _("--office NAME is required."));
  {
    g_autofree char *path = tt_cli_office_path (cli);
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
campaign_save (Cli *cli, char **argv, int argc, gboolean editing)
{
  gint64 id = 0;
  g_autoptr(TtCampaign) old = NULL;
  TtCampaignInput in = { 0 };

  PARSE_ARGS (LIST ("name", "from", "to", "kind", "level", "fund"), NONE, editing ? 1 : 0, editing ? 1 : 0);
  if (!editing && (!tt_args_has (&args, "name") || !tt_args_has (&args, "from") || !tt_args_has (&args, "to")))
    return tt_cli_usage_error (tt_cli_usage, _("--name, --from and --to are required."));
  if (editing && !tt_cli_parse_id (POS (0), _("The campaign number"), &id, &error))
    return tt_cli_fail (error);
  if (!tt_cli_open_office (cli, &error) || (editing && (old = tt_campaign_get (cli->db, id, &error)) == NULL))
    return tt_cli_fail (error);
  /* An edit changes what it is given and keeps the rest. */
  in.name = tt_args_has (&args, "name") ? tt_args_get (&args, "name") : old ? old->name : NULL;
  in.kind = tt_args_has (&args, "kind") ? tt_args_get (&args, "kind") : old ? old->kind : NULL;
  in.starts_on = tt_args_has (&args, "from") ? tt_args_get (&args, "from") : old ? old->starts_on : NULL;
  in.ends_on = tt_args_has (&args, "to") ? tt_args_get (&args, "to") : old ? old->ends_on : NULL;
  in.level = tt_args_has (&args, "level") ? tt_args_get (&args, "level") : old ? old->level : NULL;
  in.fund = tt_args_has (&args, "fund") ? tt_args_get (&args, "fund") : old ? old->fund : NULL;
  if (in.level != NULL && *in.level == '\0')
    in.level = NULL;
  if ((id = tt_campaign_save (cli->db, id, &in, &error)) == 0)
    return tt_cli_fail (error);
  if (!editing)
    g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
cmd_campaign_add (Cli *cli, char **argv, int argc)
{
  return campaign_save (cli, argv, argc, FALSE);
}

static int
cmd_campaign_edit (Cli *cli, char **argv, int argc)
{
  return campaign_save (cli, argv, argc, TRUE);
}

static int
campaign_close (Cli *cli, char **argv, int argc, gboolean closed)
{
  gint64 id;

  PARSE_ARGS (NONE, NONE, 1, 1);
  if (!tt_cli_parse_id (POS (0), _("The campaign number"), &id, &error) || !tt_cli_open_office (cli, &error) ||
      !tt_campaign_set_closed (cli->db, id, closed, &error))
    return tt_cli_fail (error);
  return 0;
}

static int
cmd_campaign_close (Cli *cli, char **argv, int argc)
{
  return campaign_close (cli, argv, argc, TRUE);
}

static int
cmd_campaign_reopen (Cli *cli, char **argv, int argc)
{
  return campaign_close (cli, argv, argc, FALSE);
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
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\t%s\n", c->id, T (c->name), from, to,
               c->raised, c->kind, c->closed ? "closed" : "open");
    }
  return 0;
}

static int
cmd_demo (Cli *cli, char **argv, int argc)
{
  TtDemoSize size = { 0, 0, 0, 0 };
  const char *names[] = { "donors", "donations", "households", "vouchers", "housing", "livelihood", "cards",
                          "addresses" };
  gint64 *fields[] = { &size.donors, &size.donations, &size.households, &size.vouchers, &size.housing,
                       &size.livelihood, &size.cards, &size.addresses };
  gint64 seed = 0;
  g_autoptr(GTimer) timer = g_timer_new ();

  PARSE_ARGS (LIST ("donors", "donations", "households", "vouchers", "housing", "livelihood", "cards", "addresses",
                    "seed"), NONE, 0, 0);
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
  g_print (_("%lld donors, %lld donations, %lld households, %lld vouchers, %lld housing projects in %.1f s\n"),
           (long long) size.donors, (long long) size.donations, (long long) size.households,
           (long long) size.vouchers, (long long) size.housing, g_timer_elapsed (timer, NULL));
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
  PARSE_ARGS (LIST ("o", "output"), LIST ("list"), 0, 0);
  {
    const char *out = tt_cli_output_arg (&args);
    g_autofree char *taken = NULL;

    if (tt_args_has (&args, "list"))
      {
        g_autofree char *path = tt_cli_office_path (cli);
        g_autoptr(GPtrArray) all = tt_backup_list (path);

        for (guint i = 0; i < all->len; i++)
          g_print ("%s\n", T (all->pdata[i]));
        return 0;
      }
    if (!tt_cli_open_office (cli, &error))
      return tt_cli_fail (error);
    /* Without -o: a verified backup in the backups folder, the oldest beyond the kept number
     * removed. */
    if (out == NULL ? (taken = tt_backup_take (cli->db, "manual", &error)) == NULL
                    : !tt_db_backup (cli->db, out, &error))
      return tt_cli_fail (error);
    g_print ("%s\n", T (out ? out : taken));
  }
  return 0;
}

/* Puts a backup in place of the office file, after checking it; the file it replaces is kept
 * as a backup. */
static int
cmd_restore (Cli *cli, char **argv, int argc)
{
  g_autofree char *saved = NULL;
  g_autofree char *path = NULL;

  PARSE_ARGS (NONE, LIST ("force"), 1, 1);
  path = tt_cli_office_path (cli);
  if (!tt_backup_restore (path, POS (0), tt_args_has (&args, "force"), &saved, &error))
    return tt_cli_fail (error);
  g_print ("%s\n", T (path));
  if (saved != NULL)
    g_printerr (_("The file replaced was kept as %s.\n"), saved);
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

/* The history of one record: the receipt by its number, or any audited row by its id. */
static int
cmd_audit_show (Cli *cli, char **argv, int argc)
{
  g_autoptr(GPtrArray) entries = NULL;
  const char *table;
  gint64 id = 0;

  PARSE_ARGS (NONE, NONE, 2, 2);
  table = POS (0);
  if (!tt_cli_open_office (cli, &error))
    return tt_cli_fail (error);
  if (g_str_equal (table, "donations") && strchr (POS (1), '-') != NULL)
    {
      g_autoptr(TtDonation) d = tt_donation_find (cli->db, POS (1), &error);
      if (d == NULL)
        return tt_cli_fail (error);
      id = d->id;
    }
  else if (!tt_cli_parse_id (POS (1), _("The record number"), &id, &error))
    return tt_cli_fail (error);
  if ((entries = tt_audit_history (cli->db, table, id, &error)) == NULL)
    return tt_cli_fail (error);
  for (guint i = 0; i < entries->len; i++)
    {
      TtAuditEntry *e = entries->pdata[i];
      g_print ("%lld\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", (long long) e->id, e->at, T (e->actor), e->table_name,
               e->action, T (e->old_values), T (e->new_values), T (e->note));
    }
  return 0;
}

const Command tt_cli_office_commands[] = {
  { "init", NULL, cmd_init, "[--db FILE] init --office NAME" },
  { "campaign", "add", cmd_campaign_add, "[--db FILE] campaign add --name NAME --from DATE --to DATE [--kind {campaign-kinds}] [--level {office-levels}] [--fund NAME]" },
  { "campaign", "edit", cmd_campaign_edit, "[--db FILE] campaign edit ID [--name NAME] [--from DATE] [--to DATE] [--kind {campaign-kinds}] [--level {office-levels}] [--fund NAME]" },
  { "campaign", "close", cmd_campaign_close, "[--db FILE] campaign close ID" },
  { "campaign", "reopen", cmd_campaign_reopen, "[--db FILE] campaign reopen ID" },
  { "campaign", "list", cmd_campaign_list, "[--db FILE] campaign list" },
  { "office", "show", cmd_office_show, "[--db FILE] office show" },
  { "office", "set", cmd_office_set, "[--db FILE] office set KEY VALUE" },
  { "vietqr", NULL, cmd_vietqr, "[--db FILE] vietqr [--amount AMOUNT] [--purpose TEXT]" },
  { "demo", NULL, cmd_demo, "[--db FILE] demo --donors N --donations N --households N [--vouchers N] [--housing N] [--livelihood N] [--cards N] [--addresses N] [--seed S]" },
  { "check", NULL, cmd_check, "[--db FILE] check" },
  { "backup", NULL, cmd_backup, "[--db FILE] backup [-o FILE | --list]" },
  { "restore", NULL, cmd_restore, "[--db FILE] restore BACKUP [--force]" },
  { "audit", "show", cmd_audit_show, "[--db FILE] audit show TABLE ID" },
};

const gsize tt_cli_n_office_commands = G_N_ELEMENTS (tt_cli_office_commands);
