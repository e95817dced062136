# The web app: app.js + app.wasm + app.data (the UI font), assembled with web/ into dist/ by shell/run.
set(SATCHEL_FONT_SOURCE "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" CACHE FILEPATH "CJK-capable UI font (fonts-wqy-microhei)")
set(_ui_font "${CMAKE_BINARY_DIR}/assets/fonts/ui.ttf")
set(SATCHEL_ICON_FONT "/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf" CACHE FILEPATH "Icon font (fonts-font-awesome)")
set(_icon_font "${CMAKE_BINARY_DIR}/assets/fonts/icons.ttf")
set(_title_font "${CMAKE_BINARY_DIR}/assets/fonts/title.ttf")
# The UI font holds every character the UI's sources write: it is made again when they change.
file(GLOB_RECURSE _ui_text_sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/ui/*.cpp" "${CMAKE_SOURCE_DIR}/src/ui/*.h")
add_custom_command(
  OUTPUT "${_ui_font}" "${_icon_font}" "${_title_font}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/assets/fonts"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/assets/fonts/make_ui_font.py" "${SATCHEL_FONT_SOURCE}" "${_ui_font}"
          "${CMAKE_SOURCE_DIR}/src/ui" "${_title_font}"
  # Debian's path is a symlink, which Emscripten's --preload-file does not follow.
  COMMAND "${CMAKE_COMMAND}" -E copy "${SATCHEL_ICON_FONT}" "${_icon_font}"
  DEPENDS "${CMAKE_SOURCE_DIR}/assets/fonts/make_ui_font.py" "${SATCHEL_FONT_SOURCE}" "${SATCHEL_ICON_FONT}"
          ${_ui_text_sources}
  COMMENT "Subsetting the UI font, copying the icon font")
# Every other character a font here has, in blocks fetched only when text needs them (copied to
# dist/fonts/more/ by shell/lib/common.sh; the block index travels in app.data as /fonts/more.txt).
set(SATCHEL_MORE_FONTS
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
  "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
  "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"
  "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
  CACHE STRING "Fonts for characters outside the UI font, in the order to take them (fonts-wqy-microhei, fonts-dejavu-core, fonts-symbola, fonts-hanazono)")
set(_more_fonts_index "${CMAKE_BINARY_DIR}/assets/fonts/more/index.txt")
add_custom_command(
  OUTPUT "${_more_fonts_index}"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/assets/fonts/make_more_fonts.py" "${_ui_font}"
          "${CMAKE_BINARY_DIR}/assets/fonts/more" ${SATCHEL_MORE_FONTS}
  DEPENDS "${CMAKE_SOURCE_DIR}/assets/fonts/make_more_fonts.py" "${_ui_font}" ${SATCHEL_MORE_FONTS}
  COMMENT "Cutting the fonts fetched on demand into blocks")
add_custom_target(satchel_fonts DEPENDS "${_ui_font}" "${_icon_font}" "${_title_font}" "${_more_fonts_index}")

add_library(satchel_ui STATIC
  src/ui/app.cpp
  src/ui/app_requests.cpp
  src/ui/import_wizard.cpp
  src/ui/screens/settings_files.cpp
  src/ui/address.cpp
  src/ui/screen_registry.cpp
  src/ui/fonts.cpp
  src/ui/i18n/translator.cpp
  src/ui/i18n/coded_text_zh.cpp
  src/ui/screens/search_popup.cpp
  src/ui/item_locator.cpp
  src/ui/record_picker.cpp
  src/ui/screens/about_screen.cpp
  src/ui/screens/activities_screen.cpp
  src/ui/screens/companies_screen.cpp
  src/ui/screens/contacts_screen.cpp
  src/ui/screens/duplicates_screen.cpp
  src/ui/screens/marketing_screen.cpp
  src/ui/screens/orders_screen.cpp
  src/ui/screens/pipeline_screen.cpp
  src/ui/screens/service_screen.cpp
  src/ui/screens/settings_editors.cpp
  src/ui/screens/contact_detail.cpp
  src/ui/forms.cpp
  src/ui/screens/dashboard_screen.cpp
  src/ui/screens/settings_screen.cpp
  src/ui/storage_actions.cpp
  src/ui/theme.cpp
  src/ui/stage_name.cpp
  src/ui/money_text.cpp
  src/ui/owner_combo.cpp
  src/ui/activity_form.cpp
  src/ui/reminders.cpp
  src/ui/screens/deal_detail.cpp
  src/ui/timeline_words.cpp
  src/ui/widgets.cpp
  src/ui/charts.cpp
  src/ui/screen_load.cpp
)
target_link_libraries(satchel_ui PUBLIC satchel_core satchel_platform imgui)
satchel_warnings(satchel_ui)

# Everything that crosses JS<->wasm is declared in src/platform/web/js_boundary.h; the page's side
# is web/js_boundary.js. The test-only exports (test_exports.cpp) are not in this library.
add_library(satchel_platform STATIC
  src/platform/input_queue.cpp
  src/platform/web/automation_exports.cpp
  src/platform/web/js_boundary.cpp
  src/platform/web/web_platform.cpp
  src/platform/web/web_storage.cpp
)
target_link_libraries(satchel_platform PUBLIC imgui satchel_core)
target_include_directories(satchel_platform PUBLIC "${CMAKE_SOURCE_DIR}/src")
satchel_warnings(satchel_platform)

# The app and its test build differ in one pair of files: the shipped app links
# src/main/shipped_hooks.cpp (no test hooks), the test build src/main/test_hooks.cpp and the exports
# behind window.satchel.test (src/platform/web/test_exports.cpp). Both are named app.js; the test
# build lives in build/wasm/test-app/ and is served from dist-test/ by the browser tests.
set(SATCHEL_APP_LINK_OPTIONS
  -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=${SATCHEL_MAXIMUM_MEMORY}
  -sENVIRONMENT=web
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString,addRunDependency,removeRunDependency
  # SHELL: keeps each option with its value; CMake would otherwise merge the repeated flag.
  "SHELL:--preload-file ${_ui_font}@/fonts/ui.ttf"
  "SHELL:--preload-file ${_icon_font}@/fonts/icons.ttf"
  "SHELL:--preload-file ${_title_font}@/fonts/title.ttf"
  "SHELL:--preload-file ${_more_fonts_index}@/fonts/more.txt")

add_executable(app src/main/web_main.cpp src/main/shipped_hooks.cpp)
satchel_warnings(app)
add_dependencies(app satchel_fonts)
target_link_libraries(app PRIVATE satchel_ui satchel_platform)
target_link_options(app PRIVATE ${SATCHEL_APP_LINK_OPTIONS})

add_executable(app_test src/main/web_main.cpp src/main/test_hooks.cpp src/platform/web/test_exports.cpp)
satchel_warnings(app_test)
add_dependencies(app_test satchel_fonts)
target_link_libraries(app_test PRIVATE satchel_ui satchel_platform)
target_link_options(app_test PRIVATE ${SATCHEL_APP_LINK_OPTIONS})
set_target_properties(app_test PROPERTIES OUTPUT_NAME app RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/test-app")

# Benchmark baseline only (shell/bench storage): SQLite on Emscripten's IDBFS.
add_executable(bench_idbfs tests/bench/idbfs/idbfs_main.cpp)
satchel_warnings(bench_idbfs)
target_link_libraries(bench_idbfs PRIVATE sqlite3)
target_link_options(bench_idbfs PRIVATE -lidbfs.js -sFORCE_FILESYSTEM=1 -sALLOW_MEMORY_GROWTH=1
  -sMAXIMUM_MEMORY=${SATCHEL_MAXIMUM_MEMORY} -sENVIRONMENT=web -sEXPORTED_FUNCTIONS=_main
  -sEXPORTED_RUNTIME_METHODS=ccall,FS)
set_target_properties(bench_idbfs PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bench")
