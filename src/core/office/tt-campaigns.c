/* tt-campaigns.c — campaigns with their period */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-campaigns.h"
#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-office.h"
#include "tt-text.h"

static const TtValue kinds[] = {
  { "fundraising", N_("Fundraising"), "Vận động" }, { "tet", N_("Tết gifts"), "Quà Tết" },
  { "housing", N_("Housing"), "Nhà ở" }, { "humanitarian", N_("Humanitarian"), "Nhân đạo" },
  { "disaster", N_("Disaster relief"), "Cứu trợ thiên tai" }, { "other", N_("Other"), "Khác" },
};

const TtValueList tt_campaign_kinds = TT_VALUE_LIST (kinds);

#define CAMPAIGN_SELECT                                                                   \
  "SELECT c.id, c.name, c.kind, c.starts_on, c.ends_on, c.level, c.fund, c.archived, "   \
  "coalesce(s.total, 0), coalesce(s.gifts, 0) "                                           \
  "FROM campaigns c LEFT JOIN campaign_stats s ON s.campaign_id = c.id "

void
tt_campaign_free (TtCampaign *c)
{
  if (c == NULL)
    return;
  g_free (c->name);
  g_free (c->kind);
  g_free (c->starts_on);
  g_free (c->ends_on);
  g_free (c->level);
  g_free (c->fund);
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
  c->level = tt_column_dup (stmt, 5);
  c->fund = tt_column_dup (stmt, 6);
  c->closed = sqlite3_column_int (stmt, 7) != 0;
  c->raised = sqlite3_column_int64 (stmt, 8);
  c->gifts = sqlite3_column_int64 (stmt, 9);
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
  TtCampaignInput in = { name, kind, from, to, NULL, NULL };

  return tt_campaign_save (db, 0, &in, error);
}

/* Creates a campaign (@id 0) or changes one; every field is checked, and names the field it
 * refuses. */
gint64
tt_campaign_save (TtDb                  *db,
                  gint64                 id,
                  const TtCampaignInput *input,
                  GError               **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *fund = NULL;
  g_autofree char *key = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(TtStmt) stmt = NULL;
  const char *kind = input->kind ? input->kind : "fundraising";
  char a[11], b[11];

  if (tt_values_index (&tt_campaign_kinds, kind) < 0)
    {
      g_autofree char *known = tt_values_codes (&tt_campaign_kinds, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown campaign kind “%s”: use %s."), kind, known);
      return 0;
    }
  if (input->level != NULL && tt_values_index (&tt_office_levels, input->level) < 0)
    {
      g_autofree char *known = tt_values_codes (&tt_office_levels, ", ", _(" or "));
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown level “%s”: use %s."), input->level, known);
      return 0;
    }
  clean = tt_text_clean_name (input->name, _("Campaign name"), error);
  if (clean == NULL)
    return 0;
  if (!tt_text_clean_field (input->fund, _("Fund"), 200, &fund, error))
    return 0;
  if (!tt_date_parse (input->starts_on, a, error))
    {
      g_prefix_error (error, _("Start date: "));
      return 0;
    }
  if (!tt_date_parse (input->ends_on, b, error))
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
  if (id > 0)
    {
      g_autoptr(TtCampaign) existing = tt_campaign_get (db, id, error);
      if (existing == NULL)
        return 0;
    }

  if (id == 0)
    stmt = tt_db_prepare (db,
                          "INSERT INTO campaigns (uuid, name, name_key, kind, starts_on, ends_on, level, fund) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                          error);
  else
    stmt = tt_db_prepare (db,
                          "UPDATE campaigns SET name = ?2, name_key = ?3, kind = ?4, starts_on = ?5, ends_on = ?6, "
                          "level = ?7, fund = ?8, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                          "WHERE id = ?9",
                          error);
  if (stmt == NULL)
    return 0;
  uuid = tt_new_uuid ();
  key = tt_text_fold (clean);
  if (id == 0)
    tt_bind_text (stmt, 1, uuid);
  tt_bind_text (stmt, 2, clean);
  tt_bind_text (stmt, 3, key);
  tt_bind_text (stmt, 4, kind);
  tt_bind_text (stmt, 5, a);
  tt_bind_text (stmt, 6, b);
  tt_bind_text (stmt, 7, input->level);
  tt_bind_text (stmt, 8, fund);
  if (id > 0)
    tt_bind_int (stmt, 9, id);
  if (!tt_db_step_done (db, stmt, error))
    return 0;
  return id > 0 ? id : sqlite3_last_insert_rowid (tt_db_get_handle (db));
}

/* Closes a campaign (it stays in lists and reports, but is no longer offered for new gifts),
 * or opens it again. */
gboolean
tt_campaign_set_closed (TtDb     *db,
                        gint64    id,
                        gboolean  closed,
                        GError  **error)
{
  g_autoptr(TtCampaign) existing = tt_campaign_get (db, id, error);
  g_autoptr(TtStmt) stmt = NULL;

  if (existing == NULL)
    return FALSE;
  stmt = tt_db_prepare (db, "UPDATE campaigns SET archived = ?1, "
                            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  tt_bind_int (stmt, 1, closed ? 1 : 0);
  tt_bind_int (stmt, 2, id);
  return tt_db_step_done (db, stmt, error);
}

/* The one open campaign of @kind (any kind when NULL) whose period holds the ISO @date, or 0
 * when there is none or more than one. */
gint64
tt_campaign_running_on (TtDb       *db,
                        const char *date,
                        const char *kind)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "SELECT id FROM campaigns WHERE archived = 0 AND starts_on <= ?1 "
                                          "AND ends_on >= ?1 AND (?2 IS NULL OR kind = ?2) LIMIT 2",
                                          NULL);
  gint64 found = 0;
  int n = 0;

  if (stmt == NULL || date == NULL)
    return 0;
  tt_bind_text (stmt, 1, date);
  tt_bind_text (stmt, 2, kind);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = sqlite3_column_int64 (stmt, 0);
      n++;
    }
  return n == 1 ? found : 0;
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

/* The campaign a gift received on the ISO @date goes to when none is chosen: the one open
 * fundraising campaign running that day, else the one open campaign of any kind; 0 when there
 * is none or the choice is not clear. */
gint64
tt_campaign_for_donation (TtDb       *db,
                          const char *date)
{
  gint64 id = tt_campaign_running_on (db, date, "fundraising");

  return id > 0 ? id : tt_campaign_running_on (db, date, NULL);
}
