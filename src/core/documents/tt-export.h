/* tt-export.h — writing a file of the office's data and recording it in the export log */
#pragma once

#include "tt-db.h"

G_BEGIN_DECLS

/* Writes the whole file at @path (a temporary name beside the destination). */
typedef gboolean (*TtExportWrite) (const char  *path,
                                   gpointer     data,
                                   GError     **error);

gboolean tt_export_write   (TtDb          *db,
                            const char    *what,
                            const char    *path,
                            gint64         rows,
                            gboolean       personal,
                            TtExportWrite  write,
                            gpointer       data,
                            GError       **error);
/* The same, with the number of rows known once the file is written (*@rows then). */
gboolean tt_export_write_counted (TtDb          *db,
                                  const char    *what,
                                  const char    *path,
                                  const gint64  *rows,
                                  gboolean       personal,
                                  TtExportWrite  write,
                                  gpointer       data,
                                  GError       **error);
gboolean tt_export_log_add (TtDb          *db,
                            const char    *what,
                            const char    *destination,
                            gint64         rows,
                            gboolean       personal,
                            GError       **error);

G_END_DECLS
