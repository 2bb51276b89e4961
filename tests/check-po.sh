#!/bin/sh
# Every translatable string in the sources has a Vietnamese translation in po/vi.po.
set -eu
src="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
xgettext --package-name=tuong-than --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from=po/POTFILES.in -o "$tmp/check.pot" 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }
msgfmt --check -o /dev/null po/vi.po
stats=$(msgfmt --statistics -o /dev/null po/vi.po 2>&1)
echo "$stats"
case "$stats" in *untranslated*|*fuzzy*) echo "vi.po has untranslated or fuzzy messages"; exit 1;; esac
msgcmp po/vi.po "$tmp/check.pot"
# Every source file that marks strings is listed in POTFILES.in.
for f in $(grep -lE '(^|[^a-zA-Z_])(N|C|NC)?_ ?\(|translatable="yes"' -r src ui); do
  grep -qx "$f" po/POTFILES.in || { echo "$f marks strings but is not in po/POTFILES.in"; exit 1; }
done
echo "vi.po complete"
