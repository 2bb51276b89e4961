/* tt-addresses.h — humanitarian addresses (địa chỉ nhân đạo) of the Red Cross campaign "Mỗi tổ
 * chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  gint64  household_id;
  char   *head_name;
  char   *village;
  char   *need;
  char   *profiled_on;
  int     priority;
  char   *sponsor;           /* the sponsor's name, or NULL */
  char   *commitment;
  char   *status;            /* open, helped, closed */
  gboolean connected;        /* on iNhandao */
  char   *code;              /* its code there */
  gint64  helped;            /* đồng given so far */
} TtAddress;

typedef struct
{
  const char *status;
  gint64      place_id;
  int         year;          /* profiled in this year; 0: any */
  gint64      household_id;  /* 0: any */
} TtAddressFilter;

/* Per commune, for the year: addresses profiled, how many of them were helped, the share
 * helped, and how many are connected to iNhandao. */
typedef struct
{
  char   *commune;
  gint64  profiled;
  gint64  helped;
  double  percent_helped;
  gint64  connected;
} TtAddressStats;

void       tt_address_free       (TtAddress       *address);
void       tt_address_stats_free (TtAddressStats  *stats);

gint64     tt_address_add      (TtDb            *db,
                                gint64           household_id,
                                const char      *need,
                                const char      *date,
                                int              priority,
                                GError         **error);
gboolean   tt_address_sponsor  (TtDb            *db,
                                gint64           address_id,
                                gint64           donor_id,
                                const char      *from,
                                const char      *commitment,
                                GError         **error);
gint64     tt_address_help     (TtDb            *db,
                                gint64           address_id,
                                const char      *date,
                                const char      *kind,
                                gint64           amount,
                                gint64           donor_id,
                                const char      *note,
                                GError         **error);
gboolean   tt_address_inhandao (TtDb            *db,
                                gint64           address_id,
                                gboolean         connected,
                                const char      *code,
                                GError         **error);
gboolean   tt_address_close    (TtDb            *db,
                                gint64           address_id,
                                GError         **error);
GPtrArray *tt_address_list     (TtDb            *db,
                                const TtAddressFilter *filter,
                                GError         **error);
GPtrArray *tt_address_stats    (TtDb            *db,
                                int              year,
                                GError         **error);

G_END_DECLS
