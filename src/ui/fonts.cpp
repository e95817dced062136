#include "ui/fonts.h"

#include <imgui.h>

#include <cstdio>

namespace satchel::ui {

namespace {
constexpr const char* kUiFontPath = "/fonts/ui.ttf";
constexpr const char* kIconFontPath = "/fonts/icons.ttf";
constexpr ImWchar kIconRanges[] = {0xF000, 0xF2E0, 0};

// Whole Unicode blocks: ImGui only rasterises code points the font actually has, so the ranges
// can be generous while the subset decides what is really in the atlas.
constexpr ImWchar kRanges[] = {
    0x0020, 0x024F, // Basic Latin .. Latin Extended-B
    0x2000, 0x206F, // General Punctuation
    0x20AC, 0x20AC, // Euro sign
    0x2122, 0x2122, // Trade mark
    0x2190, 0x2193, // Arrows
    0x25B2, 0x25BC, // Sort triangles
    0x2713, 0x2713, // Check mark
    0x3000, 0x303F, // CJK Symbols and Punctuation
    0x4E00, 0x9FFF, // CJK Unified Ideographs
    0xFF00, 0xFFEF, // Half-width and full-width forms
    0,
};
} // namespace

bool loadFonts(float pixelRatio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.FontGlobalScale = 1.0f / pixelRatio;

    std::FILE* probe = std::fopen(kUiFontPath, "rb");
    if (!probe) {
        ImFontConfig config;
        config.SizePixels = 13.0f * pixelRatio;
        io.Fonts->AddFontDefault(&config);
        return false;
    }
    std::fclose(probe);

    ImFontConfig config;
    // CJK glyphs are dense: oversampling them triples the atlas for no visible gain at this size.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    io.Fonts->AddFontFromFileTTF(kUiFontPath, kBaseFontSize * pixelRatio, &config, kRanges);
    if (std::FILE* icons = std::fopen(kIconFontPath, "rb")) {
        std::fclose(icons);
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.PixelSnapH = true;
        merge.GlyphMinAdvanceX = kBaseFontSize * pixelRatio; // icons line up in a column
        io.Fonts->AddFontFromFileTTF(kIconFontPath, (kBaseFontSize - 2) * pixelRatio, &merge, kIconRanges);
    }
    return io.Fonts->Build();
}

} // namespace satchel::ui
