#include "ui/import_wizard.h"

#include "core/common/text.h"
#include "core/imports/vcard_file.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "platform/storage.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace satchel::ui {

namespace {

using imports::ContactField;
using Phase = imports::ContactImport::Phase;

constexpr auto kSliceBudget = std::chrono::milliseconds(25); // of a frame, for checking or writing
constexpr std::size_t kProblemsShown = 200;

// Each field as the person reads it (the core names them by key).
const char* fieldLabel(ContactField f) {
    switch (f) {
    case ContactField::Ignore: return N_("Do not import");
    case ContactField::Id: return N_("Satchel ID");
    case ContactField::Name: return N_("Name");
    case ContactField::FirstName: return N_("First name");
    case ContactField::LastName: return N_("Last name");
    case ContactField::Email: return N_("Email");
    case ContactField::Phone: return N_("Phone");
    case ContactField::Title: return N_("Job title");
    case ContactField::Address: return N_("Address");
    case ContactField::City: return N_("City");
    case ContactField::Country: return N_("Country");
    case ContactField::Source: return N_("Source");
    case ContactField::Owner: return N_("Owner");
    case ContactField::Lifecycle: return N_("Lifecycle");
    case ContactField::Notes: return N_("Notes");
    case ContactField::Company: return N_("Company");
    case ContactField::CompanyDomain: return N_("Company website");
    case ContactField::Tags: return N_("Tags");
    case ContactField::Custom: return N_("Custom field");
    case ContactField::NewCustom: return N_("New custom field");
    }
    return N_("Do not import");
}

const char* actionLabel(imports::RowAction a) {
    switch (a) {
    case imports::RowAction::Create: return N_("Create");
    case imports::RowAction::Update: return N_("Update");
    case imports::RowAction::Merge: return N_("Merge");
    case imports::RowAction::Skip: return N_("Skip");
    case imports::RowAction::Reject: return N_("Reject");
    }
    return N_("Create");
}

constexpr io::Encoding kEncodings[] = {io::Encoding::Utf8,    io::Encoding::Utf16Le, io::Encoding::Utf16Be,
                                       io::Encoding::Gb18030, io::Encoding::Big5,    io::Encoding::ShiftJis};

struct DelimiterChoice {
    char delimiter;
    const char* name;
};
constexpr DelimiterChoice kDelimiters[] = {
    {',', N_("Comma")}, {';', N_("Semicolon")}, {'\t', N_("Tab")}, {'|', N_("Pipe")}};

const char* delimiterName(char d) {
    for (const auto& c : kDelimiters)
        if (c.delimiter == d) return c.name;
    return N_("Comma");
}

bool isVCardName(const std::string& name) {
    const std::string lower = text::lowerAscii(name);
    return lower.ends_with(".vcf") || lower.ends_with(".vcard");
}

// What the database may still take, in bytes: the page store's limit in this tab (the database
// lives in the page's memory) and the browser's storage quota, whichever is smaller.
double roomLeft() {
    const auto& store = platform::pageStore();
    double room = static_cast<double>(store.byteLimit()) -
                  static_cast<double>(store.pageSize()) * static_cast<double>(store.pageCount());
    const auto& status = platform::storageStatus();
    if (status.quotaBytes > 0) room = std::min(room, status.quotaBytes - status.usageBytes);
    return room;
}

std::string megabytes(double bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
    return text;
}

} // namespace

void ImportWizard::offer(std::string name, std::string bytes) {
    if (busy()) return; // a file dropped while writing waits for the person to finish
    close();
    m_name = std::move(name);
    m_bytes = std::move(bytes);
    m_vcard = isVCardName(m_name);
    m_openRequested = true;
}

bool ImportWizard::busy() const { return m_step == Step::Writing && m_job && m_job->phase() == Phase::Writing; }

void ImportWizard::close() {
    if (m_job) m_job->cancel(); // a write under way is rolled back
    m_job.reset();
    m_file.reset();
    m_working.reset();
    m_open = false;
    m_step = Step::File;
    m_encoding.reset();
    m_delimiter.reset();
    m_fileProblem.clear();
    m_refusal.clear();
    m_cardProblems.clear();
    m_undone.reset();
    m_conflicts.clear();
    m_confirmUndo = false;
    m_error.clear();
}

