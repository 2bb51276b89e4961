/* tt-project-window.c — one housing project: where it stands, its timeline, its money
 *
 * The summary (household, work, programme, stage, norm, support, value, paid), the timeline of
 * its stages, its funding lines and its tranches, each group with the action that adds to it:
 * Record Stage… (the next stage is offered first; a pause or cancellation asks for its reason),
 * Add Funding…, Pay Tranche… (the amount the stages allow is offered) and Record Inspection…
 * (the completion inspection's findings, printed on its record). The menu prints or
 * saves the survey, the completion inspection and the cash handover. Each small form refuses
 * with core's message at its top and keeps what was typed. "changed" tells the page.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-date.h"
#include "tt-export.h"
#include "tt-form.h"
#include "tt-housing-record.h"
#include "tt-housing.h"
#include "tt-money.h"
#include "tt-print.h"
#include "tt-project-window.h"
#include "tt-value-row.h"

struct _TtProjectWindow
{
  AdwWindow            parent_instance;

  TtDb                *db;
  gint64               project_id;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *groups[5];
  GtkLabel            *banner;
};

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TtProjectWindow, tt_project_window, ADW_TYPE_WINDOW)

static const TtValue stage_choices[] = {
  { "survey", N_("Survey"), NULL }, { "approved", N_("Approved"), NULL }, { "started", N_("Started"), NULL },
  { "completed", N_("Completed"), NULL }, { "handed_over", N_("Handed Over"), NULL },
  { "paused", N_("Paused"), NULL }, { "cancelled", N_("Cancelled"), NULL },
};
static const TtValueList stage_list = TT_VALUE_LIST (stage_choices);

static const TtValue pay_methods[] = {
  { "cash", N_("Cash"), NULL }, { "transfer", N_("Bank transfer"), NULL },
};
static const TtValueList pay_method_list = TT_VALUE_LIST (pay_methods);

static const TtValue three_hard_choices[] = {
  { "unknown", N_("Not recorded"), NULL }, { "yes", N_("Met"), NULL }, { "no", N_("Not met"), NULL },
};
static const TtValueList three_hard_list = TT_VALUE_LIST (three_hard_choices);

/* A small form of the project: which one, its fields, its refusal line. */
typedef enum { FORM_STAGE, FORM_FUND, FORM_PAY, FORM_INSPECT } FormKind;

typedef struct
{
  TtProjectWindow *owner;
  FormKind         kind;
  AdwComboRow     *choice;
  AdwEntryRow     *fields[6];
  GtkLabel        *error;
  gboolean         allow_negative;
} Form;

static AdwPreferencesGroup *
new_group (TtProjectWindow *self, int slot, const char *title, const char *button, const char *action)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (button != NULL)
    {
      GtkWidget *b = gtk_button_new_with_mnemonic (button);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
      gtk_widget_add_css_class (b, "flat");
      adw_preferences_group_set_header_suffix (group, b);
    }
  if (self->groups[slot] != NULL)
    adw_preferences_page_remove (self->page, self->groups[slot]);
  self->groups[slot] = group;
  adw_preferences_page_add (self->page, group);
  return group;
}

static void
fill_summary (TtProjectWindow *self, const TtHousingProject *p)
{
  AdwPreferencesGroup *g = new_group (self, 0, _("Project"), NULL, NULL);
  g_autofree char *support = tt_money_format (p->support);
  g_autofree char *norm = p->norm > 0 ? tt_money_format (p->norm) : g_strdup (_("none set"));
  g_autofree char *funded = tt_money_format (p->funded);
  g_autofree char *paid = tt_money_format (p->paid);
  g_autofree char *money = g_strdup_printf (_("Support %s (norm %s) · value %s · paid %s"), support, norm, funded, paid);
  g_autofree char *who = p->village ? g_strdup_printf ("%s — %s", p->head_name, p->village) : g_strdup (p->head_name);
  g_autofree char *work = g_strdup_printf ("%s · %s", tt_values_label (&tt_housing_kinds, p->kind),
                                           tt_values_label (&tt_housing_streams, p->stream));
  g_autofree char *stage = p->paused_reason
    ? g_strdup_printf (_("%s — paused: %s"), tt_housing_stage_label (p->stage), p->paused_reason)
    : g_strdup (tt_housing_stage_label (p->stage));
  g_autofree char *decision = p->decision_no ? g_strdup_printf (_("Decision %s"), p->decision_no) : NULL;

  tt_form_info_row (g, _("Household"), who);
  tt_form_info_row (g, _("Work"), work);
  tt_form_info_row (g, _("Stage"), stage);
  tt_form_info_row (g, _("Money"), money);
  if (decision != NULL || p->reason != NULL)
    tt_form_info_row (g, decision ? decision : _("Reason"), p->reason);
}

