/* tt-household-dialog.c — adding a household to the register by hand
 *
 * The household and its classification for this year are written in one transaction; a
 * refused field is named in the dialog and nothing is written.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-history-dialog.h"
#include "tt-household-support.h"
#include "tt-housing-dialog.h"
#include "tt-project-window.h"
#include "tt-form.h"
#include "tt-household-dialog.h"
#include "tt-date.h"
#include "tt-deficits.h"
#include "tt-money.h"
#include "tt-support.h"
#include "tt-households.h"
#include "tt-place-picker.h"
#include "tt-places.h"
#include "tt-value-row.h"

struct _TtHouseholdDialog
{
  AdwWindow    parent_instance;

  TtDb        *db;
  AdwEntryRow *head;
  AdwEntryRow *birth_year;
  AdwComboRow *gender;
  AdwEntryRow *id_number;
  AdwEntryRow *members;
  TtPlacePicker *commune;
  AdwEntryRow *village;
  AdwEntryRow *phone;
  AdwComboRow *category;
  AdwExpanderRow *lacking;
  GtkCheckButton *lacks[12];   /* one per tt_deficit_indicators */
  AdwComboRow *status;
  GtkLabel    *problem;
  GtkButton   *save;
  gint64       household_id;   /* 0 for a new household */
  GtkButton   *history;
  GtkButton   *housing;
  AdwPreferencesPage *page;
};

G_DEFINE_FINAL_TYPE (TtHouseholdDialog, tt_household_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];


static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static int
number_of (AdwEntryRow *row, const char *field, GError **error)
{
  const char *text = text_of (row);
  guint64 n = 0;

  if (*text == '\0')
    return 0;
  if (!g_ascii_string_to_unsigned (text, 10, 1, 9999, &n, NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("%s must be a number, not “%s”."), field, text);
      return -1;
    }
  return (int) n;
}

/* What the checked indicators say, or -1 when their survey is not recorded here. */
static gint64
lacking_of (TtHouseholdDialog *self)
{
  guint mask = 0;

  if (!adw_expander_row_get_enable_expansion (self->lacking))
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (self->lacks); i++)
    if (gtk_check_button_get_active (self->lacks[i]))
      mask |= 1u << i;
  return mask;
}

static gboolean
save (TtHouseholdDialog *self, GError **error)
{
  TtHouseholdInput in = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(TtHousehold) old = NULL;
  gint64 id;

  in.head_name = text_of (self->head);
  in.id_number = text_of (self->id_number);
  in.phone = *text_of (self->phone) ? text_of (self->phone) : NULL;
  in.head_gender = tt_value_row_get (self->gender);
  if ((in.head_birth_year = number_of (self->birth_year, _("Birth year"), error)) < 0 ||
      (in.member_count = number_of (self->members, _("Members"), error)) < 0)
    return FALSE;
  in.commune_id = tt_place_picker_get_place (self->commune);
  in.village_name = text_of (self->village);
  if (self->household_id != 0)
    {
      /* Kept to the end: the input borrows its strings. */
      old = tt_household_get (self->db, self->household_id, error);
      if (old == NULL)
        return FALSE;
      in.status = tt_value_row_get (self->status);
      in.address = old->address;
      in.code = old->code;
      in.note = old->note;
    }
  id = tt_household_save_lacking (self->db, self->household_id, &in, g_date_time_get_year (now),
                                  tt_value_row_get (self->category), lacking_of (self), error);
  return id != 0;
}

static void
on_history_cb (TtHouseholdDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtHousehold) h = tt_household_get (self->db, self->household_id, &error);

  if (h == NULL || !tt_history_dialog_show (GTK_WINDOW (self), self->db, "households", h->id, h->head_name, &error))
    {
      gtk_label_set_label (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
    }
}

static void
on_project_saved_cb (TtHouseholdDialog *self, gint64 project_id)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  gtk_window_present (GTK_WINDOW (tt_project_window_new (parent ? parent : GTK_WINDOW (self), self->db, project_id)));
}

/* A house for this household: the project form, then the project. */
static void
on_housing_cb (TtHouseholdDialog *self)
{
  TtHousingDialog *dialog = tt_housing_dialog_new (GTK_WINDOW (self), self->db, self->household_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_project_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_save_cb (TtHouseholdDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!save (self, &error))
    {
      gtk_label_set_label (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
save_form (GtkWidget *form)
{
  on_save_cb (TT_HOUSEHOLD_DIALOG (form));
  return TRUE;
}

static void
tt_household_dialog_dispose (GObject *object)
{
  g_clear_object (&TT_HOUSEHOLD_DIALOG (object)->db);
  G_OBJECT_CLASS (tt_household_dialog_parent_class)->dispose (object);
}

static void
tt_household_dialog_class_init (TtHouseholdDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_household_dialog_dispose;
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-household-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, head);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, birth_year);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, gender);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, id_number);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, members);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, commune);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, village);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, phone);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, category);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, lacking);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, history);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, housing);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, page);
  gtk_widget_class_bind_template_callback (widget_class, on_history_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_housing_cb);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, status);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, problem);
  gtk_widget_class_bind_template_child (widget_class, TtHouseholdDialog, save);
  gtk_widget_class_bind_template_callback (widget_class, on_save_cb);
}

