#!/usr/bin/env bash
# Every text the UI passes through the translator has a Simplified Chinese entry.
# Prints "i18n: N passed, N failed".
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
/usr/bin/python3 - "$root" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
table_src = (root / "src/ui/i18n/translator.cpp").read_text(encoding="utf-8")
table = dict(re.findall(r'\{"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\}', table_src))
used = set()
for path in (root / "src/ui").rglob("*.cpp"):
    text = path.read_text(encoding="utf-8")
    used |= set(re.findall(r'\b(?:text|label)\("((?:[^"\\]|\\.)*)"\)', text))
    # Form fields take the English label as their first argument.
    used |= set(re.findall(r'\b(?:textField|field|draw)\("((?:[^"\\]|\\.)*)"[,)]', text))
    # Keys chosen at run time from a list of literals (navigation, group titles).
    used |= set(re.findall(r'\{Screen::\w+, icons::\w+, "((?:[^"\\]|\\.)*)"\}', text))
    if path.name == "search_popup.cpp":  # group titles
        used |= set(re.findall(r'return "((?:[^"\\]|\\.)+)";', text))
passed = failed = 0
for key in sorted(used):
    if table.get(key):
        passed += 1
    else:
        failed += 1
        print(f"not ok - no Chinese text for {key!r}")
print(f"ok - {passed} UI texts have a Chinese translation" if not failed else "")
print(f"i18n: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
