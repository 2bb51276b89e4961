/* tt-thread.c — threads that work behind the window
 *
 * A worker reading a list of 100,000 households, another adding up its coverage and the
 * window's own thread share two processor cores on the machines the offices have: the workers
 * took both, and the window drew a frame in 110–170 ms instead of 60–80. A worker marks its
 * thread as background work (a nice value of 10: Linux keeps one per thread), so the window's
 * thread is served first whenever it has something to do; alone, a worker still has a core to
 * itself. Lowering a thread's priority is allowed to every user; raising it back is not, so a
 * thread of GLib's pool stays in the background once marked: every task our code runs there is
 * background work.
 */
#include "config.h"

#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "tt-thread.h"

static pid_t
thread_id (void)
{
  return (pid_t) syscall (SYS_gettid);
}

/* Marks the calling thread as background work. */
void
tt_thread_set_background (void)
{
  static GPrivate marked;

  if (g_private_get (&marked) != NULL)
    return;
  g_private_set (&marked, GINT_TO_POINTER (1));
  if (tt_thread_get_nice () < TT_THREAD_BACKGROUND_NICE)
    setpriority (PRIO_PROCESS, (id_t) thread_id (), TT_THREAD_BACKGROUND_NICE);
}

/* The calling thread's nice value. */
int
tt_thread_get_nice (void)
{
  int nice;

  errno = 0;
  nice = getpriority (PRIO_PROCESS, (id_t) thread_id ());
  return errno != 0 ? 0 : nice;
}
