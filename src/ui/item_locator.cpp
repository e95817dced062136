#include "ui/item_locator.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdarg>
#include <utility>

namespace satchel::ui {

namespace {
ItemLocator* locatorOf(ImGuiContext* ctx) { return static_cast<ItemLocator*>(ctx->TestEngine); }

// Characters of `text` the font has no glyph for: ImGui draws each as its fallback ("?").
int missingGlyphs(const std::string& text) {
    const ImFont* font = ImGui::GetFont();
    if (!font) return 0;
    int missing = 0;
    for (const char* p = text.c_str(); *p;) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, nullptr);
        if (c >= 0x20 && !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) ++missing;
    }
    return missing;
}
} // namespace

void reportLastItem(const char* label) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    ItemLocator* locator = locatorOf(ctx);
    if (!locator) return;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImGuiID id = ImGui::GetID(label);
    locator->onItemAdd(ctx, min.x, min.y, max.x, max.y, id);
    locator->onItemInfo(id, label, false);
}

void reportText(const char* label, float x0, float y0, float x1, float y1) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    ItemLocator* locator = locatorOf(ctx);
    if (!locator) return;
    const ImGuiID id = ImGui::GetID(label);
    locator->onItemAdd(ctx, x0, y0, x1, y1, id);
    locator->onItemInfo(id, label, true);
}

void nameItem(unsigned id, const char* label) {
    if (ItemLocator* locator = locatorOf(ImGui::GetCurrentContext())) locator->onItemInfo(id, label, false);
}

void markShortened(unsigned id) {
    if (ItemLocator* locator = locatorOf(ImGui::GetCurrentContext())) locator->markShortened(id);
}

void ItemLocator::markShortened(unsigned id) {
    if (LocatedItem* item = recent(id)) item->clipped = false;
}

void ItemLocator::attach(ImGuiContext* ctx) {
    ctx->TestEngine = this;
    ctx->TestEngineHookItems = true;
}

void ItemLocator::endFrame() {
    m_last.swap(m_current);
    m_lastCount = std::exchange(m_currentCount, 0);
}

LocatedItem* ItemLocator::recent(unsigned id) {
    // ItemInfo follows the ItemAdd of the same item, so the match is almost always the last entry.
    for (std::size_t i = m_currentCount; i-- > 0;)
        if (m_current[i].id == id) return &m_current[i];
    return nullptr;
}

void ItemLocator::onItemAdd(ImGuiContext* ctx, float x0, float y0, float x1, float y1, unsigned id) {
    // Every item drawn comes here, every frame: the entries of two frames ago are reused, strings
    // and all, so a frame allocates nothing once the screen has been drawn twice.
    if (m_currentCount == m_current.size()) m_current.emplace_back();
    LocatedItem& item = m_current[m_currentCount++];
    item.label.clear();
    item.rawLabel.clear();
    item.visible = item.clipped = false;
    item.clipX1 = 0;
    item.id = id;
    ImRect bb(x0, y0, x1, y1);
    item.x1 = x1;
    if (const ImGuiWindow* window = ctx->CurrentWindow) {
        ImRect clip = window->ClipRect;
        item.visible = !window->Hidden && clip.Overlaps(bb);
        item.clipX1 = clip.Max.x;
        // Cut on the right while in view. A selectable reaches half an item spacing past the text
        // it frames (ImGui pads it so), and half a pixel is rounding.
        item.clipped = item.visible && x1 > clip.Max.x + ctx->Style.ItemSpacing.x * 0.5f + 0.5f;
        if (item.visible) bb.ClipWith(clip);
    }
    item.x = bb.Min.x;
    item.y = bb.Min.y;
    item.w = bb.GetWidth();
    item.h = bb.GetHeight();
}

void ItemLocator::onItemInfo(unsigned id, const char* label, bool ownLabel) {
    if (!label) return;
    LocatedItem* it = recent(id);
    if (!it) return;
    it->rawLabel = label;
    const char* end = ImGui::FindRenderedTextEnd(label);
    it->label.assign(label, end);
    if (ownLabel && it->visible && !it->label.empty()) {
        // A selectable spanning a table's columns has the whole row as its rectangle, while its
        // text is drawn in the first column: the text's own width tells whether it fits there.
        const ImGuiWindow* window = ImGui::GetCurrentContext()->CurrentWindow;
        const float clipX1 = window ? window->ClipRect.Max.x : it->clipX1;
        const float textX1 = it->x + ImGui::CalcTextSize(label, end).x;
        if (textX1 > clipX1 + 0.5f) it->clipped = true;
    }
}

std::string ItemLocator::itemsJson() const {
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t k = 0; k < m_lastCount; ++k) {
        const LocatedItem& i = m_last[k];
        out.push_back({{"id", i.id},
                       {"label", i.label},
                       {"rawLabel", i.rawLabel},
                       {"x", i.x},
                       {"y", i.y},
                       {"w", i.w},
                       {"h", i.h},
                       {"visible", i.visible},
                       {"clipped", i.clipped},
                       {"missingGlyphs", missingGlyphs(i.label)}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace satchel::ui

// ---- Dear ImGui's test-engine hooks (declared in imgui_internal.h) ----------------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (auto* locator = satchel::ui::locatorOf(ctx))
        locator->onItemAdd(ctx, bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y, id);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (auto* locator = satchel::ui::locatorOf(ctx)) locator->onItemInfo(id, label, true);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
