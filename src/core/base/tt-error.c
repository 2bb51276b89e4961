/* tt-error.c — error domains of the core library */
#include "tt-error.h"

G_DEFINE_QUARK (tt-db-error-quark, tt_db_error)
G_DEFINE_QUARK (tt-input-error-quark, tt_input_error)
