/* tt-reading.h — a page's figures read on a worker thread from a connection of its own */
#pragma once

#include <gio/gio.h>

#include "tt-db.h"

G_BEGIN_DECLS

/* Runs on the worker: reads from @reader what @job asks, returns the result or NULL and @error. */
typedef gpointer (*TtReadFunc) (TtDb     *reader,
                                gpointer  job,
                                GError  **error);

/* Runs on the main thread when the newest reading of @owner is done: takes @result (NULL with
 * @error set when it failed). A reading overtaken by a newer one, or whose owner is gone, is
 * dropped without a call. */
typedef void (*TtReadDone) (gpointer      owner,
                            gpointer      result,
                            gpointer      job,
                            const GError *error);

void tt_read_in_thread (gpointer        owner,
                        GCancellable  **slot,
                        TtDb           *db,
                        TtReadFunc      read,
                        gpointer        job,
                        GDestroyNotify  job_free,
                        GDestroyNotify  result_free,
                        TtReadDone      done);
void tt_read_stop      (GCancellable  **slot);

/* Workers run as background work (tt-thread.h): the window's thread is served first.
 * For a task of one's own: runs @func on a worker thread, or, on a network share (where the
 * office is locked by its one connection), with @db itself while the caller waits, and then
 * @callback with @source and @data as GLib would. The worker opens its connection with
 * tt_task_connection(). */
void  tt_task_run        (GTask            *task,
                          TtDb             *db,
                          GTaskThreadFunc   func,
                          GObject          *source,
                          GAsyncReadyCallback callback,
                          gpointer          data);
void  tt_task_run_in_background (GTask      *task,
                                 GTaskThreadFunc func);
TtDb *tt_task_connection (GTask            *task,
                          const char       *path,
                          gboolean          scanner,
                          GError          **error);
TtDb *tt_task_writer     (GTask            *task,
                          const char       *path,
                          const char       *actor,
                          GError          **error);

G_END_DECLS
