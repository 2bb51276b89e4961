/* tt-preferences.c — the office settings: name, signatories, bank account, styles
 *
 * One row per office setting (the list lives in core, tt_office_keys(), shared with
 * `tuong-than-cli office set`): text in an entry row, a value list in a drop-down of its
 * labels, the province and commune in place pickers, the amount-in-words style as its four
 * choices. A text row applies on Enter or its apply button, the others when a choice is made.
 * A value the core refuses is not kept on screen: the row goes back to what the file holds,
 * turns red, and the reason stands under it.
 *
 * Under the settings, the office's table of support that may go together: one expander per kind
 * of support with a switch for every kind (itself included: a second one in the period). A pair
 * is one row of the table, so its two switches move together.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-place-picker.h"
#include "tt-places.h"
#include "tt-preferences.h"
#include "tt-support.h"
#include "tt-value-row.h"

/* Its words show every choice of the style: linh or lẻ, nghìn or ngàn, tư or bốn. */
#define WORDS_SAMPLE 105024

struct _TtPreferences
{
  AdwWindow   parent_instance;

  TtDb       *db;
  GHashTable *rows;        /* key → the row showing the setting */
  GHashTable *problems;    /* key → the row under it saying why a value was not saved */
  GPtrArray  *word_rows;   /* the drop-downs of the amount-in-words style's choices */
  GHashTable *pairs;       /* "kind\tother" → the switch allowing the pair, both ways round */
  GPtrArray  *kind_rows;   /* the expander of each kind of support, in the kinds' order */
  gboolean    showing;     /* rows being set from the file, not by the clerk */

  GtkBox     *groups;
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtPreferences, tt_preferences, ADW_TYPE_WINDOW)

static const struct { const char *title; const char *keys[8]; } groups[] = {
  { N_("Office"), { "name", "level", "parent", "address", "phone", "province-code", "commune-code", NULL } },
  { N_("Signatories"), { "head", "accountant", "cashier", "clerk", NULL } },
  { N_("Bank account for transfers and VietQR"), { "bank-name", "bank-bin", "bank-account", "bank-holder", NULL } },
  { N_("Receipts and reports"), { "fund", "words-style", "receipt-paper", "year-start", "form-circular", NULL } },
  { N_("Housing support"), { "housing-tranches", "housing-idle-days", NULL } },
  { N_("Health insurance"), { "bhyt-price", "bhyt-shares", NULL } },
};

static const char *
hint (const char *key)
{
  if (g_str_equal (key, "fund"))
    return _("As printed on receipts, certificates and statements, e.g. Quỹ \"Vì người nghèo\"");
  if (g_str_equal (key, "year-start"))
    return _("The day the reporting year starts, e.g. 01/01 or 25/11");
  if (g_str_equal (key, "bank-bin"))
    return _("The bank's 6-digit NAPAS code, e.g. 970436 for Vietcombank");
  if (g_str_equal (key, "housing-tranches"))
    return _("Empty: 60,40 — 60 per cent of the support paid when work starts, 40 per cent after the completion inspection");
  if (g_str_equal (key, "housing-idle-days"))
    return _("Empty: 60 — open projects with no new stage for this many days are highlighted");
  if (g_str_equal (key, "bhyt-price"))
    return _("Empty: 1.263.600 — 4.5 per cent of the base salary of 2.340.000 đồng for twelve months");
  if (g_str_equal (key, "bhyt-shares"))
    return _("Empty: 100,70,60,50,40 — a household's first member pays the full price, the second 70 per cent, "
             "the fifth and every later member 40 per cent");
  if (g_str_equal (key, "form-circular"))
    return _("Empty: by the document's date, TT 107/2017/TT-BTC before 2025 and TT 24/2024/TT-BTC from then on");
  return NULL;
}

static const char *
key_label (const char *key)
{
  gsize n;
  const TtOfficeKey *keys = tt_office_keys (&n);

  for (gsize i = 0; i < n; i++)
    if (g_str_equal (keys[i].key, key))
      return _(keys[i].label);
  return key;
}

/* The value list behind a setting chosen in a drop-down, or NULL. */
static const TtValueList *
value_list (const char *key)
{
  if (g_str_equal (key, "level"))
    return &tt_office_levels;
  if (g_str_equal (key, "receipt-paper"))
    return &tt_paper_sizes;
  return NULL;
}

