# Dear ImGui 1.86 (Debian source package) with the OpenGL ES 3 / WebGL2 renderer.
# IMGUI_ENABLE_TEST_ENGINE turns on the item hooks our locator (src/ui/item_locator.cpp) implements.
# IMGUI_USE_WCHAR32: characters outside the BMP (emoji, CJK Extension B) survive input; with 16-bit
# ImWchar ImGui replaces each with U+FFFD.
#
# One seam is added to ImGui, at configure time, into a copy of imgui_draw.cpp: ImFont::FindGlyph
# (every glyph drawn goes through it) calls GImFontGlyphMissed(c) for a character the atlas lacks,
# so the app can fetch a font that has it (src/ui/fonts.cpp). ImGui has no hook for this; the edit
# is checked, so a different ImGui fails here instead of silently losing the seam.
set(_imgui_draw_src "${SATCHEL_IMGUI_DIR}/imgui_draw.cpp")
set(_imgui_draw "${CMAKE_BINARY_DIR}/imgui_seam/imgui_draw.cpp")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_imgui_draw_src}")
file(READ "${_imgui_draw_src}" _draw)
set(_find_glyph "const ImFontGlyph* ImFont::FindGlyph(ImWchar c) const\n{\n")
string(FIND "${_draw}" "${_find_glyph}" _at)
if(_at EQUAL -1)
  message(FATAL_ERROR "imgui.cmake: ImFont::FindGlyph not found in ${_imgui_draw_src}; the glyph seam needs updating")
endif()
string(REPLACE "${_find_glyph}" "void (*GImFontGlyphMissed)(unsigned int) = NULL;\n${_find_glyph}\
    if (const ImFontGlyph* glyph = FindGlyphNoFallback(c)) return glyph;\n\
    if (GImFontGlyphMissed) GImFontGlyphMissed((unsigned int)c);\n" _draw "${_draw}")
file(WRITE "${_imgui_draw}.new" "${_draw}")
configure_file("${_imgui_draw}.new" "${_imgui_draw}" COPYONLY) # rewritten only when it changes

add_library(imgui STATIC
  "${SATCHEL_IMGUI_DIR}/imgui.cpp"
  "${_imgui_draw}"
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
