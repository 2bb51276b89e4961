#!/bin/sh
# Installed like a GNOME app: `meson install` into a DESTDIR, then the installed app and CLI run
# from there with no environment of ours — their versions, and a window in Vietnamese.
set -eu
build="$1"
version="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
meson install -C "$build" --destdir "$tmp/root" --no-rebuild --quiet >/dev/null
bin=$(dirname "$(find "$tmp/root" -type f -path '*/bin/tuong-than' | head -1)")
share="$(dirname "$bin")/share"
for f in applications/io.github.tuongthan.TuongThan.desktop metainfo/io.github.tuongthan.TuongThan.metainfo.xml \
         glib-2.0/schemas/io.github.tuongthan.TuongThan.gschema.xml \
         icons/hicolor/scalable/apps/io.github.tuongthan.TuongThan.svg \
         icons/hicolor/symbolic/apps/io.github.tuongthan.TuongThan-symbolic.svg \
         locale/vi/LC_MESSAGES/tuong-than.mo; do
  [ -f "$share/$f" ] || { echo "not installed: $f"; exit 1; }
done
# What a package's trigger does after installing a schema.
glib-compile-schemas "$share/glib-2.0/schemas"
run() { env -i PATH=/usr/bin:/bin HOME="$tmp/home" "$@"; }
[ "$(run "$bin/tuong-than-cli" --version)" = "tuong-than-cli $version" ] || { echo "tuong-than-cli --version"; exit 1; }
[ "$(run "$bin/tuong-than" --version)" = "tuong-than $version" ] || { echo "tuong-than --version"; exit 1; }
run "$bin/tuong-than-cli" --db "$tmp/office.db" init --office "Ban vận động xã An Phú" >/dev/null
out=$(run LANG=vi_VN.UTF-8 TT_EXIT_AFTER_FIRST_FRAME=1 xvfb-run -a dbus-run-session -- "$bin/tuong-than" "$tmp/office.db" 2>/dev/null)
echo "$out" | grep -qx "section Tổng quan" || { echo "the installed app did not show its window in Vietnamese:"; echo "$out"; exit 1; }
out=$(run LANG=C.UTF-8 TT_EXIT_AFTER_FIRST_FRAME=1 xvfb-run -a dbus-run-session -- "$bin/tuong-than" "$tmp/office.db" 2>/dev/null)
echo "$out" | grep -qx "section Overview" || { echo "the installed app did not show its window in English:"; echo "$out"; exit 1; }
echo "installed app ok"