static const char *
place_kind (const char *key)
{
  if (g_str_equal (key, "province-code"))
    return "province";
  if (g_str_equal (key, "commune-code"))
    return "commune";
  return NULL;
}

/* The amount-in-words style as its drop-downs show it. */
static char *
words_value (TtPreferences *self)
{
  guint n;
  const TtWordsChoice *choices = tt_words_style_choices (&n);
  TtWordsStyle style = TT_WORDS_DEFAULT;

  for (guint c = 0; c < n && c < self->word_rows->len; c++)
    if (tt_values_index (&choices[c].words, tt_value_row_get (self->word_rows->pdata[c])) == 1)
      style |= choices[c].flag;
  return tt_words_style_to_string (style);
}

static void
show_words (TtPreferences *self, AdwExpanderRow *row, const char *value)
{
  guint n;
  const TtWordsChoice *choices = tt_words_style_choices (&n);
  TtWordsStyle style = TT_WORDS_DEFAULT;
  g_autofree char *sample = NULL;

  tt_words_style_parse (value, &style, NULL);
  for (guint c = 0; c < n && c < self->word_rows->len; c++)
    tt_value_row_set (self->word_rows->pdata[c], tt_values_code (&choices[c].words, (style & choices[c].flag) ? 1 : 0));
  sample = tt_money_words (WORDS_SAMPLE, style, NULL);
  adw_expander_row_set_subtitle (row, sample);
}

/* What the row of @key shows, as the value to write. */
static char *
row_value (TtPreferences *self, const char *key)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, key);

  if (ADW_IS_ENTRY_ROW (row))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  if (TT_IS_PLACE_PICKER (row))
    return tt_place_picker_dup_code (TT_PLACE_PICKER (row));
  if (ADW_IS_EXPANDER_ROW (row))
    return words_value (self);
  return g_strdup (tt_value_row_get (ADW_COMBO_ROW (row)));
}

/* Sets the row of @key to what the file holds. */
static void
show_saved (TtPreferences *self, const char *key)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, key);
  g_autofree char *value = tt_office_get (self->db, key);

  if (row == NULL)
    return;
  self->showing = TRUE;
  if (ADW_IS_ENTRY_ROW (row))
    {
      /* Shown without the apply button, as text the clerk has not changed. */
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (row), value ? value : g_str_equal (key, "fund") ? TT_DEFAULT_FUND : "");
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
    }
  else if (TT_IS_PLACE_PICKER (row))
    tt_place_picker_set_place (TT_PLACE_PICKER (row), tt_place_id_by_code (self->db, value));
  else if (ADW_IS_EXPANDER_ROW (row))
    show_words (self, ADW_EXPANDER_ROW (row), value);
  else
    tt_value_row_set (ADW_COMBO_ROW (row), value);
  self->showing = FALSE;
}

/* Marks the row of @key and says why under it; NULL clears both. */
static void
show_problem (TtPreferences *self, const char *key, const char *message)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, key);
  GtkWidget *problem = g_hash_table_lookup (self->problems, key);

  if (row == NULL || problem == NULL)
    return;
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (problem), message);
    }
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_visible (problem, message != NULL);
}

/* The commune is chosen among the province's; one from another province is pointed out. */
static void
match_commune_to_province (TtPreferences *self)
{
  gint64 province = tt_place_picker_get_place (g_hash_table_lookup (self->rows, "province-code"));
  TtPlacePicker *communes = g_hash_table_lookup (self->rows, "commune-code");
  gint64 commune = tt_place_picker_get_place (communes);

  tt_place_picker_set_within (communes, province);
  if (province != 0 && commune != 0 && tt_place_province_of (self->db, commune) != province)
    show_problem (self, "commune-code", _("This commune is not in the office's province: choose it again."));
  else
    show_problem (self, "commune-code", NULL);
}

static void
apply_row (TtPreferences *self, GtkWidget *row)
{
  const char *key = g_object_get_data (G_OBJECT (row), "key");
  g_autofree char *value = NULL;

  if (self->showing)
    return;
  value = row_value (self, key);
  tt_preferences_apply (self, key, value ? value : "");
}

static void
on_entry_apply_cb (GtkWidget *row, TtPreferences *self)
{
  apply_row (self, row);
}

static void
on_choice_changed_cb (GtkWidget *row, GParamSpec *pspec, TtPreferences *self)
{
  apply_row (self, row);
}

