/* tt-test-util.h — helpers shared by the test programs */
#pragma once

#include "tt-db-private.h"

G_BEGIN_DECLS

char   *tt_test_tmpdir   (void);
TtDb   *tt_test_new_db   (char       **out_path);
gint64  tt_test_count    (TtDb        *db,
                          const char  *sql);
gint64  tt_test_countf   (TtDb        *db,
                          const char  *sql_format,
                          ...) G_GNUC_PRINTF (2, 3);
char   *tt_test_dump     (TtDb        *db);
char   *tt_test_pdf_seen (const char  *pdf);

G_END_DECLS