static void
fill_timeline (TtProjectWindow *self)
{
  AdwPreferencesGroup *g = new_group (self, 1, _("Timeline"), _("_Record Stage…"), "project.stage");
  g_autoptr(GPtrArray) events = tt_housing_events (self->db, self->project_id, NULL);

  if (events == NULL || events->len == 0)
    adw_preferences_group_set_description (g, _("No stage yet: the first is the survey."));
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      TtHousingEvent *e = events->pdata[i];
      g_autofree char *date = tt_date_display (e->happened_on);
      const char *label = g_str_equal (e->stage, "paused") ? _("Paused") : tt_housing_stage_label (e->stage);
      g_autofree char *title = g_strdup_printf ("%s · %s", date, label);
      g_autofree char *sub = g_strdup_printf ("%s%s%s", e->doc_ref ? e->doc_ref : "",
                                              e->doc_ref && e->note ? " · " : "", e->note ? e->note : "");
      tt_form_info_row (g, title, sub);
    }
}

static void
fill_funding (TtProjectWindow *self)
{
  AdwPreferencesGroup *g = new_group (self, 2, _("Funding"), _("_Add Funding…"), "project.fund");
  g_autoptr(GPtrArray) lines = tt_housing_funding (self->db, self->project_id, NULL);

  if (lines == NULL || lines->len == 0)
    adw_preferences_group_set_description (g, _("Where the house's value comes from: the fund, the state, sponsors, "
                                                "the household and community labour."));
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      TtHousingFunding *f = lines->pdata[i];
      g_autofree char *amount = tt_money_format (f->amount);
      g_autofree char *title = g_strdup_printf ("%s · %s", tt_values_label (&tt_housing_sources, f->source), amount);
      g_autofree char *sub = f->days > 0 ? g_strdup_printf (g_dngettext (NULL, "%d day", "%d days", f->days), f->days)
                           : f->receipt ? g_strdup_printf (_("%s, receipt %s"), f->donor_name, f->receipt)
                           : g_strdup (f->donor_name ? f->donor_name : (f->note ? f->note : ""));
      tt_form_info_row (g, title, sub);
    }
}

static void
fill_payments (TtProjectWindow *self)
{
  AdwPreferencesGroup *g = new_group (self, 3, _("Payments"), _("_Pay Tranche…"), "project.pay");
  g_autoptr(GPtrArray) paid = tt_housing_payments (self->db, self->project_id, NULL);
  int first, rest;

  tt_housing_tranches (self->db, &first, &rest);
  if (paid == NULL || paid->len == 0)
    {
      g_autofree char *hint = g_strdup_printf (_("The support is paid in tranches by payment voucher: %d per cent "
                                                 "once work starts, %d per cent after completion."), first, rest);
      adw_preferences_group_set_description (g, hint);
    }
  for (guint i = 0; paid != NULL && i < paid->len; i++)
    {
      TtHousingPayment *v = paid->pdata[i];
      g_autofree char *amount = tt_money_format (v->amount);
      g_autofree char *date = tt_date_display (v->paid_on);
      g_autofree char *title = g_strdup_printf (_("Tranche %d · %s"), v->tranche, amount);
      g_autofree char *sub = g_str_equal (v->status, "void") ? g_strdup_printf (_("%s · %s · VOID"), date, v->voucher)
                                                            : g_strdup_printf ("%s · %s", date, v->voucher);
      tt_form_info_row (g, title, sub);
    }
}

