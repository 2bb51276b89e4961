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

G_END_DECLS
