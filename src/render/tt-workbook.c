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

/* A cell format of the documents' workbooks: Times New Roman 11, bold or not, bordered or not,
 * aligned, a number with grouped thousands or wrapped text. */
lxw_format *
tt_workbook_format (lxw_workbook *wb, gboolean bold, gboolean border, uint8_t align, gboolean number)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, "Times New Roman");
  format_set_font_size (f, 11);
  if (bold)
    format_set_bold (f);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  format_set_align (f, align);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  if (number)
    format_set_num_format (f, "#,##0");
  else
    format_set_text_wrap (f);
  return f;
}
