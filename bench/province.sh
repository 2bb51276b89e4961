#!/bin/sh
# province.sh — Tương Thân at a province's scale, each figure beside what users would use instead,
# measured in the same run.
#
#   bench/province.sh [BUILD_DIR] [OFFICE.db]
#
# DONATIONS, HOUSEHOLDS, ROWS (the list imported) and PROJECTS make a smaller office for a quick
# look; the figures that matter are those at the defaults.
# Builds (or reuses) a province-scale office — 1,000,000 donations, 100,000 donors, 300,000
# households, 20,000 vouchers and housing projects — then prints:
#   - start to first frame of the app on that office beside an empty libadwaita window;
#   - donor and household search as you type (median, p95, longest per key);
#   - the import of a 100,000-row household list and its dry run beside sqlite3's own .import of
#     the same CSV, and the dry run's peak memory for lists 1, 5 and 10 times as long; the gift
#     list over it; its signing sheet as PDF and XLSX beside LibreOffice
#     headless converting the same rows (as CSV) to PDF and to XLSX (when soffice is installed);
#   - the cash book of a year to PDF, every report of the year, and the Overview;
#   - every place of the app opening (longest frame), the Tết Gifts place with the imported list,
#     the Households and Housing pages opening and searching;
#   - the peak memory of the app with the register's list open, and with the donations journal of
#     every day (1,000,000 receipts), beside the empty window's;
#   - the office file's size.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
office=${2:-"${TMPDIR:-/tmp}/tuong-than-province.db"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1
DONATIONS=${DONATIONS:-1000000} HOUSEHOLDS=${HOUSEHOLDS:-300000} ROWS=${ROWS:-100000} PROJECTS=${PROJECTS:-20000}
xvfb() { xvfb-run -a -s "-screen 0 1366x768x24" "$@"; }
# The clock is read by date(1): a Python started to read it would add its own start (0.2–0.4 s
# here) to every time measured with it.
seconds() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}' if $2 > 0 else '—')"; }

echo "== the office"
if [ ! -f "$office" ]; then
  t0=$(seconds)
  "$build/src/tuong-than-cli" --db "$office" demo --donors $((DONATIONS / 10)) --donations "$DONATIONS" \
    --households "$HOUSEHOLDS" --vouchers $((DONATIONS / 50)) --housing "$PROJECTS" --livelihood 1000 \
    --cards 1500 --addresses 300 >/dev/null
  echo "made in $(elapsed "$t0" "$(seconds)") s: $office"
fi
echo "file: $(du -m "$office" | cut -f1) MB"

echo
echo "== start to first frame"
xvfb "$build/bench/bench-startup" --app "$build/src/tuong-than" --empty "$build/bench/bench-empty-window" \
  --db "$office" --runs 15

echo
echo "== search as you type (household index; the donor list as its anchor)"
"$build/bench/bench-households" --db "$office" --keep --rounds 3 | tail -n 12

echo
echo "== import of a $ROWS-row list, the gift list and its signing sheet"
"$build/bench/bench-gifts" --rows "$ROWS" --dir "$work" | tee "$work/gifts.log"
t0=$(seconds)
# The list is as the labour department sends it: a title line, then rows separated by semicolons.
sqlite3 "$work/anchor.db" ".mode csv" ".separator ;" ".import --skip 1 $work/list.csv households"
sq=$(elapsed "$t0" "$(seconds)")
import=$(awk '/^import  /{print $2; exit}' "$work/gifts.log")
dry=$(awk '/^import, dry run/{print $4; exit}' "$work/gifts.log")
echo "anchor: sqlite3 .import of the same CSV      $sq s"
echo "ratio import / sqlite3 .import              $(ratio "$import" "$sq") (target ≤ 4)"
echo "ratio dry run / sqlite3 .import             $(ratio "$dry" "$sq")"
floor=$(awk '/^bulk floor/{print $3; exit}' "$work/gifts.log")
echo "ratio bulk floor / sqlite3 .import          $(ratio "$floor" "$sq")   (what the import writes, copied in bulk)"
echo "ratio import / bulk floor                   $(ratio "$import" "$floor")"
if command -v soffice >/dev/null; then
  mkdir -p "$work/lo"
  # LibreOffice makes its profile on its first start (several seconds): made before the timing,
  # so that neither conversion counts it.
  head -n 3 "$work/list.csv" > "$work/lo/warm.csv"
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --infilter="CSV:59,34,76,1" \
    --convert-to xlsx --outdir "$work/lo" "$work/lo/warm.csv" >/dev/null 2>&1 || true
  for to in pdf xlsx; do
    t0=$(seconds)
    soffice "-env:UserInstallation=file://$work/lo-profile" --headless --infilter="CSV:59,34,76,1" \
      --convert-to "$to" --outdir "$work/lo" "$work/list.csv" >/dev/null 2>&1 || true
    lo=$(elapsed "$t0" "$(seconds)")
    ours=$(awk -v k="signing sheet $(echo $to | tr a-z A-Z)" '$0 ~ "^" k " +[0-9]" {print $4; exit}' "$work/gifts.log")
    echo "anchor: LibreOffice CSV to $to                $lo s   ratio ours / LibreOffice $(ratio "$ours" "$lo") (target ≤ 0.2)"
  done
  only=$(awk '/^signing sheet XLSX, writing only/{print $6; exit}' "$work/gifts.log")
  echo "ratio XLSX writing only / LibreOffice        $(ratio "$only" "$lo")   (libxlsxwriter alone, the list read before)"