static void
fill_inspection (TtProjectWindow *self, const TtHousingProject *p)
{
  AdwPreferencesGroup *g = new_group (self, 4, _("Completion Inspection"), _("Record _Inspection…"),
                                      "project.inspect");
  g_autofree char *area = p->area_m2 > 0 ? g_strdup_printf (_("%.1f m²"), p->area_m2) : NULL;
  g_autofree char *structure = NULL;

  if (p->inspection_team == NULL && p->area_m2 <= 0 && p->floor == NULL && p->frame == NULL && p->walls == NULL &&
      p->roof == NULL && p->three_hard < 0)
    {
      adw_preferences_group_set_description (g, _("What the team found at completion: the area, the floor, frame, "
                                                  "walls and roof, and whether the house meets \"3 cứng\". It is "
                                                  "printed on the inspection record."));
      return;
    }
  structure = g_strdup_printf (_("Floor: %s · Frame: %s · Walls: %s · Roof: %s"), p->floor ? p->floor : "—",
                               p->frame ? p->frame : "—", p->walls ? p->walls : "—", p->roof ? p->roof : "—");
  tt_form_info_row (g, _("Team"), p->inspection_team ? p->inspection_team : "—");
  tt_form_info_row (g, _("Area"), area ? area : "—");
  tt_form_info_row (g, _("Structure"), structure);
  tt_form_info_row (g, _("“3 cứng” (hard floor, frame and roof)"),
                    p->three_hard == 1 ? _("Met") : p->three_hard == 0 ? _("Not met") : _("Not recorded"));
}

/* Reads the project again and shows it. */
void
tt_project_window_refresh (TtProjectWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TtHousingProject) p = tt_housing_get (self->db, self->project_id, &error);
  g_autofree char *title = NULL;

  if (p == NULL)
    {
      gtk_label_set_label (self->banner, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->banner), TRUE);
      return;
    }
  title = g_strdup_printf (_("Housing Project %lld — %s"), (long long) p->id, p->head_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  fill_summary (self, p);
  fill_timeline (self);
  fill_funding (self);
  fill_payments (self);
  fill_inspection (self, p);
}

static const char *
text_of (AdwEntryRow *row)
{
  return row ? gtk_editable_get_text (GTK_EDITABLE (row)) : "";
}

static const char *
text_or_null (AdwEntryRow *row)
{
  return *text_of (row) != '\0' ? text_of (row) : NULL;
}

static gboolean
form_amount (Form *form, int i, gint64 *out, GError **error)
{
  if (tt_money_parse_positive (text_of (form->fields[i]), out, error))
    return TRUE;
  g_prefix_error (error, _("Amount: "));
  return FALSE;
}

static gboolean
form_days (Form *form, int *days, GError **error)
{
  guint64 n = 0;

  *days = 0;
  if (*text_of (form->fields[1]) == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (text_of (form->fields[1]), 10, 1, 100000, &n, NULL))
    {
      g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID, _("Days: give a whole number of days."));
      return FALSE;
    }
  *days = (int) n;
  return TRUE;
}

static gboolean
form_run (Form *form, GError **error)
{
  TtProjectWindow *self = form->owner;

  switch (form->kind)
    {
    case FORM_STAGE:
      return tt_housing_stage (self->db, self->project_id, tt_value_row_get (form->choice), text_of (form->fields[0]),
                               text_or_null (form->fields[1]), text_or_null (form->fields[2]), error);
    case FORM_FUND:
      {
        TtHousingFundInput in = { .source = tt_value_row_get (form->choice), .donation = text_or_null (form->fields[2]),
                                  .note = text_or_null (form->fields[3]) };
        return form_amount (form, 0, &in.amount, error) && form_days (form, &in.days, error) &&
               tt_housing_fund (self->db, self->project_id, &in, error) > 0;
      }
    case FORM_INSPECT:
      {
        const char *hard = tt_value_row_get (form->choice);
        TtHousingInspection in = { .team = text_or_null (form->fields[0]), .area = text_or_null (form->fields[1]),
                                   .floor = text_or_null (form->fields[2]), .frame = text_or_null (form->fields[3]),
                                   .walls = text_or_null (form->fields[4]), .roof = text_or_null (form->fields[5]),
                                   .three_hard = g_str_equal (hard, "yes") ? 1 : g_str_equal (hard, "no") ? 0 : -1 };
        return tt_housing_inspect (self->db, self->project_id, &in, error);
      }
    case FORM_PAY:
    default:
      {
        gint64 amount = 0;
        return form_amount (form, 0, &amount, error) &&
               tt_housing_pay (self->db, self->project_id, amount, text_of (form->fields[1]),
                               tt_value_row_get (form->choice), form->allow_negative, NULL, error) > 0;
      }
    }
}

