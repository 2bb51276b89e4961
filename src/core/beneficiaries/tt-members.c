/* tt-members.c — the members of a household
 *
 * A member has a name (NFC, cleaned like every name), a birth year, a gender, the relation to
 * the head and an ID number; an ID number belongs to one person only, whether head or member.
 * Changes are in the audit log with the personal fields named, not their values.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-db-private.h"
#include "tt-households-private.h"
#include "tt-households.h"
#include "tt-members.h"
#include "tt-text.h"

void
tt_member_free (TtMember *m)
{
  if (m == NULL)
    return;
  g_free (m->name);
  g_free (m->gender);
  g_free (m->relation);
  g_free (m->id_number);
  g_free (m);
}

gint64
tt_member_add (TtDb                *db,
               gint64               household_id,
               const TtMemberInput *in,
               GError             **error)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, household_id, error);
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  g_autofree char *relation = NULL;
  g_autofree char *id_number = NULL;
  g_autoptr(TtStmt) twin = NULL;
  g_autoptr(TtStmt) insert = NULL;
  const char *gender = NULL;
  gint64 id;

  if (h == NULL || (name = tt_text_clean_name (in->name, _("Member's name"), error)) == NULL ||
      !tt_text_clean_field (in->relation, _("Relation"), 100, &relation, error))
    return 0;
  if (in->birth_year != 0 && (in->birth_year < 1900 || in->birth_year > 2100))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE, _("Birth year %d is not a year between 1900 and 2100."),
                   in->birth_year);
      return 0;
    }
  if (in->gender != NULL && *in->gender != '\0' && (gender = tt_gender_parse (in->gender)) == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Unknown gender “%s”: use Nam, Nữ or Khác."),
                   in->gender);
      return 0;
    }
  if (in->id_number != NULL && *in->id_number != '\0' &&
      (id_number = tt_household_clean_id_number (in->id_number, error)) == NULL)
    return 0;
  if (id_number != NULL)
    {
      gint64 owner = tt_household_id_number_owner (db, id_number);
      twin = tt_db_prepare (db, "SELECT household_id FROM household_members WHERE id_number = ?1 LIMIT 1", error);
      if (twin == NULL)
        return 0;
      tt_bind_text (twin, 1, id_number);
      if (owner == 0 && sqlite3_step (twin) == SQLITE_ROW)
        owner = sqlite3_column_int64 (twin, 0);
      if (owner != 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                       _("ID number %s already belongs to a person of household %lld."), id_number, (long long) owner);
          return 0;
        }
    }
  key = tt_text_fold (name);

  if (!tt_db_begin (db, error))
    return 0;
  insert = tt_db_prepare (db, "INSERT INTO household_members (household_id, name, name_key, relation, birth_year, "
                              "gender, id_number) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (insert == NULL)
    goto fail;
  tt_bind_int (insert, 1, household_id);
  tt_bind_text (insert, 2, name);
  tt_bind_text (insert, 3, key);
  tt_bind_text (insert, 4, relation);
  if (in->birth_year != 0)
    sqlite3_bind_int (insert, 5, in->birth_year);
  tt_bind_text (insert, 6, gender);
  tt_bind_text (insert, 7, id_number);
  if (!tt_db_step_done (db, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (tt_db_get_handle (db));
  return tt_db_commit (db, error) ? id : 0;

fail:
  tt_db_rollback (db);
  return 0;
}

static TtMember *
read_member (TtStmt *stmt)
{
  TtMember *m = g_new0 (TtMember, 1);

  m->id = sqlite3_column_int64 (stmt, 0);
  m->household_id = sqlite3_column_int64 (stmt, 1);
  m->name = tt_column_dup (stmt, 2);
  m->birth_year = sqlite3_column_int (stmt, 3);
  m->gender = tt_column_dup (stmt, 4);
  m->relation = tt_column_dup (stmt, 5);
  m->id_number = tt_column_dup (stmt, 6);
  return m;
}

#define MEMBER_SELECT "SELECT id, household_id, name, coalesce(birth_year, 0), gender, relation, id_number " \
                      "FROM household_members "

GPtrArray *
tt_member_list (TtDb    *db,
                gint64   household_id,
                GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, MEMBER_SELECT "WHERE household_id = ?1 ORDER BY id", error);
  GPtrArray *out;

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, household_id);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_member_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, read_member (stmt));
  return out;
}

TtMember *
tt_member_get (TtDb    *db,
               gint64   member_id,
               GError **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, MEMBER_SELECT "WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  tt_bind_int (stmt, 1, member_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND, _("There is no household member %lld."),
                   (long long) member_id);
      return NULL;
    }
  return read_member (stmt);
}
