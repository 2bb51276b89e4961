/* tt-housing-doc.c — the printed housing records, gathered from the office file
 *
 * The survey (phiếu khảo sát) describes the household and the work proposed; the completion
 * inspection (biên bản kiểm tra hoàn thành) the house as built and its value by source; the
 * cash handover (biên bản bàn giao tiền hỗ trợ) the decision, the recipient (ID number masked)
 * and the money handed over in figures and words.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "tt-date.h"
#include "tt-households.h"
#include "tt-housing-doc.h"
#include "tt-housing.h"
#include "tt-money.h"
#include "tt-office-profile.h"
#include "tt-text.h"
#include "tt-values.h"

static const char *const record_names[] = { "survey", "inspection", "handover" };
static const char *const record_titles[] = { "PHIẾU KHẢO SÁT HIỆN TRẠNG NHÀ Ở",
                                             "BIÊN BẢN KIỂM TRA HOÀN THÀNH NHÀ Ở",
                                             "BIÊN BẢN BÀN GIAO TIỀN HỖ TRỢ NHÀ Ở" };

gboolean
tt_housing_record_parse (const char      *text,
                         TtHousingRecord *out,
                         GError         **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_names); i++)
    if (g_strcmp0 (text, record_names[i]) == 0)
      {
        *out = (TtHousingRecord) i;
        return TRUE;
      }
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("Unknown housing record “%s”: use survey, inspection or handover."), text ? text : "");
  return FALSE;
}

const char *
tt_housing_record_title (TtHousingRecord record)
{
  return record_titles[record];
}

static void
line_free (TtHousingDocLine *l)
{
  g_free (l->label);
  g_free (l->amount);
  g_free (l);
}

void
tt_housing_doc_free (TtHousingDoc *d)
{
  if (d == NULL)
    return;
  g_free (d->office);
  g_free (d->parent);
  g_free (d->place_line);
  g_free (d->date_words);
  g_free (d->project);
  g_free (d->head_name);
  g_free (d->birth_year);
  g_free (d->gender);
  g_free (d->id_masked);
  g_free (d->phone);
  g_free (d->members);
  g_free (d->category);
  g_free (d->work);
  g_free (d->stream);
  g_free (d->norm);
  g_free (d->estimate);
  g_free (d->support);
  g_free (d->support_words);
  g_free (d->decision);
  g_free (d->started_on);
  g_free (d->completed_on);
  g_free (d->stage_doc);
  g_free (d->team);
  g_free (d->area);
  g_free (d->floor);
  g_free (d->frame);
  g_free (d->walls);
  g_free (d->roof);
  g_clear_pointer (&d->lines, g_ptr_array_unref);
  g_free (d->total);
  g_free (d->total_words);
  g_free (d->paid);
  g_free (d->paid_words);
  g_free (d->vouchers);
  g_free (d->head);
  g_free (d->accountant);
  g_free (d->cashier);
  g_free (d);
}

static char *
money_or_blank (gint64 amount)
{
  return amount > 0 ? tt_money_format (amount) : NULL;
}

static char *
dup_nonempty (const char *s)
{
  return s != NULL && *s != '\0' ? g_strdup (s) : NULL;
}

static const char *
stream_printed (const char *stream)
{
  if (g_strcmp0 (stream, "merit") == 0)
    return "Hỗ trợ nhà ở cho người có công với cách mạng";
  if (g_strcmp0 (stream, "national") == 0)
    return "Chương trình mục tiêu quốc gia";
  return "Hỗ trợ hộ nghèo, hộ cận nghèo từ Quỹ \"Vì người nghèo\"";
}

/* The household's part: who it is and where. */
static gboolean
load_household (TtDb *db, TtHousingDoc *doc, gint64 household_id, GError **error)
{
  g_autoptr(TtHousehold) h = tt_household_get (db, household_id, error);
  g_autoptr(GString) place = g_string_new (NULL);

  if (h == NULL)
    return FALSE;
  doc->head_name = g_strdup (h->head_name);
  doc->birth_year = h->head_birth_year > 0 ? g_strdup_printf ("%d", h->head_birth_year) : NULL;
  doc->gender = g_strcmp0 (h->head_gender, "male") == 0 ? g_strdup ("Nam")
                : g_strcmp0 (h->head_gender, "female") == 0 ? g_strdup ("Nữ") : NULL;
  doc->id_masked = h->id_number ? tt_text_mask_id (h->id_number) : NULL;
  doc->phone = dup_nonempty (h->phone);
  doc->members = h->member_count > 0 ? g_strdup_printf ("%d", h->member_count) : NULL;
  if (h->category != NULL)
    doc->category = g_strdup_printf ("%s (năm %d)", tt_category_printed (h->category), h->year);
  if (h->address && *h->address)
    g_string_append (place, h->address);
  else if (h->village_name)
    g_string_append_printf (place, "%s%s", place->len ? ", " : "", h->village_name);
  if (h->commune_name && strstr (place->str, h->commune_name) == NULL)
    g_string_append_printf (place, "%s%s", place->len ? ", " : "", h->commune_name);
  doc->place_line = place->len ? g_string_free (g_steal_pointer (&place), FALSE) : NULL;
  return TRUE;
}

