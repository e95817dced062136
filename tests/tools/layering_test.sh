#!/usr/bin/env bash
# The layering check must pass on our tree and must fail on a core/ file that includes ImGui,
# on a ui/ file that includes SQLite, and on SQL or browser calls under src/ui and src/main. Prints "N passed, N failed".
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
check="$root/cmake/check_layering.cmake"
pass=0 fail=0
expect() {  # expect <0|1> <description> <source dir>
  if cmake -DSOURCE_DIR="$3" -P "$check" >/dev/null 2>&1; then got=0; else got=1; fi
  if [ "$got" = "$1" ]; then pass=$((pass + 1)); echo "ok - $2"; else fail=$((fail + 1)); echo "not ok - $2"; fi
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0
# with_file <0|1> <description> <path under a fresh tree> <content>: the check on a tree of that one file.
with_file() {
  n=$((n + 1)); mkdir -p "$(dirname "$tmp/$n/$3")" && printf '%s\n' "$4" > "$tmp/$n/$3"
  expect "$1" "$2" "$tmp/$n"
}
expect 0 "the project's own sources respect the layers" "$root"
with_file 1 "a core header that includes ImGui is rejected" src/core/bad.h $'#pragma once\n#include <imgui.h>'
with_file 1 "a core source that includes Emscripten is rejected" src/core/bad.cpp '#include <emscripten.h>'
with_file 1 "a UI source that includes SQLite is rejected" src/ui/screen.cpp '#include <sqlite3.h>'
with_file 1 "a UI source that reaches the database through the workspace is rejected" src/ui/screen.cpp \
  'void f(W& ws) { ws.database().execScript("DELETE FROM contacts"); }'
with_file 1 "an entry point that prepares SQL is rejected" src/main/cli.cpp 'auto s = db.prepare("SELECT 1");'
with_file 1 "a UI source that holds a Statement is rejected" src/ui/x.cpp 'satchel::db::Statement s;'
with_file 1 "an entry point that includes Emscripten is rejected" src/main/web_main.cpp '#include <emscripten.h>'
with_file 1 "an entry point with inline JavaScript is rejected" src/main/web_main.cpp 'EM_ASM({ console.log(1); });'
with_file 0 "a comment that names database() is not a call" src/ui/note.h \
  '// screens never call database() or prepare( themselves'
echo "layering: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
