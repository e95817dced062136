#pragma once
// The one application object of the UI: navigation, the screens, theme and language, the item
// locator, over one Workspace. Platform code calls the frame functions once per display refresh.
#include "core/search/search_index.h"
#include "ui/i18n/translator.h"
#include "ui/item_locator.h"
#include "ui/screens/activities_screen.h"
#include "ui/screens/companies_screen.h"
#include "ui/screens/contacts_screen.h"
#include "ui/screens/dashboard_screen.h"
#include "ui/screens/duplicates_screen.h"
#include "ui/screens/marketing_screen.h"
#include "ui/screens/orders_screen.h"
#include "ui/screens/pipeline_screen.h"
#include "ui/screens/search_popup.h"
#include "ui/screens/service_screen.h"
#include "ui/screens/settings_screen.h"
#include "ui/theme.h"

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
    enum class Screen { Dashboard, Contacts, Companies, Pipeline, Activities, Service, Marketing, Orders, Duplicates, Settings };

    void followStorageOwnership();
    void drawNavigation();
    void drawOwnershipBanner();
    void drawStatusBar();
    // Goes to what a global search result is: its screen, with the record open.
    void openSearchHit(const search::SearchHit& hit);
    void apply(const SettingsScreen::Requests& requests);

    Workspace& m_workspace;
    ItemLocator m_locator;
    Translator m_tr;
    Theme m_theme = Theme::Light;
    Screen m_screen = Screen::Contacts;
    DashboardScreen m_dashboard;
    ContactsScreen m_contacts;
    CompaniesScreen m_companies;
    PipelineScreen m_pipeline;
    ActivitiesScreen m_activities;
    ServiceScreen m_service;
    MarketingScreen m_marketing;
    OrdersScreen m_orders;
    DuplicatesScreen m_duplicates;
    SettingsScreen m_settings;
    SearchPopup m_search;
    float m_fontPixelRatio = 0;
    bool m_readOnlyChosen = false;  // the user chose "Use read-only here"
    // Counting 100,000 contacts takes milliseconds: recounted only after the data changed.
    std::int64_t m_contactCount = 0;
    std::int64_t m_countedAtChange = -1;
};

} // namespace satchel::ui
