/* tt-table-rows.c — where a table keeps its rows
 *
 * A list may have hundreds of thousands of rows. Its first rows (the title, the column titles
 * and what a preview shows) stay in memory; the others go to a temporary file as they are read,
 * one record each (the row's number and number of cells, then each cell's text and a NUL), and
 * the table keeps only where every 64th record starts. Rows are read back through a window of
 * that file, each row where the one before it ended, so reading the rows in order costs a read
 * per window, not per row. What the table holds in memory is an eighth of a byte per row.
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
/* Every MARK_EVERY-th row past the head has where it starts noted. */
#define MARK_EVERY 64
#define WINDOW_BYTES (256 * 1024)

/* A record of the spool: the row's number and its number of cells, then each cell and a NUL. */
typedef struct
{
  guint32 number;
  guint32 n_cells;
} RecordHead;

struct _TtTableRows
{
  GPtrArray *head;      /* GStrv of the first HEAD_ROWS rows */
  GArray    *head_numbers; /* guint: their numbers as a person sees them */
  guint      n_rows;
  GArray    *marks;     /* gint64: where row HEAD_ROWS + i * MARK_EVERY starts in the spool */
  gboolean   failed;    /* a record could not be read back */
  FILE      *spool;     /* unlinked temporary file, NULL until a row goes past the head */
  gint64     written;
  guint      max_cells; /* the most cells of a row past the head */
  /* The window of the spool last read, and the row of it last asked for. */
  char      *window;
  gint64     window_start;
  gsize      window_len;
  guint      current;
  guint      current_number;
  gint64     current_end; /* where the record after the current one starts */
  GPtrArray *cells;     /* pointers into the window: the current row's cells */
};

TtTableRows *
tt_table_rows_new (void)
{
  TtTableRows *rows = g_new0 (TtTableRows, 1);

  rows->head = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  rows->head_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  rows->marks = g_array_new (FALSE, FALSE, sizeof (gint64));
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
  g_array_unref (rows->head_numbers);
  g_array_unref (rows->marks);
  g_ptr_array_unref (rows->cells);
  if (rows->spool != NULL)
    fclose (rows->spool);
  g_free (rows->window);
  g_free (rows);
}

gboolean
tt_table_spool_failed (GError **error, int saved)
{
  g_set_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID,
               _("The list could not be kept in a temporary file while it is read: %s"), g_strerror (saved));
  return FALSE;
}

/* A temporary file for what a table keeps on disk, gone from its folder at once, so that nothing
 * is left behind whatever happens to the program; NULL (error set) when none can be made. */
FILE *
tt_table_spool_open (GError **error)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("tuong-than-list-XXXXXX", &path, NULL);
  FILE *spool;

  if (fd < 0)
    return tt_table_spool_failed (error, errno), NULL;
  g_unlink (path);
  if ((spool = fdopen (fd, "w+b")) == NULL)
    {
      int saved = errno;
      close (fd);
      tt_table_spool_failed (error, saved);
    }
  return spool;
}

/* Reads @len bytes of @spool (flushed) at @offset into @buf; FALSE when they are not all there. */
gboolean
tt_table_spool_read (FILE *spool, char *buf, gsize len, gint64 offset)
{
  gsize got = 0;

  while (got < len)
    {
      ssize_t n = pread (fileno (spool), buf + got, len - got, (off_t) (offset + (gint64) got));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      got += n;
    }
  return TRUE;
}

/* Takes @cells (a GPtrArray of strings without its NULL end). */
gboolean
tt_table_add_row (TtTable *table, GPtrArray *cells, guint row_number, GError **error)
{
  TtTableRows *rows = table->rows;
  RecordHead record = { row_number, cells->len };

  if (rows->head->len < HEAD_ROWS)
    {
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows->head, g_ptr_array_free (cells, FALSE));
      g_array_append_val (rows->head_numbers, row_number);
      rows->n_rows++;
      return TRUE;
    }
  g_ptr_array_set_free_func (cells, g_free);
  if (rows->spool == NULL && (rows->spool = tt_table_spool_open (error)) == NULL)
    {
      g_ptr_array_unref (cells);
      return FALSE;
    }
  rows->max_cells = MAX (rows->max_cells, cells->len);
  if ((rows->n_rows - HEAD_ROWS) % MARK_EVERY == 0)
    g_array_append_val (rows->marks, rows->written);
  if (fwrite (&record, sizeof record, 1, rows->spool) != 1)
    goto failed;
  rows->written += sizeof record;
  for (guint i = 0; i < cells->len; i++)
    {
      gsize len = strlen (cells->pdata[i]) + 1;
      if (fwrite (cells->pdata[i], 1, len, rows->spool) != len)
        goto failed;
      rows->written += len;
    }
  rows->n_rows++;
  g_ptr_array_unref (cells);
  return TRUE;

