#!/usr/bin/env bash
# Every text the UI passes through the translator has a Simplified Chinese entry: English keys
# (text/label/fields/menus/screen titles) in translator.cpp, and every vocabulary code and problem
# code of the core in coded_text_zh.cpp. Chinese text uses Chinese punctuation: no ASCII : , ; ? ! ( )
# next to a Han character or a {n} value in a translation, no space around full-width punctuation,
# and no UI code gluing translated text to ASCII punctuation (tr.format("{0}: {1}") says it in each
# language). Prints "i18n: N passed, N failed"; shell/test counts the whole check as one test.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
/usr/bin/python3 - "$root" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
table_src = (root / "src/ui/i18n/translator.cpp").read_text(encoding="utf-8")
table = dict(re.findall(r'\{"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\}', table_src))
used = set()
screen_titles = 0
for path in (root / "src/ui").rglob("*.cpp"):
    text = path.read_text(encoding="utf-8")
    used |= set(re.findall(r'\b(?:text|label)\("((?:[^"\\]|\\.)*)"\)', text))
    # Form fields take the English label as their first argument.
    used |= set(re.findall(r'\b(?:textField|field|draw|ownerCombo)\("((?:[^"\\]|\\.)*)"[,)]', text))
    # Sentences with parameters and counts: tr.format("...", {...}), tr.count(n, "one", "other").
    used |= set(re.findall(r'\bformat\(\s*"((?:[^"\\]|\\.)*)"', text))
    for one, other in re.findall(r'\bcount\([^,()]+,\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)', text):
        used |= {one, other}
    # Keys marked where a table of names is kept, and translated when shown: N_("Proposal").
    used |= set(re.findall(r'\bN_\("((?:[^"\\]|\\.)*)"\)', text))
    # Filter menus take their English label first.
    used |= set(re.findall(r'\b(?:filterCombo|termFilterCombo)\("((?:[^"\\]|\\.)*)"', text))
    # Keys chosen at run time from a list of literals: each screen's title in the registry
    # ({"id", "icon", "Title", makeScreen<class X>}), the search popup's group titles.
    titles = re.findall(r'\{"\w+",\s*"[^"]*",\s*"((?:[^"\\]|\\.)*)",\s*makeScreen<', text)
    if path.name == "screen_registry.cpp":
        screen_titles = len(titles)
    used |= set(titles)
    if path.name == "search_popup.cpp":  # group titles
        used |= set(re.findall(r'return "((?:[^"\\]|\\.)+)";', text))
# Coded text: "<vocabulary>.<code>" for every vocabulary's codes, "problem.<code>" for every problem.
coded_src = (root / "src/ui/i18n/coded_text_zh.cpp").read_text(encoding="utf-8")
coded = dict(re.findall(r'\{"([a-z_]+\.[a-z_0-9]+)",\s*"((?:[^"\\]|\\.)*)"\}', coded_src))
vocab_src = (root / "src/core/vocab/crm_vocabularies.cpp").read_text(encoding="utf-8")
header = (root / "src/core/vocab/crm_vocabularies.h").read_text(encoding="utf-8")
constants = {f"{ns}::{k}": v for ns, body in re.findall(r'namespace (\w+) \{(.*?)\} // namespace', header, re.S)
             for k, v in re.findall(r'\b(k\w+) = "([a-z_]+)"', body)}
coded_keys = set()
for name, terms in re.findall(r'const Vocabulary \w+\{"(\w+)", (\w+)\};', vocab_src):
    body = re.search(terms + r'\[\] = \{(.*?)\};', vocab_src, re.S).group(1)
    for const in re.findall(r'\{(\w+::k\w+),', body):
        coded_keys.add(f"{name}.{constants[const]}")
problem_src = (root / "src/core/common/problem.cpp").read_text(encoding="utf-8")
coded_keys |= {"problem." + c for c in re.findall(r'\{Problem::\w+, "([a-z_0-9]+)",', problem_src)}
passed = failed = 0

# ---- Chinese punctuation --------------------------------------------------------------------------
def is_han(ch):
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F
FULL_WIDTH = "：，；？！（）、。"
def punctuation_problems(zh):
    """ASCII punctuation beside Han or a {n} value (ignoring spaces), and spaces beside full-width punctuation."""
    problems = []
    for i, ch in enumerate(zh):
        if ch in ":,;?!()":
            left = zh[:i].rstrip(" ")[-1:]
            right = zh[i + 1:].lstrip(" ")[:1]
            if ch == ":" and left.isdigit() and right.isdigit():
                continue  # a time, 14:30
            if any(is_han(c) for c in left + right) or left == "}" or right == "{":
                problems.append(f"ASCII {ch!r} at {i}")
        if ch in FULL_WIDTH and (zh[i - 1:i] == " " or zh[i + 1:i + 2] == " "):
            problems.append(f"a space beside {ch!r} at {i}")
    return problems
translations = list(re.findall(r'\{"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\}', table_src))
translations += [(k, v) for k, v in re.findall(r'\{"([a-z_]+\.[a-z_0-9]+)",\s*"((?:[^"\\]|\\.)*)"\}', coded_src)]
for key, zh in translations:
    problems = punctuation_problems(zh)
    if problems:
        failed += 1
        print(f"not ok - Chinese for {key!r} ({zh!r}): {'; '.join(problems)}")
    else:
        passed += 1
# UI code that puts translated text next to punctuation of its own: a statement that calls the
# translator and holds a literal of nothing but ASCII punctuation (": ", " (", ", "), or a space
# glued to a translation that begins or ends in full-width punctuation ("数据库：" + " " + size).
translator_call = re.compile(r'\b(?:m_)?tr\.(?:text|term|count|format|problem)\(|\.shown\(\s*(?:m_)?tr\s*\)')
string_literal = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
glue = re.compile(r'\s*[:,;?!()][:,;?!()\s]*')
text_key = re.compile(r'\btext\("((?:[^"\\]|\\.)*)"\)')
code_checked = 0
for path in sorted((root / "src/ui").rglob("*.cpp")):
    if path.parent.name == "i18n":
        continue
    code = re.sub(r'//[^\n]*', '', path.read_text(encoding="utf-8"))
    for statement in re.split(r';\s*\n', code):
        if not translator_call.search(statement):
            continue
        code_checked += 1
        line = code[:code.find(statement)].count("\n") + 1
        where = f"{path.relative_to(root)}:{line}"
        for lit in (lit for lit in string_literal.findall(statement) if glue.fullmatch(lit)):
            failed += 1
            print(f"not ok - {where}: translated text glued to {lit!r}; say it with tr.format(\"{{0}}: {{1}}\")-like templates")
        for key in text_key.findall(statement):
            zh = table.get(key, "")
            if zh and (zh[0] in FULL_WIDTH or zh[-1] in FULL_WIDTH) and '" "' in statement:
                failed += 1
                print(f"not ok - {where}: {key!r} is {zh!r} in Chinese and is joined with a space")
if code_checked < 50:
    failed += 1
    print(f"not ok - found only {code_checked} UI statements that translate: is this script out of date?")
else:
    passed += 1

if len(coded_keys) < 60:
    failed += 1
    print(f"not ok - found only {len(coded_keys)} vocabulary and problem codes: is this script out of date?")
for key in sorted(coded_keys):
    if coded.get(key):
        passed += 1
    else:
        failed += 1
        print(f"not ok - no Chinese text for coded key {key!r}")
if not screen_titles:  # the registry's format changed under this script: say so, not "all translated"
    failed += 1
    print("not ok - no screen titles found in src/ui/screen_registry.cpp")
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
