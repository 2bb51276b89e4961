/* tt-export.c — writing a file of the office's data and recording it in the export log
 *
 * Exports of beneficiaries' personal data are recorded (Nghị định 13/2023/NĐ-CP). The file is
 * written first under a temporary name in the destination's folder, readable by its owner only,
 * and renamed when the export log has its row: a failed export leaves neither a file nor a row.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <unistd.h>

#include "tt-db-private.h"
#include "tt-export.h"

static gboolean
set_file_error (GError **error, const char *path, int code)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (code), _("Cannot write “%s”: %s"),
               path, g_strerror (code));
  return FALSE;
}

gboolean
tt_export_write (TtDb          *db,
                 const char    *what,
                 const char    *path,
                 gint64         rows,
                 gboolean       personal,
                 TtExportWrite  write,
                 gpointer       data,
                 GError       **error)
{
  return tt_export_write_counted (db, what, path, &rows, personal, write, data, error);
}

gboolean
tt_export_write_counted (TtDb          *db,
                         const char    *what,
                         const char    *path,
                         const gint64  *rows,
                         gboolean       personal,
                         TtExportWrite  write,
                         gpointer       data,
                         GError       **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.XXXXXX", path);
  gboolean ok;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_file_error (error, path, errno);
  close (fd);
  if (!write (tmp, data, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (!tt_db_begin (db, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  ok = tt_export_log_add (db, what, path, *rows, personal, error);
  if (ok && g_rename (tmp, path) != 0)
    ok = set_file_error (error, path, errno);
  if (!ok)
    g_unlink (tmp);
  if (!tt_db_end (db, ok, error))
    {
      if (ok)
        g_unlink (path);
      return FALSE;
    }
  return TRUE;
}

/* Records an export (or a print, with no @destination) of @rows rows. */
gboolean
tt_export_log_add (TtDb        *db,
                   const char  *what,
                   const char  *destination,
                   gint64       rows,
                   gboolean     personal,
                   GError     **error)
{
  g_autoptr(TtStmt) stmt = tt_db_prepare (db,
                                          "INSERT INTO export_log (actor, what, destination, row_count, personal) "
                                          "VALUES (?, ?, ?, ?, ?)",
                                          error);

  if (stmt == NULL)
    return FALSE;
  tt_bind_text (stmt, 1, tt_db_get_actor (db));
  tt_bind_text (stmt, 2, what);
  tt_bind_text (stmt, 3, destination);
  tt_bind_int (stmt, 4, rows);
  tt_bind_int (stmt, 5, personal);
  return tt_db_step_done (db, stmt, error);
}
