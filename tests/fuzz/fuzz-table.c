/* fuzz-table.c — fuzz target for the CSV and XLSX readers
 *
 * Built as a libFuzzer target with -Dfuzzing=true and clang; otherwise linked with
 * fuzz-driver.c, which the test suite runs for a few seconds over mutations of the corpus.
 * Every input must come back as a table or an error, never a crash, a leak or a read outside
 * the buffer (the suite builds it with AddressSanitizer when the compiler has it).
 */
#include "config.h"

#include <stdint.h>

#include "tt-table.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GError *error = NULL;
  TtTable *table = tt_table_read_csv ((const char *) data, size, &error);

  if (table != NULL)
    {
      for (guint r = 0; r < tt_table_n_rows (table); r++)
        for (guint c = 0; c <= tt_table_n_cells (table, r); c++)
          g_assert_true (g_utf8_validate (tt_table_cell (table, r, c), -1, NULL));
      tt_table_free (table);
    }
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  table = tt_table_read_xlsx ((const char *) data, size, &error);
  if (table != NULL)
    tt_table_free (table);
  else
    g_assert_nonnull (error);
  g_clear_error (&error);
  return 0;
}
