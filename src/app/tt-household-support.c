/* tt-household-support.c — a household's members and support on its record
 *
 * Under the record's fields: its members (Add Member…), the livelihood models it holds (a
 * revolving one with Pass On…), its humanitarian address (Help…), and its support ledger — every
 * gift, house, card, model and help, newest first. *Add Support* records a card, a model or
 * the household as a humanitarian address. Each action is a small form that refuses with core's
 * message at its top and keeps what was typed; after it the groups are read again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-addresses.h"
#include "tt-cards.h"
#include "tt-date.h"
#include "tt-form.h"
#include "tt-household-support.h"
#include "tt-households.h"
#include "tt-livelihood.h"
#include "tt-members.h"
#include "tt-money.h"
#include "tt-support.h"
#include "tt-value-row.h"

typedef struct
{
  GtkWindow           *dialog;       /* not owned: it owns this */
  AdwPreferencesPage  *page;
  TtDb                *db;
  gint64               household;
  AdwPreferencesGroup *groups[4];
  gint64               target;       /* the model or address a form acts on */
} Support;

static void support_fill (Support *s);

static void
support_free (Support *s)
{
  g_clear_object (&s->db);
  g_free (s);
}

static AdwPreferencesGroup *
group_at (Support *s, int slot, const char *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (s->groups[slot] != NULL)
    adw_preferences_page_remove (s->page, s->groups[slot]);
  s->groups[slot] = group;
  adw_preferences_page_add (s->page, group);
  return group;
}

static void
row_with_action (AdwPreferencesGroup *group, const char *title, const char *subtitle, const char *label,
                 const char *action, gint64 target)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (target));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
}

static void
header_button (AdwPreferencesGroup *group, const char *label, const char *action)
{
  GtkWidget *b = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  gtk_widget_add_css_class (b, "flat");
  adw_preferences_group_set_header_suffix (group, b);
}

static void
fill_members (Support *s)
{
  AdwPreferencesGroup *g = group_at (s, 0, _("Household Members"));
  g_autoptr(GPtrArray) members = tt_member_list (s->db, s->household, NULL);

  header_button (g, _("Add _Member…"), "support.member");
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      TtMember *m = members->pdata[i];
      g_autofree char *title = g_strdup_printf (_("No. %lld · %s"), (long long) m->id, m->name);
      g_autofree char *year = m->birth_year ? g_strdup_printf ("%d", m->birth_year) : g_strdup ("");
      g_autofree char *sub = g_strdup_printf ("%s%s%s", year, m->birth_year && m->relation ? " · " : "",
                                              m->relation ? m->relation : "");
      tt_form_info_row (g, title, sub);
    }
  if (members == NULL || members->len == 0)
    adw_preferences_group_set_description (g, _("Cards and some support belong to a person: add the members."));
}

