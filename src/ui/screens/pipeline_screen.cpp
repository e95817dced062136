#include "ui/screens/pipeline_screen.h"

#include "core/common/money.h"
#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/stage_name.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace satchel::ui {

namespace {
constexpr const char* kDealPayload = "satchel-deal";
}

template std::unique_ptr<Screen> makeScreen<PipelineScreen>();

bool PipelineScreen::open(ScreenContext&, search::Kind kind, std::int64_t id) {
    if (kind != search::Kind::Deal) return false;
    m_selected = id;
    return true;
}

bool PipelineScreen::showRecord(ScreenContext& ctx, std::int64_t id) {
    const auto deal = id ? ctx.services.deals().get(id) : std::nullopt;
    const bool found = id == 0 || (deal && !deal->deletedAt);
    m_selected = found ? id : 0;
    return found;
}

ScreenLoad<PipelineScreen::Data>::Steps PipelineScreen::steps(Workspace& ws) {
    // Thousands of open deals: each stage's column is read in a step of its own.
    ScreenLoad<Data>::Steps steps{[&ws](Data& d) {
        d.currency = ws.settings().get("currency", "USD");
        d.summary = ws.deals().summary(d.currency);
        d.columns.resize(d.summary.size());
    }};
    for (size_t i = 0; i < ws.pipeline().stages().size(); ++i)
        steps.push_back([&ws, i](Data& d) {
            if (i < d.summary.size()) d.columns[i] = ws.deals().openDealsInStage(d.summary[i].stage.id);
        });
    steps.push_back([&ws](Data& d) { d.all = ws.deals().list("", 1000); });
    return steps;
}

void PipelineScreen::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    headingText(tr.text("Pipeline"));
    if (!m_load.frame(
            ctx.changeCount, [&] { return steps(ws); }, tr))
        return;
    const Data& d = m_load.data();
    std::int64_t total = 0, weighted = 0, count = 0;
    for (const auto& s : d.summary) total += s.totalMinor, weighted += s.weightedMinor, count += s.openDeals;
    hintText(tr.count(count, "{0} open deal", "{0} open deals") + " · " + formatMoney({total, d.currency}) + " · " +
             tr.text("Weighted") + " " + formatMoney({weighted, d.currency}));
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 110.0f);
    if (ImGui::Button(tr.label("New deal"), ImVec2(110, 0))) {
        m_formOpen = true;
        m_title.clear();
        m_amount.clear();
        m_formError.clear();
    }
    if (m_formOpen) drawNewForm(ws, tr);
    if (m_selected) drawSelected(ctx);
    if (ImGui::BeginTabBar("pipeline-views")) {
        if (tabItem(tr.label("Board"))) {
            drawBoard(ctx);
            ImGui::EndTabItem();
        }
        if (tabItem(tr.label("List"))) {
            drawList(tr);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

void PipelineScreen::drawNewForm(Workspace& ws, const Translator& tr) {
    bool save = textField("Deal title", m_title, tr);
    m_formError.showFor("title", tr);
    save |= textField("Amount", m_amount, tr, 160);
    m_formError.showFor("amount", tr);
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
    if (save && m_formError.attempt([&] {
            const std::string& currency = m_load.data().currency;
            m_selected =
                ws.deals().create({.title = m_title, .amount = {parseMinorUnits(m_amount, currency), currency}});
        }))
        m_formOpen = false;
    m_formError.showOther({"title", "amount"}, tr);
    ImGui::Separator();
}

void PipelineScreen::drawSelected(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    const auto& deal = m_deal.get(m_selected, ctx.changeCount, [&](std::int64_t id) { return ws.deals().get(id); });
    if (!deal) {
        m_selected = 0;
        return;
    }
    ImGui::TextUnformatted(deal->title.c_str());
    ImGui::SameLine();
    hintText(formatMoney(deal->amount) + " · " + std::to_string(deal->probability) + "% · " +
             tr.term(vocab::kDealStatus, deal->status));
    ImGui::SameLine();
    if (deal->status == vocab::deal_status::kOpen) {
        if (ImGui::Button(tr.label("Mark won"))) ctx.request(requests::MarkDealWon{deal->id}, m_error);
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Mark lost"))) {
            m_lostReason.clear();
            m_error.clear();
            ImGui::OpenPopup("lost-reason");
        }
    } else {
        if (ImGui::Button(tr.label("Reopen"))) ctx.request(requests::ReopenDeal{deal->id}, m_error);
        if (deal->status == vocab::deal_status::kLost) {
            ImGui::SameLine();
            hintText(std::string(tr.text("Lost reason")) + ": " + deal->lostReason);
        }
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("Close"))) m_selected = 0;
    if (ImGui::BeginPopup("lost-reason")) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        bool confirm = textField("Why was it lost?", m_lostReason, tr);
        m_error.showFor("lost reason", tr);
        confirm |= ImGui::Button(tr.label("Mark as lost"));
        if (confirm && m_error.attempt([&] { ws.deals().markLost(deal->id, m_lostReason); }))
            ImGui::CloseCurrentPopup();
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Cancel"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    m_error.showOther({"lost reason"}, tr);
    ImGui::Separator();
}

