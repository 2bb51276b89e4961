/* tt-gifts-page-coverage.c — the Tết Gifts page's coverage line and the households left out
 *
 * Counted on a worker thread from its own connection: on a province's office the poor and
 * near-poor of the year are a few hundred thousand households, seconds of work the window must
 * not wait for.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-form.h"
#include "tt-gifts-page-private.h"
#include "tt-gifts.h"
#include "tt-households.h"
#include "tt-money.h"
#include "tt-text.h"
#include "tt-reading.h"

#define SHOWN_MISSING 500

/* The households left out, by village then name (the first few hundred, read with the count). */
static void
fill_missing (TtGiftsPage *self, GPtrArray *shown, guint n_missing)
{
  GListStore *store = tt_gifts_page_missing_items (self);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; shown != NULL && i < shown->len; i++)
    {
      const TtHousehold *h = shown->pdata[i];
      g_ptr_array_add (items, tt_text_item_new (g_strdup (h->head_name),
                                                g_strdup_printf ("%s · %s · %s", h->village_name ? h->village_name : "",
                                                                 h->commune_name ? h->commune_name : "",
                                                                 tt_category_label (h->category)),
                                                h->id));
    }
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
  gtk_widget_set_visible (tt_gifts_page_missing_expander (self), n_missing > 0);
}

/* What the coverage line and the households left out show. */
typedef struct
{
  TtGiftCoverage c;
  int            year;
  GPtrArray     *shown;   /* TtHousehold: the first SHOWN_MISSING left out */
} Coverage;

static void
coverage_free (Coverage *cv)
{
  tt_gift_coverage_clear (&cv->c);
  g_clear_pointer (&cv->shown, g_ptr_array_unref);
  g_free (cv);
}

static void
coverage_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  gint64 campaign = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (task), "campaign"));
  g_autoptr(TtDb) db = tt_task_connection (task, task_data, TRUE, &error);
  Coverage *cv = g_new0 (Coverage, 1);

  if (db == NULL || !tt_gift_coverage (db, campaign, 0, 0, &cv->c, &error))
    {
      coverage_free (cv);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  cv->year = tt_gift_campaign_year (db, campaign);
  cv->shown = g_ptr_array_new_with_free_func ((GDestroyNotify) tt_household_free);
  for (guint i = 0; i < MIN (cv->c.missing->len, SHOWN_MISSING); i++)
    {
      TtHousehold *h = tt_household_get (db, g_array_index (cv->c.missing, gint64, i), NULL);
      if (h != NULL)
        g_ptr_array_add (cv->shown, h);
    }
  g_task_return_pointer (task, cv, (GDestroyNotify) coverage_free);
}

static void
on_coverage_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  TtGiftsPage *self = TT_GIFTS_PAGE (source);
  g_autoptr(GError) error = NULL;
  Coverage *cv = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *text = NULL;

  if (g_task_get_cancellable (G_TASK (result)) != *tt_gifts_page_counting (self))
    {
      g_clear_pointer (&cv, coverage_free);
      return;   /* counted again since, or the page is gone */
    }
  g_clear_object (tt_gifts_page_counting (self));
  if (cv == NULL)
    {
      gtk_label_set_label (tt_gifts_page_coverage_label (self), error->message);
      fill_missing (self, NULL, 0);
      return;
    }
  {
    g_autofree char *covered = tt_money_format_plain (cv->c.covered);
    g_autofree char *eligible = tt_money_format_plain (cv->c.eligible);
    g_autofree char *rate = tt_rate_display (cv->c.rate, 1);
    g_autofree char *delivered = tt_money_format_plain (cv->c.delivered);
    g_autofree char *missing = tt_money_format_plain (cv->c.missing->len);

    text = g_strdup_printf (_("Poor and near-poor households of %d with a package: %s of %s (%s %%), "
                              "delivered %s; %s still without one."),
                            cv->year, covered, eligible, rate, delivered, missing);
  }
  gtk_label_set_label (tt_gifts_page_coverage_label (self), text);
  fill_missing (self, cv->shown, cv->c.missing->len);
  coverage_free (cv);
}

/* Counts the coverage of the campaign shown on a worker thread; the line says it when done. */
void
tt_gifts_page_refresh_coverage (TtGiftsPage *self)
{
  gint64 campaign = tt_gifts_page_get_campaign (self);
  g_autoptr(GTask) task = NULL;

  tt_read_stop (tt_gifts_page_counting (self));
  if (campaign == 0)
    {
      gtk_label_set_label (tt_gifts_page_coverage_label (self), _("Add a campaign (of kind tet) to build gift lists."));
      fill_missing (self, NULL, 0);
      return;
    }
  *tt_gifts_page_counting (self) = g_cancellable_new ();
  task = g_task_new (self, *tt_gifts_page_counting (self), on_coverage_cb, NULL);
  g_task_set_task_data (task, g_strdup (tt_db_get_path (tt_gifts_page_get_db (self))), g_free);
  g_object_set_data (G_OBJECT (task), "campaign", GSIZE_TO_POINTER (campaign));
  tt_task_run (task, tt_gifts_page_get_db (self), coverage_thread, G_OBJECT (self), on_coverage_cb, NULL);
}

/* For tests: whether the coverage is still being counted. */
gboolean
tt_gifts_page_is_counting (TtGiftsPage *self)
{
  return *tt_gifts_page_counting (self) != NULL;
}
