#include "ui/screens/settings_screen.h"

#include "core/workspace/workspace.h"
#include "platform/storage.h"
#include "ui/storage_actions.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <string>

namespace satchel::ui {

void SettingsScreen::draw(Workspace& workspace) {
    if (!m_usageRequested) {
        platform::refreshStorageUsage();
        m_usageRequested = true;
    }
    const platform::StorageStatus& s = platform::storageStatus();
    const db::PageStore& pages = platform::pageStore();
    char a[32], b[32];

    ImGui::TextUnformatted("Storage");
    ImGui::Separator();
    hintText(s.persisted ? "Persistent: the browser will not clear this data to free space."
                         : "Not persistent: the browser may clear this data when space runs low. Keep backups.");
    hintText(std::string("Database: ") + formatBytes(static_cast<double>(pages.fileSize()), a) + " of at most " +
             formatBytes(static_cast<double>(pages.byteLimit()), b) + " this tab can hold");
    hintText(std::string("Browser storage used by this site: ") + formatBytes(s.usageBytes, a) + " of " +
             formatBytes(s.quotaBytes, b) + " allowed");
    hintText("Last saved commit: " + std::to_string(s.lastCommitSeq));
    if (ImGui::Button("Refresh")) platform::refreshStorageUsage();
    ImGui::SameLine();
    if (ImGui::Button("Download backup")) downloadBackup(workspace);
}

} // namespace satchel::ui
