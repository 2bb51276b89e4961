/* tt-error.h — error domains of the core library */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TT_DB_ERROR (tt_db_error_quark ())
#define TT_INPUT_ERROR (tt_input_error_quark ())

typedef enum {
  TT_DB_ERROR_FAILED,
  TT_DB_ERROR_BUSY,
  TT_DB_ERROR_CONSTRAINT,
  TT_DB_ERROR_CORRUPT,
  TT_DB_ERROR_TOO_NEW,
  TT_DB_ERROR_NOT_OURS,
  TT_DB_ERROR_INVARIANT,
  TT_DB_ERROR_READONLY,
  TT_DB_ERROR_IO,
} TtDbError;

typedef enum {
  TT_INPUT_ERROR_INVALID,
  TT_INPUT_ERROR_EMPTY,
  TT_INPUT_ERROR_RANGE,
  TT_INPUT_ERROR_AMBIGUOUS,
  TT_INPUT_ERROR_NOT_FOUND,
  TT_INPUT_ERROR_DUPLICATE,
  TT_INPUT_ERROR_STATE,
  TT_INPUT_ERROR_MISMATCH,
  TT_INPUT_ERROR_NEGATIVE,     /* a payment would take a book below zero: confirm to go on */
} TtInputError;

GQuark tt_db_error_quark (void);
GQuark tt_input_error_quark (void);

G_END_DECLS
