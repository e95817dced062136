#pragma once
// Pipeline: a Kanban board with one column per stage (count, totals per currency, weighted); drag
// a deal card to another column to move it. A click opens the deal's own page (deal_detail.h),
// where everything about it is edited; a deleted deal can be brought back with Undo. The List tab
// shows the same deals as a table.
#include "core/deals/deal.h"
#include "ui/forms.h"
#include "ui/screen.h"
#include "ui/screen_load.h"
#include "ui/screens/deal_detail.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class PipelineScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;
    // A deal from global search: its page.
    bool open(ScreenContext& ctx, search::Kind kind, std::int64_t id) override;
    bool commitEdits(Workspace& ws) override { return m_detail.commitEdits(ws); }
    std::int64_t shownRecord() const override { return m_detail.shown(); }
    bool showRecord(ScreenContext& ctx, std::int64_t id) override;

private:
    struct Data {
        std::string currency;
        std::vector<deals::StageSummary> summary;
        std::vector<std::vector<deals::Deal>> columns; // open deals, one list per stage
        std::vector<deals::Deal> all;                  // the latest 1,000 deals, for the list
        std::vector<deals::Stage> stages;              // every stage, removed ones too (closed deals name them)
        std::vector<deals::CurrencyTotal> totals;      // the whole pipeline, per currency
    };
    static ScreenLoad<Data>::Steps steps(Workspace& ws);
    void drawBoard(ScreenContext& ctx);
    void drawCard(ScreenContext& ctx, const deals::Deal& deal);
    // The company (else the contact) a deal is with, read for the cards in view and kept until the
    // data changes.
    const std::string& whoFor(Workspace& ws, const deals::Deal& deal);
    void drawList(ScreenContext& ctx);
    void drawNewForm(ScreenContext& ctx);
    void drawUndoBar(Workspace& ws, const Translator& tr);

    ScreenLoad<Data> m_load;
    DealDetail m_detail;
    std::unordered_map<std::int64_t, std::string> m_who;
    std::int64_t m_whoAtChange = -1;
    std::int64_t m_deleted = 0; // what Undo restores
    FormError m_error;

    bool m_formOpen = false;
    std::string m_title, m_amount, m_currency;
    FormError m_formError;
};

} // namespace satchel::ui