void ImportWizard::read(Workspace& ws) {
    m_job.reset();
    m_file.reset();
    m_fileProblem.clear();
    m_cardProblems.clear();
    if (m_vcard) {
        auto opened = imports::openVCardFile(m_name, m_bytes, m_encoding);
        if (auto* p = std::get_if<imports::FileProblem>(&opened)) {
            m_fileProblem = p->message();
            return;
        }
        auto& v = std::get<imports::VCardImportFile>(opened);
        m_cardProblems = std::move(v.problems);
        m_file = std::make_unique<imports::ImportFile>(std::move(v.file));
    } else {
        auto opened = imports::openImportFile(m_name, m_bytes, m_encoding, m_delimiter);
        if (auto* p = std::get_if<imports::FileProblem>(&opened)) {
            m_fileProblem = p->message();
            return;
        }
        m_file = std::make_unique<imports::ImportFile>(std::get<imports::ImportFile>(std::move(opened)));
    }
    m_firstRow.assign(m_file->header.size(), "");
    io::CsvReader rows = imports::dataRows(*m_file);
    std::vector<std::string_view> fields;
    if (rows.next(fields))
        for (std::size_t c = 0; c < fields.size() && c < m_firstRow.size(); ++c) m_firstRow[c] = fields[c];
    suggest(ws);
}

void ImportWizard::suggest(Workspace& ws) {
    m_customFields = ws.customFields().fields(std::string(vocab::field_entity::kContact));
    std::vector<std::pair<std::int64_t, std::string>> custom;
    for (const auto& f : m_customFields) custom.emplace_back(f.id, f.name);
    m_options.columns = imports::suggestColumns(m_file->header, custom);
    if (auto saved = imports::savedMapping(ws, "contacts", m_file->header)) m_options.columns = *saved;
}

