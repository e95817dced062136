#pragma once
// The one application object of the UI: the screens, the theme and the item locator,
// over one Workspace. Platform code calls the frame functions once per display refresh.
#include "ui/item_locator.h"
#include "ui/screens/contacts_screen.h"
#include "ui/screens/settings_screen.h"

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
    void followStorageOwnership();
    void drawOwnershipBanner();
    void drawStatusBar();

    Workspace& m_workspace;
    ItemLocator m_locator;
    ContactsScreen m_contacts;
    SettingsScreen m_settings;
    float m_fontPixelRatio = 0;
    bool m_readOnlyChosen = false;  // the user chose "Use read-only here"
    // Counting 100,000 contacts takes milliseconds: recounted only after the data changed.
    std::int64_t m_contactCount = 0;
    std::int64_t m_countedAtChange = -1;
};

} // namespace satchel::ui
