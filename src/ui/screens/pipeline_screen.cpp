#include "ui/screens/pipeline_screen.h"

#include "core/common/money.h"
#include "core/common/time_format.h"
#include "core/common/validation_error.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/icons.h"
#include "ui/item_locator.h"
#include "ui/money_text.h"
#include "ui/owner_combo.h"
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

bool PipelineScreen::open(ScreenContext& ctx, search::Kind kind, std::int64_t id) {
    if (kind != search::Kind::Deal) return false;
    m_detail.open(ctx.services, id);
    return true;
}

bool PipelineScreen::showRecord(ScreenContext& ctx, std::int64_t id) {
    const auto deal = id ? ctx.services.deals().get(id) : std::nullopt;
    const bool found = id == 0 || (deal && !deal->deletedAt);
    m_detail.open(ctx.services, found ? id : 0);
    return found;
}

ScreenLoad<PipelineScreen::Data>::Steps PipelineScreen::steps(Workspace& ws) {
    // Thousands of open deals: each stage's column is read in a step of its own.
    ScreenLoad<Data>::Steps steps{[&ws](Data& d) {
        d.currency = ws.settings().defaultCurrency();
        d.summary = ws.deals().summary(d.currency);
        d.totals = deals::pipelineTotals(d.summary, d.currency);
        d.columns.resize(d.summary.size());
        d.stages = ws.pipeline().allStages();
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
    if (m_detail.shown()) {
        const std::int64_t id = m_detail.shown();
        if (m_detail.draw(ctx) == DealDetail::Outcome::Deleted) m_deleted = id;
        if (m_detail.shown()) return;
    }
    if (m_whoAtChange != ctx.changeCount) {
        m_who.clear();
        m_whoAtChange = ctx.changeCount;
    }
    screenTitle(tr.text("Pipeline"));
    if (!m_load.frame(
            ctx.changeCount, [&] { return steps(ws); }, tr))
        return;
    const Data& d = m_load.data();
    std::int64_t count = 0;
    for (const auto& t : d.totals) count += t.deals;
    // Amounts in different currencies are listed side by side, never added together.
    hintText(tr.count(count, "{0} open deal", "{0} open deals") + " · " + formatTotals(d.totals, false, d.currency) +
             " · " + tr.text("Weighted") + " " + formatTotals(d.totals, true, d.currency));
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 110.0f);
    if (ImGui::Button(tr.label("New deal"), ImVec2(110, 0))) {
        m_formOpen = true;
        m_title.clear();
        m_amount.clear();
        m_currency = d.currency;
        m_formError.clear();
    }
    if (m_deleted) drawUndoBar(ws, tr);
    if (m_formOpen) drawNewForm(ctx);
    m_error.showOther({}, tr);
    if (ImGui::BeginTabBar("pipeline-views")) {
        if (tabItem(tr.label("Board"))) {
            drawBoard(ctx);
            ImGui::EndTabItem();
        }
        if (tabItem(tr.label("List"))) {
            drawList(ctx);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

void PipelineScreen::drawUndoBar(Workspace& ws, const Translator& tr) {
    hintText(tr.text("Deal deleted."));
    ImGui::SameLine();
    const bool undo = ImGui::SmallButton(tr.label("Undo")) || undoShortcut();
    if (undo && m_error.attempt([&] { ws.deals().restore(m_deleted); })) {
        m_detail.open(ws, m_deleted);
        m_deleted = 0;
    }
}

void PipelineScreen::drawNewForm(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    bool save = textField("Deal title", m_title, tr);
    m_formError.showFor("title", tr);
    save |= textField("Amount", m_amount, tr, 160);
    ImGui::SameLine();
    save |= textField("Currency", m_currency, tr, 50);
    m_formError.showFor("amount", tr);
    m_formError.showFor("currency", tr);
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
    // The new deal's card appears on the board, where the person is working; a click opens it.
    if (save && m_formError.attempt([&] {
            if (!isValidCurrency(m_currency)) throw ValidationError("currency", Problem::Currency);
            ws.deals().create(
                {.title = m_title, .amount = {parseMinorUnits(m_amount, m_currency), m_currency}, .owner = myName(ws)});
        }))
        m_formOpen = false;
    m_formError.showOther({"title", "amount", "currency"}, tr);
    ImGui::Separator();
}

const std::string& PipelineScreen::whoFor(Workspace& ws, const deals::Deal& deal) {
    auto it = m_who.find(deal.id);
    if (it == m_who.end()) {
        std::string who;
        if (deal.companyId)
            if (const auto c = ws.companies().get(*deal.companyId); c && !c->deletedAt) who = c->name;
        if (who.empty() && deal.contactId)
            if (const auto c = ws.contacts().get(*deal.contactId); c && !c->deletedAt) who = c->name;
        it = m_who.emplace(deal.id, std::move(who)).first;
    }
    return it->second;
}

void PipelineScreen::drawCard(ScreenContext& ctx, const deals::Deal& deal) {
    const Translator& tr = ctx.tr;
    ImGui::PushID(static_cast<int>(deal.id));
    // Three lines: the title; amount and owner; who it is with and when it should close, marked
    // when that day has passed. The card is one selectable under the lines (a click opens the deal,
    // a drag moves it).
    const ImVec2 start = ImGui::GetCursorPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeight();
    if (ImGui::Selectable("###card", false, ImGuiSelectableFlags_AllowItemOverlap,
                          ImVec2(0, line * 3 + ImGui::GetStyle().ItemSpacing.y * 2)))
        m_detail.open(ctx.services, deal.id);
    reportLastItem(deal.title.c_str());
    const bool hovered = ImGui::IsItemHovered();
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kDealPayload, &deal.id, sizeof deal.id);
        ImGui::TextUnformatted(deal.title.c_str());
        ImGui::EndDragDropSource();
    }
    ImGui::SetCursorPos(start);
    ImGui::TextUnformatted(fitText(deal.title, width).c_str());
    std::string money = formatMoney(deal.amount);
    if (!deal.owner.empty()) money += " · " + deal.owner;
    ImGui::TextDisabled("%s", fitText(money, width).c_str());
    reportLastItem(money.c_str());
    const std::string& who = whoFor(ctx.services, deal);
    const bool overdue = deal.expectedClose && *deal.expectedClose < localDay(ctx.now).start;
    std::string when = who;
    if (deal.expectedClose) {
        const std::string date = localDate(*deal.expectedClose);
        when += (when.empty() ? "" : " · ") +
                (overdue ? std::string(icons::kOverdue) + " " + tr.format("closes {0}, overdue", {date})
                         : tr.format("closes {0}", {date}));
    }
    ImGui::PushStyleColor(ImGuiCol_Text,
                          overdue ? ImVec4(0.85f, 0.2f, 0.2f, 1.0f) : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(fitText(when, width).c_str());
    ImGui::PopStyleColor();
    if (!when.empty()) reportLastItem(when.c_str());
    if (overdue) reportLastItem(("overdue " + deal.title).c_str());
    if (hovered) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(deal.title.c_str());
        ImGui::TextUnformatted(money.c_str());
        if (!when.empty()) ImGui::TextUnformatted(when.c_str());
        ImGui::EndTooltip();
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
        hintText(std::to_string(s.openDeals) + " · " + formatTotals(s.totals, false, d.currency));
        hintText(tr.format("Weighted {0} ({1}%)",
                           {formatTotals(s.totals, true, d.currency), std::to_string(s.stage.probability)}));
        ImGui::Separator();
        // Only the cards in view are drawn: a column can hold thousands of deals.
        const auto& cards = d.columns[i];
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(cards.size()));
        while (clipper.Step())
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row)
                drawCard(ctx, cards[static_cast<size_t>(row)]);
        if (cards.empty()) hintText(tr.text("Drag deals here"));
        ImGui::EndChild();
        if (ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kDealPayload)) {
                const std::int64_t dealId = *static_cast<const std::int64_t*>(p->Data);
                ctx.request(requests::MoveDeal{dealId, s.stage.id}, m_error);
            }
            ImGui::EndDragDropTarget();
        }
    }
}

void PipelineScreen::drawList(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
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
            if (fittedSelectable(d.title, false, ImGuiSelectableFlags_SpanAllColumns))
                m_detail.open(ctx.services, d.id);
            ImGui::TableNextColumn();
            for (const auto& s : data.stages)
                if (s.id == d.stageId) fittedText(stageName(s.name, tr));
            ImGui::TableNextColumn();
            rightAlignedText(formatMoney(d.amount));
            ImGui::TableNextColumn();
            ImGui::Text("%d%%", d.probability);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr.term(vocab::kDealStatus, d.status));
            ImGui::TableNextColumn();
            fittedText(d.owner);
            ImGui::PopID();
        }
    ImGui::EndTable();
}

} // namespace satchel::ui
