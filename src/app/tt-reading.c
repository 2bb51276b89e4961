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
#include "tt-thread.h"

typedef struct
{
  char           *path;
  TtReadFunc      read;
  gpointer        job;
  GDestroyNotify  job_free;
  GDestroyNotify  result_free;
  TtReadDone      done;
} Reading;

static void
reading_free (Reading *r)
{
  if (r->job_free != NULL && r->job != NULL)
    r->job_free (r->job);
  g_free (r->path);
  g_free (r);
}

static void
read_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Reading *r = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TtDb) reader = tt_task_connection (task, r->path, FALSE, &error);
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
  tt_task_run (task, db, read_thread, NULL, on_read_cb, reader);
}

/* Stops the reading in @slot, if any: its result will be dropped. */
void
tt_read_stop (GCancellable **slot)
{
  if (*slot != NULL)
    g_cancellable_cancel (*slot);
  g_clear_object (slot);
}

/* A worker's function, run as background work (tt-thread.c): the window's thread first. */
static void
background_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GTaskThreadFunc func = (GTaskThreadFunc) g_object_get_data (G_OBJECT (task), "tt-thread-func");

  tt_thread_set_background ();
  func (task, source, task_data, cancellable);
}

/* Runs @func on a worker thread as background work. */
void
tt_task_run_in_background (GTask *task, GTaskThreadFunc func)
{
  g_object_set_data (G_OBJECT (task), "tt-thread-func", (gpointer) func);
  g_task_run_in_thread (task, background_thread);
}

/* Runs @task's @func on a worker thread; on a network share, with @db while the caller waits
 * (the task was made with @callback and @data, which GLib does not call for a task run so). */
void
tt_task_run (GTask               *task,
             TtDb                *db,
             GTaskThreadFunc      func,
             GObject             *source,
             GAsyncReadyCallback  callback,
             gpointer             data)
{
  if (!tt_db_is_network_fs (db))
    {
      tt_task_run_in_background (task, func);
      return;
    }
  g_object_set_data_full (G_OBJECT (task), "tt-shared-db", g_object_ref (db), g_object_unref);
  g_task_run_in_thread_sync (task, func);
  callback (source, G_ASYNC_RESULT (task), data);
}

/* The connection a worker of tt_task_run() reads with: its own to @path (a scanner's small
 * cache for one pass over a table), or the office's on a network share. */
TtDb *
tt_task_connection (GTask       *task,
                    const char  *path,
                    gboolean     scanner,
                    GError     **error)
{
  TtDb *shared = g_object_get_data (G_OBJECT (task), "tt-shared-db");

  if (shared != NULL)
    return g_object_ref (shared);
  return scanner ? tt_db_open_scanner (path, error) : tt_db_open_reader (path, error);
}

/* The connection a worker of tt_task_run() writes with: its own to @path, as @actor, or the
 * office's on a network share. */
TtDb *
tt_task_writer (GTask       *task,
                const char  *path,
                const char  *actor,
                GError     **error)
{
  TtDb *shared = g_object_get_data (G_OBJECT (task), "tt-shared-db");
  TtDb *db;

  if (shared != NULL)
    return g_object_ref (shared);
  if ((db = tt_db_open (path, error)) != NULL)
    tt_db_set_actor (db, actor);
  return db;
}
