/* tt-donor-row.c — one donor as an item of a list model */
#include "config.h"

#include "tt-donor-row.h"

struct _TtDonorRow
{
  GObject  parent_instance;
  TtDonor *donor;
};

G_DEFINE_FINAL_TYPE (TtDonorRow, tt_donor_row, G_TYPE_OBJECT)

static void
tt_donor_row_finalize (GObject *object)
{
  g_clear_pointer (&TT_DONOR_ROW (object)->donor, tt_donor_free);
  G_OBJECT_CLASS (tt_donor_row_parent_class)->finalize (object);
}

static void
tt_donor_row_class_init (TtDonorRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_donor_row_finalize;
}

static void
tt_donor_row_init (TtDonorRow *self)
{
}

/* Takes @donor. */
TtDonorRow *
tt_donor_row_new (TtDonor *donor)
{
  TtDonorRow *self = g_object_new (TT_TYPE_DONOR_ROW, NULL);

  self->donor = donor;
  return self;
}

const TtDonor *
tt_donor_row_get_donor (TtDonorRow *self)
{
  g_return_val_if_fail (TT_IS_DONOR_ROW (self), NULL);
  return self->donor;
}

/* A TtQueryFetchFunc: @db is the TtDb the model lists. */
GObject *
tt_donor_row_fetch (gint64   id,
                    gpointer db)
{
  TtDonor *donor = tt_donor_get (db, id, NULL);

  return donor ? G_OBJECT (tt_donor_row_new (donor)) : NULL;
}
