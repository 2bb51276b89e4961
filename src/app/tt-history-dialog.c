/* tt-history-dialog.c — the audit history of one record
 *
 * Every entry the audit log keeps about a donor, a receipt or a household, oldest first: when,
 * who, what was done, and what changed (the values before and after).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-audit.h"
#include "tt-history-dialog.h"

struct _TtHistoryDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (TtHistoryDialog, tt_history_dialog, ADW_TYPE_WINDOW)

static const char *
action_label (const char *action)
{
  if (g_strcmp0 (action, "insert") == 0)
    return C_("history", "Created");
  if (g_strcmp0 (action, "update") == 0)
    return C_("history", "Changed");
  if (g_strcmp0 (action, "void") == 0)
    return C_("history", "Voided");
  if (g_strcmp0 (action, "delete") == 0)
    return C_("history", "Deleted");
  if (g_strcmp0 (action, "merge") == 0)
    return C_("history", "Merged");
  return action;
}

/* The columns people change, by the names the forms give them. */
static const char *
column_label (const char *column, gpointer data)
{
  static const struct { const char *column; const char *label; } labels[] = {
    { "name", N_("Name") }, { "kind", N_("Kind") }, { "phone", N_("Phone") }, { "address", N_("Address") },
    { "email", N_("E-mail") }, { "tax_code", N_("Tax code") }, { "note", N_("Note") },
    { "amount", N_("Amount") }, { "method", N_("Method") }, { "status", N_("Status") },
    { "void_reason", N_("Reason for voiding") }, { "voided_at", N_("Voided at") }, { "voided_by", N_("Voided by") },
    { "reason", N_("Reason on the receipt") }, { "earmark", N_("Earmark") }, { "bank_ref", N_("Bank reference") },
    { "payer_name", N_("Payer") }, { "merged_into", N_("Merged into") }, { "print_count", N_("Times printed") },
    { "head_name", N_("Head of household") }, { "head_birth_year", N_("Birth year") },
    { "head_gender", N_("Gender") }, { "member_count", N_("Members") }, { "id_number", N_("ID number") },
    { "commune_id", N_("Commune") }, { "village_id", N_("Village") }, { "category", N_("Category") },
    { "classification_year", N_("Year") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].column, column))
      return _(labels[i].label);
  return column;
}

/* "30/11/2026 20:38" in local time from the log's UTC time. */
static char *
local_time (const char *at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%d/%m/%Y %H:%M") : g_strdup (at);
}

static void
tt_history_dialog_class_init (TtHistoryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tuongthan/TuongThan/tt-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TtHistoryDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TtHistoryDialog, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tt_history_dialog_init (TtHistoryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The history of row @row_id of @table (a household's ID number and sensitive data included),
 * titled @what. NULL and @error when the log cannot be read. */
TtHistoryDialog *
tt_history_dialog_new (TtDb        *db,
                       const char  *table,
                       gint64       row_id,
                       const char  *what,
                       GError     **error)
{
  g_autoptr(GPtrArray) entries = tt_audit_history (db, table, row_id, error);
  TtHistoryDialog *self;

  if (entries == NULL)
    return NULL;
  self = g_object_new (TT_TYPE_HISTORY_DIALOG, NULL);
  adw_window_title_set_subtitle (self->window_title, what);
  for (guint i = 0; i < entries->len; i++)
    {
      TtAuditEntry *e = entries->pdata[i];
      g_autofree char *when = local_time (e->at);
      g_autofree char *title = g_strdup_printf ("%s · %s · %s", when, action_label (e->action), e->actor);
      g_autofree char *changes = tt_audit_entry_changes (db, e, column_label, NULL);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (*changes != '\0' || e->note != NULL)
        {
          g_autofree char *subtitle = g_strdup_printf ("%s%s%s", changes, *changes && e->note ? " — " : "",
                                                       e->note ? e->note : "");
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        }
      gtk_list_box_append (self->list, row);
    }
  return self;
}

/* Shows the history of a record over @parent; FALSE and @error when the log cannot be read. */
gboolean
tt_history_dialog_show (GtkWindow   *parent,
                        TtDb        *db,
                        const char  *table,
                        gint64       row_id,
                        const char  *what,
                        GError     **error)
{
  TtHistoryDialog *dialog = tt_history_dialog_new (db, table, row_id, what, error);

  if (dialog == NULL)
    return FALSE;
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
