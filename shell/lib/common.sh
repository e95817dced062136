# Shared by shell/run, shell/test and shell/bench. Source it; it does nothing by itself.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export NODE_PATH=/usr/share/nodejs   # Emscripten 3.1.6's tools need acorn from Debian's node modules

# Runs shell/setup unless everything it provides is already here.
ensure_setup() {
  local ok=1
  for f in /usr/bin/emcc /usr/bin/chromium /usr/bin/ninja /usr/bin/clang-format-14 /usr/include/doctest/doctest.h \
           /usr/include/nlohmann/json.hpp /usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
           /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf /usr/share/fonts/truetype/hanazono/HanaMinB.ttf \
           /usr/lib/python3/dist-packages/icu \
           "$root/third_party/imgui/imgui.cpp" "$root/third_party/sqlite/sqlite3.c" \
           "$root/third_party/include/doctest" "$root/node_modules/playwright-core/package.json"; do
    [ -e "$f" ] || { ok=0; break; }
  done
  if [ $ok -eq 0 ]; then "$root/shell/setup"; fi
}

build_preset() {
  local preset=$1
  [ -f "$root/build/$preset/build.ninja" ] || cmake --preset "$preset" -S "$root" >/dev/null
  cmake --build --preset "$preset"
}

# dist/ is a static site: our page plus the app's .js/.wasm/.data. Any file server can host it.
# build/dist-test/ is the same page over the test build, plus web/test/ (window.satchel.test and
# injected storage failures), which only that copy of index.html loads: dist/ has no test hook.
assemble_dist() {
  local dist="$root/dist" test_dist="$root/build/dist-test"
  rm -rf "$dist" "$test_dist" && mkdir -p "$dist" "$test_dist" || return 1
  find "$root/web" -maxdepth 1 -type f -exec cp {} "$dist/" \; || return 1
  cp "$root"/build/wasm/app.{js,wasm,data} "$dist/" || return 1
  # Fonts fetched only when text needs a character the UI font lacks (src/ui/fonts.cpp).
  mkdir -p "$dist/fonts" && cp -r "$root/build/wasm/assets/fonts/more" "$dist/fonts/more" || return 1
  if [ -f "$root/build/wasm/test-app/app.js" ]; then
    find "$root/web" -maxdepth 1 -type f -exec cp {} "$test_dist/" \; || return 1
    cp -r "$root/web/test" "$test_dist/test" || return 1
    cp "$root"/build/wasm/test-app/app.{js,wasm,data} "$test_dist/" || return 1
    cp -r "$dist/fonts" "$test_dist/fonts" || return 1
    # After satchel.js (window.satchel exists), before app.js (no write has happened yet).
    sed -i 's|<!-- test-build scripts.*-->|<script src="test/test_hooks.js"></script>|' "$test_dist/index.html"
    grep -q 'test/test_hooks.js' "$test_dist/index.html" ||
      { echo "assemble_dist: no test-build marker in web/index.html" >&2; return 1; }
  fi
}