/* The timeline's part: the decision, the days work started and ended, the record's own document. */
static gboolean
load_events (TtDb *db, TtHousingDoc *doc, const TtHousingProject *p, char date[11], GError **error)
{
  g_autoptr(GPtrArray) events = tt_housing_events (db, p->id, error);
  const char *own = doc->record == TT_HOUSING_SURVEY ? "survey"
                    : doc->record == TT_HOUSING_INSPECTION ? "completed" : "handed_over";

  if (events == NULL)
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      TtHousingEvent *e = events->pdata[i];
      g_autofree char *shown = tt_date_display (e->happened_on);
      if (g_str_equal (e->stage, "approved"))
        {
          const char *number = p->decision_no ? p->decision_no : e->doc_ref;
          g_free (doc->decision);
          doc->decision = number ? g_strdup_printf ("Số %s ngày %s", number, shown) : g_strdup_printf ("Ngày %s", shown);
        }
      if (g_str_equal (e->stage, "started"))
        {
          g_free (doc->started_on);
          doc->started_on = g_strdup (shown);
        }
      if (g_str_equal (e->stage, "completed"))
        {
          g_free (doc->completed_on);
          doc->completed_on = g_strdup (shown);
        }
      if (g_str_equal (e->stage, own))
        {
          g_strlcpy (date, e->happened_on, 11);
          g_free (doc->stage_doc);
          doc->stage_doc = dup_nonempty (e->doc_ref);
        }
    }
  if (doc->decision == NULL && p->decision_no)
    doc->decision = g_strdup_printf ("Số %s", p->decision_no);
  return TRUE;
}

/* The value by source, and what was handed over. */
static gboolean
load_money (TtDb *db, TtHousingDoc *doc, const TtOfficeProfile *office, const TtHousingProject *p, GError **error)
{
  g_autoptr(GPtrArray) lines = tt_housing_funding (db, p->id, error);
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GString) vouchers = g_string_new (NULL);
  gint64 total = 0, paid = 0;

  if (lines == NULL || (payments = tt_housing_payments (db, p->id, error)) == NULL)
    return FALSE;
  doc->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  for (guint i = 0; i < lines->len; i++)
    {
      TtHousingFunding *f = lines->pdata[i];
      const TtValue *v = tt_values_find (&tt_housing_sources, f->source);
      TtHousingDocLine *l = g_new0 (TtHousingDocLine, 1);
      const char *label = v ? v->printed : f->source;
      if (f->days > 0)
        l->label = g_strdup_printf ("%s (%d ngày)", label, f->days);
      else if (f->donor_name)
        l->label = g_strdup_printf ("%s: %s", label, f->donor_name);
      else
        l->label = g_strdup (label);
      l->amount = tt_money_format (f->amount);
      total += f->amount;
      g_ptr_array_add (doc->lines, l);
    }
  for (guint i = 0; i < payments->len; i++)
    {
      TtHousingPayment *v = payments->pdata[i];
      if (!g_str_equal (v->status, "valid"))
        continue;
      paid += v->amount;
      g_string_append_printf (vouchers, "%s%s", vouchers->len ? ", " : "", v->voucher);
    }
  doc->total = money_or_blank (total);
  doc->total_words = total > 0 ? tt_office_profile_words (office, total) : NULL;
  doc->paid = money_or_blank (paid);
  doc->paid_words = paid > 0 ? tt_office_profile_words (office, paid) : NULL;
  doc->vouchers = vouchers->len ? g_string_free (g_steal_pointer (&vouchers), FALSE) : NULL;
  return TRUE;
}

TtHousingDoc *
tt_housing_doc_load (TtDb            *db,
                     gint64           project_id,
                     TtHousingRecord  record,
                     GError         **error)
{
  g_autoptr(TtHousingProject) p = tt_housing_get (db, project_id, error);
  g_autoptr(TtOfficeProfile) office = NULL;
  g_autoptr(TtHousingDoc) doc = NULL;
  char date[11] = "";
  int y = 0, m = 0, day = 0;

  if (p == NULL)
    return NULL;
  office = tt_office_profile_load (db);
  doc = g_new0 (TtHousingDoc, 1);
  doc->record = record;
  doc->office = g_strdup (office->name);
  doc->parent = g_strdup (office->parent);
  doc->head = dup_nonempty (office->head);
  doc->accountant = dup_nonempty (office->accountant);
  doc->cashier = dup_nonempty (office->cashier);
  doc->project = g_strdup_printf ("%" G_GINT64_FORMAT, p->id);
  doc->work = g_strdup (g_str_equal (p->kind, "new") ? "Xây mới nhà ở" : "Sửa chữa nhà ở");
  doc->stream = g_strdup (stream_printed (p->stream));
  doc->norm = money_or_blank (p->norm);
  doc->estimate = money_or_blank (p->estimate);
  doc->support = money_or_blank (p->support);
  doc->support_words = p->support > 0 ? tt_office_profile_words (office, p->support) : NULL;
  doc->team = dup_nonempty (p->inspection_team);
  if (p->area_m2 > 0)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *shown = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.1f", p->area_m2));
      if (g_str_has_suffix (shown, ".0"))
        shown[strlen (shown) - 2] = '\0';
      doc->area = g_strdelimit (g_steal_pointer (&shown), ".", ',');
    }
  doc->floor = dup_nonempty (p->floor);
  doc->frame = dup_nonempty (p->frame);
  doc->walls = dup_nonempty (p->walls);
  doc->roof = dup_nonempty (p->roof);
  doc->three_hard = p->three_hard;
  if (!load_household (db, doc, p->household_id, error) || !load_events (db, doc, p, date, error) ||
      !load_money (db, doc, office, p, error))
    return NULL;
  if (date[0] == '\0')
    tt_date_today (date);
  sscanf (date, "%d-%d-%d", &y, &m, &day);
  doc->date_words = g_strdup_printf ("Ngày %02d tháng %02d năm %d", day, m, y);
  return g_steal_pointer (&doc);
}