static void
tt_household_dialog_init (TtHouseholdDialog *self)
{
  g_type_ensure (TT_TYPE_PLACE_PICKER);
  gtk_widget_init_template (GTK_WIDGET (self));
  tt_value_row_fill (self->gender, &tt_genders, _("Not given"));
  tt_value_row_fill (self->category, &tt_household_categories, _("Not classified"));
  tt_value_row_fill (self->status, &tt_household_statuses_settable, NULL);
  G_STATIC_ASSERT (G_N_ELEMENTS (self->lacks) == 12);
  for (guint i = 0; i < tt_deficit_indicators.n_values && i < G_N_ELEMENTS (self->lacks); i++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      self->lacks[i] = GTK_CHECK_BUTTON (gtk_check_button_new ());
      gtk_widget_set_valign (GTK_WIDGET (self->lacks[i]), GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _(tt_deficit_indicators.values[i].label));
      adw_action_row_add_prefix (row, GTK_WIDGET (self->lacks[i]));
      adw_action_row_set_activatable_widget (row, GTK_WIDGET (self->lacks[i]));
      adw_expander_row_add_row (self->lacking, GTK_WIDGET (row));
    }

  /* Enter in any one-line field saves, as Ctrl+Enter does anywhere. */
  {
    AdwEntryRow *rows[] = { self->head, self->birth_year, self->id_number, self->members, self->village,
                            self->phone };
    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      g_signal_connect_swapped (rows[i], "entry-activated", G_CALLBACK (on_save_cb), self);
  }
  tt_form_keys (GTK_WINDOW (self), save_form);
  gtk_widget_grab_focus (GTK_WIDGET (self->head));
}

TtHouseholdDialog *
tt_household_dialog_new (TtDb *db)
{
  TtHouseholdDialog *self = g_object_new (TT_TYPE_HOUSEHOLD_DIALOG, NULL);
  g_autofree char *commune = tt_db_get_setting (db, "commune-code");
  g_autofree char *province = tt_db_get_setting (db, "province-code");
  gint64 commune_id = tt_place_id_by_code (db, commune);
  gint64 province_id = tt_place_id_by_code (db, province);

  self->db = g_object_ref (db);
  /* A new household starts in the office's commune; any commune of its province can be chosen. */
  tt_place_picker_set_db (self->commune, db);
  tt_place_picker_set_within (self->commune, province_id ? province_id : tt_place_province_of (db, commune_id));
  tt_place_picker_set_place (self->commune, commune_id);
  return self;
}

static void
set_text (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static AdwPreferencesGroup *
info_group (TtHouseholdDialog *self, const char *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (self->page, group);
  return group;
}

/* What the register holds about the household beside its fields: its address, its category
 * year by year, its members, models, address and every support it received. */
static void
show_record (TtHouseholdDialog *self, const TtHousehold *h)
{
  g_autoptr(GPtrArray) classes = tt_household_classifications (self->db, h->id, NULL);
  AdwPreferencesGroup *group;

  /* The commune and village are the form's own fields above; the address is the record's. */
  if (h->address != NULL)
    {
      group = info_group (self, _("Address"));
      tt_form_info_row (group, _("Address"), h->address);
    }

  group = info_group (self, _("Category by Year"));
  for (guint i = 0; classes != NULL && i < classes->len; i++)
    {
      TtClassification *c = classes->pdata[i];
      g_autofree char *year = g_strdup_printf ("%d", c->year);
      g_autofree char *what = c->decision_ref ? g_strdup_printf (_("%s · decision %s"), tt_category_label (c->category),
                                                                  c->decision_ref)
                                              : g_strdup (tt_category_label (c->category));
      if (c->lacking > 0)
        {
          GString *lacks = g_string_new (NULL);
          for (guint b = 0; b < tt_deficit_indicators.n_values; b++)
            if (c->lacking & (1 << b))
              g_string_append_printf (lacks, "%s%s", lacks->len ? ", " : "", _(tt_deficit_indicators.values[b].label));
          char *with = g_strdup_printf (_("%s · lacks %s"), what, lacks->str);
          g_free (what);
          what = with;
          g_string_free (lacks, TRUE);
        }
      tt_form_info_row (group, year, what);
    }
  if (classes == NULL || classes->len == 0)
    tt_form_info_row (group, _("Not classified yet"), NULL);

  tt_household_support_show (GTK_WINDOW (self), self->page, self->db, h->id);
}

/* The dialog for changing a household of the register: its fields, its status (moved,
 * escaped poverty, deceased) and this year's category. */
TtHouseholdDialog *
tt_household_dialog_edit (TtDb    *db,
                          gint64   household_id,
                          GError **error)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, household_id, error);
  g_autofree char *year = NULL;
  g_autofree char *members = NULL;
  TtHouseholdDialog *self;

  if (h == NULL)
    return NULL;
  self = tt_household_dialog_new (db);
  self->household_id = household_id;
  gtk_window_set_title (GTK_WINDOW (self), _("Household"));
  set_text (self->head, h->head_name);
  year = h->head_birth_year ? g_strdup_printf ("%d", h->head_birth_year) : NULL;
  set_text (self->birth_year, year);
  members = g_strdup_printf ("%d", h->member_count);
  set_text (self->members, members);
  set_text (self->id_number, h->id_number);
  set_text (self->phone, h->phone);
  tt_place_picker_set_place (self->commune, h->commune_id);
  set_text (self->village, h->village_name);
  tt_value_row_set (self->gender, h->head_gender);
  tt_value_row_set (self->status, h->status);
  gtk_widget_set_visible (GTK_WIDGET (self->status), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->history), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->housing), TRUE);
  tt_value_row_set (self->category, h->category);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    gint64 lacking = tt_household_lacking (db, household_id, g_date_time_get_year (now));

    adw_expander_row_set_enable_expansion (self->lacking, lacking >= 0);
    for (guint i = 0; i < G_N_ELEMENTS (self->lacks); i++)
      gtk_check_button_set_active (self->lacks[i], lacking > 0 && (lacking & (1 << i)));
  }
  show_record (self, h);
  return self;
}
