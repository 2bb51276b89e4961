/* tt-office-profile.h — the office as every surface shows it, loaded in one query, and the
 * wording derived from it (the amount in words in the office's style, the fund's name) */
#pragma once

#include "tt-date.h"
#include "tt-db.h"
#include "tt-money.h"

G_BEGIN_DECLS

#define TT_DEFAULT_FUND "Quỹ \"Vì người nghèo\""

typedef struct
{
  char         *name;
  char         *fund;          /* printed name of the fund or campaign, e.g. Quỹ "Vì người nghèo" */
  char         *board;         /* who thanks and confirms: "Ban vận động Quỹ …" or the office */
  char         *level;
  char         *parent;
  char         *address;
  char         *phone;
  char         *head;
  char         *accountant;
  char         *cashier;
  char         *clerk;
  char         *bank_bin;
  char         *bank_account;
  char         *bank_name;
  char         *bank_holder;
  char         *paper;         /* A4 or A5 */
  TtWordsStyle  words_style;
  TtYearStart   year_start;
} TtOfficeProfile;

void             tt_office_profile_free   (TtOfficeProfile       *profile);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TtOfficeProfile, tt_office_profile_free)

TtOfficeProfile *tt_office_profile_load   (TtDb                  *db);
char            *tt_office_profile_words  (const TtOfficeProfile *profile,
                                           gint64                 amount);
char            *tt_office_profile_purpose (const TtOfficeProfile *profile);
char            *tt_office_default_reason (TtDb                  *db);

G_END_DECLS
