/* tt-locale.c — the program's locale and translations, and locale-free numbers in files
 *
 * The user interface follows the user's locale entirely: messages, and numbers such as
 * "12,5 %" in Vietnamese. Files are another matter: XML, CSV and PDF spell numbers with a
 * decimal point whatever the locale, or spreadsheet programs have to repair the file. Some
 * libraries (libxlsxwriter as Debian builds it) format numbers with the C library's printf,
 * which follows LC_NUMERIC; a writer calls them between tt_c_numbers_begin() and
 * tt_c_numbers_end(), which give the calling thread, and only it, the C locale's numbers.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tt-locale.h"

struct _TtCNumbers
{
  locale_t previous;
  locale_t numbers;
};

/* Whether this program is the one in the build tree (tools/dev run, the tests), whose
 * translations are compiled into the build tree's po folder and never installed. */
gboolean
tt_running_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *root = realpath (TT_BUILD_ROOT, NULL);
  gsize n;

  if (exe == NULL || root == NULL)
    return FALSE;
  n = strlen (root);
  return strncmp (exe, root, n) == 0 && exe[n] == G_DIR_SEPARATOR;
}

/* The installed data folder (share): beside the program's own bin folder when it runs from
 * somewhere else than where it was configured to be installed (a DESTDIR, a moved install),
 * otherwise the configured one. */
const char *
tt_data_dir (void)
{
  static const char *dir;

  if (dir == NULL)
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *bin = exe ? g_path_get_dirname (exe) : NULL;
      g_autofree char *prefix = bin ? g_path_get_dirname (bin) : NULL;
      g_autofree char *share = prefix ? g_build_filename (prefix, "share", NULL) : NULL;
      g_autofree char *schemas = share ? g_build_filename (share, "glib-2.0", "schemas", NULL) : NULL;

      dir = g_intern_string (schemas != NULL && g_file_test (schemas, G_FILE_TEST_IS_DIR) ? share : TT_DATADIR);
    }
  return dir;
}

/* Where the translations are: $TT_LOCALEDIR when set, the build tree's po folder when the
 * program runs from the build tree, otherwise where it was installed (tt_data_dir()). */
const char *
tt_locale_dir (void)
{
  static const char *dir;

  if (dir == NULL)
    {
      const char *env = g_getenv ("TT_LOCALEDIR");
      if (env != NULL && *env != '\0')
        dir = g_intern_string (env);
      else
        {
          g_autofree char *installed = g_build_filename (tt_data_dir (), "locale", NULL);
          dir = tt_running_uninstalled () ? TT_BUILD_LOCALEDIR : g_intern_string (installed);
        }
    }
  return dir;
}

/* What main() of every program does first: the user's locale, and our messages. */
void
tt_locale_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, tt_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* From now until tt_c_numbers_end(), this thread formats and reads numbers as the C locale
 * does (a decimal point, no grouping); messages and character types stay the user's. Per
 * thread, unlike setlocale(), so the rest of the program (the interface, other threads) keeps
 * the user's numbers. */
TtCNumbers *
tt_c_numbers_begin (void)
{
  TtCNumbers *scope = g_new0 (TtCNumbers, 1);
  locale_t current = duplocale (uselocale ((locale_t) 0));

  if (current == (locale_t) 0)
    g_error ("Cannot copy the current locale: %s", g_strerror (errno));
  scope->numbers = newlocale (LC_NUMERIC_MASK, "C", current);
  if (scope->numbers == (locale_t) 0)
    g_error ("Cannot make a locale with C numbers: %s", g_strerror (errno));
  scope->previous = uselocale (scope->numbers);
  return scope;
}

void
tt_c_numbers_end (TtCNumbers *scope)
{
  if (scope == NULL)
    return;
  uselocale (scope->previous);
  freelocale (scope->numbers);
  g_free (scope);
}
