#pragma once
// The one application object of the UI: the screens (built from the registry), navigation, theme
// and language, the item locator, over one Workspace. Platform code calls the frame functions once
// per display refresh.
#include "ui/fonts.h"
#include "ui/forms.h"
#include "ui/i18n/translator.h"
#include "ui/import_wizard.h"
#include "ui/item_locator.h"
#include "ui/reminders.h"
#include "ui/screen.h"
#include "ui/screen_registry.h"
#include "ui/screens/search_popup.h"
#include "ui/theme.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class App {
public:
    explicit App(Workspace& workspace);

    // Before ImGui::NewFrame(): rebuilds fonts when the pixel ratio changed or a font fetched for
    // characters the atlas lacked arrived.
    // Returns true when the GPU font texture must be reloaded.
    bool prepareFrame(float pixelRatio);
    // Between ImGui::NewFrame() and ImGui::Render().
    void drawFrame();
    // After ImGui::Render().
    void endFrame() { m_locator.endFrame(); }

    const ItemLocator& locator() const { return m_locator; }
    // Stores what every screen holds typed and not yet stored (the page is being hidden or
    // closed). False when something typed was refused.
    bool commitEdits();

private:
    struct Slot {
        const ScreenEntry* entry;
        std::unique_ptr<Screen> screen;
    };
    struct RequestApplier; // app_requests.cpp: one case per kind of request

    void followStorageOwnership();
    // Back, forward, a reload or a link: shows the screen and record the address names.
    void goTo(ScreenContext& ctx, const std::string& address);
    // Shows the screen and record an address names, from inside the app (a reminder's View): the
    // page's address follows after the frame, as a new history entry.
    void show(ScreenContext& ctx, const std::string& address);
    // After the frame: puts what is shown in the page's address when it changed.
    void publishAddress();
    void openSearch();
    void drawNavigation(ScreenContext& ctx);
    void drawOwnershipBanner();
    void drawStatusBar(ScreenContext& ctx);
    // The one point of the frame where requests are applied, in the order they were made.
    void applyRequests(ScreenContext& ctx);
    void remember(const char* key, const char* value);

    Workspace& m_workspace;
    ItemLocator m_locator;
    Translator m_tr;
    Theme m_theme = Theme::Light;
    std::vector<Slot> m_screens;
    std::size_t m_current = 0;
    std::string m_address;        // what the page's address shows
    bool m_replaceAddress = true; // the next address replaces the history entry (the first one, a corrected one)
    SearchPopup m_search;
    ImportWizard m_import;
    Reminders m_reminders;
    std::vector<PendingRequest> m_requests; // asked for this frame
    FormError m_requestError;               // a failed request no screen asked to see
    Fonts m_fonts;
    bool m_readOnlyChosen = false; // the user chose "Use read-only here"
    // Counting 100,000 contacts takes milliseconds: recounted only after the data changed.
    std::int64_t m_contactCount = 0;
    std::int64_t m_countedAtChange = -1;
};

} // namespace satchel::ui
