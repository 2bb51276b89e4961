/* tt-preferences.c — the office settings: name, signatories, bank account, styles
 *
 * One row per office setting (the list lives in core, tt_office_keys(), shared with
 * `tuong-than-cli office set`). A row applies when the clerk presses Enter or its apply
 * button; a value the core refuses stays in the row and the reason shows in a toast.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-office.h"
#include "tt-office-profile.h"
#include "tt-preferences.h"

struct _TtPreferences
{
  AdwPreferencesWindow  parent_instance;

  TtDb                 *db;
  GHashTable           *rows;    /* key → AdwEntryRow */
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtPreferences, tt_preferences, ADW_TYPE_PREFERENCES_WINDOW)

static const struct { const char *title; const char *keys[8]; } groups[] = {
  { N_("Office"), { "name", "level", "parent", "address", "phone", "province-code", "commune-code", NULL } },
  { N_("Signatories"), { "head", "accountant", "cashier", "clerk", NULL } },
  { N_("Bank account for transfers and VietQR"), { "bank-name", "bank-bin", "bank-account", "bank-holder", NULL } },
  { N_("Receipts and reports"), { "fund", "words-style", "receipt-paper", "year-start", NULL } },
};

static const char *
hint (const char *key)
{
  if (g_str_equal (key, "words-style"))
    return _("Amount in words: linh or lẻ, nghìn or ngàn, tư or bốn, and chẵn, e.g. “linh,nghìn,tư”");
  if (g_str_equal (key, "fund"))
    return _("As printed on receipts, certificates and statements, e.g. Quỹ \"Vì người nghèo\"");
  if (g_str_equal (key, "year-start"))
    return _("The day the reporting year starts, e.g. 01/01 or 25/11");
  if (g_str_equal (key, "level"))
    return _("province, commune or central");
  if (g_str_equal (key, "bank-bin"))
    return _("The bank's 6-digit NAPAS code, e.g. 970436 for Vietcombank");
  return NULL;
}

static void
on_apply_cb (AdwEntryRow *row, TtPreferences *self)
{
  tt_preferences_apply (self, g_object_get_data (G_OBJECT (row), "key"), gtk_editable_get_text (GTK_EDITABLE (row)));
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

static void
build (TtPreferences *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  adw_preferences_page_set_title (page, _("Office"));
  adw_preferences_page_set_icon_name (page, "preferences-system-symbolic");
  for (gsize g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      adw_preferences_group_set_title (group, _(groups[g].title));
      for (gsize k = 0; groups[g].keys[k] != NULL; k++)
        {
          const char *key = groups[g].keys[k];
          g_autofree char *value = tt_office_get (self->db, key);
          GtkWidget *row = adw_entry_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), key_label (key));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          gtk_editable_set_text (GTK_EDITABLE (row), value ? value : g_str_equal (key, "fund") ? TT_DEFAULT_FUND : "");
          adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
          if (hint (key) != NULL)
            gtk_widget_set_tooltip_text (row, hint (key));
          g_object_set_data (G_OBJECT (row), "key", (gpointer) key);
          g_signal_connect (row, "apply", G_CALLBACK (on_apply_cb), self);
          g_signal_connect (row, "entry-activated", G_CALLBACK (on_apply_cb), self);
          adw_preferences_group_add (group, row);
          g_hash_table_insert (self->rows, (gpointer) key, row);
        }
      adw_preferences_page_add (page, group);
    }
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

static void
tt_preferences_dispose (GObject *object)
{
  TtPreferences *self = TT_PREFERENCES (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_preferences_parent_class)->dispose (object);
}

static void
tt_preferences_class_init (TtPreferencesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tt_preferences_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tt_preferences_init (TtPreferences *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
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

/* Saves one setting; a refused value is explained in a toast and nothing changes. */
gboolean
tt_preferences_apply (TtPreferences *self,
                      const char    *key,
                      const char    *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  GtkWidget *row = g_hash_table_lookup (self->rows, key);

  if (!tt_office_set (self->db, key, value, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      return FALSE;
    }
  /* Show the value as stored (trimmed, normalised). */
  saved = tt_office_get (self->db, key);
  if (row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), saved ? saved : "");
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}
