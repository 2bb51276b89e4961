/* tt-vietqr.c — VietQR (NAPAS EMVCo) payloads for bank transfers to the office
 *
 * The payload is EMVCo TLV: 00 format, 01 static (11) or dynamic with an amount (12),
 * 38 NAPAS merchant account (GUID A000000727, bank BIN + account, service QRIBFTTA),
 * 53 currency 704, 54 amount, 58 country VN, 62/08 purpose, 63 CRC-16/CCITT-FALSE over
 * everything before it including "6304".
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tt-error.h"
#include "tt-money.h"
#include "tt-office.h"
#include "tt-text.h"
#include "tt-vietqr.h"

#define PURPOSE_MAX 25

guint16
tt_crc16_ccitt (const char *data,
                gsize       len)
{
  guint16 crc = 0xFFFF;

  for (gsize i = 0; i < len; i++)
    {
      crc ^= (guint16) ((guint8) data[i]) << 8;
      for (int b = 0; b < 8; b++)
        crc = (crc & 0x8000) ? (guint16) ((crc << 1) ^ 0x1021) : (guint16) (crc << 1);
    }
  return crc;
}

static void
append_tlv (GString *out, const char *tag, const char *value)
{
  g_string_append_printf (out, "%s%02u%s", tag, (guint) strlen (value), value);
}

/* Banking apps expect plain ASCII: tones and hats dropped, đ → d, case kept. */
static char *
ascii_purpose (const char *text, GError **error)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = nfd; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (c == 0x0111)
        c = 'd';
      else if (c == 0x0110 || c == 0x00D0)
        c = 'D';
      if (c >= 0x20 && c < 0x7F)
        g_string_append_c (out, (char) c);
      else if (g_unichar_isspace (c))
        g_string_append_c (out, ' ');
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  if (out->len > PURPOSE_MAX)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The transfer purpose is too long for a VietQR code: at most %d letters "
                     "(“%s” has %u)."),
                   PURPOSE_MAX, out->str, (guint) out->len);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
tt_vietqr_payload (const char  *bank_bin,
                   const char  *account,
                   gint64       amount,
                   const char  *purpose,
                   GError     **error)
{
  g_autoptr(GString) merchant = g_string_new (NULL);
  g_autoptr(GString) beneficiary = g_string_new (NULL);
  g_autofree char *ascii = NULL;
  GString *out;
  char crc[5];

  if (bank_bin == NULL || !tt_text_all_digits (bank_bin, 6, 6))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("The office has no valid bank BIN (6 digits); set it in the preferences."));
      return NULL;
    }
  if (account == NULL || *account == '\0' || strlen (account) > 19)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                   _("The office has no bank account number; set it in the preferences."));
      return NULL;
    }
  for (const char *p = account; *p; p++)
    if (!g_ascii_isalnum (*p))
      {
        g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
                     _("The bank account number must be up to 19 letters and digits."));
        return NULL;
      }
  if (amount < 0 || amount > 9999999999999)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE,
                   _("The amount of a VietQR code must be between 1 and 13 digits of đồng."));
      return NULL;
    }
  if (purpose != NULL && *purpose != '\0' && (ascii = ascii_purpose (purpose, error)) == NULL)
    return NULL;

  append_tlv (beneficiary, "00", bank_bin);
  append_tlv (beneficiary, "01", account);
  append_tlv (merchant, "00", "A000000727");
  append_tlv (merchant, "01", beneficiary->str);
  append_tlv (merchant, "02", "QRIBFTTA");

  out = g_string_new (NULL);
  append_tlv (out, "00", "01");
  append_tlv (out, "01", amount > 0 ? "12" : "11");
  append_tlv (out, "38", merchant->str);
  append_tlv (out, "53", "704");
  if (amount > 0)
    {
      char value[20];
      g_snprintf (value, sizeof value, "%" G_GINT64_FORMAT, amount);
      append_tlv (out, "54", value);
    }
  append_tlv (out, "58", "VN");
  if (ascii != NULL && *ascii != '\0')
    {
      g_autoptr(GString) extra = g_string_new (NULL);
      append_tlv (extra, "08", ascii);
      append_tlv (out, "62", extra->str);
    }
  g_string_append (out, "6304");
  g_snprintf (crc, sizeof crc, "%04X", tt_crc16_ccitt (out->str, out->len));
  g_string_append (out, crc);
  return g_string_free (out, FALSE);
}

char *
tt_vietqr_for_office (TtDb        *db,
                      gint64       amount,
                      const char  *purpose,
                      GError     **error)
{
  g_autofree char *bin = tt_office_get (db, "bank-bin");
  g_autofree char *account = tt_office_get (db, "bank-account");

  return tt_vietqr_payload (bin, account, amount, purpose, error);
}
