/* tt-places-dialog.c — villages of a commune and the former units merged into it
 *
 * The clerk picks a commune (code or name), sees its villages and renames or adds them, and
 * records the districts and communes from before the 2025 reform that became part of it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-places-dialog.h"
#include "tt-places.h"
#include "tt-value-row.h"

struct _TtPlacesDialog
{
  AdwWindow            parent_instance;

  TtDb                *db;
  gint64               commune_id;
  GPtrArray           *rows;        /* rows shown for the commune's places */

  AdwEntryRow         *commune;
  GtkLabel            *problem;
  AdwPreferencesGroup *villages;
  AdwEntryRow         *new_village;
  AdwPreferencesGroup *former;
  AdwComboRow         *former_kind;
  AdwEntryRow         *new_former;
};

G_DEFINE_FINAL_TYPE (TtPlacesDialog, tt_places_dialog, ADW_TYPE_WINDOW)


static gboolean
report (TtPlacesDialog *self, GError *error)
{
  gtk_label_set_label (self->problem, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), error != NULL);
  return error == NULL;
}

static void
on_rename_cb (AdwEntryRow *row, TtPlacesDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "place-id"));

  tt_place_rename (self->db, id, gtk_editable_get_text (GTK_EDITABLE (row)), &error);
  report (self, error);
}

static void
show_places (TtPlacesDialog *self)
{
  static const char *const kinds[] = { "village", "old_commune", "old_district", "old_province" };

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (g_object_get_data (G_OBJECT (row), "group")), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  for (gsize k = 0; k < G_N_ELEMENTS (kinds) && self->commune_id; k++)
    {
      g_autoptr(GPtrArray) places = tt_place_children (self->db, self->commune_id, kinds[k], NULL);
      AdwPreferencesGroup *group = k == 0 ? self->villages : self->former;
      for (guint i = 0; places && i < places->len; i++)
        {
          TtPlace *p = places->pdata[i];
          GtkWidget *row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), k == 0 ? _("Village") : tt_place_kind_label (p->kind));
          gtk_editable_set_text (GTK_EDITABLE (row), p->name);
          adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
          g_object_set_data (G_OBJECT (row), "place-id", GSIZE_TO_POINTER (p->id));
          g_object_set_data (G_OBJECT (row), "group", group);
          g_signal_connect (row, "apply", G_CALLBACK (on_rename_cb), self);
          adw_preferences_group_add (group, row);
          g_ptr_array_add (self->rows, row);
        }
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->villages), self->commune_id != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->former), self->commune_id != 0);
}

static void
on_commune_cb (TtPlacesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kind = NULL;
  gint64 id = tt_place_resolve (self->db, gtk_editable_get_text (GTK_EDITABLE (self->commune)), &error);

  if (id > 0 && g_strcmp0 (kind = tt_place_kind (self->db, id), "commune") != 0)
    {
      g_set_error (&error, TT_INPUT_ERROR, TT_INPUT_ERROR_MISMATCH, _("Choose a commune, ward or special zone."));
      id = 0;
    }
  self->commune_id = MAX (id, 0);
  report (self, error);
  show_places (self);
}

static void
on_add_village_cb (TtPlacesDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (tt_place_add (self->db, "village", NULL, gtk_editable_get_text (GTK_EDITABLE (self->new_village)),
                    self->commune_id, &error) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->new_village), "");
  report (self, error);
  show_places (self);
}

static void
on_add_former_cb (TtPlacesDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (tt_place_add_former (self->db, tt_value_row_get (self->former_kind), gtk_editable_get_text (GTK_EDITABLE (self->new_former)),
                           self->commune_id, &error) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->new_former), "");
  report (self, error);
  show_places (self);
}

static void
tt_places_dialog_dispose (GObject *object)
{
  TtPlacesDialog *self = TT_PLACES_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_places_dialog_parent_class)->dispose (object);
}

static void
tt_places_dialog_class_init (TtPlacesDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_places_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-places-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TtPlacesDialog, commune);
  gtk_widget_class_bind_template_child (widget_class, TtPlacesDialog, problem);
  gtk_widget_class_bind_template_child (widget_class, TtPlacesDialog, villages);
  gtk_widget_class_bind_template_child (widget_class, TtPlacesDialog, new_village);
  gtk_widget_class_bind_template_child (widget_class, TtPlacesDialog, former);
  gtk_widget_class_bind_template_child (widget_class, TtPlacesDialog, former_kind);
  gtk_widget_class_bind_template_child (widget_class, TtPlacesDialog, new_former);
  gtk_widget_class_bind_template_callback (widget_class, on_commune_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_village_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_former_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tt_places_dialog_init (TtPlacesDialog *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  tt_value_row_fill (self->former_kind, &tt_former_place_kinds, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->villages), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->former), FALSE);
}

TtPlacesDialog *
tt_places_dialog_new (TtDb *db)
{
  TtPlacesDialog *self = g_object_new (TT_TYPE_PLACES_DIALOG, NULL);
  g_autofree char *commune = tt_db_get_setting (db, "commune-code");

  self->db = g_object_ref (db);
  if (commune != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->commune), commune);
      on_commune_cb (self);
    }
  return self;
}