void PipelineScreen::drawCard(const deals::Deal& deal) {
    ImGui::PushID(static_cast<int>(deal.id));
    const std::string label = deal.title + "\n" + formatMoney(deal.amount);
    if (ImGui::Selectable(label.c_str(), m_selected == deal.id, 0, ImVec2(0, ImGui::GetTextLineHeight() * 2)))
        m_selected = deal.id;
    reportLastItem(deal.title.c_str());
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kDealPayload, &deal.id, sizeof deal.id);
        ImGui::TextUnformatted(deal.title.c_str());
        ImGui::EndDragDropSource();
    }
    ImGui::Separator();
    ImGui::PopID();
}

void PipelineScreen::drawBoard(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const Data& d = m_load.data();
    if (d.summary.empty()) {
        hintText(tr.text("The pipeline has no stages. Add them in Settings."));
        return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - gap * static_cast<float>(d.summary.size() - 1)) /
                        static_cast<float>(d.summary.size());
    for (size_t i = 0; i < d.summary.size(); ++i) {
        const auto& s = d.summary[i];
        if (i) ImGui::SameLine();
        ImGui::BeginChild(static_cast<ImGuiID>(s.stage.id + 1000), ImVec2(width, 0), true);
        const char* name = stageName(s.stage.name, tr);
        ImGui::TextUnformatted(name);
        reportLastItem((std::string("stage ") + name).c_str());
        hintText(std::to_string(s.openDeals) + " · " + formatMoney({s.totalMinor, d.currency}));
        hintText(std::string(tr.text("Weighted")) + " " + formatMoney({s.weightedMinor, d.currency}) + " (" +
                 std::to_string(s.stage.probability) + "%)");
        ImGui::Separator();
        // Only the cards in view are drawn: a column can hold thousands of deals.
        const auto& cards = d.columns[i];
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(cards.size()));
        while (clipper.Step())
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row)
                drawCard(cards[static_cast<size_t>(row)]);
        if (cards.empty()) hintText(tr.text("Drag deals here"));
        ImGui::EndChild();
        if (ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kDealPayload)) {
                const std::int64_t dealId = *static_cast<const std::int64_t*>(p->Data);
                ctx.request(requests::MoveDeal{dealId, s.stage.id}, m_error);
                m_selected = dealId;
            }
            ImGui::EndDragDropTarget();
        }
    }
}

void PipelineScreen::drawList(const Translator& tr) {
    const Data& data = m_load.data();
    if (data.all.empty()) {
        hintText(tr.text("No deals yet. Click \"New deal\" to add one."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("deals", 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.label("Deal title"), 0, 3.0f);
    ImGui::TableSetupColumn(tr.label("Stage"), 0, 1.5f);
    ImGui::TableSetupColumn(tr.label("Amount"), 0, 1.5f);
    ImGui::TableSetupColumn(tr.label("Probability"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("Status"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("Owner"), 0, 1.2f);
    tableHeaders();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(data.all.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& d = data.all[static_cast<size_t>(i)];
            ImGui::PushID(static_cast<int>(d.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(d.title.c_str(), m_selected == d.id, ImGuiSelectableFlags_SpanAllColumns))
                m_selected = d.id;
            ImGui::TableNextColumn();
            for (const auto& s : data.summary)
                if (s.stage.id == d.stageId) ImGui::TextUnformatted(stageName(s.stage.name, tr));
            ImGui::TableNextColumn();
            rightAlignedText(formatMoney(d.amount));
            ImGui::TableNextColumn();
            ImGui::Text("%d%%", d.probability);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr.term(vocab::kDealStatus, d.status));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.owner.c_str());
            ImGui::PopID();
        }
    ImGui::EndTable();
}

} // namespace satchel::ui
