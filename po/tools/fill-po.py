#!/usr/bin/env python3
"""Writes po/vi.po from po/tuong-than.pot and the translations in vi-translations.py.
Run after `ninja -C build tuong-than-pot`; lists any msgid that has no translation."""
import os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
po_dir = os.path.dirname(here)
ns = {}
exec(open(os.path.join(here, 'vi-translations.py'), encoding='utf-8').read(), ns)
T = ns['T']

def unquote(block):
    return ''.join(bytes(x, 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')
                   for x in re.findall(r'"((?:[^"\\]|\\.)*)"', block))

def quote(text):
    text = text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
    return '"%s"' % text

pot = open(os.path.join(po_dir, 'tuong-than.pot'), encoding='utf-8').read()
entries = pot.split('\n\n')
out = ['''# Vietnamese translation of Tương Thân.
msgid ""
msgstr ""
"Project-Id-Version: tuong-than\\n"
"Report-Msgid-Bugs-To: \\n"
"PO-Revision-Date: 2026-11-22 12:00+0700\\n"
"Last-Translator: Tương Thân contributors\\n"
"Language-Team: Vietnamese\\n"
"Language: vi\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"''']
missing = []
for e in entries[1:]:
    p = re.search(r'^msgid ((?:".*"\n?)+)msgid_plural ((?:".*"\n?)+)msgstr\[0\]', e, re.M)
    if p:
        # Vietnamese has one plural form.
        msgid = unquote(p.group(1))
        head = '\n'.join(l for l in e[:p.start()].split('\n') if l.startswith('#') or l.startswith('msgctxt'))
        if msgid not in T:
            missing.append(msgid)
            continue
        out.append((head + '\n' if head else '') + 'msgid ' + quote(msgid) + '\nmsgid_plural ' +
                   quote(unquote(p.group(2))) + '\nmsgstr[0] ' + quote(T[msgid]))
        continue
    m = re.search(r'^msgid ((?:".*"\n?)+)msgstr', e, re.M)
    if not m:
        continue
    msgid = unquote(m.group(1))
    head = e[:m.start()]
    head = '\n'.join(l for l in head.split('\n') if l.startswith('#') or l.startswith('msgctxt'))
    if msgid not in T:
        missing.append(msgid)
        continue
    out.append((head + '\n' if head else '') + 'msgid ' + quote(msgid) + '\nmsgstr ' + quote(T[msgid]))
open(os.path.join(po_dir, 'vi.po'), 'w', encoding='utf-8').write('\n\n'.join(out) + '\n')
for m in missing:
    print('untranslated:', repr(m))
sys.exit(1 if missing else 0)
