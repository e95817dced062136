#pragma once
// The UI font: a subset of WenQuanYi Micro Hei (Latin + common Chinese), built at build time from
// Debian's fonts-wqy-microhei and shipped beside the app as /fonts/ui.ttf.
namespace satchel::ui {

inline constexpr float kBaseFontSize = 16.0f; // layout pixels

// Rebuilds the font atlas for `pixelRatio` (glyphs rasterised at device resolution, drawn at
// layout size, so text is sharp on HiDPI screens). Returns false if the font file is missing
// (ImGui's built-in Latin-only font is used then).
bool loadFonts(float pixelRatio);

} // namespace satchel::ui
