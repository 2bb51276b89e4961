/* tt-places.h — administrative units (2025 two-tier), villages, former units */
#pragma once

#include "tt-db.h"
#include "tt-values.h"

G_BEGIN_DECLS

/* Every kind of place, and the kinds of former units a commune may have absorbed. */
extern const TtValueList tt_place_kinds;
extern const TtValueList tt_former_place_kinds;

typedef struct
{
  gint64    id;
  char     *code;
  char     *name;
  char     *kind;
  gboolean  official;
} TtPlace;

void      tt_place_free           (TtPlace     *place);
const char *tt_place_kind_label   (const char  *kind);
GPtrArray *tt_place_children      (TtDb        *db,
                                  gint64       parent_id,
                                  const char  *kind,
                                  GError     **error);
GPtrArray *tt_place_search        (TtDb        *db,
                                  const char  *kind,
                                  gint64       parent_id,
                                  const char  *query,
                                  guint        limit,
                                  GError     **error);

gboolean tt_places_load_official (TtDb        *db,
                                  GError     **error);
gint64   tt_place_id_by_code     (TtDb        *db,
                                  const char  *code);
char    *tt_place_name           (TtDb        *db,
                                  gint64       id);

char    *tt_place_code           (TtDb        *db,
                                  gint64       id);
char    *tt_place_kind           (TtDb        *db,
                                  gint64       id);
gboolean tt_place_kind_is        (TtDb        *db,
                                  gint64       id,
                                  const char  *kind,
                                  gint64      *parent);
gint64   tt_place_add            (TtDb        *db,
                                  const char  *kind,
                                  const char  *code,
                                  const char  *name,
                                  gint64       parent_id,
                                  GError     **error);
gboolean tt_place_rename         (TtDb        *db,
                                  gint64       id,
                                  const char  *name,
                                  GError     **error);
gint64   tt_place_add_former     (TtDb        *db,
                                  const char  *kind,
                                  const char  *name,
                                  gint64       became_id,
                                  GError     **error);
gboolean tt_place_map            (TtDb        *db,
                                  gint64       old_id,
                                  gint64       new_id,
                                  GError     **error);
gint64   tt_place_find_child     (TtDb        *db,
                                  gint64       parent_id,
                                  const char  *kind,
                                  const char  *name);
gint64   tt_place_village_ensure (TtDb        *db,
                                  gint64       commune_id,
                                  const char  *name,
                                  gboolean    *created,
                                  GError     **error);
gint64   tt_place_resolve        (TtDb        *db,
                                  const char  *text,
                                  GError     **error);
gint64   tt_place_province_of    (TtDb        *db,
                                  gint64       id);

G_END_DECLS
