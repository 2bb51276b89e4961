/* tt-targets-window.c — a campaign's targets and how far it is toward each
 *
 * One row per target: the measure and its unit (the office, a place or a member organisation),
 * what the records say of it against the target, and a button that removes it. "Add Target"
 * opens a small form: the measure, the value as the plan writes it (15 tỷ, 1.000, 80, 4,63), the
 * unit and, for the poverty rate, the rate it starts from. A refusal is shown on the form with
 * what was typed kept. A target's row opens the place that holds its records.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-form.h"
#include "tt-progress.h"
#include "tt-targets.h"
#include "tt-targets-window.h"
#include "tt-value-row.h"

typedef struct
{
  TtDb       *db;
  gint64      campaign;
  GtkWindow  *window;
  GtkListBox *list;
  GtkLabel   *problem;
} Targets;

static void
targets_free (Targets *t)
{
  g_clear_object (&t->db);
  g_free (t);
}

static void fill (Targets *t);

/* The place of the app that holds the records a measure is counted from. */
static const char *
place_of (const char *measure)
{
  if (g_str_equal (measure, "money"))
    return "donors";
  if (g_str_has_prefix (measure, "gift-"))
    return "gifts";
  if (g_str_has_prefix (measure, "houses-"))
    return "housing";
  if (g_str_equal (measure, "poverty-rate"))
    return "households";
  return "support";
}

static void
on_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, Targets *t)
{
  const char *place = g_object_get_data (G_OBJECT (row), "place");
  GtkWindow *parent = gtk_window_get_transient_for (t->window);

  if (place == NULL || parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.section", "s", place);
  gtk_window_destroy (t->window);
}

static void
on_remove_cb (GtkButton *button, Targets *t)
{
  g_autoptr(GError) error = NULL;

  if (!tt_target_remove (t->db, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "target")), &error))
    {
      gtk_label_set_label (t->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (t->problem), TRUE);
      return;
    }
  fill (t);
}

static void
fill (Targets *t)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) progress = tt_progress_of_campaign (t->db, t->campaign, NULL, &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (t->list))) != NULL)
    gtk_list_box_remove (t->list, child);
  gtk_widget_set_visible (GTK_WIDGET (t->problem), progress == NULL);
  if (progress == NULL)
    {
      gtk_label_set_label (t->problem, error->message);
      return;
    }
  for (guint i = 0; i < progress->len; i++)
    {
      TtProgress *p = progress->pdata[i];
      const char *what = tt_values_label (&tt_target_measures, p->measure);
      g_autofree char *title = p->unit ? g_strdup_printf ("%s — %s", what, p->unit) : g_strdup (what);
      g_autofree char *target = tt_target_format_value (p->measure, p->target);
      g_autofree char *achieved = p->achieved >= 0 ? tt_target_format_value (p->measure, p->achieved) : g_strdup ("—");
      g_autofree char *subtitle = p->percent >= 0
                                    ? g_strdup_printf (_("%s of %s · %.1f %%"), achieved, target, p->percent)
                                    : g_strdup_printf (_("%s of %s"), achieved, target);
      g_autofree char *name = g_strdup_printf ("target%u", i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_name (row, name);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Target"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Target"), -1);
      g_object_set_data (G_OBJECT (remove), "target", GSIZE_TO_POINTER (p->target_id));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_cb), t);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Open the records this figure is counted from"));
      g_object_set_data (G_OBJECT (row), "place", (gpointer) place_of (p->measure));
      gtk_list_box_append (t->list, row);
    }
  if (progress->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No target yet: add those of the campaign's plan"));
      gtk_list_box_append (t->list, row);
    }
}

static gboolean
run_add (GtkWindow *form, gpointer data, GError **error)
{
  Targets *t = data;
  TtTargetInput in = { .measure = tt_value_row_get (tt_small_form_choice (form)), .value = tt_small_form_text (form, 0),
                       .unit = tt_small_form_text (form, 1), .baseline = tt_small_form_text (form, 2) };

  if (in.value == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("Target: give the value the plan sets."));
      return FALSE;
    }
  if (tt_target_unit_is_each_commune (in.unit))
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      return tt_target_add_each_commune (t->db, t->campaign, &in, ids, error);
    }
  return tt_target_add (t->db, t->campaign, &in, error) > 0;
}

static void
refill (gpointer data)
{
  fill (data);
}

static void
on_add_cb (GtkButton *button, Targets *t)
{
  const char *titles[] = { _("_Target (15 tỷ, 1.000, 80 or 4,63)"),
                           _("_Unit: commune, province code, organisation, “mỗi xã”; empty: the office"),
                           _("_Baseline rate (poverty rate only, e.g. 5,63)") };
  GtkWindow *form = tt_small_form_new (t->window, _("Add Target"), _("_Measure"), titles, 3, run_add, refill, t);

  tt_value_row_fill (tt_small_form_choice (form), &tt_target_measures, NULL);
  gtk_window_present (form);
  gtk_widget_grab_focus (GTK_WIDGET (tt_small_form_field (form, 0)));
}

/* The targets of @campaign, over @parent. */
GtkWindow *
tt_targets_window_new (GtkWindow  *parent,
                       TtDb       *db,
                       gint64      campaign,
                       const char *name)
{
  Targets *t = g_new0 (Targets, 1);
  GtkWidget *window = g_object_new (ADW_TYPE_WINDOW, "transient-for", parent, "modal", TRUE, "default-width", 640,
                                    "default-height", 560, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Target…"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *title = g_strdup_printf (_("Targets of %s"), name);

  t->db = g_object_ref (db);
  t->campaign = campaign;
  t->window = GTK_WINDOW (window);
  gtk_window_set_title (t->window, title);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_name (add, "add-target");
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_cb), t);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  t->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (t->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (t->list), "boxed-list");
  gtk_widget_set_name (GTK_WIDGET (t->list), "targets");
  g_signal_connect (t->list, "row-activated", G_CALLBACK (on_row_activated_cb), t);
  t->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (t->problem, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (t->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (t->problem), FALSE);
  g_object_set (inner, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (t->problem));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (t->list));
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scroller);
  adw_window_set_content (ADW_WINDOW (window), content);
  tt_form_keys (GTK_WINDOW (window), NULL);
  g_object_set_data_full (G_OBJECT (window), "targets", t, (GDestroyNotify) targets_free);
  fill (t);
  return GTK_WINDOW (window);
}
