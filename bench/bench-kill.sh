#!/bin/sh
# bench-kill.sh [ROUNDS] — the long kill test: ROUNDS writers (default 500) killed at random
# points, then the office file is checked (see tests/test-kill.c). Run from the source tree
# after `tools/dev build`.
set -eu
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-500}"
start=$(date +%s)
TT_CLI="$here/build/src/tuong-than-cli" TT_KILL_ROUNDS="$rounds" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
  "$here/build/tests/test-kill" --verbose 2>&1 | grep -E "writers|^ok|^not ok"
echo "$rounds rounds in $(( $(date +%s) - start )) s"
