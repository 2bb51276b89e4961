/* tt-office-profile.c — the office as every surface shows it
 *
 * The receipt, the certificate, the statement, the signing sheet, the CLI and the app all take
 * the office's name, signatories and wording from here, so what is printed and what is on
 * screen never disagree.
 */
#include "config.h"

#include <string.h>

#include "tt-db-private.h"
#include "tt-office-profile.h"
#include "tt-text.h"

void
tt_office_profile_free (TtOfficeProfile *p)
{
  if (p == NULL)
    return;
  g_free (p->name);
  g_free (p->fund);
  g_free (p->board);
  g_free (p->level);
  g_free (p->parent);
  g_free (p->address);
  g_free (p->phone);
  g_free (p->head);
  g_free (p->accountant);
  g_free (p->cashier);
  g_free (p->clerk);
  g_free (p->bank_bin);
  g_free (p->bank_account);
  g_free (p->bank_name);
  g_free (p->bank_holder);
  g_free (p->paper);
  g_free (p);
}

/* One query over the settings; keys the office never set keep their defaults. */
TtOfficeProfile *
tt_office_profile_load (TtDb *db)
{
  TtOfficeProfile *p = g_new0 (TtOfficeProfile, 1);
  struct { const char *key; char **field; } text[] = {
    { "name", &p->name }, { "fund", &p->fund }, { "level", &p->level }, { "parent", &p->parent },
    { "address", &p->address }, { "phone", &p->phone }, { "head", &p->head },
    { "accountant", &p->accountant }, { "cashier", &p->cashier }, { "clerk", &p->clerk },
    { "bank-bin", &p->bank_bin }, { "bank-account", &p->bank_account }, { "bank-name", &p->bank_name },
    { "bank-holder", &p->bank_holder }, { "receipt-paper", &p->paper },
  };
  g_autoptr(TtStmt) stmt = tt_db_prepare (db, "SELECT key, value FROM settings", NULL);

  p->words_style = TT_WORDS_DEFAULT;
  p->year_start.day = 1;
  p->year_start.month = 1;
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *value = (const char *) sqlite3_column_text (stmt, 1);

      if (value == NULL)
        continue;
      if (g_str_equal (key, "words-style"))
        tt_words_style_parse (value, &p->words_style, NULL);
      else if (g_str_equal (key, "year-start"))
        tt_year_start_parse (value, &p->year_start, NULL);
      else
        for (gsize i = 0; i < G_N_ELEMENTS (text); i++)
          if (g_str_equal (key, text[i].key))
            {
              g_free (*text[i].field);
              *text[i].field = g_strdup (value);
            }
    }
  if (p->fund == NULL)
    p->fund = g_strdup (TT_DEFAULT_FUND);
  if (p->paper == NULL)
    p->paper = g_strdup ("A5");
  /* A fund has a campaign board ("Ban vận động Quỹ …"); a campaign of another name is run by
   * the office itself. */
  if (g_str_has_prefix (p->fund, "Quỹ ") || p->name == NULL)
    p->board = g_strdup_printf ("Ban vận động %s", p->fund);
  else
    p->board = g_strdup (p->name);
  return p;
}

/* @amount in words in the office's style: the one wording of every receipt, certificate,
 * statement, signing sheet and screen. "Không đồng" for nothing. */
char *
tt_office_profile_words (const TtOfficeProfile *p,
                         gint64                 amount)
{
  if (amount <= 0)
    return g_strdup ("Không đồng");
  return tt_money_words (amount, p->words_style, NULL);
}

/* The transfer purpose of the office's VietQR code: "UNG HO" and the fund's name in capitals
 * without accents, cut at a word to fit the 25 characters a code carries. */
char *
tt_office_profile_purpose (const TtOfficeProfile *p)
{
  g_autofree char *folded = tt_text_fold (p->fund);
  g_autoptr(GString) out = g_string_new ("UNG HO");
  g_auto(GStrv) words = NULL;

  for (char *c = folded; *c; c++)
    if (!g_ascii_isalnum (*c))
      *c = ' ';
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len + 1 + strlen (words[i]) > 25)
        break;
      g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_ascii_strup (out->str, -1);
}

/* The reason a receipt prints when the clerk gives none: "Ủng hộ" and the fund. */
char *
tt_office_default_reason (TtDb *db)
{
  g_autoptr(TtOfficeProfile) office = tt_office_profile_load (db);

  return g_strdup_printf ("Ủng hộ %s", office->fund);
}
