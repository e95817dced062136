#include "ui/widgets.h"

#include "ui/item_locator.h"

#include <imgui.h>

namespace satchel::ui {

void errorText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.15f, 0.15f, 1.0f));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    reportLastItem(text.c_str());
}

void headingText(const char* text) {
    ImGui::TextUnformatted(text);
    reportLastItem(text);
    ImGui::Separator();
}

void hintText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    reportLastItem(text.c_str());
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
