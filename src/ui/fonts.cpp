#include "ui/fonts.h"

#include <imgui.h>

#include <cstdio>

namespace satchel::ui {

namespace {
constexpr const char* kUiFontPath = "/fonts/ui.ttf";
constexpr const char* kIconFontPath = "/fonts/icons.ttf";
constexpr ImWchar kIconRanges[] = {0xF000, 0xF2E0, 0};

// The whole Basic Multilingual Plane: ImGui rasterises only the code points the font has, so the
// subset made at build time (assets/fonts/make_ui_font.py) alone decides what is in the atlas.
constexpr ImWchar kRanges[] = {0x0020, 0xFFFF, 0};
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
