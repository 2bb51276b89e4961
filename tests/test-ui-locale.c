/* test-ui-locale.c — started from the build tree under LANG=vi_VN.UTF-8, as tools/dev run
 * starts it, the window speaks Vietnamese
 *
 * main() does what the app's main() and GtkApplication's start-up do, in the same order:
 * tt_locale_init(), then gtk_init() (which sets the locale from the environment again) and
 * adw_init(). gtk_test_init() is not used: it forces an English locale.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "tt-locale.h"
#include "tt-test-util.h"
#include "tt-window.h"

static void
collect_texts (GtkWidget *widget, GHashTable *texts)
{
  if (GTK_IS_LABEL (widget))
    g_hash_table_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static void
spin (void)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Opens a section as a click in the sidebar does (the pages are built when first opened). */
static void
open_section (TtWindow *window, const char *name)
{
  GtkWidget *sections = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "sections"));

  for (GtkWidget *row = gtk_widget_get_first_child (sections); row; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      g_signal_emit_by_name (sections, "row-activated", row);
  spin ();
}

static void
test_window_in_vietnamese (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  TtWindow *window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  /* The sections in the sidebar (from the window's template), the overview's figures, and
   * "Status" in its two senses: a household's (the register's column) and a delivery's (the
   * gift list's column, translated in its context). */
  const char *vietnamese[] = { "Tổng quan", "Hộ gia đình", "Quà Tết", "Tổng số đã nhận", "Tình trạng",
                               "Tình trạng nhận" };
  const char *english[] = { "Overview", "Households", "Tết Gifts", "Total received", "Status", "Status" };

  gtk_window_present (GTK_WINDOW (window));
  open_section (window, "households");
  open_section (window, "gifts");
  collect_texts (GTK_WIDGET (window), texts);
  for (guint i = 0; i < G_N_ELEMENTS (vietnamese); i++)
    {
      if (!g_hash_table_contains (texts, vietnamese[i]))
        g_error ("The window does not show “%s”", vietnamese[i]);
      g_assert_false (g_hash_table_contains (texts, english[i]));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  /* The user's environment: a Vietnamese desktop, nothing else set. */
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANGUAGE");
  g_setenv ("LANG", "vi_VN.UTF-8", TRUE);

  tt_locale_init ();
  g_test_init (&argc, &argv, NULL);
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "vi_VN.UTF-8") != 0)
    g_error ("The locale vi_VN.UTF-8 is missing: run tools/dev test (or generate it with locale-gen)");
  gtk_init ();
  adw_init ();
  g_test_add_func ("/ui-locale/window-in-vietnamese", test_window_in_vietnamese);
  return g_test_run ();
}
