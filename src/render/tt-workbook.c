/* tt-workbook.c — what every workbook (XLSX) the render module writes shares */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tt-workbook.h"

/* Writes out and frees @wb; says why when the file could not be written. */
gboolean
tt_workbook_close (lxw_workbook *wb,
                   const char   *path,
                   GError      **error)
{
  lxw_error rc = workbook_close (wb);

  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the workbook “%s”: %s"), path,
                   lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}
