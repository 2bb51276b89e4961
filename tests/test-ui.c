/* test-ui.c — every .ui template instantiates on GTK 4.8 / libadwaita 1.2; the window shows
 * the office */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tt-application.h"
#include "tt-donations.h"
#include "tt-donors.h"
#include "tt-test-util.h"
#include "tt-window.h"

static const char *resource_root = "/io/github/tuongthan/TuongThan/";

static char *
type_name_for (const char *file)
{
  g_auto(GStrv) parts = g_strsplit (file, "-", -1);
  GString *name = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *dot = strchr (parts[i], '.');
      if (dot)
        *dot = '\0';
      g_string_append_c (name, g_ascii_toupper (parts[i][0]));
      g_string_append (name, parts[i] + 1);
    }
  return g_string_free (name, FALSE);
}

static void
test_every_template (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  g_auto(GStrv) files = g_resources_enumerate_children (resource_root, 0, NULL);
  guint n = 0;

  g_type_ensure (TT_TYPE_WINDOW);
  g_assert_nonnull (files);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *type_name = NULL;
      GType type;
      GObject *obj;

      if (!g_str_has_suffix (files[i], ".ui"))
        continue;
      type_name = type_name_for (files[i]);
      type = g_type_from_name (type_name);
      if (type == 0)
        g_error ("template %s has no class %s", files[i], type_name);
      if (g_object_class_find_property (G_OBJECT_CLASS (g_type_class_ref (type)), "db") != NULL)
        obj = g_object_new (type, "db", db, NULL);
      else
        obj = g_object_new (type, NULL);
      g_assert_true (GTK_IS_WIDGET (obj));
      if (GTK_IS_WINDOW (obj))
        gtk_window_destroy (GTK_WINDOW (obj));
      else
        g_object_unref (g_object_ref_sink (obj));
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

static void
test_window_shows_office (void)
{
  g_autoptr(TtDb) db = tt_test_new_db (NULL);
  TtDonorInput donor = { .name = "Nguyễn Văn Đức" };
  TtDonationInput gift = { .amount = 1500000 };
  TtWindow *window;
  GtkLabel *donors, *total;
  AdwWindowTitle *title;

  gift.donor_id = tt_donor_add (db, &donor, NULL);
  g_assert_cmpint (tt_donation_add (db, &gift, NULL, NULL), >, 0);

  window = g_object_new (TT_TYPE_WINDOW, "db", db, NULL);
  gtk_window_present (GTK_WINDOW (window));
  donors = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "donors_label"));
  total = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "total_label"));
  title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), TT_TYPE_WINDOW, "title"));
  g_assert_cmpstr (gtk_label_get_label (donors), ==, "1");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "1.500.000 đ");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Ban vận động Quỹ Vì người nghèo xã Thử Nghiệm");
  g_assert_true (tt_window_get_db (window) == db);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/ui/every-template", test_every_template);
  g_test_add_func ("/ui/window-shows-office", test_window_shows_office);
  return g_test_run ();
}
