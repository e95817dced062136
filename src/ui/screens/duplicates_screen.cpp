#include "ui/screens/duplicates_screen.h"

#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/screen_load.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>

namespace satchel::ui {

template std::unique_ptr<Screen> makeScreen<DuplicatesScreen>();

void DuplicatesScreen::finish() {
    m_pairs = m_scan->pairs(200);
    m_scan.reset();
    m_scanning.reset();
    m_names.assign(m_pairs.size(), std::string()); // read as the rows scroll into view
    m_selected = m_pairs.empty() ? -1 : 0;
    m_swapped = false;
}

void DuplicatesScreen::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    screenTitle(tr.text("Duplicates"));
    if ((ImGui::Button(tr.label("Find duplicates")) || !m_searched) && !m_scan) {
        m_scan.emplace(ws.duplicates().contactScan());
        m_scanning.emplace();
        m_scanRead = false;
        m_searched = true;
    }
    if (m_scan) {
        // A frame reads contacts 1,000 at a time for its share of time (kLoadBudgetPerFrame); the
        // grouping of what was read runs in a frame of its own once all are read.
        const auto until = std::chrono::steady_clock::now() + kLoadBudgetPerFrame;
        if (m_scanRead) {
            finish();
        } else {
            do m_scanRead = m_scan->step(1000);
            while (!m_scanRead && std::chrono::steady_clock::now() < until);
            const float done =
                m_scan->total() ? static_cast<float>(m_scan->scanned()) / static_cast<float>(m_scan->total()) : 1.0f;
            hintText(std::string(tr.text("Looking for duplicates…")) + " " + std::to_string(m_scan->scanned()) + " / " +
                     std::to_string(m_scan->total()));
            ImGui::ProgressBar(std::min(done, 1.0f), ImVec2(300, 0));
            return;
        }
    }
    if (!m_merged.empty()) {
        ImGui::SameLine();
        hintText(m_merged);
        if (m_lastMerge) {
            ImGui::SameLine();
            if (ImGui::SmallButton(tr.label("Undo")) || undoShortcut()) undoMerge(ws);
        }
    }
    m_error.showOther({}, tr);
    if (m_pairs.empty()) {
        hintText(tr.text("No likely duplicates: no two contacts share an email, a phone, or a name at one company."));
        return;
    }
    if (ImGui::BeginChild("pairs", ImVec2(300, 0), true)) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(m_pairs.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const size_t i = static_cast<size_t>(row);
                if (m_names[i].empty()) {
                    const auto keep = ws.contacts().get(m_pairs[i].keep);
                    m_names[i] = (keep ? keep->name : std::string("?")) + " (" + m_pairs[i].reasons + ")";
                }
                const std::string label = m_names[i] + "###pair" + std::to_string(i);
                if (ImGui::Selectable(label.c_str(), m_selected == row)) {
                    m_selected = row;
                    m_swapped = false;
                }
            }
        }
    }
    ImGui::EndChild();
    ImGui::SameLine();
    if (ImGui::BeginChild("pair", ImVec2(0, 0), true) && m_selected >= 0) drawPair(ctx);
    ImGui::EndChild();
}

void DuplicatesScreen::drawPair(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    const auto& pair = m_pairs[static_cast<size_t>(m_selected)];
    const std::int64_t keepId = m_swapped ? pair.drop : pair.keep, dropId = m_swapped ? pair.keep : pair.drop;
    const auto read = [&](std::int64_t id) { return ws.contacts().get(id); };
    const auto& keep = m_keep.get(keepId, ctx.changeCount, read);
    const auto& drop = m_drop.get(dropId, ctx.changeCount, read);
    if (!keep || !drop || keep->deletedAt || drop->deletedAt) {
        hintText(tr.text("One of these contacts is gone. Click \"Find duplicates\" to refresh."));
        return;
    }
    hintText(tr.format("Why: {0}", {pair.reasons}));
    if (!ImGui::BeginTable("side-by-side", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr.label("Field"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("Keep"), 0, 2.0f);
    ImGui::TableSetupColumn(tr.label("Merge in"), 0, 2.0f);
    tableHeaders();
    const std::string keepDate = localDate(keep->createdAt), dropDate = localDate(drop->createdAt);
    const std::string keepLifecycle = tr.term(vocab::kLifecycle, keep->lifecycle),
                      dropLifecycle = tr.term(vocab::kLifecycle, drop->lifecycle);
    struct Row {
        const char* english;
        const std::string& a;
        const std::string& b;
    };
    const Row rows[] = {{"Name", keep->name, drop->name},    {"Email", keep->email, drop->email},
                        {"Phone", keep->phone, drop->phone}, {"Title", keep->title, drop->title},
                        {"City", keep->city, drop->city},    {"Country", keep->country, drop->country},
                        {"Owner", keep->owner, drop->owner}, {"Lifecycle", keepLifecycle, dropLifecycle},
                        {"Added", keepDate, dropDate}};
    for (const Row& r : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", tr.text(r.english));
        ImGui::TableNextColumn();
        fittedText(r.a);
        ImGui::TableNextColumn();
        // What the merge will fill in: the kept record's empty fields take the other's value.
        const bool fills = r.a.empty() && !r.b.empty();
        const std::string shown = (fills ? "+ " : "") + r.b;
        ImGui::PushStyleColor(ImGuiCol_Text,
                              fills ? ImVec4(0.2f, 0.6f, 0.3f, 1.0f) : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        fittedText(shown);
        ImGui::PopStyleColor();
    }
    ImGui::EndTable();
    if (ImGui::Button(tr.label("Merge"))) ImGui::OpenPopup("confirm-merge");
    drawMergeConfirmation(ws, *keep, *drop, tr);
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Swap"))) m_swapped = !m_swapped;
    ImGui::SameLine();
    hintText(tr.text("The left record is kept; the right one is merged into it and deleted."));
}

void DuplicatesScreen::drawMergeConfirmation(Workspace& ws, const contacts::Contact& keep,
                                             const contacts::Contact& drop, const Translator& tr) {
    if (!ImGui::BeginPopupModal("confirm-merge", nullptr,
                                ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const std::string question = tr.format("Merge “{0}” into “{1}”?", {drop.name, keep.name});
    ImGui::TextUnformatted(question.c_str());
    reportLastItem(question.c_str());
    hintText(
        tr.format("{0} is deleted; its activities, deals, orders, tickets and tags move to {1}. You can undo this.",
                  {drop.name, keep.name}));
    if (ImGui::Button(tr.label("Merge them"))) {
        duplicates::MergeResult moved;
        if (m_error.attempt([&] { moved = ws.duplicates().mergeContacts(keep.id, drop.id); })) {
            m_merged = tr.format("Merged into {0}: {1}, {2}, {3}, {4}.",
                                 {keep.name, tr.count(moved.activities, "{0} activity", "{0} activities"),
                                  tr.count(moved.deals, "{0} deal", "{0} deals"),
                                  tr.count(moved.orders, "{0} order", "{0} orders"),
                                  tr.count(moved.tickets, "{0} ticket", "{0} tickets")});
            m_lastMerge = std::move(moved);
            m_searched = false;
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void DuplicatesScreen::undoMerge(Workspace& ws) {
    if (m_error.attempt([&] { ws.duplicates().undoMerge(*m_lastMerge); })) {
        m_merged.clear();
        m_searched = false; // the pair is back
    }
    m_lastMerge.reset(); // refused or done: either way there is nothing left to take back
}

} // namespace satchel::ui
