/* tt-gifts-private.h — what the gift list files of core share */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

/* The campaign of gift list @list_id (0 and @error when there is no such list), and its
 * package in @package_id when given. */
gint64 tt_gift_list_campaign (TtDb     *db,
                              gint64    list_id,
                              gint64   *package_id,
                              GError  **error);

/* A place a list names, ranked among others (tt_gift_places_rank()) by its folded name in
 * natural order ("Thôn 2" before "Thôn 10"), then by its id. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *key;
  int     rank;
} TtGiftPlace;

/* Places by id, each read once: NULL for a place that is gone. */
GHashTable  *tt_gift_places_new  (void);
TtGiftPlace *tt_gift_place       (TtDb        *db,
                                  GHashTable  *places,
                                  gint64       id);
void         tt_gift_places_rank (GHashTable  *places);
/* The rank of @place, -1 for none (which comes first). */
int          tt_gift_place_rank  (const TtGiftPlace *place);

G_END_DECLS
