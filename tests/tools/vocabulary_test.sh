#!/usr/bin/env bash
# A vocabulary's codes are written once, in src/core/vocab/crm_vocabularies.h. Anywhere else in
# src/ (but the schema's migrations, which must stay as they were written, and the translation
# table) a code written as a literal is a second definition: this check fails on it.
# Looks for "code" as a whole C++ string literal and 'code' as an SQL literal inside one.
# Prints "vocabulary: N passed, N failed" (one test).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
/usr/bin/python3 - "$root" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
defs = (root / "src/core/vocab/crm_vocabularies.h").read_text(encoding="utf-8")
groups = [set(re.findall(r'\bk\w+ = "([a-z_]+)"', body))
          for body in re.findall(r'namespace \w+ \{(.*?)\} // namespace', defs, re.S)]
codes = set().union(*groups)
if len(codes) < 20:
    print(f"not ok - found only {len(codes)} codes in crm_vocabularies.h: is the parser out of date?")
    print("vocabulary: 0 passed, 1 failed"); sys.exit(1)
# Words that are also the name of something else (a record kind "contact", a column "email", a
# cursor "text") are flagged only where they are used as a vocabulary's value: compared
# (== "task"), assigned to a coded field (.kind = "call", status = "open"), in SQL ('contact'),
# or listed with another code ({"low", "normal"}). Every other code is flagged wherever it stands.
AMBIGUOUS = {"contact", "company", "deal", "email", "phone", "text", "web", "task", "note", "date", "number",
             "open", "new", "closed", "sent", "low", "high", "normal", "call", "choice", "chat"}
FIELDS = r"(kind|status|lifecycle|priority|channel|entity|toStatus|to_status)"
def vocab_context(line, s, start, end):
    before, after = line[:start - 1].rstrip(), line[end + 1:].lstrip()
    if re.search(r'(==|!=)\s*$', before) or re.match(r'(==|!=)', after): return True
    if re.search(FIELDS + r'\s*(=|\{)\s*$', before, re.I) or re.search(r'\.' + FIELDS + r'\s*=\s*$', before): return True
    # listed beside another code: {"low", "normal"} or ("a", "b")
    for a, b in re.findall(r'"([a-z_]+)"\s*,\s*(?="([a-z_]+)")', line):
        if s in (a, b) and a != b and any(a in g and b in g for g in groups): return True
    return False
skip = {root / "src/core/vocab/crm_vocabularies.h", root / "src/core/vocab/crm_vocabularies.cpp",
        root / "src/core/schema/schema.cpp", root / "src/ui/i18n/translator.cpp"}
literal = re.compile(r'"((?:[^"\\]|\\.)*)"')
bad = []
for path in sorted(list((root / "src").rglob("*.cpp")) + list((root / "src").rglob("*.h"))):
    if path in skip: continue
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("//"): continue
        for m in literal.finditer(line):
            s = m.group(1)
            if s in codes:
                if s in AMBIGUOUS and not vocab_context(line, s, m.start(1), m.end(1)): continue
                hits = [s]
            else:
                hits = [q for q in re.findall(r"'([a-z_]+)'", s) if q in codes]
            for h in hits:
                bad.append(f"{path.relative_to(root)}:{n}: vocabulary code '{h}' written as a literal: {line.strip()[:120]}")
for b in bad: print("not ok - " + b)
if not bad: print(f"ok - no vocabulary code ({len(codes)} codes) is written as a literal outside its definition")
print(f"vocabulary: {0 if bad else 1} passed, {1 if bad else 0} failed")
sys.exit(1 if bad else 0)
PY
