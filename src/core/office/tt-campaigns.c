/* tt-campaigns.c — campaigns with their period */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-text.h"

static const TtValue kinds[] = {
  { "fundraising", N_("Fundraising"), "Vận động" }, { "tet", N_("Tết gifts"), "Quà Tết" },
  { "housing", N_("Housing"), "Nhà ở" }, { "humanitarian", N_("Humanitarian"), "Nhân đạo" },
  { "disaster", N_("Disaster relief"), "Cứu trợ thiên tai" }, { "other", N_("Other"), "Khác" },
};

const TtValueList tt_campaign_kinds = TT_VALUE_LIST (kinds);

#define CAMPAIGN_SELECT                                                                   \
  "SELECT c.id, c.name, c.kind, c.starts_on, c.ends_on, "                                \
  "(SELECT coalesce(sum(amount), 0) FROM donations WHERE campaign_id = c.id AND status = 'valid'), " \
  "(SELECT count(*) FROM donations WHERE campaign_id = c.id AND status = 'valid') "       \
  "FROM campaigns c "

void
tt_campaign_free (TtCampaign *c)
{
  if (c == NULL)
    return;
  g_free (c->name);
  g_free (c->kind);
  g_free (c->starts_on);
  g_free (c->ends_on);
  g_free (c);
}

static TtCampaign *
read_campaign (TtStmt *stmt)
{
  TtCampaign *c = g_new0 (TtCampaign, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->name = tt_column_dup (stmt, 1);
  c->kind = tt_column_dup (stmt, 2);
  c->starts_on = tt_column_dup (stmt, 3);
  c->ends_on = tt_column_dup (stmt, 4);
  c->raised = sqlite3_column_int64 (stmt, 5);
  c->gifts = sqlite3_column_int64 (stmt, 6);
  return c;
}

gint64
tt_campaign_add (TtDb        *db,
                 const char  *name,
                 const char  *kind,
                 const char  *from,
                 const char  *to,
                 GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *key = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  char a[11], b[11];

  if (kind == NULL)
    kind = "fundraising";
  if (tt_values_index (&tt_campaign_kinds, kind) < 0)
    {
      g_autofree char *known = tt_values_codes (&tt_campaign_kinds, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown campaign kind “%s”: use %s."), kind, known);
      return 0;
    }
  clean = tt_text_clean_name (name, _("Campaign name"), error);
  if (clean == NULL)
    return 0;
  if (!tt_date_parse (from, a, error))
    {
      g_prefix_error (error, _("Start date: "));
      return 0;
    }
  if (!tt_date_parse (to, b, error))
    {
      g_prefix_error (error, _("End date: "));
      return 0;
    }
  if (strcmp (a, b) > 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The campaign ends before it starts."));
      return 0;
    }

  stmt = tt_db_prepare (db,
                        "INSERT INTO campaigns (uuid, name, name_key, kind, starts_on, ends_on) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return 0;
  uuid = tt_new_uuid ();
  key = tt_text_fold (clean);
  tt_bind_text (stmt, 1, uuid);
  tt_bind_text (stmt, 2, clean);
  tt_bind_text (stmt, 3, key);
  tt_bind_text (stmt, 4, kind);
  tt_bind_text (stmt, 5, a);
  tt_bind_text (stmt, 6, b);
  if (!tt_db_step_done (db, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tt_db_get_handle (db));
}

GPtrArray *
tt_campaign_list (TtDb    *db,
                  GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, CAMPAIGN_SELECT "ORDER BY c.starts_on DESC, c.id DESC",
                                          error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_campaign_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, read_campaign (stmt));
  return out;
}

TtCampaign *
tt_campaign_get (TtDb    *db,
                 gint64   id,
                 GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, CAMPAIGN_SELECT "WHERE c.id = ?", error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                   _("There is no campaign with number %lld."), (long long) id);
      return NULL;
    }
  return read_campaign (stmt);
}
