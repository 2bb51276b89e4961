/* tt-members.h — the members of a household, since cards and some support belong to a person */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  int         birth_year;    /* 0 when not known */
  const char *gender;        /* as written: Nam, Nữ, male, female… */
  const char *relation;      /* to the head: vợ, con, cháu… */
  const char *id_number;     /* CCCD (12 digits) or old CMND (9 digits): personal data */
} TtMemberInput;

typedef struct
{
  gint64  id;
  gint64  household_id;
  char   *name;
  int     birth_year;
  char   *gender;
  char   *relation;
  char   *id_number;
} TtMember;

void       tt_member_free (TtMember            *member);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtMember, tt_member_free)

gint64     tt_member_add  (TtDb                *db,
                           gint64               household_id,
                           const TtMemberInput *input,
                           GError             **error);
GPtrArray *tt_member_list (TtDb                *db,
                           gint64               household_id,
                           GError             **error);
TtMember  *tt_member_get  (TtDb                *db,
                           gint64               member_id,
                           GError             **error);

G_END_DECLS
