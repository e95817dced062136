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

bool tabItem(const char* label) {
    const bool open = ImGui::BeginTabItem(label);
    reportLastItem(label);
    return open;
}

} // namespace satchel::ui
