/* tt-cli-args.c — a small option parser for the CLI's subcommands
 *
 * Options are "--name VALUE", "--name=VALUE" or "-o VALUE"; "--" ends the options. The value
 * of an option is the next argument whatever it looks like. Every command also takes the global
 * --db FILE and --help (-h) among its options.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-cli-args.h"
#include "tt-text.h"

void
tt_args_clear (TtArgs *args)
{
  g_clear_pointer (&args->values, g_hash_table_unref);
  g_clear_pointer (&args->positional, g_ptr_array_unref);
}

static const char *const global_values[] = { "db", NULL };
static const char *const global_flags[] = { "help", "h", NULL };

static gboolean
in_list (const char *const *list, const char *name)
{
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (g_str_equal (list[i], name))
      return TRUE;
  return FALSE;
}

gboolean
tt_args_parse (char              **argv,
               int                 argc,
               const char *const  *value_options,
               const char *const  *flag_options,
               TtArgs             *out,
               GError            **error)
{
  gboolean options_done = FALSE;

  out->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  out->positional = g_ptr_array_new ();

  for (int i = 0; i < argc; i++)
    {
      const char *arg = argv[i];
      g_autofree char *name = NULL;
      const char *value = NULL;
      const char *eq;

      if (options_done || arg[0] != '-' || g_str_equal (arg, "-") ||
          (g_ascii_isdigit (arg[1]) && !in_list (value_options, arg + 1) && !in_list (global_values, arg + 1)))
        {
          g_ptr_array_add (out->positional, (gpointer) arg);
          continue;
        }
      if (g_str_equal (arg, "--"))
        {
          options_done = TRUE;
          continue;
        }

      name = g_strdup (arg + (arg[1] == '-' ? 2 : 1));
      if ((eq = strchr (name, '=')) != NULL)
        {
          value = arg + (arg[1] == '-' ? 2 : 1) + (eq - name) + 1;
          name[eq - name] = '\0';
        }

      if (in_list (flag_options, name) || in_list (global_flags, name))
        {
          if (value != NULL)
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Option --%s takes no value."), name);
              return FALSE;
            }
          g_hash_table_replace (out->values, g_steal_pointer (&name), g_strdup (""));
          continue;
        }
      if (!in_list (value_options, name) && !in_list (global_values, name))
        {
          g_autofree char *quoted = tt_text_quote_short (arg);
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION,
                       _("Unknown option %s."), quoted);
          return FALSE;
        }
      if (value == NULL)
        {
          if (i + 1 >= argc)
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Option --%s needs a value."), name);
              return FALSE;
            }
          value = argv[++i];
        }
      g_hash_table_replace (out->values, g_steal_pointer (&name), g_strdup (value));
    }
  return TRUE;
}

const char *
tt_args_get (TtArgs     *args,
             const char *name)
{
  return g_hash_table_lookup (args->values, name);
}

gboolean
tt_args_has (TtArgs     *args,
             const char *name)
{
  return g_hash_table_contains (args->values, name);
}
