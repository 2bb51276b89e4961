/* tt-workbook.h — what every workbook (XLSX) the render module writes shares */
#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

lxw_format *tt_workbook_format (lxw_workbook *wb,
                                gboolean      bold,
                                gboolean      border,
                                uint8_t       align,
                                gboolean      number);
gboolean tt_workbook_close (lxw_workbook *wb,
                            const char   *path,
                            GError      **error);

G_END_DECLS
