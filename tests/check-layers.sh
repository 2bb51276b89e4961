#!/bin/sh
# The shape of the house: rooms keep to their layer, the app and the CLI go through the door.
#  - no source file under src/ is longer than 800 lines;
#  - core includes no GTK, GDK, cairo or Pango;
#  - the app, the CLI and render never include the store's private header, never begin, commit
#    or roll back, and never touch SQLite themselves.
set -eu
cd "$1"
status=0

for f in $(find src -name '*.c' -o -name '*.h'); do
  n=$(wc -l < "$f")
  if [ "$n" -gt 800 ]; then
    echo "$f has $n lines (at most 800: split it by concern)"
    status=1
  fi
done

if grep -rnE '#include <(gtk|gdk|adwaita|cairo|pango)' src/core; then
  echo "core must not include GTK, GDK, cairo or Pango"
  status=1
fi

if grep -rnE '#include "tt-db-private.h"|#include <sqlite3.h>|\btt_db_(begin|commit|rollback|end|exec|prepare|get_handle|query_int|query_text|step_done)\b|\bsqlite3_' \
     src/app src/cli src/render src/main.c src/cli-main.c; then
  echo "the app, the CLI and render go through core's units of work (tt-db.h), not the store"
  status=1
fi

[ "$status" -eq 0 ] && echo "layers ok"
exit "$status"
