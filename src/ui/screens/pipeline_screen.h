#pragma once
// Pipeline: a Kanban board with one column per stage (count, total, weighted total); drag a deal
// card to another column to move it. A selected deal can be marked won, or lost with a reason.
// The List tab shows the same deals as a table.
#include "core/deals/deal.h"
#include "ui/forms.h"
#include "ui/record_cache.h"
#include "ui/screen.h"
#include "ui/screen_load.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class PipelineScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;
    // A deal from global search: shown above the board, with its won/lost buttons.
    bool open(ScreenContext& ctx, search::Kind kind, std::int64_t id) override;
    std::int64_t shownRecord() const override { return m_selected; }
    bool showRecord(ScreenContext& ctx, std::int64_t id) override;

private:
    struct Data {
        std::string currency;
        std::vector<deals::StageSummary> summary;
        std::vector<std::vector<deals::Deal>> columns; // open deals, one list per stage
        std::vector<deals::Deal> all;                  // the latest 1,000 deals, for the list
    };
    static ScreenLoad<Data>::Steps steps(Workspace& ws);
    void drawBoard(ScreenContext& ctx);
    void drawCard(const deals::Deal& deal);
    void drawList(const Translator& tr);
    void drawSelected(ScreenContext& ctx);
    void drawNewForm(Workspace& ws, const Translator& tr);

    ScreenLoad<Data> m_load;
    std::int64_t m_selected = 0;
    RecordCache<deals::Deal> m_deal;
    std::string m_lostReason;
    FormError m_error;

    bool m_formOpen = false;
    std::string m_title, m_amount;
    FormError m_formError;
};

} // namespace satchel::ui
