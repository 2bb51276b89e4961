/* tt-table-rows.c — where a table keeps its rows
 *
 * A list may have hundreds of thousands of rows. Its first rows (the title, the column titles
 * and what a preview shows) stay in memory; the others go to a temporary file as they are read,
 * one record each (the number of cells, then each cell's text and a NUL), and the table keeps
 * only where each record starts. Rows are read back through a window of that file, so reading
 * the rows in order costs a read per window, not per row. What the table holds in memory is a
 * few bytes per row, whatever the size of the file.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tt-error.h"
#include "tt-table-private.h"

/* Rows kept in memory: the first rows of a list hold its titles and what the preview shows. */
#define HEAD_ROWS 64
#define WINDOW_BYTES (256 * 1024)

struct _TtTableRows
{
  GPtrArray *head;      /* GStrv of the first HEAD_ROWS rows */
  GArray    *offsets;   /* gint64: where row HEAD_ROWS + i starts in the spool */
  GArray    *numbers;   /* guint: every row's number as a person sees it */
  GArray    *n_cells;   /* guint: the number of cells of each row past the head */
  gboolean   failed;    /* a record could not be read back */
  FILE      *spool;     /* unlinked temporary file, NULL until a row goes past the head */
  gint64     written;
  /* The window of the spool last read, and the row of it last asked for. */
  char      *window;
  gint64     window_start;
  gsize      window_len;
  guint      current;
  GPtrArray *cells;     /* pointers into the window: the current row's cells */
};

TtTableRows *
tt_table_rows_new (void)
{
  TtTableRows *rows = g_new0 (TtTableRows, 1);

  rows->head = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  rows->offsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  rows->numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  rows->n_cells = g_array_new (FALSE, FALSE, sizeof (guint));
  rows->cells = g_ptr_array_new ();
  rows->current = G_MAXUINT;
  return rows;
}

void
tt_table_rows_free (TtTableRows *rows)
{
  if (rows == NULL)
    return;
  g_ptr_array_unref (rows->head);
  g_array_unref (rows->offsets);
  g_array_unref (rows->numbers);
  g_array_unref (rows->n_cells);
  g_ptr_array_unref (rows->cells);
  if (rows->spool != NULL)
    fclose (rows->spool);
  g_free (rows->window);
  g_free (rows);
}

static gboolean
spool_failed (GError **error, int saved)
{
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("The list could not be kept in a temporary file while it is read: %s"), g_strerror (saved));
  return FALSE;
}

static gboolean
spool_open (TtTableRows *rows, GError **error)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("tuong-than-list-XXXXXX", &path, NULL);

  if (fd < 0)
    return spool_failed (error, errno);
  /* Gone from the folder at once: nothing is left behind whatever happens to the program. */
  g_unlink (path);
  rows->spool = fdopen (fd, "w+b");
  if (rows->spool == NULL)
    {
      int saved = errno;
      close (fd);
      return spool_failed (error, saved);
    }
  return TRUE;
}

/* Takes @cells (a GPtrArray of strings without its NULL end). */
gboolean
tt_table_add_row (TtTable *table, GPtrArray *cells, guint row_number, GError **error)
{
  TtTableRows *rows = table->rows;
  guint32 n = cells->len;

  g_array_append_val (rows->numbers, row_number);
  if (rows->head->len < HEAD_ROWS)
    {
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows->head, g_ptr_array_free (cells, FALSE));
      return TRUE;
    }
  g_ptr_array_set_free_func (cells, g_free);
  if (rows->spool == NULL && !spool_open (rows, error))
    {
      g_ptr_array_unref (cells);
      return FALSE;
    }
  g_array_append_val (rows->offsets, rows->written);
  g_array_append_val (rows->n_cells, n);
  if (fwrite (&n, sizeof n, 1, rows->spool) != 1)
    goto failed;
  rows->written += sizeof n;
  for (guint i = 0; i < cells->len; i++)
    {
      gsize len = strlen (cells->pdata[i]) + 1;
      if (fwrite (cells->pdata[i], 1, len, rows->spool) != len)
        goto failed;
      rows->written += len;
    }
  g_ptr_array_unref (cells);
  return TRUE;

failed:
  g_ptr_array_unref (cells);
  return spool_failed (error, errno);
}

/* Every row has been added: what is written is read back from now on. */
gboolean
tt_table_rows_finish (TtTable *table, GError **error)
{
  if (table->rows->spool != NULL && fflush (table->rows->spool) != 0)
    return spool_failed (error, errno);
  return TRUE;
}

guint
tt_table_n_rows (const TtTable *table)
{
  return table->rows->numbers->len;
}

/* Makes row @row (past the head) the current one: its record read through the window. */
static gboolean
load_row (TtTableRows *rows, guint row)
{
  guint i = row - HEAD_ROWS;
  gint64 start = g_array_index (rows->offsets, gint64, i);
  gint64 end = i + 1 < rows->offsets->len ? g_array_index (rows->offsets, gint64, i + 1) : rows->written;
  const char *p;

  if (rows->current == row)
    return TRUE;
  g_ptr_array_set_size (rows->cells, 0);
  rows->current = G_MAXUINT;
  if (start < rows->window_start || end > rows->window_start + (gint64) rows->window_len)
    {
      gsize want = MAX ((gsize) (end - start), WINDOW_BYTES);
      gsize got = 0;

      want = MIN (want, (gsize) (rows->written - start));
      rows->window = g_realloc (rows->window, want);
      rows->window_start = start;
      rows->window_len = 0;
      while (got < want)
        {
          ssize_t n = pread (fileno (rows->spool), rows->window + got, want - got, start + (gint64) got);
          if (n < 0 && errno == EINTR)
            continue;
          if (n <= 0)
            {
              rows->failed = TRUE;
              return FALSE;
            }
          got += n;
        }
      rows->window_len = got;
    }
  p = rows->window + (start - rows->window_start) + sizeof (guint32);
  for (guint c = 0; c < g_array_index (rows->n_cells, guint, i); c++)
    {
      g_ptr_array_add (rows->cells, (gpointer) p);
      p += strlen (p) + 1;
    }
  rows->current = row;
  return TRUE;
}

guint
tt_table_n_cells (const TtTable *table,
                  guint          row)
{
  TtTableRows *rows = table->rows;

  if (row < rows->head->len)
    return g_strv_length (rows->head->pdata[row]);
  return row < rows->numbers->len ? g_array_index (rows->n_cells, guint, row - HEAD_ROWS) : 0;
}

/* The cell's text; "" past the end of a short row. A row of the head keeps its texts as long as
 * the table; another row's are valid until a row read later pushes them out of the window. */
const char *
tt_table_cell (const TtTable *table,
               guint          row,
               guint          column)
{
  TtTableRows *rows = table->rows;

  if (row < rows->head->len)
    {
      char **cells = rows->head->pdata[row];
      for (guint i = 0; i <= column; i++)
        if (cells[i] == NULL)
          return "";
      return cells[column];
    }
  if (row >= rows->numbers->len || !load_row (rows, row) || column >= rows->cells->len)
    return "";
  return rows->cells->pdata[column];
}

guint
tt_table_row_number (const TtTable *table,
                     guint          row)
{
  return row < table->rows->numbers->len ? g_array_index (table->rows->numbers, guint, row) : 0;
}

/* Whether a row could not be read back from the temporary file (its cells read as empty). */
gboolean
tt_table_failed (const TtTable *table)
{
  return table->rows->failed;
}
