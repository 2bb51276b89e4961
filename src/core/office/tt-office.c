/* tt-office.c — office settings: name, signatories, bank account, styles
 *
 * Settings are rows of the settings table (audited). Each key is validated here so the app
 * and the CLI refuse the same bad values.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-date.h"
#include "tt-db-private.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-places.h"
#include "tt-text.h"

static const TtOfficeKey keys[] = {
  { "name", N_("Office name") },
  { "fund", N_("Fund or campaign (as printed)") },
  { "level", N_("Level (province or commune)") },
  { "parent", N_("Parent unit") },
  { "address", N_("Address") },
  { "phone", N_("Phone") },
  { "province-code", N_("Province code") },
  { "commune-code", N_("Commune code") },
  { "head", N_("Head of the office") },
  { "accountant", N_("Accountant") },
  { "cashier", N_("Cashier") },
  { "clerk", N_("Clerk") },
  { "bank-bin", N_("Bank BIN") },
  { "bank-account", N_("Bank account number") },
  { "bank-name", N_("Bank name") },
  { "bank-holder", N_("Account holder") },
  { "words-style", N_("Amount-in-words style") },
  { "year-start", N_("Reporting year starts on") },
  { "receipt-paper", N_("Receipt paper size") },
  { "form-circular", N_("Circular printed under the form code") },
  { "housing-tranches", N_("Housing tranches (share on start of work, share after completion)") },
  { "housing-idle-days", N_("Days without a stage before a house is flagged") },
  { "bhyt-price", N_("Health-insurance card, a year for the first member") },
  { "bhyt-shares", N_("Health-insurance shares of the first, second, third… member (per cent)") },
};

static const TtValue levels[] = {
  { "commune", N_("Commune"), "Cấp xã" },
  { "province", N_("Province"), "Cấp tỉnh" },
  { "central", N_("Central"), "Trung ương" },
};

static const TtValue papers[] = {
  { "A5", N_("A5"), "A5" },
  { "A4", N_("A4"), "A4" },
};

const TtValueList tt_office_levels = TT_VALUE_LIST (levels);
const TtValueList tt_paper_sizes = TT_VALUE_LIST (papers);

const TtOfficeKey *
tt_office_keys (gsize *n_keys)
{
  *n_keys = G_N_ELEMENTS (keys);
  return keys;
}

static const TtOfficeKey *
find_key (const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_strcmp0 (keys[i].key, key) == 0)
      return &keys[i];
  return NULL;
}

static char *
validate (TtDb *db, const TtOfficeKey *k, const char *value, GError **error)
{
  const char *key = k->key;
  g_autofree char *clean = tt_text_clean_optional (value, _(k->label), 300, error);

  if (clean == NULL)
    return NULL;

  if (g_str_equal (key, "name") && *clean == '\0')
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("%s must not be empty."),
                   _(k->label));
      return NULL;
    }
  if (*clean == '\0')
    return g_steal_pointer (&clean);

  if (g_str_equal (key, "level") && tt_values_index (&tt_office_levels, clean) < 0)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("The level must be province, commune or central."));
      return NULL;
    }
  if (g_str_equal (key, "bank-bin") && !tt_text_all_digits (clean, 6, 6))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("The bank BIN must be 6 digits (e.g. 970436 for Vietcombank)."));
      return NULL;
    }
  if (g_str_equal (key, "bank-account"))
    {
      for (const char *p = clean; *p; p++)
        if (!g_ascii_isalnum (*p) || p - clean >= 19)
          {
            g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                         _("The bank account number must be up to 19 letters and digits."));
            return NULL;
          }
    }
  if (g_str_equal (key, "words-style"))
    {
      TtWordsStyle style;
      if (!tt_words_style_parse (clean, &style, error))
        return NULL;
      g_free (clean);
      clean = tt_words_style_to_string (style);
    }
  if (g_str_equal (key, "year-start"))
    {
      TtYearStart ys;
      if (!tt_year_start_parse (clean, &ys, error))
        return NULL;
      g_free (clean);
      clean = g_strdup_printf ("%02d/%02d", ys.day, ys.month);
    }
  if (g_str_equal (key, "housing-tranches"))
    {
      char *end = NULL;
      gint64 first = g_ascii_strtoll (clean, &end, 10);
      gint64 rest = end && *end == ',' ? g_ascii_strtoll (end + 1, &end, 10) : -1;
      if (end == NULL || *end != '\0' || first < 0 || rest < 0 || first + rest != 100)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The housing tranches are two percentages that make 100, e.g. 60,40."));
          return NULL;
        }
      g_free (clean);
      clean = g_strdup_printf ("%d,%d", (int) first, (int) rest);
    }
  if (g_str_equal (key, "housing-idle-days"))
    {
      guint64 days = 0;
      if (!g_ascii_string_to_unsigned (clean, 10, 1, 3650, &days, NULL))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The days without a stage must be a whole number from 1 to 3650."));
          return NULL;
        }
    }
  if (g_str_equal (key, "bhyt-price"))
    {
      gint64 price = 0;
      if (!tt_money_parse (clean, &price, NULL) || price <= 0 || price > 100000000)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The card price is an amount of đồng for a year, e.g. 1.263.600."));
          return NULL;
        }
      g_free (clean);
      clean = g_strdup_printf ("%" G_GINT64_FORMAT, price);
    }
  if (g_str_equal (key, "bhyt-shares"))
    {
      int shares[TT_OFFICE_MAX_SHARES];
      int n = tt_office_parse_shares (clean, shares);
      GString *out;
      if (n == 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The shares are up to %d percentages from 100 down, one per member in order, the last "
                         "for every member after it, e.g. 100,70,60,50,40."), TT_OFFICE_MAX_SHARES);
          return NULL;
        }
      out = g_string_new (NULL);
      for (int i = 0; i < n; i++)
        g_string_append_printf (out, "%s%d", i ? "," : "", shares[i]);
      g_free (clean);
      clean = g_string_free (out, FALSE);
    }
  if (g_str_equal (key, "receipt-paper"))
    {
      g_autofree char *up = g_ascii_strup (clean, -1);
      if (tt_values_index (&tt_paper_sizes, up) < 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                       _("The receipt paper must be A4 or A5."));
          return NULL;
        }
      g_free (clean);
      clean = g_steal_pointer (&up);
    }
  if (g_str_equal (key, "province-code") || g_str_equal (key, "commune-code"))
    {
      const char *kind = g_str_equal (key, "province-code") ? "province" : "commune";
      gint64 id = tt_place_id_by_code (db, clean);

      if (id == 0)
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NOT_FOUND,
                       _("There is no administrative unit with code %s."), clean);
          return NULL;
        }
      if (!tt_place_kind_is (db, id, kind, NULL))
        {
          g_autofree char *name = tt_place_name (db, id);
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH,
                       g_str_equal (kind, "province") ? _("%s (%s) is not a province.")
                                                      : _("%s (%s) is not a commune, ward or special zone."),
                       name, clean);
          return NULL;
        }
    }
  return g_steal_pointer (&clean);
}

/* Percentages from 100 down, none rising, comma-separated: how many, 0 when the text is not such a
 * list. */