failed:
  g_ptr_array_unref (cells);
  return tt_table_spool_failed (error, errno);
}

/* Every row has been added: what is written is read back from now on. */
gboolean
tt_table_rows_finish (TtTable *table, GError **error)
{
  if (table->rows->spool != NULL && fflush (table->rows->spool) != 0)
    return tt_table_spool_failed (error, errno);
  return TRUE;
}

guint
tt_table_n_rows (const TtTable *table)
{
  return table->rows->n_rows;
}

/* Reads @want bytes of the spool from @start (fewer at its end) into the window. */
static gboolean
fill_window (TtTableRows *rows, gint64 start, gsize want)
{
  want = MIN (want, (gsize) (rows->written - start));
  rows->window = g_realloc (rows->window, MAX (want, 1));
  rows->window_start = start;
  rows->window_len = 0;
  if (!tt_table_spool_read (rows->spool, rows->window, want, start))
    return FALSE;
  rows->window_len = want;
  return TRUE;
}

/* Makes the record at @start the current one: its cells point into the window, which is read
 * again from the record's start (and grown for a record longer than it) when the record is not
 * all in it. */
static gboolean
read_record (TtTableRows *rows, gint64 start)
{
  gsize want = WINDOW_BYTES;

  if (start < 0 || start >= rows->written)
    return FALSE;
  for (;;)
    {
      if (start >= rows->window_start && start < rows->window_start + (gint64) rows->window_len)
        {
          const char *p = rows->window + (start - rows->window_start);
          const char *end = rows->window + rows->window_len;
          RecordHead record = { 0, 0 };
          guint c = 0;

          if ((gsize) (end - p) >= sizeof record)
            {
              memcpy (&record, p, sizeof record);
              p += sizeof record;
              g_ptr_array_set_size (rows->cells, 0);
              for (const char *nul; c < record.n_cells && (nul = memchr (p, '\0', end - p)) != NULL; c++)
                {
                  g_ptr_array_add (rows->cells, (gpointer) p);
                  p = nul + 1;
                }
              if (c == record.n_cells)
                {
                  rows->current_number = record.number;
                  rows->current_end = rows->window_start + (p - rows->window);
                  return TRUE;
                }
            }
          if (start == rows->window_start)
            {
              /* The spool ends inside the record: it was not written whole. */
              if (rows->window_start + (gint64) rows->window_len >= rows->written)
                return FALSE;
              want = MAX (want, rows->window_len * 2);
            }
        }
      if (!fill_window (rows, start, want))
        return FALSE;
    }
}

/* Makes row @row (past the head) the current one: the row after the current one is read where
 * the current one ends, another from the nearest mark before it. */
static gboolean
load_row (TtTableRows *rows, guint row)
{
  guint i = row - HEAD_ROWS, from;
  gint64 start;

  if (rows->current == row)
    return TRUE;
  if (rows->current != G_MAXUINT && row == rows->current + 1)
    from = i, start = rows->current_end;
  else
    from = i / MARK_EVERY * MARK_EVERY, start = g_array_index (rows->marks, gint64, i / MARK_EVERY);
  rows->current = G_MAXUINT;
  for (;; from++)
    {
      if (!read_record (rows, start))
        {
          g_ptr_array_set_size (rows->cells, 0);
          rows->failed = TRUE;
          return FALSE;
        }
      if (from == i)
        break;
      start = rows->current_end;
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
  return row < rows->n_rows && load_row (rows, row) ? rows->cells->len : 0;
}

/* The cell's text; "" past the end of a short row. A row of the head keeps its texts as long as
 * the table; another row's are valid until another row is read. */
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
  if (row >= rows->n_rows || !load_row (rows, row) || column >= rows->cells->len)
    return "";
  return rows->cells->pdata[column];
}

guint
tt_table_row_number (const TtTable *table,
                     guint          row)
{
  TtTableRows *rows = table->rows;

  if (row < rows->head->len)
    return g_array_index (rows->head_numbers, guint, row);
  return row < rows->n_rows && load_row (rows, row) ? rows->current_number : 0;
}

/* The most cells of a row from @from_row on, without reading the rows back: @from_row (a header
 * row) is one of the first 64. */
guint
tt_table_max_cells (const TtTable *table,
                    guint          from_row)
{
  TtTableRows *rows = table->rows;
  guint most = rows->max_cells;

  g_return_val_if_fail (from_row <= HEAD_ROWS, 0);
  for (guint r = from_row; r < rows->head->len; r++)
    most = MAX (most, g_strv_length (rows->head->pdata[r]));
  return most;
}

/* Whether a row could not be read back from the temporary file (its cells read as empty). */
gboolean
tt_table_failed (const TtTable *table)
{
  return table->rows->failed;
}
