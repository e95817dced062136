#include "ui/screens/settings_screen.h"

#include "core/workspace/workspace.h"
#include "platform/storage.h"
#include "ui/screen_factory.h"
#include "ui/storage_actions.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <string>

namespace satchel::ui {

template std::unique_ptr<Screen> makeScreen<SettingsScreen>();

void SettingsScreen::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    headingText(tr.text("Appearance"));
    ImGui::TextUnformatted(tr.text("Language"));
    ImGui::SameLine(120);
    if (ImGui::RadioButton(tr.label("English"), tr.language() == Language::English))
        ctx.request(requests::SetLanguage{Language::English});
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.label("简体中文"), tr.language() == Language::Chinese))
        ctx.request(requests::SetLanguage{Language::Chinese});
    ImGui::TextUnformatted(tr.text("Theme"));
    ImGui::SameLine(120);
    if (ImGui::RadioButton(tr.label("Light"), ctx.theme == Theme::Light)) ctx.request(requests::SetTheme{Theme::Light});
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.label("Dark"), ctx.theme == Theme::Dark)) ctx.request(requests::SetTheme{Theme::Dark});
    ImGui::Spacing();
    drawStages(ctx);
    drawCustomFields(ctx);

    if (!m_usageRequested) {
        platform::refreshStorageUsage();
        m_usageRequested = true;
    }
    const platform::StorageStatus& s = platform::storageStatus();
    const db::PageStore& pages = platform::pageStore();
    char a[32], b[32];

    headingText(tr.text("Storage"));
    hintText(tr.text(s.persisted
                         ? "Persistent: the browser will not clear this data to free space."
                         : "Not persistent: the browser may clear this data when space runs low. Keep backups."));
    hintText(std::string(tr.text("Database:")) + " " + formatBytes(static_cast<double>(pages.fileSize()), a) + " " +
             tr.text("of at most") + " " + formatBytes(static_cast<double>(pages.byteLimit()), b) + " " +
             tr.text("this tab can hold"));
    hintText(std::string(tr.text("Browser storage used by this site:")) + " " + formatBytes(s.usageBytes, a) + " " +
             tr.text("of") + " " + formatBytes(s.quotaBytes, b) + " " + tr.text("allowed"));
    hintText(std::string(tr.text("Last saved commit:")) + " " + std::to_string(s.lastCommitSeq));
    if (ImGui::Button(tr.label("Refresh"))) platform::refreshStorageUsage();
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Download backup"))) ctx.request(requests::DownloadBackup{}, m_backupError);
    m_backupError.showOther({}, tr);
}

} // namespace satchel::ui