static void
fill_programmes (Support *s)
{
  AdwPreferencesGroup *g = group_at (s, 1, _("Models and Address"));
  TtLivelihoodFilter held = { .household_id = s->household };
  TtAddressFilter own = { .household_id = s->household };
  g_autoptr(GPtrArray) models = tt_livelihood_list (s->db, &held, NULL);
  g_autoptr(GPtrArray) addresses = tt_address_list (s->db, &own, NULL);
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *add = gtk_menu_button_new ();

  g_menu_append (menu, _("Health-Insurance _Card…"), "support.card");
  g_menu_append (menu, _("_Livelihood Model…"), "support.model");
  g_menu_append (menu, _("Humanitarian _Address…"), "support.address");
  gtk_menu_button_set_label (GTK_MENU_BUTTON (add), _("Add Support"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (add), G_MENU_MODEL (menu));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_name (add, "add_support");
  adw_preferences_group_set_header_suffix (g, add);
  for (guint i = 0; models != NULL && i < models->len; i++)
    {
      TtLivelihoodRow *m = models->pdata[i];
      g_autofree char *value = tt_money_format (m->value);
      g_autofree char *title = g_strdup_printf (_("Model %lld · %s"), (long long) m->id, m->description);
      g_autofree char *sub = g_strdup_printf (g_dngettext (NULL, "%s · %s · reached %d household",
                                                           "%s · %s · reached %d households", m->reached),
                                              tt_values_label (&tt_livelihood_kinds, m->kind), value, m->reached);
      if (m->revolving)
        row_with_action (g, title, sub, _("_Pass On…"), "support.pass", m->id);
      else
        tt_form_info_row (g, title, sub);
    }
  for (guint i = 0; addresses != NULL && i < addresses->len; i++)
    {
      TtAddress *a = addresses->pdata[i];
      g_autofree char *title = g_strdup_printf (_("Humanitarian address %lld · %s"), (long long) a->id, a->need);
      g_autofree char *helped = tt_money_format (a->helped);
      g_autofree char *sub = g_strdup_printf (_("%s · helped %s%s"), a->status, helped,
                                              a->connected ? _(" · on iNhandao") : "");
      if (!g_str_equal (a->status, "closed"))
        row_with_action (g, title, sub, _("_Help…"), "support.help", a->id);
      else
        tt_form_info_row (g, title, sub);
    }
  if ((models == NULL || models->len == 0) && (addresses == NULL || addresses->len == 0))
    adw_preferences_group_set_description (g, _("Livelihood models the household holds and its humanitarian "
                                                "address, with what each needs next."));
}

static void
fill_ledger (Support *s)
{
  AdwPreferencesGroup *g = group_at (s, 2, _("Support Received"));
  g_autoptr(GPtrArray) support = tt_support_of_household (s->db, s->household, NULL);

  for (guint i = 0; support != NULL && i < support->len; i++)
    {
      TtSupportEvent *e = support->pdata[i];
      g_autofree char *on = tt_date_display (e->given_on);
      g_autofree char *amount = e->amount > 0 ? tt_money_format (e->amount) : NULL;
      g_autofree char *title = g_strdup_printf ("%s%s%s", tt_support_kind_label (e->kind), amount ? " · " : "",
                                                amount ? amount : "");
      g_autoptr(GString) subtitle = g_string_new (on);

      if (e->programme != NULL)
        g_string_append_printf (subtitle, " · %s", e->programme);
      if (e->campaign != NULL)
        g_string_append_printf (subtitle, " · %s", e->campaign);
      tt_form_info_row (g, title, subtitle->str);
    }
  if (support == NULL || support->len == 0)
    tt_form_info_row (g, _("No support recorded yet"), NULL);
}

static void
support_fill (Support *s)
{
  fill_members (s);
  fill_programmes (s);
  fill_ledger (s);
}

static void
refill (gpointer data)
{
  support_fill (data);
}

/* ---- the forms ----------------------------------------------------------------------------- */

static gboolean
run_member (GtkWindow *form, gpointer data, GError **error)
{
  Support *s = data;
  const char *year = tt_small_form_text (form, 1);
  TtMemberInput in = { .name = tt_small_form_text (form, 0), .relation = tt_small_form_text (form, 2),
                       .id_number = tt_small_form_text (form, 3),
                       .gender = tt_value_row_get (tt_small_form_choice (form)) };

  if (year != NULL)
    {
      guint64 y = 0;
      if (!g_ascii_string_to_unsigned (year, 10, 1, 9999, &y, NULL))
        {
          g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Birth year: give a year, e.g. 1988."));
          return FALSE;
        }
      in.birth_year = (int) y;
    }
  return tt_member_add (s->db, s->household, &in, error) > 0;
}

static gboolean
parse_amount (const char *text, gint64 *out, GError **error)
{
  *out = 0;
  if (text == NULL || tt_money_parse (text, out, error))
    return TRUE;
  g_prefix_error (error, _("Amount: "));
  return FALSE;
}

static gboolean
parse_number (const char *text, const char *what, gint64 *out, GError **error)
{
  guint64 n = 0;

  *out = 0;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &n, NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("%s: give the number shown on the record."), what);
      return FALSE;
    }
  *out = (gint64) n;
  return TRUE;
}