static GtkWidget *
new_words_row (TtPreferences *self)
{
  guint n;
  const TtWordsChoice *choices = tt_words_style_choices (&n);
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  for (guint c = 0; c < n; c++)
    {
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(choices[c].title));
      tt_value_row_fill (ADW_COMBO_ROW (row), &choices[c].words, NULL);
      g_object_set_data (G_OBJECT (row), "key", (gpointer) "words-style");
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      g_ptr_array_add (self->word_rows, row);
    }
  return expander;
}

static GtkWidget *
new_row (TtPreferences *self, const char *key)
{
  const TtValueList *list = value_list (key);
  const char *kind = place_kind (key);
  GtkWidget *row;

  if (g_str_equal (key, "words-style"))
    row = new_words_row (self);
  else if (kind != NULL)
    {
      row = tt_place_picker_new (self->db, kind);
      tt_place_picker_set_none_label (TT_PLACE_PICKER (row), _("Not set"));
      g_signal_connect (row, "chosen", G_CALLBACK (on_entry_apply_cb), self);
    }
  else if (list != NULL)
    {
      row = adw_combo_row_new ();
      tt_value_row_fill (ADW_COMBO_ROW (row), list, g_str_equal (key, "level") ? _("Not set") : NULL);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
    }
  else
    {
      row = adw_entry_row_new ();
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_signal_connect (row, "apply", G_CALLBACK (on_entry_apply_cb), self);
      g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_apply_cb), self);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kind ? tt_place_kind_label (kind) : key_label (key));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (hint (key) != NULL)
    gtk_widget_set_tooltip_text (row, hint (key));
  g_object_set_data (G_OBJECT (row), "key", (gpointer) key);
  return row;
}

/* The row that says why a value of the row above was not saved; hidden until one is not. */
static GtkWidget *
new_problem_row (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "error");
  gtk_widget_set_visible (row, FALSE);
  return row;
}

/* ---- the support that may go together ----------------------------------------------------- */

static char *
pair_key (const char *kind, const char *other)
{
  return g_strdup_printf ("%s\t%s", kind, other);
}

/* The kinds allowed beside the kind of @index, as its expander's subtitle. */
static void
show_allowed (TtPreferences *self, gsize index)
{
  const char *kind = tt_values_code (&tt_support_kinds, index);
  g_autoptr(GString) text = g_string_new (NULL);

  for (gsize o = 0; o < tt_support_kinds.n_values; o++)
    {
      g_autofree char *key = pair_key (kind, tt_values_code (&tt_support_kinds, o));
      GtkSwitch *sw = g_hash_table_lookup (self->pairs, key);

      if (sw != NULL && gtk_switch_get_active (sw))
        g_string_append_printf (text, "%s%s", text->len ? ", " : "", tt_values_label (&tt_support_kinds, tt_values_code (&tt_support_kinds, o)));
    }
  adw_expander_row_set_subtitle (self->kind_rows->pdata[index], text->len ? text->str : _("Nothing else in the same period"));
}

