#include "ui/fonts.h"

#include "platform/platform.h"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8

#include <array>
#include <cstdio>
#include <fstream>
#include <utility>

// The seam cmake/imgui.cmake adds to ImFont::FindGlyph.
extern void (*GImFontGlyphMissed)(unsigned int);

namespace satchel::ui {

namespace {
constexpr const char* kUiFontPath = "/fonts/ui.ttf";
constexpr const char* kIconFontPath = "/fonts/icons.ttf";
constexpr const char* kTitleFontPath = "/fonts/title.ttf";
constexpr const char* kBlockIndexPath = "/fonts/more.txt";
constexpr const char* kBlockUrl = "fonts/more/";
constexpr ImWchar kIconRanges[] = {0xF000, 0xF2E0, 0};

// The whole Basic Multilingual Plane: ImGui rasterises only the code points the font has, so the
// subset made at build time (assets/fonts/make_ui_font.py) alone decides what is in the atlas.
constexpr ImWchar kRanges[] = {0x0020, 0xFFFF, 0};

// Drawn as nothing: they join, select or tag the characters around them, and ImGui does no shaping,
// so a ZWJ emoji sequence shows as its parts and a variation selector as no mark at all. (The tag
// and supplementary selector planes, U+E0000 and up, would grow ImGui's per-code-point tables to
// megabytes: they stay "?".)
constexpr std::array<std::pair<unsigned, unsigned>, 3> kInvisible = {
    {{0x200B, 0x200F}, {0x2060, 0x2064}, {0xFE00, 0xFE0F}}};
static_assert(sizeof(ImWchar) == sizeof(unsigned), "IMGUI_USE_WCHAR32: glyph ranges are kept as unsigned");

Fonts* s_active = nullptr; // ImGui's seam is a plain function pointer: it reaches the one Fonts here
} // namespace

Fonts::Fonts() {
    std::ifstream in(kBlockIndexPath);
    if (in >> m_blockSize) {
        unsigned block = 0;
        std::string name;
        while (in >> block >> name) m_index[block].push_back(name);
    }
    s_active = this;
    GImFontGlyphMissed = &Fonts::onGlyphMissed;
}

Fonts::~Fonts() {
    *m_alive = false;
    if (s_active == this) {
        s_active = nullptr;
        GImFontGlyphMissed = nullptr;
    }
}

ImFont* Fonts::title() { return s_active ? s_active->m_title : nullptr; }

void Fonts::wantAll(const std::string& text) {
    const ImFont* font = ImGui::GetFont();
    for (const char* p = text.c_str(); s_active && *p;) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, nullptr);
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) onGlyphMissed(c);
    }
}

void Fonts::onGlyphMissed(unsigned int c) {
    // Called for every such character drawn, every frame, until its block arrives: one set lookup.
    if (!s_active || !s_active->m_seen.insert(c).second) return;
    s_active->m_missed.push_back(c);
    if (!s_active->m_looking) s_active->m_looking = std::make_unique<WorkInFlight::Token>();
}

bool Fonts::beforeFrame(float pixelRatio) {
    for (unsigned c : m_missed) {
        if (!m_blockSize || c < 0x20 || !m_index.count(c / m_blockSize)) continue; // no font has it
        const auto [it, fresh] = m_blocks.try_emplace(c / m_blockSize);
        it->second.wanted.insert(c);
        if (fresh) {
            fetchMissing(it->first, it->second);
        } else if (!it->second.files.empty()) {
            m_dirty = true; // more of a block already here: a rebuild, no fetch
        }
    }
    m_missed.clear();
    m_looking.reset();
    // A block that could not be fetched (offline, a stalled request) is asked for again later.
    const double now = ImGui::GetTime();
    for (auto& [number, block] : m_blocks)
        if (block.retryAt >= 0 && now >= block.retryAt) fetchMissing(number, block);
    // A rebuild rasterises the whole atlas again (about 110 ms at pixel ratio 1, 250 ms at 2): once
    // for all the blocks a screen asked for, when the last of them has arrived.
    if (pixelRatio == m_pixelRatio && !(m_dirty && m_fetching.empty())) return false;
    build(pixelRatio);
    return true;
}

void Fonts::fetchMissing(unsigned number, Block& block) {
    constexpr double kRetrySeconds = 30;
    block.retryAt = -1;
    for (const std::string& name : m_index[number]) {
        if (block.files.count(name) || m_fetching.count(name)) continue;
        m_fetching[name] = std::make_unique<WorkInFlight::Token>();
        platform::fetchAsset(kBlockUrl + name, [this, alive = m_alive, &block, name](std::optional<std::string> bytes) {
            if (!*alive) return;
            m_fetching.erase(name);
            if (!bytes) {
                block.retryAt = ImGui::GetTime() + kRetrySeconds;
                return;
            }
            block.files[name] = std::move(*bytes);
            m_dirty = true;
        });
    }
}

void Fonts::build(float pixelRatio) {
    m_pixelRatio = pixelRatio;
    m_dirty = false;
    m_title = nullptr;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.FontGlobalScale = 1.0f / pixelRatio;

    std::FILE* probe = std::fopen(kUiFontPath, "rb");
    if (!probe) {
        ImFontConfig config;
        config.SizePixels = 13.0f * pixelRatio;
        io.Fonts->AddFontDefault(&config);
        io.Fonts->Build();
        return;
    }
    std::fclose(probe);

    ImFontConfig config;
    // CJK glyphs are dense: oversampling them triples the atlas for no visible gain at this size.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    ImFont* font = io.Fonts->AddFontFromFileTTF(kUiFontPath, kBaseFontSize * pixelRatio, &config, kRanges);
    if (std::FILE* icons = std::fopen(kIconFontPath, "rb")) {
        std::fclose(icons);
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.PixelSnapH = true;
        merge.GlyphMinAdvanceX = kBaseFontSize * pixelRatio; // icons line up in a column
        io.Fonts->AddFontFromFileTTF(kIconFontPath, (kBaseFontSize - 2) * pixelRatio, &merge, kIconRanges);
    }
    for (auto& [number, block] : m_blocks) {
        block.ranges.clear();
        for (unsigned c : block.wanted) {
            if (!block.ranges.empty() && block.ranges.back() + 1 == c)
                block.ranges.back() = c;
            else
                block.ranges.insert(block.ranges.end(), {c, c});
        }
        block.ranges.push_back(0);
        for (auto& [name, bytes] : block.files) {
            ImFontConfig merge;
            merge.MergeMode = true;
            merge.OversampleH = 1;
            merge.OversampleV = 1;
            merge.PixelSnapH = true;
            merge.FontDataOwnedByAtlas = false;
            io.Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), kBaseFontSize * pixelRatio,
                                           &merge, reinterpret_cast<const ImWchar*>(block.ranges.data()));
        }
    }
    // Last: merged fonts join the font added before them.
    if (std::FILE* title = std::fopen(kTitleFontPath, "rb")) {
        std::fclose(title);
        m_title = io.Fonts->AddFontFromFileTTF(kTitleFontPath, kTitleFontSize * pixelRatio, &config, kRanges);
    }
    io.Fonts->Build();
    for (const auto& [first, last] : kInvisible)
        for (unsigned c = first; c <= last; ++c)
            font->AddGlyph(nullptr, static_cast<ImWchar>(c), 0, 0, 0, 0, 0, 0, 0, 0, 0);
    font->BuildLookupTable();
}

} // namespace satchel::ui
