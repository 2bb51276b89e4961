/* tt-table-strings.c — a workbook's shared texts, kept where a long list's do not weigh
 *
 * A workbook keeps each distinct text of its cells once, in xl/sharedStrings.xml; the sheet's
 * cells name them by number. A list of a million households has a million names, tens of
 * megabytes of text. The first texts (the categories, villages and column titles come first,
 * and are the ones named again and again) stay in memory up to 8 MB; the others go to
 * an unlinked temporary file as they are read, and each is read back alone, by where it starts
 * and ends. What the store holds in memory is that first part and eight bytes a text.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "tt-error.h"
#include "tt-table-private.h"

static guint64 memory_bytes = 8 * 1024 * 1024;

struct _TtTableStrings
{
  GString *memory;   /* the first texts, each with its NUL */
  GArray  *starts;   /* guint64: where text i starts, in memory then past it in the spool */
  FILE    *spool;    /* NULL until a text goes past the memory */
  gboolean flushed;  /* what was written to the spool can be read back */
  guint64  end;      /* where the next text starts */
  GString *scratch;  /* the last text read back from the spool */
};

/* For tests: less memory, so that a short workbook's texts reach the temporary file. */
void
tt_table_strings_set_memory_bytes (gsize bytes)
{
  memory_bytes = bytes;
}

TtTableStrings *
tt_table_strings_new (void)
{
  TtTableStrings *self = g_new0 (TtTableStrings, 1);

  self->memory = g_string_new (NULL);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint64));
  self->scratch = g_string_new (NULL);
  return self;
}

void
tt_table_strings_free (TtTableStrings *self)
{
  if (self == NULL)
    return;
  g_string_free (self->memory, TRUE);
  g_array_unref (self->starts);
  if (self->spool != NULL)
    fclose (self->spool);
  g_string_free (self->scratch, TRUE);
  g_free (self);
}

/* Adds the next text (@len bytes, no NUL). */
gboolean
tt_table_strings_add (TtTableStrings *self, const char *text, gsize len, GError **error)
{
  g_array_append_val (self->starts, self->end);
  if (self->end + len + 1 <= memory_bytes)
    {
      g_string_append_len (self->memory, text, (gssize) len);
      g_string_append_c (self->memory, '\0');
    }
  else
    {
      if (self->spool == NULL && (self->spool = tt_table_spool_open (error)) == NULL)
        return FALSE;
      if (fwrite (text, 1, len, self->spool) != len)
        return tt_table_spool_failed (error, errno);
      self->flushed = FALSE;
      /* A text past the memory starts at end - memory_bytes in the spool. */
      if (self->end < memory_bytes)
        self->end = memory_bytes;
      g_array_index (self->starts, guint64, self->starts->len - 1) = self->end;
    }
  self->end += len + (self->end < memory_bytes ? 1 : 0);
  return TRUE;
}

guint
tt_table_strings_len (const TtTableStrings *self)
{
  return self->starts->len;
}

/* Text @i (below tt_table_strings_len), valid until the next call; NULL when the temporary file
 * could not be read back. */
const char *
tt_table_strings_get (TtTableStrings *self, guint i)
{
  guint64 start = g_array_index (self->starts, guint64, i);
  guint64 end = i + 1 < self->starts->len ? g_array_index (self->starts, guint64, i + 1) : self->end;

  if (start < memory_bytes)
    return self->memory->str + start;
  if (!self->flushed && fflush (self->spool) != 0)
    return NULL;
  self->flushed = TRUE;
  g_string_set_size (self->scratch, end - start);
  return tt_table_spool_read (self->spool, self->scratch->str, end - start, (gint64) (start - memory_bytes))
           ? self->scratch->str : NULL;
}
