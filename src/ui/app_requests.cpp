// The App's one point of the frame where what the screens asked for is applied (requests.h).
#include "ui/app.h"

#include "core/workspace/workspace.h"
#include "platform/platform.h"
#include "ui/storage_actions.h"

#include <variant>
#include <vector>

namespace satchel::ui {

// One case per kind of request: a request added to the variant without a case here does not compile.
struct App::RequestApplier {
    App& app;
    ScreenContext& ctx;

    Workspace& ws() const { return app.m_workspace; }

    void operator()(const requests::CompleteTask& r) const { ws().activities().complete(r.id); }
    void operator()(const requests::ReopenTask& r) const { ws().activities().reopen(r.id); }
    void operator()(const requests::MoveDeal& r) const { ws().deals().moveToStage(r.id, r.stageId); }
    void operator()(const requests::MarkDealWon& r) const { ws().deals().markWon(r.id); }
    void operator()(const requests::ReopenDeal& r) const { ws().deals().reopen(r.id); }
    void operator()(const requests::MoveTicket& r) const { ws().tickets().transition(r.id, r.status); }
    void operator()(const requests::RateTicket& r) const { ws().tickets().rate(r.id, r.stars); }
    void operator()(const requests::SetMemberStatus& r) const {
        ws().campaigns().setMemberStatus(r.campaignId, r.contactId, r.status);
    }
    void operator()(const requests::UpdateStage& r) const { ws().pipeline().updateStage(r.id, r.name, r.probability); }
    void operator()(const requests::MoveStage& r) const { ws().pipeline().moveStage(r.id, r.position); }
    void operator()(const requests::RemoveStage& r) const { ws().pipeline().removeStage(r.id); }
    void operator()(const requests::SetCustomFieldValue& r) const {
        ws().customFields().setValue(r.fieldId, r.recordId, r.value);
    }
    void operator()(const requests::UpdateCompany& r) const { ws().companies().update(r.id, r.draft); }

    void operator()(const requests::ShowScreen& r) const {
        app.m_screens[app.m_current].screen->commitEdits(app.m_workspace);
        for (std::size_t i = 0; i < app.m_screens.size(); ++i)
            if (r.id == app.m_screens[i].entry->id) app.m_current = i;
    }
    void operator()(const requests::OpenRecord& r) const {
        app.m_screens[app.m_current].screen->commitEdits(app.m_workspace);
        // The first screen that shows records of this kind opens it.
        for (std::size_t i = 0; i < app.m_screens.size(); ++i)
            if (app.m_screens[i].screen->open(ctx, r.kind, r.id)) {
                app.m_current = i;
                return;
            }
    }
    void operator()(const requests::ShowAddress& r) const { app.show(ctx, r.address); }
    // A read-only tab still switches for itself but cannot save the choice. Lists of names follow
    // the language (pinyin order for Chinese).
    void operator()(const requests::SetLanguage& r) const {
        app.m_tr.setLanguage(r.language);
        ws().setNameCollation(nameCollationFor(languageCode(r.language)));
        app.remember(settings::kLanguageKey, languageCode(r.language));
    }
    void operator()(const requests::SetTheme& r) const {
        app.m_theme = r.theme;
        applyTheme(r.theme);
        app.remember("theme", r.theme == Theme::Dark ? "dark" : "light");
    }
    void operator()(const requests::DownloadBackup&) const { downloadBackup(ws(), ctx.now); }
    void operator()(const requests::PickImportFile&) const { platform::openFilePicker(kImportableFiles); }
    void operator()(const requests::ExportContacts& r) const { downloadContacts(ws(), ctx.now, r.format, r.query); }
};

void App::remember(const char* key, const char* value) {
    // Preferences are kept in the database: they travel with a backup.
    if (!m_workspace.readOnly()) m_workspace.settings().set(key, value);
}

void App::applyRequests(ScreenContext& ctx) {
    // Applied from a batch of their own: a request may lead to another (a screen asked to open a
    // record may ask for more), which runs after it, still in this frame.
    std::vector<PendingRequest> batch;
    while (!m_requests.empty()) {
        batch.swap(m_requests);
        for (PendingRequest& pending : batch) {
            FormError& failure = pending.failure ? *pending.failure : m_requestError;
            failure.attempt([&] { std::visit(RequestApplier{*this, ctx}, pending.request); });
        }
        batch.clear();
    }
}

} // namespace satchel::ui
