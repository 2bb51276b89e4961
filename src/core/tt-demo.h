/* tt-demo.h — realistic synthetic data for demonstrations and benchmarks */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  donors;
  gint64  donations;
  gint64  households;
  guint32 seed;
  gint64  vouchers;
  gint64  housing;
  gint64  livelihood;
  gint64  cards;
  gint64  addresses;
} TtDemoSize;

gboolean tt_demo_generate (TtDb              *db,
                           const TtDemoSize  *size,
                           GError           **error);

G_END_DECLS