static gboolean form_save (GtkWidget *window);

static gboolean
pay_anyway (gpointer data)
{
  GtkWidget *window = data;
  Form *form = g_object_get_data (G_OBJECT (window), "form");

  if (form != NULL && gtk_widget_get_root (window) != NULL)
    {
      form->allow_negative = TRUE;
      form_save (window);
    }
  g_object_unref (window);
  return G_SOURCE_REMOVE;
}

static void
on_pay_anyway_cb (AdwMessageDialog *ask, const char *response, GtkWidget *window)
{
  if (g_str_equal (response, "pay"))
    g_idle_add (pay_anyway, g_object_ref (window));
}

static gboolean
form_save (GtkWidget *window)
{
  Form *form = g_object_get_data (G_OBJECT (window), "form");
  g_autoptr(GError) error = NULL;
  TtProjectWindow *self = form->owner;

  if (!form_run (form, &error))
    {
      if (g_error_matches (error, TT_INPUT_ERROR, TT_INPUT_ERROR_NEGATIVE))
        {
          GtkWidget *ask = adw_message_dialog_new (GTK_WINDOW (window), _("Pay Beyond the Balance?"), error->message);
          adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (ask), "cancel", _("_Cancel"), "pay", _("_Pay Anyway"),
                                            NULL);
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (ask), "pay", ADW_RESPONSE_DESTRUCTIVE);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (ask), "cancel");
          g_signal_connect (ask, "response", G_CALLBACK (on_pay_anyway_cb), window);
          gtk_window_present (GTK_WINDOW (ask));
          return FALSE;
        }
      gtk_label_set_label (form->error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (form->error), TRUE);
      return FALSE;
    }
  tt_project_window_refresh (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  gtk_window_destroy (GTK_WINDOW (window));
  return TRUE;
}

static void
on_field_activated_cb (GtkWidget *window)
{
  form_save (window);
}

/* A small modal form over the project with @n entry rows titled @titles. */
static Form *
form_open (TtProjectWindow *self, FormKind kind, const char *title, const char *choice_title,
           const char *const *titles, int n)
{
  GtkWidget *window = g_object_new (ADW_TYPE_WINDOW, "transient-for", self, "modal", TRUE, "title", title,
                                    "default-width", 520, "default-height", 460, NULL);
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  Form *form = g_new0 (Form, 1);

  form->owner = self;
  form->kind = kind;
  form->choice = tt_form_combo_row (group, choice_title);
  gtk_widget_set_name (GTK_WIDGET (form->choice), "choice_row");
  for (int i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("field%d", i);
      form->fields[i] = tt_form_entry_row (group, titles[i], G_CALLBACK (on_field_activated_cb), window);
      gtk_widget_set_name (GTK_WIDGET (form->fields[i]), name);
    }
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (group));
  g_object_set_data_full (G_OBJECT (window), "form", form, g_free);
  form->error = tt_form_frame (GTK_WINDOW (window), inner, form_save);
  return form;
}

static void
set_today (AdwEntryRow *row)
{
  char today[11];
  g_autofree char *shown = NULL;

  tt_date_today (today);
  shown = tt_date_display (today);
  gtk_editable_set_text (GTK_EDITABLE (row), shown);
}

static void
present (Form *form, GtkWidget *focus)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (form->choice)));

  gtk_window_present (window);
  gtk_widget_grab_focus (focus);
}

static void
stage_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtProjectWindow *self = TT_PROJECT_WINDOW (widget);
  const char *titles[] = { _("_Date (dd/mm/yyyy)"), _("Document _number"), _("_Note (the reason for a pause or "
                                                                              "cancellation)") };
  Form *form = form_open (self, FORM_STAGE, _("Record Stage"), _("_Stage"), titles, 3);
  g_autoptr(TtHousingProject) p = tt_housing_get (self->db, self->project_id, NULL);
  g_autoptr(GPtrArray) events = tt_housing_events (self->db, self->project_id, NULL);
  static const char *const next[] = { "approved", "started", "completed", "handed_over", "handed_over" };
  const char *stage = "survey";

  tt_value_row_fill (form->choice, &stage_list, NULL);
  if (p != NULL && events != NULL && events->len > 0)
    {
      static const char *const order[] = { "survey", "approved", "started", "completed", "handed_over" };
      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        if (g_str_equal (p->stage, order[i]))
          stage = next[i];
    }
  tt_value_row_set (form->choice, stage);
  set_today (form->fields[0]);
  present (form, GTK_WIDGET (form->fields[0]));
}

