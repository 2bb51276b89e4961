/* test-vietqr.c — VietQR payloads decode to the right fields with a valid CRC */
#include "config.h"

#include <string.h>

#include "tt-error.h"
#include "tt-office.h"
#include "tt-test-util.h"
#include "tt-vietqr.h"

/* Parses EMVCo TLV into tag → value. */
static GHashTable *
decode (const char *payload)
{
  GHashTable *fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gsize len = strlen (payload), i = 0;

  while (i < len)
    {
      char tag[3] = { payload[i], payload[i + 1], 0 };
      int n = (payload[i + 2] - '0') * 10 + (payload[i + 3] - '0');

      g_assert_cmpuint (i + 4 + n, <=, len);
      g_hash_table_insert (fields, g_strdup (tag), g_strndup (payload + i + 4, n));
      i += 4 + n;
    }
  return fields;
}

static void
test_crc (void)
{
  g_assert_cmpuint (tt_crc16_ccitt ("123456789", 9), ==, 0x29B1);
  g_assert_cmpuint (tt_crc16_ccitt ("", 0), ==, 0xFFFF);
}

static void
test_payload_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *p = tt_vietqr_payload ("970436", "0011004455667", 500000,
                                          "Ủng hộ Quỹ Vì người nghèo", &error);
  g_autoptr(GHashTable) top = NULL;
  g_autoptr(GHashTable) merchant = NULL;
  g_autoptr(GHashTable) bene = NULL;
  g_autoptr(GHashTable) extra = NULL;
  g_autofree char *crc = NULL;
  gsize len;

  g_assert_no_error (error);
  top = decode (p);
  g_assert_cmpstr (g_hash_table_lookup (top, "00"), ==, "01");
  g_assert_cmpstr (g_hash_table_lookup (top, "01"), ==, "12");
  g_assert_cmpstr (g_hash_table_lookup (top, "53"), ==, "704");
  g_assert_cmpstr (g_hash_table_lookup (top, "54"), ==, "500000");
  g_assert_cmpstr (g_hash_table_lookup (top, "58"), ==, "VN");
  merchant = decode (g_hash_table_lookup (top, "38"));
  g_assert_cmpstr (g_hash_table_lookup (merchant, "00"), ==, "A000000727");
  g_assert_cmpstr (g_hash_table_lookup (merchant, "02"), ==, "QRIBFTTA");
  bene = decode (g_hash_table_lookup (merchant, "01"));
  g_assert_cmpstr (g_hash_table_lookup (bene, "00"), ==, "970436");
  g_assert_cmpstr (g_hash_table_lookup (bene, "01"), ==, "0011004455667");
  extra = decode (g_hash_table_lookup (top, "62"));
  g_assert_cmpstr (g_hash_table_lookup (extra, "08"), ==, "Ung ho Quy Vi nguoi ngheo");

  /* The CRC covers everything before it, "6304" included, and is the last field. */
  len = strlen (p);
  g_assert_true (g_str_has_prefix (p + len - 8, "6304"));
  crc = g_strdup_printf ("%04X", tt_crc16_ccitt (p, len - 4));
  g_assert_cmpstr (g_hash_table_lookup (top, "63"), ==, crc);
  g_assert_cmpstr (p + len - 4, ==, "4449");
}

static void
test_static_code (void)
{
  g_autofree char *p = tt_vietqr_payload ("970418", "12345678", 0, NULL, NULL);
  g_autoptr(GHashTable) top = decode (p);

  g_assert_cmpstr (g_hash_table_lookup (top, "01"), ==, "11");
  g_assert_false (g_hash_table_contains (top, "54"));
  g_assert_false (g_hash_table_contains (top, "62"));
}

static void
test_errors (void)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  g_autoptr(GError) e4 = NULL;
  g_autoptr(TtDb) db = tt_test_new_db (NULL);

  g_assert_null (tt_vietqr_payload ("97043", "123", 0, NULL, &e1));
  g_assert_error (e1, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_assert_null (tt_vietqr_payload ("970436", "12-34", 0, NULL, &e2));
  g_assert_error (e2, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_assert_null (tt_vietqr_payload ("970436", "1234", 0,
                                    "Ủng hộ Quỹ Vì người nghèo tháng cao điểm năm 2026", &e3));
  g_assert_error (e3, TT_INPUT_ERROR, TT_INPUT_ERROR_RANGE);
  /* An office without a bank account says what to set. */
  g_assert_null (tt_vietqr_for_office (db, 0, NULL, &e4));
  g_assert_nonnull (strstr (e4->message, "bank BIN"));
  g_assert_true (tt_office_set (db, "bank-bin", "970436", NULL));
  g_assert_true (tt_office_set (db, "bank-account", "0011004455667", NULL));
  {
    g_autofree char *p = tt_vietqr_for_office (db, 0, NULL, NULL);
    g_assert_nonnull (strstr (p, "0006970436011300110044556670208QRIBFTTA"));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vietqr/crc", test_crc);
  g_test_add_func ("/vietqr/payload-fields", test_payload_fields);
  g_test_add_func ("/vietqr/static", test_static_code);
  g_test_add_func ("/vietqr/errors", test_errors);
  return g_test_run ();
}