else
  echo "LibreOffice (soffice) is not installed: no anchor for the signing sheet"
fi

echo
echo "== peak memory of an import's dry run (the CLI) beside sqlite3 .import, the list 1×, 5× and 10× as long"
for n in "$ROWS" $((ROWS * 5)) $((ROWS * 10)); do
  mkdir -p "$work/mem"
  "$build/bench/bench-gifts" --rows "$n" --dir "$work/mem" --write-only >/dev/null
  ours=$(/usr/bin/time -f %M "$build/src/tuong-than-cli" --db "$work/mem/office.db" import households \
         "$work/mem/list.csv" --year 2026 --dry-run 2>&1 >/dev/null | tail -n 1)
  sqm=$(/usr/bin/time -f %M sqlite3 "$work/mem/anchor.db" ".mode csv" ".separator ;" \
        ".import --skip 1 $work/mem/list.csv households" 2>&1 >/dev/null | tail -n 1)
  echo "$n rows ($(du -m "$work/mem/list.csv" | cut -f1) MB): ours $(( ours / 1024 )) MB   anchor: sqlite3 .import $(( sqm / 1024 )) MB   ratio $(ratio "$ours" "$sqm")"
  rm -rf "$work/mem"
done

echo
echo "== the cash book of last year"
year=$(( $(date +%Y) - 1 ))
t0=$(seconds)
"$build/src/tuong-than-cli" --db "$office" book pdf --account cash --period "$year" -o "$work/book.pdf" >/dev/null
echo "cash book $year to PDF                       $(elapsed "$t0" "$(seconds)") s   $(du -m "$work/book.pdf" | cut -f1) MB"

echo
echo "== reports and the Overview"
xvfb "$build/bench/bench-reports" --db "$office" --donations "$DONATIONS" --runs 3

echo
echo "== pages on that office (longest frame)"
# Every place opened in turn, then its longest list scrolled: the longest time the window could
# draw nothing.
xvfb "$build/bench/bench-pages" --db "$office" --seconds 3
echo "the Tết Gifts place on the office of the import above, its $ROWS-household list shown:"
# The list of 100,000 is read on worker threads before it is shown: 6 s leave it time to come.
# Then a name typed into its search box a key every 120 ms, and the box cleared.
xvfb "$build/bench/bench-pages" --db "$work/office.db" --seconds 6 --only gifts --search "nguyen van" | grep "^ *gifts"
xvfb "$build/bench/bench-households-page" --db "$office" | tail -n 8
xvfb "$build/bench/bench-housing" --db "$office" --projects "$PROJECTS" --runs 3 | tail -n 4

echo
echo "== peak memory"
empty=$(xvfb /usr/bin/time -f %M "$build/bench/bench-empty-window" 2>&1 >/dev/null | tail -n 1)
# The register's list of 300,000 households is loaded on a worker thread: the app ends 10 s later.
app=$(TT_OPEN_SECTION=households TT_QUIT_AFTER_MS=10000 xvfb dbus-run-session -- /usr/bin/time -f %M \
      "$build/src/tuong-than" "$office" 2>&1 >/dev/null | tail -n 1)
echo "empty libadwaita window                     $(( empty / 1024 )) MB   anchor"
echo "the app with the household register open    $(( app / 1024 )) MB   (+$(( (app - empty) / 1024 )) MB; target ≤ +80 MB)"
# The Tết Gifts place with the imported list of $ROWS households shown.
gifts=$(TT_OPEN_SECTION=gifts TT_QUIT_AFTER_MS=10000 xvfb dbus-run-session -- /usr/bin/time -f %M \
        "$build/src/tuong-than" "$work/office.db" 2>&1 >/dev/null | tail -n 1)
echo "the app with the $ROWS-household gift list open  $(( gifts / 1024 )) MB   (+$(( (gifts - empty) / 1024 )) MB; target ≤ +80 MB)"
# The longest list of the office: the donations journal of every day it has receipts for.
xvfb "$build/bench/bench-largest-list" --empty
xvfb "$build/bench/bench-largest-list" --db "$office"