static void
fund_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtProjectWindow *self = TT_PROJECT_WINDOW (widget);
  const char *titles[] = { _("_Amount (for labour, the value of one day)"), _("_Days of labour"),
                           _("Earmarked donation's _receipt number"), _("_Note") };
  Form *form = form_open (self, FORM_FUND, _("Add Funding"), _("_Source"), titles, 4);

  tt_value_row_fill (form->choice, &tt_housing_sources, NULL);
  present (form, GTK_WIDGET (form->fields[0]));
}

static void
pay_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtProjectWindow *self = TT_PROJECT_WINDOW (widget);
  const char *titles[] = { _("_Amount"), _("_Date paid (dd/mm/yyyy)") };
  Form *form = form_open (self, FORM_PAY, _("Pay Tranche"), _("_Method"), titles, 2);
  g_autoptr(TtHousingProject) p = tt_housing_get (self->db, self->project_id, NULL);
  int first, rest;

  tt_value_row_fill (form->choice, &pay_method_list, NULL);
  tt_housing_tranches (self->db, &first, &rest);
  if (p != NULL)
    {
      gboolean completed = g_str_equal (p->stage, "completed") || g_str_equal (p->stage, "handed_over");
      gboolean started = completed || g_str_equal (p->stage, "started");
      gint64 allowed = completed ? p->support : started ? p->support * first / 100 : 0;
      if (allowed > p->paid)
        {
          g_autofree char *shown = tt_money_format (allowed - p->paid);
          gtk_editable_set_text (GTK_EDITABLE (form->fields[0]), shown);
        }
    }
  set_today (form->fields[1]);
  present (form, GTK_WIDGET (form->fields[0]));
}

static void
set_text_of (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
inspect_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtProjectWindow *self = TT_PROJECT_WINDOW (widget);
  const char *titles[] = { _("_Team (names and roles)"), _("_Area (m²)"), _("_Floor"), _("F_rame"), _("_Walls"),
                           _("R_oof") };
  Form *form = form_open (self, FORM_INSPECT, _("Record Inspection"), _("“3 _cứng”"), titles, 6);
  g_autoptr(TtHousingProject) p = tt_housing_get (self->db, self->project_id, NULL);

  tt_value_row_fill (form->choice, &three_hard_list, NULL);
  if (p != NULL)
    {
      g_autofree char *area = p->area_m2 > 0 ? g_strdup_printf ("%g", p->area_m2) : NULL;
      set_text_of (form->fields[0], p->inspection_team);
      set_text_of (form->fields[1], area);
      set_text_of (form->fields[2], p->floor);
      set_text_of (form->fields[3], p->frame);
      set_text_of (form->fields[4], p->walls);
      set_text_of (form->fields[5], p->roof);
      tt_value_row_set (form->choice, p->three_hard == 1 ? "yes" : p->three_hard == 0 ? "no" : "unknown");
    }
  present (form, GTK_WIDGET (form->fields[0]));
}

typedef struct
{
  TtDb         *db;
  TtHousingDoc *doc;
} RecordJob;

static void
record_job_free (RecordJob *job)
{
  g_clear_object (&job->db);
  tt_housing_doc_free (job->doc);
  g_free (job);
}

static RecordJob *
record_job (TtProjectWindow *self, GVariant *param)
{
  g_autoptr(GError) error = NULL;
  TtHousingRecord record;
  TtHousingDoc *doc = NULL;
  RecordJob *job;

  if (!tt_housing_record_parse (g_variant_get_string (param, NULL), &record, &error) ||
      (doc = tt_housing_doc_load (self->db, self->project_id, record, &error)) == NULL)
    {
      gtk_label_set_label (self->banner, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->banner), TRUE);
      return NULL;
    }
  job = g_new0 (RecordJob, 1);
  job->db = g_object_ref (self->db);
  job->doc = doc;
  return job;
}