void ImportWizard::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    if (m_openRequested) {
        m_openRequested = false;
        m_open = true;
        read(ctx.services);
        m_step = m_file ? Step::Mapping : Step::File;
        ImGui::OpenPopup("###import-wizard");
    }
    if (!m_open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(900.0f, vp->WorkSize.x - 40), std::min(640.0f, vp->WorkSize.y - 40)));
    const std::string title = tr.format("Import {0}", {m_name}) + "###import-wizard";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr,
                                ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings)) {
        // Closed from outside (another popup opened over the app): while rows are checked or
        // written it comes back, so the work is never left half-done with its transaction open.
        if (m_step == Step::Checking || m_step == Step::Writing) {
            ImGui::OpenPopup("###import-wizard");
            return;
        }
        close();
        return;
    }
    // Checking and writing advance here, one slice a frame.
    if (m_job && (m_step == Step::Checking || m_step == Step::Writing)) {
        m_job->step(kSliceBudget);
        const Phase phase = m_job->phase();
        if (m_step == Step::Checking && phase != Phase::Planning) {
            m_step = Step::Report;
            m_working.reset();
        } else if (m_step == Step::Writing && phase != Phase::Writing) {
            m_step = Step::Summary;
            m_working.reset();
        }
    }
    drawFile(ctx);
    ImGui::Separator();
    switch (m_step) {
    case Step::File: break;
    case Step::Mapping: drawMapping(ctx); break;
    case Step::Checking:
    case Step::Writing: drawProgress(ctx); break;
    case Step::Report:
        drawCounts(ctx);
        drawPreview(ctx);
        drawProblems(ctx);
        break;
    case Step::Summary: drawSummary(ctx); break;
    }
    const bool closeNow = m_step != Step::Writing && m_step != Step::Checking &&
                          (ImGui::Button(tr.label(m_step == Step::Summary ? "Close" : "Cancel")) || escapePressed());
    if (closeNow) {
        close();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void ImportWizard::drawFile(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const bool changeable = m_step == Step::File || m_step == Step::Mapping || m_step == Step::Report;
    ImGui::BeginDisabled(!changeable);
    const io::Encoding shown = m_file ? m_file->encoding : m_encoding.value_or(io::Encoding::Utf8);
    const std::string name(io::encodingName(shown));
    const std::string encodingText = m_encoding ? name : tr.format("{0} (detected)", {name});
    const bool pickEncoding = comboBox(tr.label("Encoding"), encodingText.c_str(), 200);
    reportLastItem(encodingText.c_str()); // what was detected, for tests as for people
    if (pickEncoding) {
        for (io::Encoding e : kEncodings) {
            const std::string option(io::encodingName(e));
            if (ImGui::Selectable(option.c_str(), e == shown)) {
                m_encoding = e;
                read(ctx.services);
                m_step = m_file ? Step::Mapping : Step::File;
            }
            reportLastItem(option.c_str());
        }
        ImGui::EndCombo();
    }
    if (!m_vcard) {
        ImGui::SameLine();
        const char* current = tr.text(delimiterName(m_file ? m_file->delimiter : m_delimiter.value_or(',')));
        if (comboBox(tr.label("Delimiter"), current, 140)) {
            for (const auto& d : kDelimiters) {
                if (ImGui::Selectable(tr.label(d.name), m_file && m_file->delimiter == d.delimiter)) {
                    m_delimiter = d.delimiter;
                    read(ctx.services);
                    m_step = m_file ? Step::Mapping : Step::File;
                }
            }
            ImGui::EndCombo();
        }
    }
    ImGui::EndDisabled();
    if (m_file) {
        ImGui::SameLine();
        hintText(tr.count(static_cast<std::int64_t>(m_file->header.size()), "{0} column", "{0} columns"));
    }
    if (!m_fileProblem.empty()) errorText(tr.format("This file cannot be read: {0}", {m_fileProblem}));
    for (const auto& p : m_cardProblems) errorText(tr.format("Line {0}: {1}", {std::to_string(p.line), p.reason}));
}

void ImportWizard::drawColumnTarget(ScreenContext& ctx, std::size_t column) {
    const Translator& tr = ctx.tr;
    imports::ColumnTarget& target = m_options.columns[column];
    std::string preview = tr.text(fieldLabel(target.field));
    if (target.field == ContactField::Custom)
        for (const auto& f : m_customFields)
            if (f.id == target.customFieldId) preview = f.name;
    if (target.field == ContactField::NewCustom) preview = tr.format("New field “{0}”", {m_file->header[column]});
    ImGui::PushID(static_cast<int>(column));
    const std::string label = "##goes-to-" + m_file->header[column];
    const bool open = comboBox(label.c_str(), preview.c_str(), -1);
    reportLastItem((m_file->header[column] + " → " + preview).c_str());
    if (open) {
        for (const auto& info : imports::kContactFields) {
            if (info.field == ContactField::Custom) {
                for (const auto& f : m_customFields)
                    if (ImGui::Selectable((f.name + "###custom" + std::to_string(f.id)).c_str(),
                                          target.field == ContactField::Custom && target.customFieldId == f.id))
                        target = {ContactField::Custom, f.id};
                continue;
            }
            if (ImGui::Selectable(tr.label(fieldLabel(info.field)), target.field == info.field)) {
                target = {info.field};
                if (info.field == ContactField::NewCustom) target.newCustomField = m_file->header[column];
            }
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

void ImportWizard::drawMatching(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    struct MatchChoice {
        imports::MatchBy match;
        const char* name;
    };
    static constexpr MatchChoice kMatches[] = {
        {imports::MatchBy::EmailThenPhone, N_("Email, then phone")},
        {imports::MatchBy::Email, N_("Email")},
        {imports::MatchBy::Phone, N_("Phone")},
        {imports::MatchBy::Id, N_("Satchel ID")},
        {imports::MatchBy::Nothing, N_("Nothing: every row is new")},
    };
    struct OnMatchChoice {
        imports::OnMatch onMatch;
        const char* name;
    };
    static constexpr OnMatchChoice kOnMatch[] = {
        {imports::OnMatch::Update, N_("Update it")},
        {imports::OnMatch::Skip, N_("Skip the row")},
        {imports::OnMatch::Duplicate, N_("Add it again")},
    };
    const char* matchName = kMatches[0].name;
    for (const auto& m : kMatches)
        if (m.match == m_options.match) matchName = m.name;
    if (comboBox(tr.label("Find existing contacts by"), tr.text(matchName), 220)) {
        for (const auto& m : kMatches)
            if (ImGui::Selectable(tr.label(m.name), m.match == m_options.match)) m_options.match = m.match;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const char* onMatchName = kOnMatch[0].name;
    for (const auto& m : kOnMatch)
        if (m.onMatch == m_options.onMatch) onMatchName = m.name;
    if (comboBox(tr.label("When one is found"), tr.text(onMatchName), 160)) {
        for (const auto& m : kOnMatch)
            if (ImGui::Selectable(tr.label(m.name), m.onMatch == m_options.onMatch)) m_options.onMatch = m.onMatch;
        ImGui::EndCombo();
    }
}

void ImportWizard::drawMapping(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    headingText(tr.text("Where each column goes"));
    const float tableHeight = ImGui::GetContentRegionAvail().y - 3 * ImGui::GetFrameHeightWithSpacing();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (ImGui::BeginTable("mapping", 3, flags, ImVec2(0, std::max(tableHeight, 120.0f)))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr.text("Column in the file"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr.text("First row"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(tr.text("Goes to"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        tableHeaders();
        for (std::size_t c = 0; c < m_file->header.size(); ++c) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            fittedText(m_file->header[c].empty() ? "—" : m_file->header[c]);
            ImGui::TableNextColumn();
            fittedText(m_firstRow[c]);
            ImGui::TableNextColumn();
            drawColumnTarget(ctx, c);
        }
        ImGui::EndTable();
    }
    drawMatching(ctx);
    if (ImGui::Button(tr.label("Check rows"))) startChecking(ctx.services);
    ImGui::SameLine();
}

void ImportWizard::startChecking(Workspace& ws) {
    m_job = std::make_unique<imports::ContactImport>(ws, *m_file, m_options);
    m_working = std::make_unique<WorkInFlight::Token>();
    m_refusal.clear();
    m_step = Step::Checking;
}

void ImportWizard::drawProgress(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const bool writing = m_step == Step::Writing;
    const std::string what = writing ? tr.text("Importing…") : tr.text("Checking rows…");
    headingText(what.c_str());
    ImGui::ProgressBar(static_cast<float>(m_job->progress()), ImVec2(-1, 0));
    hintText(tr.format("{0} rows · {1} rows/s", {std::to_string(m_job->rowsRead()),
                                                 std::to_string(static_cast<long long>(m_job->rowsPerSecond()))}));
    if (ImGui::Button(tr.label(writing ? "Cancel import" : "Stop checking"))) {
        m_job->cancel();
        m_working.reset();
        m_step = writing ? Step::Summary : Step::Mapping;
    }
}

void ImportWizard::drawCounts(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const auto& n = m_job->counts();
    if (m_job->phase() == Phase::Failed) {
        errorText(tr.format("This file cannot be imported: {0}", {m_job->failure()}));
        if (ImGui::Button(tr.label("Back to the columns"))) m_step = Step::Mapping;
        ImGui::SameLine();
        return;
    }
    const std::string counts = tr.format("Create {0} · update {1} · skip {2} · reject {3}",
                                         {std::to_string(n.create), std::to_string(n.update + n.merge),
                                          std::to_string(n.skip), std::to_string(n.reject)});
    headingText(counts.c_str());
    if (n.merge > 0)
        hintText(tr.count(n.merge, "{0} row repeats an earlier row of the file and is merged into it",
                          "{0} rows repeat earlier rows of the file and are merged into them"));
    if (n.companiesCreated > 0) hintText(tr.count(n.companiesCreated, "{0} new company", "{0} new companies"));
    const bool anything = n.create + n.update + n.merge > 0;
    ImGui::BeginDisabled(!anything);
    if (ImGui::Button(tr.label(n.reject > 0 ? "Import the valid rows" : "Import all rows"))) startWriting(ctx);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Back to the columns"))) m_step = Step::Mapping;
    if (n.reject > 0) {
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Download the report (CSV)")))
            platform::downloadFile("import-report-" + m_name + ".csv", "text/csv;charset=utf-8", m_job->reportCsv());
    }
    if (!m_refusal.empty()) errorText(m_refusal);
}

void ImportWizard::drawPreview(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    headingText(tr.text("The first rows, as they will be stored"));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    const float height =
        std::max(120.0f, (ImGui::GetContentRegionAvail().y - 4 * ImGui::GetFrameHeightWithSpacing()) * 0.5f);
    if (!ImGui::BeginTable("preview", 7, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {N_("Action"), N_("Name"), N_("Email"), N_("Phone"), N_("Company"), N_("City"), N_("Tags")})
        ImGui::TableSetupColumn(tr.text(h));
    tableHeaders();
    for (const auto& row : m_job->preview()) {
        ImGui::TableNextRow();
        ImGui::PushID(static_cast<int>(row.row));
        const auto& c = row.contact;
        for (const std::string& cell :
             {std::string(tr.text(actionLabel(row.action))), c.name, c.email, c.phone, row.company, c.city, row.tags}) {
            ImGui::TableNextColumn();
            fittedText(cell);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void ImportWizard::drawProblems(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const auto& problems = m_job->problems();
    if (problems.empty()) return;
    const std::string heading =
        tr.count(static_cast<std::int64_t>(problems.size()), "{0} problem: the row is not imported",
                 "{0} problems: those rows are not imported");
    headingText(heading.c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    const float height = std::max(100.0f, ImGui::GetContentRegionAvail().y - 2 * ImGui::GetFrameHeightWithSpacing());
    if (!ImGui::BeginTable("problems", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.text("Line"), ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn(tr.text("Column"));
    ImGui::TableSetupColumn(tr.text("Value"));
    ImGui::TableSetupColumn(tr.text("Reason"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    tableHeaders();
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) {
        const auto& p = problems[i];
        ImGui::TableNextRow();
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextColumn();
        fittedText(std::to_string(p.line));
        ImGui::TableNextColumn();
        fittedText(p.column);
        ImGui::TableNextColumn();
        fittedText(p.value);
        ImGui::TableNextColumn();
        fittedText(tr.problem(p.problem, p.params));
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (problems.size() > kProblemsShown)
        hintText(tr.format("… and {0} more in the report", {std::to_string(problems.size() - kProblemsShown)}));
}

void ImportWizard::startWriting(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    // Refused before anything is written when it cannot fit: rows take about three times their
    // text in the database (the row, its indexes, the search index; see shell/bench import).
    const auto& n = m_job->counts();
    const double perRow = n.rows ? static_cast<double>(m_file->text.size()) / static_cast<double>(n.rows) : 0;
    const double needed =
        3.0 * perRow * static_cast<double>(n.create + n.merge) + 512.0 * static_cast<double>(n.create);
    const double room = roomLeft();
    if (needed > room) {
        m_refusal = tr.format("Not imported: it needs about {0} and this browser has {1} left for Satchel's data.",
                              {megabytes(needed), megabytes(room)});
        return;
    }
    bool started = false;
    try {
        started = m_job->start();
    } catch (const std::exception& e) { // a new custom field refused, the database full
        m_refusal = tr.format("This file cannot be imported: {0}", {e.what()});
        return;
    }
    if (!started) {
        m_refusal = tr.text("Nothing to import.");
        return;
    }
    m_working = std::make_unique<WorkInFlight::Token>();
    m_step = Step::Writing;
}

void ImportWizard::drawSummary(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    Workspace& ws = ctx.services;
    const Phase phase = m_job ? m_job->phase() : Phase::Cancelled;
    if (phase == Phase::Cancelled) {
        headingText(tr.text("Cancelled: nothing was imported."));
        return;
    }
    if (phase == Phase::Failed) {
        errorText(tr.format("The import failed and nothing was imported: {0}", {m_job->failure()}));
        return;
    }
    const auto& n = m_job->counts();
    const std::string done = tr.format("Imported: {0} created · {1} updated · {2} skipped · {3} rejected",
                                       {std::to_string(n.create), std::to_string(n.update + n.merge),
                                        std::to_string(n.skip), std::to_string(n.reject)});
    headingText(done.c_str());
    if (m_undone) {
        hintText(tr.format("Import undone: {0} contacts restored, {1} removed.",
                           {std::to_string(m_undone->restored), std::to_string(m_undone->removed)}));
        for (const auto& k : m_undone->kept)
            hintText(tr.format("Kept {0}: changed since the import", {k.name.empty() ? std::to_string(k.id) : k.name}));
        return;
    }
    if (!m_confirmUndo) {
        if (ImGui::Button(tr.label("Undo import"))) {
            m_error.attempt([&] { m_conflicts = imports::undoConflicts(ws, m_job->importId()); });
            if (m_conflicts.empty())
                m_error.attempt([&] { m_undone = imports::undoImport(ws, m_job->importId()); });
            else
                m_confirmUndo = true;
        }
        hintText(tr.text("Undo returns every updated contact to how it was and removes the ones created."));
    } else {
        errorText(tr.count(static_cast<std::int64_t>(m_conflicts.size()),
                           "{0} record changed since the import:", "{0} records changed since the import:"));
        for (const auto& c : m_conflicts) hintText(c.name.empty() ? std::to_string(c.id) : c.name);
        if (ImGui::Button(tr.label("Undo, keeping those changes")))
            m_error.attempt([&] { m_undone = imports::undoImport(ws, m_job->importId(), false); });
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Undo everything")))
            m_error.attempt([&] { m_undone = imports::undoImport(ws, m_job->importId(), true); });
    }
    m_error.showOther({}, tr);
}

} // namespace satchel::ui
