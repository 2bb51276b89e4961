/* fuzz-args.c — fuzz target for the CLI's argument parser
 *
 * The input is split at NUL bytes into an argument vector and parsed with the option lists of a
 * command: it must come back as options and positional arguments or an error, never a crash. An
 * option's value is whatever follows it, so a value that looks like an option is never an option:
 * every value the parser returns is one of the arguments, and every positional argument is one.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "tt-cli-args.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static gboolean
is_argument (char **argv, int argc, const char *text)
{
  for (int i = 0; i < argc; i++)
    if (text == argv[i] || g_str_equal (text, argv[i]) || strstr (argv[i], text) != NULL)
      return TRUE;
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const values[] = { "name", "kind", "phone", "note", "o", "output", NULL };
  static const char *const flags[] = { "copy", "certificate", "all", NULL };
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  const char *p = (const char *) data;
  const char *end = p + size;
  g_auto(TtArgs) args = { 0 };
  GError *error = NULL;

  while (p < end && argv->len < 64)
    {
      const char *nul = memchr (p, '\0', end - p);
      const char *stop = nul != NULL ? nul : end;
      g_ptr_array_add (argv, g_strndup (p, stop - p));
      p = stop + 1;
    }
  if (tt_args_parse ((char **) argv->pdata, (int) argv->len, values, flags, &args, &error))
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, args.values);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_assert_true (*(const char *) value == '\0' ||
                       is_argument ((char **) argv->pdata, (int) argv->len, value));
      for (guint i = 0; i < args.positional->len; i++)
        g_assert_true (is_argument ((char **) argv->pdata, (int) argv->len, args.positional->pdata[i]));
    }
  else
    g_assert_nonnull (error);
  g_clear_error (&error);
  return 0;
}