int
tt_office_parse_shares (const char *text,
                        int         shares[TT_OFFICE_MAX_SHARES])
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  int n = 0;

  for (int i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      guint64 v = 0;
      if (n == TT_OFFICE_MAX_SHARES || !g_ascii_string_to_unsigned (part, 10, 0, 100, &v, NULL) ||
          (n > 0 && (int) v > shares[n - 1]))
        return 0;
      shares[n++] = (int) v;
    }
  return n;
}

gboolean
tt_office_set (TtDb        *db,
               const char  *key,
               const char  *value,
               GError     **error)
{
  const TtOfficeKey *k = find_key (key);
  g_autofree char *clean = NULL;

  if (k == NULL)
    {
      g_autoptr(GString) known = g_string_new (NULL);
      for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
        g_string_append_printf (known, "%s%s", i ? ", " : "", keys[i].key);
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("Unknown office setting “%s”. Known settings: %s."), key, known->str);
      return FALSE;
    }
  clean = validate (db, k, value, error);
  if (clean == NULL)
    return FALSE;
  return tt_db_set_setting (db, key, *clean ? clean : NULL, error);
}

char *
tt_office_get (TtDb       *db,
               const char *key)
{
  return tt_db_get_setting (db, key);
}

gboolean
tt_office_init (TtDb        *db,
                const char  *name,
                GError     **error)
{
  g_autofree char *existing = tt_office_get (db, "name");

  if (existing != NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_DUPLICATE,
                   _("This file already holds the office “%s”."), existing);
      return FALSE;
    }
  if (!tt_db_begin (db, error))
    return FALSE;
  if (!tt_office_set (db, "name", name, error) ||
      !tt_office_set (db, "words-style", "linh,nghìn,tư", error) ||
      !tt_office_set (db, "receipt-paper", "A5", error) ||
      !tt_places_load_official (db, error))
    {
      tt_db_rollback (db);
      return FALSE;
    }
  return tt_db_commit (db, error);
}

/* Sets up a new office in one unit of work: its name, the official places, then each of
 * @settings (key, value pairs ending with NULL; empty values are skipped). A bad value leaves
 * the file as it was. */
gboolean
tt_office_setup (TtDb              *db,
                 const char        *name,
                 const char *const *settings,
                 GError           **error)
{
  gboolean ok;

  if (!tt_db_begin (db, error))
    return FALSE;
  ok = tt_office_init (db, name, error);
  for (gsize i = 0; ok && settings != NULL && settings[i] != NULL; i += 2)
    if (settings[i + 1] != NULL && *settings[i + 1] != '\0')
      ok = tt_office_set (db, settings[i], settings[i + 1], error);
  return tt_db_end (db, ok, error);
}

void
tt_office_summary (TtDb            *db,
                   TtOfficeSummary *out)
{
  out->donors = tt_db_query_int (db, "SELECT count(*) FROM donors WHERE merged_into IS NULL", 0);
  /* From the per-donor totals the triggers keep: a million donations are not summed at
   * every window start. */
  out->receipts = tt_db_query_int (db, "SELECT coalesce(sum(gifts), 0) FROM donor_stats", 0);
  out->received = tt_db_query_int (db, "SELECT coalesce(sum(total), 0) FROM donor_stats", 0);
}

/* @amount in words in the office's style; "Không đồng" for nothing. */
char *
tt_office_amount_words (TtDb   *db,
                        gint64  amount)
{
  g_autoptr(TtOfficeProfile) profile = tt_office_profile_load (db);

  return tt_office_profile_words (profile, amount);
}
