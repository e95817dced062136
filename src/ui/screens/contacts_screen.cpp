#include "ui/screens/contacts_screen.h"

#include "core/common/failure.h"
#include "core/common/time_format.h"
#include "core/common/validation_error.h"
#include "core/contacts/contact_service.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <climits>
#include <cstring>

namespace satchel::ui {

void ContactsScreen::reveal(std::int64_t contactId) {
    m_selectedId = contactId;
    m_scrollToSelected = true;
}

void ContactsScreen::draw(contacts::ContactService& service, std::int64_t changeCount, const Translator& tr) {
    if (m_loadedAtChange != changeCount) {
        // The whole list is cached between changes; paging for very large lists is the list screen's job.
        m_rows = service.list(INT_MAX);
        m_loadedAtChange = changeCount;
    }
    drawHeader(tr);
    if (m_form.open) drawForm(tr);
    drawTable(tr);
    applyRequests(service);
}

void ContactsScreen::drawHeader(const Translator& tr) {
    ImGui::TextUnformatted(tr.text("Contacts"));
    ImGui::SameLine();
    ImGui::TextDisabled("%zu", m_rows.size());
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 120.0f);
    if (ImGui::Button(tr.label("New contact"), ImVec2(120, 0)) && !m_form.open) {
        m_form = Form{};
        m_form.open = true;
        m_form.focusFirstField = true;
    }
    ImGui::Separator();
}

void ContactsScreen::drawFieldError(const char* field, const Translator& tr) const {
    if (m_form.errorField != field) return;
    ImGui::SameLine();
    errorText(tr.text(m_form.errorReason.c_str()));
}

void ContactsScreen::drawForm(const Translator& tr) {
    const ImGuiInputTextFlags enterSaves = ImGuiInputTextFlags_EnterReturnsTrue;
    ImGui::PushItemWidth(320);
    if (m_form.focusFirstField) {
        ImGui::SetKeyboardFocusHere();
        m_form.focusFirstField = false;
    }
    m_saveRequested |= ImGui::InputText(tr.label("Name"), m_form.name, sizeof m_form.name, enterSaves);
    drawFieldError("name", tr);
    m_saveRequested |= ImGui::InputText(tr.label("Email"), m_form.email, sizeof m_form.email, enterSaves);
    drawFieldError("email", tr);
    m_saveRequested |= ImGui::InputText(tr.label("Phone"), m_form.phone, sizeof m_form.phone, enterSaves);
    drawFieldError("phone", tr);
    ImGui::PopItemWidth();

    m_saveRequested |= ImGui::Button(tr.label("Save"), ImVec2(100, 0));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel"), ImVec2(100, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        m_form.open = false;
    if (!m_form.errorField.empty() && m_form.errorField != "name" && m_form.errorField != "email" &&
        m_form.errorField != "phone")
        errorText(std::string(tr.text("Could not save:")) + " " + m_form.errorReason);
    ImGui::Separator();
}

void ContactsScreen::drawTable(const Translator& tr) {
    if (m_rows.empty()) {
        hintText(tr.text("No contacts yet. Click \"New contact\" to add one."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("contacts", 4, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.label("Name"), ImGuiTableColumnFlags_None, 3.0f);
    ImGui::TableSetupColumn(tr.label("Email"), ImGuiTableColumnFlags_None, 3.0f);
    ImGui::TableSetupColumn(tr.label("Phone"), ImGuiTableColumnFlags_None, 2.0f);
    ImGui::TableSetupColumn(tr.label("Added"), ImGuiTableColumnFlags_None, 1.5f);
    ImGui::TableHeadersRow();

    if (m_scrollToSelected) {
        // Scroll so the revealed row is in view (rows have a fixed height).
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == m_selectedId) {
                ImGui::SetScrollY(static_cast<float>(i) * ImGui::GetTextLineHeightWithSpacing());
                break;
            }
        m_scrollToSelected = false;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const contacts::Contact& c = m_rows[static_cast<size_t>(i)];
            ImGui::PushID(static_cast<int>(c.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(c.name.c_str(), m_selectedId == c.id, ImGuiSelectableFlags_SpanAllColumns))
                m_selectedId = c.id;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(c.email.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(c.phone.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(localDate(c.createdAt).c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void ContactsScreen::applyRequests(contacts::ContactService& service) {
    if (!m_saveRequested) return;
    m_saveRequested = false;
    try {
        m_selectedId = service.add({.name = m_form.name, .email = m_form.email, .phone = m_form.phone});
        m_form = Form{};
    } catch (const ValidationError& e) {
        m_form.errorField = e.field();
        m_form.errorReason = e.reason();
    } catch (const std::exception& e) {
        // Storage failures keep the form filled in, so nothing typed is lost.
        m_form.errorField = "storage";
        m_form.errorReason = describeFailure(e);
    }
}

} // namespace satchel::ui