static gboolean
run_card (GtkWindow *form, gpointer data, GError **error)
{
  Support *s = data;
  TtCardInput in = { .household_id = s->household, .card = tt_small_form_text (form, 0),
                     .from = tt_small_form_text (form, 1), .to = tt_small_form_text (form, 2),
                     .paid_by = tt_value_row_get (tt_small_form_choice (form)),
                     .price_by_rule = tt_small_form_text (form, 3) == NULL };

  return parse_amount (tt_small_form_text (form, 3), &in.amount, error) &&
         parse_number (tt_small_form_text (form, 4), _("Member"), &in.member_id, error) &&
         tt_card_add (s->db, &in, error) > 0;
}

static gboolean
run_model (GtkWindow *form, gpointer data, GError **error)
{
  Support *s = data;
  TtLivelihoodInput in = { .household_id = s->household, .kind = tt_value_row_get (tt_small_form_choice (form)),
                           .description = tt_small_form_text (form, 1), .date = tt_small_form_text (form, 2),
                           .unit = tt_small_form_text (form, 3), .conditions = tt_small_form_text (form, 4) };

  in.revolving = in.conditions != NULL;
  return parse_amount (tt_small_form_text (form, 0), &in.value, error) &&
         tt_livelihood_add (s->db, &in, NULL, error) > 0;
}

static gboolean
run_address (GtkWindow *form, gpointer data, GError **error)
{
  Support *s = data;
  gint64 priority = 0;

  if (tt_small_form_text (form, 2) != NULL && g_strcmp0 (tt_small_form_text (form, 2), "0") != 0 &&
      !parse_number (tt_small_form_text (form, 2), _("Priority"), &priority, error))
    return FALSE;
  return tt_address_add (s->db, s->household, tt_small_form_text (form, 0), tt_small_form_text (form, 1),
                         (int) MIN (priority, 100), error) > 0;
}

static gboolean
run_pass (GtkWindow *form, gpointer data, GError **error)
{
  Support *s = data;
  gint64 to = 0;

  if (tt_small_form_text (form, 0) == NULL)
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_EMPTY, _("To: give the number of the household it passes to."));
      return FALSE;
    }
  return parse_number (tt_small_form_text (form, 0), _("To"), &to, error) &&
         tt_livelihood_pass (s->db, s->target, to, tt_small_form_text (form, 1), tt_small_form_text (form, 2), error);
}

static gboolean
run_help (GtkWindow *form, gpointer data, GError **error)
{
  Support *s = data;
  gint64 amount = 0;

  return parse_amount (tt_small_form_text (form, 1), &amount, error) &&
         tt_address_help (s->db, s->target, tt_small_form_text (form, 0),
                          tt_value_row_get (tt_small_form_choice (form)), amount, 0, tt_small_form_text (form, 2),
                          error) > 0;
}

static void
set_today (GtkWindow *form, int i)
{
  char today[11];
  g_autofree char *shown = NULL;

  tt_date_today (today);
  shown = tt_date_display (today);
  gtk_editable_set_text (GTK_EDITABLE (tt_small_form_field (form, i)), shown);
}

/* Support of other kinds the household had this year that the office's table does not allow
 * beside @kind, told before the form is saved. */
static void
warn_other_support (Support *s, GtkWindow *form, const char *kind)
{
  g_autoptr(GPtrArray) other = tt_support_conflicts_on (s->db, s->household, kind, NULL, 0, NULL);
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  if (other == NULL || other->len == 0)
    return;
  g_ptr_array_add (other, NULL);
  list = g_strjoinv ("; ", (char **) other->pdata);
  text = g_strdup_printf (_("This year the household already had %s. The office's table of support that may go "
                            "together does not allow it beside this kind."), list);
  tt_small_form_warn (form, text);
}

static void
open_form (GtkWindow *form, int focus)
{
  gtk_window_present (form);
  gtk_widget_grab_focus (GTK_WIDGET (tt_small_form_field (form, focus)));
}

