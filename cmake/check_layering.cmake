# Script mode (cmake -DSOURCE_DIR=... -P check_layering.cmake), run on every build by the
# check_layering target, so an include added to an existing file is caught at once.
#  - core/ is pure C++: no UI, browser or window headers;
#  - ui/ never runs SQL: only core/ services include SQLite or the db layer.
function(satchel_forbid dir regex why)
  file(GLOB_RECURSE files "${SOURCE_DIR}/src/${dir}/*.h" "${SOURCE_DIR}/src/${dir}/*.cpp")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" bad REGEX "${regex}")
    if(bad)
      message(FATAL_ERROR "layering: ${file}: ${bad}\n  ${why}")
    endif()
  endforeach()
endfunction()

satchel_forbid(core "^[ \t]*#[ \t]*include[ \t]*[<\"](imgui|emscripten|GLFW|GLES|platform/|ui/)"
  "core/ must compile natively and as wasm with no UI, browser or platform code")
satchel_forbid(ui "^[ \t]*#[ \t]*include[ \t]*[<\"](sqlite3\\.h|core/db/|emscripten|GLFW)"
  "the UI calls core services (never SQL) and reaches the browser only through platform/")
# Outside comments: the UI and the entry points reach data only through services and the Workspace façade.
foreach(dir ui main)
  satchel_forbid(${dir} "^[^/]*(database\\(\\)|prepare\\(|Statement[^A-Za-z_])"
    "src/${dir} runs no SQL: call a core service (or the Workspace façade) instead")
endforeach()
satchel_forbid(main "^[ \t]*#[ \t]*include[ \t]*[<\"](emscripten|GLFW|sqlite3\\.h)|EM_ASM|EM_JS|EMSCRIPTEN_KEEPALIVE"
  "src/main is wiring only: the browser is reached through platform/ (src/platform/web/js_boundary.h)")
