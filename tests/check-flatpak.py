#!/usr/bin/python3
"""The Flatpak manifests: GNOME 50, the app's id (and .Devel's), every module but the app's own
pinned by commit or sha256, libxlsxwriter built with its own number formatting, and no access to
the home folder or the host (files go through the portal)."""
import json
import sys

failed = []


def check(ok, what):
    if not ok:
        failed.append(what)


for path, app_id in ((sys.argv[1], "io.github.tuongthan.TuongThan"),
                     (sys.argv[2], "io.github.tuongthan.TuongThan.Devel")):
    with open(path, encoding="utf-8") as f:
        m = json.load(f)
    check(m.get("id") == app_id, f"{path}: id is {m.get('id')}, not {app_id}")
    check(m.get("runtime") == "org.gnome.Platform" and m.get("runtime-version") == "50",
          f"{path}: runtime is {m.get('runtime')} {m.get('runtime-version')}, not org.gnome.Platform 50")
    check(m.get("sdk") == "org.gnome.Sdk", f"{path}: sdk is {m.get('sdk')}")
    args = m.get("finish-args", [])
    for bad in ("--filesystem=home", "--filesystem=host", "--filesystem=host-os", "--filesystem=xdg-documents"):
        check(bad not in args, f"{path}: finish-args has {bad}")
    check(not any(a.startswith("--filesystem") for a in args), f"{path}: files must go through the portal")
    for needed in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
        check(needed in args, f"{path}: finish-args lacks {needed}")
    names = [mod["name"] for mod in m["modules"]]
    check(names[-1] == "tuong-than", f"{path}: the app is not the last module")
    for mod in m["modules"]:
        for src in mod.get("sources", []):
            if src.get("type") == "dir":
                check(mod["name"] == "tuong-than", f"{path}: {mod['name']} is built from a folder")
                continue
            check(bool(src.get("commit")) or bool(src.get("sha256")),
                  f"{path}: {mod['name']} is not pinned by commit or sha256")
    xlsx = next((mod for mod in m["modules"] if mod["name"] == "libxlsxwriter"), None)
    check(xlsx is not None, f"{path}: no libxlsxwriter module")
    if xlsx:
        check("-DUSE_DTOA_LIBRARY=ON" in xlsx.get("config-opts", []), f"{path}: libxlsxwriter without USE_DTOA_LIBRARY")
        check(xlsx["sources"][0].get("commit") == "051a01a2c31eb55fa467964a2c2328cfb8bcbde8",
              f"{path}: libxlsxwriter is not v1.2.3")
    qr = next((mod for mod in m["modules"] if mod["name"] == "libqrencode"), None)
    check(qr is not None, f"{path}: no libqrencode module")
    if qr:
        check(qr["sources"][0].get("commit") == "715e29fd4cd71b6e452ae0f4e36d917b43122ce8",
              f"{path}: libqrencode is not v4.1.1")
        check("-DCMAKE_POLICY_VERSION_MINIMUM=3.5" in qr.get("config-opts", []),
              f"{path}: libqrencode does not build with CMake 4")

for f in failed:
    print(f)
print("manifests ok" if not failed else f"{len(failed)} problems")
sys.exit(1 if failed else 0)