static void
on_action_cb (GSimpleAction *action, GVariant *param, gpointer data)
{
  Support *s = data;
  const char *name = g_action_get_name (G_ACTION (action));
  GtkWindow *form;

  if (param != NULL)
    s->target = g_variant_get_int64 (param);
  if (g_str_equal (name, "member"))
    {
      const char *titles[] = { _("_Name"), _("_Birth year"), _("_Relation to the head (vợ, con…)"), _("_ID number") };
      form = tt_small_form_new (s->dialog, _("Add Member"), _("_Gender"), titles, 4, run_member, refill, s);
      tt_value_row_fill (tt_small_form_choice (form), &tt_genders, NULL);
      open_form (form, 0);
    }
  else if (g_str_equal (name, "card"))
    {
      const char *titles[] = { _("Card _number"), _("Valid _from (dd/mm/yyyy)"), _("Valid _to (dd/mm/yyyy)"),
                               _("_Amount paid (empty: the household rule)"),
                               _("_Member number (empty: the head)") };
      form = tt_small_form_new (s->dialog, _("Add Health-Insurance Card"), _("_Paid by"), titles, 5, run_card, refill,
                                s);
      tt_value_row_fill (tt_small_form_choice (form), &tt_card_payers, NULL);
      warn_other_support (s, form, "bhyt");
      open_form (form, 0);
    }
  else if (g_str_equal (name, "model"))
    {
      const char *titles[] = { _("_Value (e.g. 15 triệu)"), _("_Description"), _("_Date (dd/mm/yyyy)"),
                               _("_Unit or organisation that mobilised it"),
                               _("_Conditions for passing it on (revolving models only)") };
      form = tt_small_form_new (s->dialog, _("Add Livelihood Model"), _("_Kind"), titles, 5, run_model, refill, s);
      tt_value_row_fill (tt_small_form_choice (form), &tt_livelihood_kinds, NULL);
      set_today (form, 2);
      warn_other_support (s, form, "livelihood");
      open_form (form, 0);
    }
  else if (g_str_equal (name, "address"))
    {
      const char *titles[] = { _("_Need"), _("_Profiled on (dd/mm/yyyy)"), _("P_riority (0–9)") };
      form = tt_small_form_new (s->dialog, _("Humanitarian Address"), NULL, titles, 3, run_address, refill, s);
      set_today (form, 1);
      open_form (form, 0);
    }
  else if (g_str_equal (name, "pass"))
    {
      const char *titles[] = { _("_To household number"), _("_Date (dd/mm/yyyy)"), _("_What is passed on") };
      form = tt_small_form_new (s->dialog, _("Pass On"), NULL, titles, 3, run_pass, refill, s);
      set_today (form, 1);
      open_form (form, 0);
    }
  else if (g_str_equal (name, "help"))
    {
      const char *titles[] = { _("_Date (dd/mm/yyyy)"), _("_Amount"), _("_Note") };
      form = tt_small_form_new (s->dialog, _("Help Given"), _("_Kind"), titles, 3, run_help, refill, s);
      tt_value_row_fill (tt_small_form_choice (form), &tt_support_kinds, NULL);
      set_today (form, 0);
      open_form (form, 1);
    }
}

/* Adds the household's members, programmes and support ledger to @page of its record @dialog. */
void
tt_household_support_show (GtkWindow          *dialog,
                           AdwPreferencesPage *page,
                           TtDb               *db,
                           gint64              household_id)
{
  static const GActionEntry entries[] = {
    { "member", on_action_cb, NULL, NULL, NULL }, { "card", on_action_cb, NULL, NULL, NULL },
    { "model", on_action_cb, NULL, NULL, NULL }, { "address", on_action_cb, NULL, NULL, NULL },
    { "pass", on_action_cb, "x", NULL, NULL }, { "help", on_action_cb, "x", NULL, NULL },
  };
  Support *s = g_new0 (Support, 1);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();

  s->dialog = dialog;
  s->page = page;
  s->db = g_object_ref (db);
  s->household = household_id;
  g_object_set_data_full (G_OBJECT (dialog), "household-support", s, (GDestroyNotify) support_free);
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), s);
  gtk_widget_insert_action_group (GTK_WIDGET (dialog), "support", G_ACTION_GROUP (actions));
  support_fill (s);
}
