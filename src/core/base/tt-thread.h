/* tt-thread.h — threads that work behind the window */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TT_THREAD_BACKGROUND_NICE 10

void tt_thread_set_background (void);
int  tt_thread_get_nice       (void);

G_END_DECLS
