/* tt-uuid.c — version 4 UUIDs that stay unique across forked processes
 */
#include "config.h"

#include <pthread.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "tt-db-private.h"

static guint8 uuid_pool[4096];
static gsize uuid_used = sizeof uuid_pool;

/* A forked child must not hand out the parent's next UUIDs. */
static void
uuid_pool_forget (void)
{
  uuid_used = sizeof uuid_pool;
}

/* A version 4 UUID from the kernel's random source: unlike g_uuid_string_random(), it stays
 * unique in processes forked from one parent. Random bytes are fetched in blocks and thrown
 * away in a forked child (asking for the process id on every call costs a system call each,
 * which shows when an import writes 100,000 households). */
char *
tt_new_uuid (void)
{
  static gsize fork_handler = 0;
  G_LOCK_DEFINE_STATIC (pool);
  guint8 b[16];

  if (g_once_init_enter (&fork_handler))
    g_once_init_leave (&fork_handler, pthread_atfork (NULL, NULL, uuid_pool_forget) == 0 ? 1 : 2);
  G_LOCK (pool);
  if (uuid_used + sizeof b > sizeof uuid_pool)
    {
      if (getrandom (uuid_pool, sizeof uuid_pool, 0) != (ssize_t) sizeof uuid_pool)
        {
          G_UNLOCK (pool);
          return g_uuid_string_random ();
        }
      uuid_used = 0;
    }
  memcpy (b, uuid_pool + uuid_used, sizeof b);
  uuid_used += sizeof b;
  G_UNLOCK (pool);

  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10],
                          b[11], b[12], b[13], b[14], b[15]);
}