static void
on_pair_switched_cb (GtkSwitch *sw, GParamSpec *pspec, TtPreferences *self)
{
  const char *kind = g_object_get_data (G_OBJECT (sw), "kind");
  const char *other = g_object_get_data (G_OBJECT (sw), "other");
  gboolean on = gtk_switch_get_active (sw);
  g_autofree char *mirror_key = pair_key (other, kind);
  GtkSwitch *mirror = g_hash_table_lookup (self->pairs, mirror_key);
  g_autoptr(GError) error = NULL;

  if (self->showing)
    return;
  if (!tt_support_allow (self->db, kind, other, on, &error))
    {
      g_warning ("%s", error->message);
      return;
    }
  self->showing = TRUE;
  if (mirror != NULL && mirror != sw)
    gtk_switch_set_active (mirror, on);
  self->showing = FALSE;
  show_allowed (self, tt_values_index (&tt_support_kinds, kind));
  show_allowed (self, tt_values_index (&tt_support_kinds, other));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
build_combinations (TtPreferences *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GPtrArray) allowed = tt_support_combinations (self->db, NULL);
  g_autoptr(GHashTable) on = g_hash_table_new (g_str_hash, g_str_equal);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Support That May Go Together"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A household that had one kind of support in a period may have these in the "
                                           "same period without a warning. Pairs not allowed are named when support "
                                           "is recorded and in the cross-programme check."));
  for (guint i = 0; allowed && i < allowed->len; i++)
    g_hash_table_add (on, allowed->pdata[i]);
  self->showing = TRUE;
  for (gsize k = 0; k < tt_support_kinds.n_values; k++)
    {
      const char *kind = tt_values_code (&tt_support_kinds, k);
      GtkWidget *expander = adw_expander_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), tt_values_label (&tt_support_kinds, kind));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      for (gsize o = 0; o < tt_support_kinds.n_values; o++)
        {
          const char *other = tt_values_code (&tt_support_kinds, o);
          g_autofree char *key = pair_key (kind, other);
          g_autofree char *sorted = strcmp (kind, other) <= 0 ? pair_key (kind, other) : pair_key (other, kind);
          g_autofree char *name = g_strdup_printf ("allow-%s-%s", kind, other);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *sw = gtk_switch_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), o == k ? _("Another of the same kind")
                                                                            : tt_values_label (&tt_support_kinds, other));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
          gtk_widget_set_name (sw, name);
          gtk_switch_set_active (GTK_SWITCH (sw), g_hash_table_contains (on, sorted));
          g_object_set_data (G_OBJECT (sw), "kind", (gpointer) kind);
          g_object_set_data (G_OBJECT (sw), "other", (gpointer) other);
          g_signal_connect (sw, "notify::active", G_CALLBACK (on_pair_switched_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
          g_hash_table_insert (self->pairs, g_steal_pointer (&key), sw);
        }
      g_ptr_array_add (self->kind_rows, expander);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
    }
  for (gsize k = 0; k < tt_support_kinds.n_values; k++)
    show_allowed (self, k);
  self->showing = FALSE;
  gtk_box_append (self->groups, group);
}

static void
build (TtPreferences *self)
{
  for (gsize g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[g].title));
      for (gsize k = 0; groups[g].keys[k] != NULL; k++)
        {
          const char *key = groups[g].keys[k];
          GtkWidget *row = new_row (self, key);
          GtkWidget *problem = new_problem_row ();

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), problem);
          g_hash_table_insert (self->rows, (gpointer) key, row);
          g_hash_table_insert (self->problems, (gpointer) key, problem);
          show_saved (self, key);
        }
      gtk_box_append (self->groups, group);
    }
  match_commune_to_province (self);
  build_combinations (self);
}

static void
tt_preferences_dispose (GObject *object)
{
  TtPreferences *self = TT_PREFERENCES (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_hash_table_unref);
  g_clear_pointer (&self->word_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
  g_clear_pointer (&self->kind_rows, g_ptr_array_unref);
  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), TT_TYPE_PREFERENCES);
  G_OBJECT_CLASS (tt_preferences_parent_class)->dispose (object);
}

static void
tt_preferences_class_init (TtPreferencesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_preferences_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, TtPreferences, groups);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tt_preferences_init (TtPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->problems = g_hash_table_new (g_str_hash, g_str_equal);
  self->word_rows = g_ptr_array_new ();
  self->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->kind_rows = g_ptr_array_new ();
}

TtPreferences *
tt_preferences_new (GtkWindow *parent,
                    TtDb      *db)
{
  TtPreferences *self = g_object_new (TT_TYPE_PREFERENCES, "transient-for", parent, "modal", TRUE, NULL);

  self->db = g_object_ref (db);
  build (self);
  return self;
}

/* Saves one setting. The row shows the value as stored (trimmed, normalised); a refused value
 * leaves the file as it was, the row shows what the file holds and the reason stands under it. */
gboolean
tt_preferences_apply (TtPreferences *self,
                      const char    *key,
                      const char    *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWidget *row = g_hash_table_lookup (self->rows, key);
  gboolean ok = tt_office_set (self->db, key, value, &error);

  if (!ok && ADW_IS_ENTRY_ROW (row) && value != NULL && *value != '\0')
    message = g_strdup_printf (_("“%s” was not saved. %s"), value, error->message);
  else if (!ok)
    message = g_strdup (error->message);
  show_saved (self, key);
  show_problem (self, key, message);
  if (ok && (g_str_equal (key, "province-code") || g_str_equal (key, "commune-code")))
    match_commune_to_province (self);
  if (ok)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return ok;
}

/* The row showing the setting @key, or NULL. */
GtkWidget *
tt_preferences_get_row (TtPreferences *self,
                        const char    *key)
{
  g_return_val_if_fail (TT_IS_PREFERENCES (self), NULL);

  return g_hash_table_lookup (self->rows, key);
}
