#pragma once
// The one application object of the UI: the screens (built from the registry), navigation, theme
// and language, the item locator, over one Workspace. Platform code calls the frame functions once
// per display refresh.
#include "ui/forms.h"
#include "ui/i18n/translator.h"
#include "ui/item_locator.h"
#include "ui/screen.h"
#include "ui/screen_registry.h"
#include "ui/screens/search_popup.h"
#include "ui/theme.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class App {
public:
    explicit App(Workspace& workspace);

    // Before ImGui::NewFrame(): rebuilds fonts when the pixel ratio changed.
    // Returns true when the GPU font texture must be reloaded.
    bool prepareFrame(float pixelRatio);
    // Between ImGui::NewFrame() and ImGui::Render().
    void drawFrame();
    // After ImGui::Render().
    void endFrame() { m_locator.endFrame(); }

    const ItemLocator& locator() const { return m_locator; }

private:
    struct Slot {
        const ScreenEntry* entry;
        std::unique_ptr<Screen> screen;
    };
    struct RequestApplier; // app_requests.cpp: one case per kind of request

    void followStorageOwnership();
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
    SearchPopup m_search;
    std::vector<PendingRequest> m_requests; // asked for this frame
    FormError m_requestError;               // a failed request no screen asked to see
    float m_fontPixelRatio = 0;
    bool m_readOnlyChosen = false; // the user chose "Use read-only here"
    // Counting 100,000 contacts takes milliseconds: recounted only after the data changed.
    std::int64_t m_contactCount = 0;
    std::int64_t m_countedAtChange = -1;
};

} // namespace satchel::ui
