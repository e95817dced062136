#include "ui/widgets.h"

#include "ui/fonts.h"
#include "ui/item_locator.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace satchel::ui {

namespace {
// Wrapped at the right edge of the space it is in: a long message takes lines, never runs out of
// view. (A text placed after another item on its line wraps back to the line's start.)
void wrappedText(const std::string& text) {
    // A popup sizes itself to its content: there the text sets the width instead of wrapping.
    if (ImGui::GetCurrentWindow()->Flags & ImGuiWindowFlags_AlwaysAutoResize) {
        ImGui::TextUnformatted(text.c_str());
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}
} // namespace

void errorText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.15f, 0.15f, 1.0f));
    wrappedText(text);
    ImGui::PopStyleColor();
    reportLastItem(text.c_str());
}

void headingText(const char* text) {
    ImGui::TextUnformatted(text);
    reportLastItem(text);
    ImGui::Separator();
}

void titleText(const std::string& text, float width, const char* reportAs) {
    ImFont* title = Fonts::title();
    for (const char* p = text.c_str(); title && *p;) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, nullptr);
        if (!title->FindGlyphNoFallback(static_cast<ImWchar>(c))) title = nullptr;
    }
    if (title) ImGui::PushFont(title);
    fittedText(text, width, reportAs);
    if (title) ImGui::PopFont();
}

void screenTitle(const char* text) {
    titleText(text);
    ImGui::Separator();
}

void hintText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    wrappedText(text);
    ImGui::PopStyleColor();
    reportLastItem(text.c_str());
}

void sameLineIfRoom(float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine();
}

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

std::string fitText(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    static const char* const kEllipsis = "…";
    const float room = width - ImGui::CalcTextSize(kEllipsis).x;
    // The longest run of whole characters (UTF-8) that leaves room for the ellipsis.
    std::size_t fits = 0;
    float used = 0;
    const ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    for (std::size_t i = 0; i < text.size();) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, text.c_str() + i, text.c_str() + text.size());
        if (n <= 0) break;
        used += font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
        if (used > room) break;
        i += static_cast<std::size_t>(n);
        fits = i;
    }
    return text.substr(0, fits) + kEllipsis;
}

void fittedText(const std::string& text, float width, const char* reportAs) {
    const float room = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    // Most cells fit: drawn as they are, with no copy (this runs for every cell in view, every frame).
    if (ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size()).x <= room) {
        ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
        reportLastItem(reportAs ? reportAs : text.c_str());
        return;
    }
    const std::string shown = fitText(text, room);
    Fonts::wantAll(text);
    ImGui::TextUnformatted(shown.c_str());
    reportLastItem(reportAs ? reportAs : text.c_str());
    if (shown.size() != text.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

bool fittedSelectable(const std::string& text, bool selected, int flags, float height) {
    const float room = ImGui::GetContentRegionAvail().x;
    // Each line on its own: a card's title and amount.
    std::string shown;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        if (start) shown += '\n';
        shown += fitText(text.substr(start, end - start), room);
        start = end + 1;
    }
    shown += "###fit";
    const bool clicked = ImGui::Selectable(shown.c_str(), selected, flags, ImVec2(0, height));
    shown.resize(shown.size() - 6);
    if (shown != text) {
        Fonts::wantAll(text);
        // Found under its whole text too; the row it reports is as wide as the selectable, which
        // may span the table's columns, and its text is shortened, not cut.
        reportLastItem(text.c_str());
        markShortened(ImGui::GetID(text.c_str()));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
    }
    return clicked;
}

void rightAlignedText(const std::string& text, const char* reportAs) {
    const float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text.c_str()).x;
    if (room > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room);
    ImGui::TextUnformatted(text.c_str());
    reportLastItem(reportAs ? reportAs : text.c_str());
}

bool tabItem(const char* label, bool select) {
    const bool open = ImGui::BeginTabItem(label, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
    reportLastItem(label);
    return open;
}

bool comboBox(const char* label, const char* preview, float width) {
    const ImGuiID id = ImGui::GetID(label);
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo(label, preview);
    nameItem(id, label);
    return open;
}

void tableHeaders() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        const char* name = ImGui::TableGetColumnName(column);
        ImGui::PushID(column);
        const ImGuiID id = ImGui::GetID(name);
        ImGui::TableHeader(name);
        nameItem(id, name);
        markShortened(id); // a header ends its own text in "…" when the column is narrow
        ImGui::PopID();
    }
}

std::optional<SortRequest> sortRequest() {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || !specs->SpecsDirty) return std::nullopt;
    specs->SpecsDirty = false;
    if (specs->SpecsCount == 0) return std::nullopt;
    return SortRequest{specs->Specs[0].ColumnUserID, specs->Specs[0].SortDirection == ImGuiSortDirection_Descending};
}

} // namespace satchel::ui