static void
draw_record (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  tt_housing_record_draw (cr, ((RecordJob *) data)->doc, page);
}

static void
record_printed (gboolean printed, gpointer data)
{
  RecordJob *job = data;

  if (printed)
    tt_export_log_add (job->db, tt_housing_record_title (job->doc->record), "printer", 1, TRUE, NULL);
}

static gboolean
write_record (const char *path, gpointer data, GError **error)
{
  RecordJob *job = data;

  return tt_export_write (job->db, tt_housing_record_title (job->doc->record), path, 1, TRUE,
                          tt_housing_record_write_pdf, job->doc, error);
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtProjectWindow *self = TT_PROJECT_WINDOW (widget);
  RecordJob *job = record_job (self, param);

  if (job != NULL)
    tt_print_pages (GTK_WINDOW (self), tt_housing_record_title (job->doc->record), TT_PAPER_A4, FALSE, 1,
                    draw_record, record_printed, job, (GDestroyNotify) record_job_free);
}

static void
pdf_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtProjectWindow *self = TT_PROJECT_WINDOW (widget);
  RecordJob *job = record_job (self, param);
  g_autofree char *file = NULL;

  if (job == NULL)
    return;
  file = g_strdup_printf ("nha-o-%lld-%s.pdf", (long long) self->project_id, g_variant_get_string (param, NULL));
  tt_save_pdf (GTK_WINDOW (self), _("Save Housing Record"), file, write_record, job, (GDestroyNotify) record_job_free);
}

static GMenuModel *
records_menu (void)
{
  GMenu *menu = g_menu_new ();
  GMenu *print = g_menu_new ();
  GMenu *save = g_menu_new ();
  const char *records[] = { "survey", "inspection", "handover" };
  const char *print_labels[] = { N_("Print _Survey…"), N_("Print _Inspection Record…"), N_("Print _Handover Record…") };
  const char *save_labels[] = { N_("Save Survey as PDF…"), N_("Save Inspection Record as PDF…"),
                                N_("Save Handover Record as PDF…") };

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    {
      g_autoptr(GMenuItem) p = g_menu_item_new (_(print_labels[i]), NULL);
      g_autoptr(GMenuItem) s = g_menu_item_new (_(save_labels[i]), NULL);
      g_menu_item_set_action_and_target_value (p, "project.print", g_variant_new_string (records[i]));
      g_menu_item_set_action_and_target_value (s, "project.pdf", g_variant_new_string (records[i]));
      g_menu_append_item (print, p);
      g_menu_append_item (save, s);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (print));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (save));
  g_object_unref (print);
  g_object_unref (save);
  return G_MENU_MODEL (menu);
}

static void
build (TtProjectWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = records_menu ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "document-print-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_tooltip_text (menu_button, _("Print or save the survey, inspection or handover record"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu_button);
  gtk_box_append (GTK_BOX (box), header);
  self->banner = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->banner, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->banner), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->banner), FALSE);
  g_object_set (self->banner, "margin-top", 6, "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->banner));
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->page));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
tt_project_window_dispose (GObject *object)
{
  TtProjectWindow *self = TT_PROJECT_WINDOW (object);

  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_project_window_parent_class)->dispose (object);
}

static void
tt_project_window_class_init (TtProjectWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_project_window_dispose;
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "project.stage", NULL, stage_action);
  gtk_widget_class_install_action (widget_class, "project.fund", NULL, fund_action);
  gtk_widget_class_install_action (widget_class, "project.pay", NULL, pay_action);
  gtk_widget_class_install_action (widget_class, "project.inspect", NULL, inspect_action);
  gtk_widget_class_install_action (widget_class, "project.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "project.pdf", "s", pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tt_project_window_init (TtProjectWindow *self)
{
  build (self);
}

TtProjectWindow *
tt_project_window_new (GtkWindow *parent,
                       TtDb      *db,
                       gint64     project_id)
{
  TtProjectWindow *self = g_object_new (TT_TYPE_PROJECT_WINDOW, "transient-for", parent, "modal", TRUE,
                                        "default-width", 720, "default-height", 680, NULL);

  self->db = g_object_ref (db);
  self->project_id = project_id;
  tt_project_window_refresh (self);
  return self;
}
