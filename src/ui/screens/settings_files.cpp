// Settings › Files: import a file, export contacts, and the import history with undo.
#include "core/common/time_format.h"
#include "core/imports/import_history.h"
#include "core/workspace/workspace.h"
#include "ui/screens/settings_screen.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace satchel::ui {

void SettingsScreen::drawFiles(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    headingText(tr.text("Files"));
    if (ImGui::Button(tr.label("Import a file…"))) ctx.request(requests::PickImportFile{});
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Export contacts (CSV)")))
        ctx.request(requests::ExportContacts{requests::ContactFileFormat::Csv, {}});
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Export contacts (vCard)")))
        ctx.request(requests::ExportContacts{requests::ContactFileFormat::VCard3, {}});
    hintText(tr.text("CSV or vCard files can also be dropped anywhere on this window."));

    if (m_importsAtChange != ctx.changeCount) {
        m_imports = imports::listImports(ws);
        m_importsAtChange = ctx.changeCount;
    }
    if (m_imports.empty()) return;
    headingText(tr.text("Import history"));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("imports", 5, flags)) return;
    ImGui::TableSetupColumn(tr.text("File"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr.text("When"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr.text("Created"), ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn(tr.text("Updated"), ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn("##undo", ImGuiTableColumnFlags_WidthFixed, 150);
    tableHeaders();
    for (const auto& r : m_imports) {
        ImGui::TableNextRow();
        ImGui::PushID(static_cast<int>(r.id));
        ImGui::TableNextColumn();
        fittedText(r.fileName);
        ImGui::TableNextColumn();
        fittedText(localDateTime(r.finishedAt));
        ImGui::TableNextColumn();
        fittedText(std::to_string(r.counts.create));
        ImGui::TableNextColumn();
        fittedText(std::to_string(r.counts.update + r.counts.merge));
        ImGui::TableNextColumn();
        if (r.undoneAt) {
            hintText(tr.text("Undone"));
        } else if (ImGui::SmallButton(tr.label("Undo import"))) {
            m_undoId = r.id;
            m_undoConflicts.clear();
            m_undoError.attempt([&] { m_undoConflicts = imports::undoConflicts(ws, r.id); });
            if (m_undoConflicts.empty())
                m_undoError.attempt([&] { m_undone = imports::undoImport(ws, r.id); });
            else
                ImGui::OpenPopup("confirm-undo-import");
        }
        if (m_undoId == r.id && ImGui::BeginPopup("confirm-undo-import")) {
            errorText(tr.count(static_cast<std::int64_t>(m_undoConflicts.size()),
                               "{0} record changed since the import:", "{0} records changed since the import:"));
            for (const auto& c : m_undoConflicts) hintText(c.name.empty() ? std::to_string(c.id) : c.name);
            if (ImGui::Button(tr.label("Undo, keeping those changes"))) {
                m_undoError.attempt([&] { m_undone = imports::undoImport(ws, r.id, false); });
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button(tr.label("Undo everything"))) {
                m_undoError.attempt([&] { m_undone = imports::undoImport(ws, r.id, true); });
                ImGui::CloseCurrentPopup();
            }
            ImGui::EndPopup();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (m_undone)
        hintText(tr.format("Import undone: {0} contacts restored, {1} removed.",
                           {std::to_string(m_undone->restored), std::to_string(m_undone->removed)}));
    m_undoError.showOther({}, tr);
}

} // namespace satchel::ui
