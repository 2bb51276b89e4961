/* tt-reading.c — a page's figures read on a worker thread from a connection of its own
 *
 * On a province's office a page's list or sums can take a second or more to read from a cold
 * disk; read on the main thread that would be a second of a frozen window. A page starts a
 * reading with what it wants (@job), the worker opens the office read-only and reads it, and
 * the page is handed the result once it is done. The page keeps the reading's cancellable in
 * @slot: a newer reading (a key typed, a filter changed) overtakes the older, whose result is
 * then dropped, and a page that is disposed stops its reading with tt_read_stop().
 */
#include "config.h"

#include "tt-reading.h"

typedef struct
{
  char           *path;
  TtReadFunc      read;
  gpointer        job;
  GDestroyNotify  job_free;
  GDestroyNotify  result_free;
  TtReadDone      done;
  TtDb           *shared;   /* the page's own connection, on a network share (see below) */
} Reading;

static void
reading_free (Reading *r)
{
  if (r->job_free != NULL && r->job != NULL)
    r->job_free (r->job);
  g_clear_object (&r->shared);
  g_free (r->path);
  g_free (r);
}

static void
read_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Reading *r = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) reader = r->shared ? g_object_ref (r->shared) : tt_db_open_reader (r->path, &error);
  gpointer result = reader != NULL ? r->read (reader, r->job, &error) : NULL;

  if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, r->result_free);
}

/* The page's side of a reading, kept by the callback (on the main thread): a worker may free the
 * task's own data, and the last reference to a page must not go on a worker. */
typedef struct
{
  gpointer       owner;
  GCancellable **slot;
} Reader;

static void
on_read_cb (GObject *source, GAsyncResult *res, gpointer user_data)
{
  Reader *reader = user_data;
  GTask *task = G_TASK (res);
  Reading *r = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer result = g_task_propagate_pointer (task, &error);

  if (g_task_get_cancellable (task) != *reader->slot)
    {
      if (result != NULL && r->result_free != NULL)
        r->result_free (result);
    }
  else
    {
      g_clear_object (reader->slot);
      if (result == NULL && error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "nothing was read");
      r->done (reader->owner, result, r->job, error);
    }
  g_object_unref (reader->owner);
  g_free (reader);
}

/* Reads with @read on a worker from its own connection to @db's file; @done gets the result on
 * the main thread. @slot is @owner's: it holds the reading under way. */
void
tt_read_in_thread (gpointer        owner,
                   GCancellable  **slot,
                   TtDb           *db,
                   TtReadFunc      read,
                   gpointer        job,
                   GDestroyNotify  job_free,
                   GDestroyNotify  result_free,
                   TtReadDone      done)
{
  g_autoptr(GTask) task = NULL;
  Reading *r = g_new0 (Reading, 1);
  Reader *reader = g_new0 (Reader, 1);

  r->path = g_strdup (tt_db_get_path (db));
  r->read = read;
  r->job = job;
  r->job_free = job_free;
  r->result_free = result_free;
  r->done = done;
  reader->owner = g_object_ref (owner);
  reader->slot = slot;
  tt_read_stop (slot);
  *slot = g_cancellable_new ();
  task = g_task_new (NULL, *slot, on_read_cb, reader);
  g_task_set_task_data (task, r, (GDestroyNotify) reading_free);
  /* On a network share the office is locked by its one connection: the reading uses that one,
   * with the window waiting (it must not use the connection meanwhile). */
  if (tt_db_is_network_fs (db))
    {
      r->shared = g_object_ref (db);
      g_task_run_in_thread_sync (task, read_thread);
      on_read_cb (NULL, G_ASYNC_RESULT (task), reader);
      return;
    }
  g_task_run_in_thread (task, read_thread);
}

/* Stops the reading in @slot, if any: its result will be dropped. */
void
tt_read_stop (GCancellable **slot)
{
  if (*slot != NULL)
    g_cancellable_cancel (*slot);
  g_clear_object (slot);
}
