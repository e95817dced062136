#include "ui/screens/settings_screen.h"

#include "core/workspace/workspace.h"
#include "platform/storage.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/storage_actions.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

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
    drawCurrency(ctx);
    ImGui::Spacing();
    drawTeam(ctx);
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
    hintText(tr.format("Database: {0} of at most {1} this tab can hold",
                       {formatBytes(static_cast<double>(pages.fileSize()), a),
                        formatBytes(static_cast<double>(pages.byteLimit()), b)}));
    hintText(tr.format("Browser storage used by this site: {0} of {1} allowed",
                       {formatBytes(s.usageBytes, a), formatBytes(s.quotaBytes, b)}));
    // In people's words: whether what they changed is safe, not the storage's commit counter.
    hintText(tr.text(s.pendingCommits > 0 ? "Saving your latest changes…"
                                          : "Every change you made is saved in this browser."));
    if (ImGui::Button(tr.label("Refresh"))) platform::refreshStorageUsage();
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Download backup"))) ctx.request(requests::DownloadBackup{}, m_backupError);
    m_backupError.showOther({}, tr);
    drawFiles(ctx);
}

void SettingsScreen::drawCurrency(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    if (m_currencyAtChange != ctx.changeCount && !ImGui::IsAnyItemActive() && m_currencyError.field.empty()) {
        m_currency = ws.settings().defaultCurrency();
        m_currencyAtChange = ctx.changeCount;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.text("Default currency"));
    ImGui::SameLine(120);
    ImGui::SetNextItemWidth(60);
    const bool enter =
        ImGui::InputText("##default-currency", &m_currency,
                         recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsUppercase));
    reportLastItem("default currency");
    explainIfReadOnly(tr);
    if (enter || ImGui::IsItemDeactivatedAfterEdit())
        m_currencyError.attempt([&] { ws.settings().setDefaultCurrency(m_currency); });
    ImGui::SameLine();
    hintText(tr.text("New deals start in it; totals in other currencies are shown beside it, never added in."));
    m_currencyError.showBelow("currency", tr);
    m_currencyError.showOther({"currency"}, tr);
}

} // namespace satchel::ui
