#pragma once
// The fonts text is drawn with. At start: the UI font, a subset of WenQuanYi Micro Hei made at build
// time (Latin, Greek, Cyrillic, all of GB2312 and every character the UI's own text holds), and the
// icon font. Every other character (Traditional Chinese, kana, Hangul, emoji, symbols, the rare
// ideographs of CJK Extension B…) comes from block files cut at build time from Debian's fonts
// (assets/fonts/make_more_fonts.py): when ImGui draws a character the atlas has no glyph for, the
// block holding it is fetched (and kept by the browser), and the atlas is rebuilt between frames.
// Until it arrives the character shows as "?".
#include "core/common/sliced_work.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

struct ImFont;

namespace satchel::ui {

inline constexpr float kBaseFontSize = 16.0f;  // layout pixels
inline constexpr float kTitleFontSize = 22.0f; // screen titles and record names

class Fonts {
public:
    // Reads the block index and starts listening for characters drawn without a glyph. One at a time.
    Fonts();
    ~Fonts();
    Fonts(const Fonts&) = delete;
    Fonts& operator=(const Fonts&) = delete;

    // Before ImGui::NewFrame(): asks for the blocks of characters the last frames lacked, and rebuilds
    // the atlas when the pixel ratio changed or a block arrived (glyphs are rasterised at device
    // resolution and drawn at layout size, so text is sharp on HiDPI screens). True when the GPU
    // texture must be uploaded again.
    bool beforeFrame(float pixelRatio);

    // The title font (Latin, Greek, Cyrillic and the UI's own characters at kTitleFontSize), or null
    // before the first build or when it is missing.
    static ImFont* title();
    // Text shown shortened ("…"): the characters cut off are fetched too, so hovering it shows it
    // whole at once instead of "?" until they arrive.
    static void wantAll(const std::string& text);

private:
    // One block of code points: its files as they arrive, and the characters text has needed from
    // it. Only those are rasterised: a block holds 512 code points, a page of names a few of them.
    struct Block {
        std::map<std::string, std::string> files; // name → TrueType bytes, kept alive for the atlas
        std::set<unsigned> wanted;
        std::vector<unsigned> ranges; // `wanted` as ImGui glyph ranges, kept alive for the atlas
        double retryAt = -1;          // after a failed fetch: when to ask again (ImGui time)
    };

    static void onGlyphMissed(unsigned int c);
    void fetchMissing(unsigned number, Block& block);
    void build(float pixelRatio);

    unsigned m_blockSize = 0;
    std::map<unsigned, std::vector<std::string>> m_index; // block → its files under fonts/more/
    std::unordered_set<unsigned> m_seen; // missed characters already looked at (those no font has stay "?")
    std::vector<unsigned> m_missed;      // missed since the last beforeFrame()
    std::map<unsigned, Block> m_blocks;  // asked for, by number (map nodes stay put: the atlas points into them)
    bool m_dirty = false;                // glyphs to add: a file arrived, or text needs more of one that did
    float m_pixelRatio = 0;
    ImFont* m_title = nullptr;
    // Characters missed and not yet looked at, and fetches under way, keep the automation surface
    // waiting: tests read the screen once its text is final.
    std::unique_ptr<WorkInFlight::Token> m_looking;
    std::map<std::string, std::unique_ptr<WorkInFlight::Token>> m_fetching;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // fetches answering after ~Fonts
};

} // namespace satchel::ui
