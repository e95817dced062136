# Dear ImGui 1.86 (Debian source package) with the OpenGL ES 3 / WebGL2 renderer.
# IMGUI_ENABLE_TEST_ENGINE turns on the item hooks our locator (src/ui/item_locator.cpp) implements.
# IMGUI_USE_WCHAR32: characters outside the BMP (emoji, CJK Extension B) survive input; with 16-bit
# ImWchar ImGui replaces each with U+FFFD.
add_library(imgui STATIC
  "${SATCHEL_IMGUI_DIR}/imgui.cpp"
  "${SATCHEL_IMGUI_DIR}/imgui_draw.cpp"
  "${SATCHEL_IMGUI_DIR}/imgui_tables.cpp"
  "${SATCHEL_IMGUI_DIR}/imgui_widgets.cpp"
  "${SATCHEL_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp"
  "${SATCHEL_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp"
)
target_include_directories(imgui SYSTEM PUBLIC "${SATCHEL_IMGUI_DIR}" "${SATCHEL_IMGUI_DIR}/backends" "${SATCHEL_IMGUI_DIR}/misc/cpp")
target_compile_definitions(imgui PUBLIC
  IMGUI_ENABLE_TEST_ENGINE
  IMGUI_USE_WCHAR32
  IMGUI_IMPL_OPENGL_ES3
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS)
target_compile_options(imgui PRIVATE -w)
