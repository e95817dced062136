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
expect 0 "the project's own sources respect the layers" "$root"
mkdir -p "$tmp/a/src/core" && printf '#pragma once\n#include <imgui.h>\n' > "$tmp/a/src/core/bad.h"
expect 1 "a core header that includes ImGui is rejected" "$tmp/a"
mkdir -p "$tmp/b/src/core" && printf '#include <emscripten.h>\n' > "$tmp/b/src/core/bad.cpp"
expect 1 "a core source that includes Emscripten is rejected" "$tmp/b"
mkdir -p "$tmp/c/src/ui" && printf '#include <sqlite3.h>\n' > "$tmp/c/src/ui/screen.cpp"
expect 1 "a UI source that includes SQLite is rejected" "$tmp/c"
mkdir -p "$tmp/d/src/ui" && printf 'void f(W& ws) { ws.database().execScript("DELETE FROM contacts"); }\n' > "$tmp/d/src/ui/screen.cpp"
expect 1 "a UI source that reaches the database through the workspace is rejected" "$tmp/d"
mkdir -p "$tmp/e/src/main" && printf 'auto s = db.prepare("SELECT 1");\n' > "$tmp/e/src/main/cli.cpp"
expect 1 "an entry point that prepares SQL is rejected" "$tmp/e"
mkdir -p "$tmp/f/src/ui" && printf 'satchel::db::Statement s;\n' > "$tmp/f/src/ui/x.cpp"
expect 1 "a UI source that holds a Statement is rejected" "$tmp/f"
mkdir -p "$tmp/g/src/main" && printf '#include <emscripten.h>\n' > "$tmp/g/src/main/web_main.cpp"
expect 1 "an entry point that includes Emscripten is rejected" "$tmp/g"
mkdir -p "$tmp/h/src/main" && printf 'EM_ASM({ console.log(1); });\n' > "$tmp/h/src/main/web_main.cpp"
expect 1 "an entry point with inline JavaScript is rejected" "$tmp/h"
mkdir -p "$tmp/i/src/ui" && printf '// screens never call database() or prepare( themselves\n' > "$tmp/i/src/ui/note.h"
expect 0 "a comment that names database() is not a call" "$tmp/i"
echo "layering: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
