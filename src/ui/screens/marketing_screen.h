#pragma once
// Marketing: the campaigns, and for the one chosen its members by status, conversion, attributed
// revenue and ROI; members are added from a saved segment (a filter saved on the Contacts screen).
#include "core/marketing/campaign_service.h"
#include "ui/forms.h"
#include "ui/screen.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class MarketingScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;
    bool open(ScreenContext& ctx, search::Kind kind, std::int64_t id) override;
    std::int64_t shownRecord() const override { return m_selected; }
    bool showRecord(ScreenContext& ctx, std::int64_t id) override;

private:
    void load(Workspace& ws, std::int64_t changeCount);
    void drawCampaign(ScreenContext& ctx);
    void drawNewForm(Workspace& ws, const Translator& tr);

    std::int64_t m_loadedAtChange = -1;
    std::vector<marketing::Campaign> m_campaigns;
    std::vector<marketing::Segment> m_segments;
    std::int64_t m_selected = 0;
    marketing::CampaignResults m_results;
    std::vector<marketing::Member> m_members;
    std::int64_t m_segment = 0;
    std::string m_added; // "12 contacts added" after adding from a segment
    FormError m_error;

    bool m_formOpen = false;
    std::string m_name, m_channel, m_budget; // m_channel: one the form offers (kChannels)
    FormError m_formError;
};

} // namespace satchel::ui
