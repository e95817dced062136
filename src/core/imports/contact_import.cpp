#include "core/imports/contact_import.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/contacts/contact_columns.h"
#include "core/contacts/contact_validation.h"
#include "core/db/change_recorder.h"
#include "core/db/columns.h"
#include "core/db/transaction.h"
#include "core/imports/import_history.h"
#include "core/io/field_values.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <bitset>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace satchel::imports {

namespace {

using F = ContactField;
using Clock = std::chrono::steady_clock;
constexpr std::size_t kFieldCount = kContactFields.size();
constexpr std::size_t kPreviewRows = 20;
constexpr std::size_t kMaxTextCodePoints = 1000;    // one line of a contact (title, city ...)
constexpr std::size_t kMaxNotesCodePoints = 100000; // notes
constexpr std::int64_t kRowsPerCheck = 64;          // rows between two looks at the clock

std::size_t slot(F f) { return static_cast<std::size_t>(f); }

// A decision per data row, from the plan, as one number: an existing contact's id to update,
// or one of these (a merge into row k of this file is kMergeBase - k).
constexpr std::int64_t kCreate = 0, kReject = -1, kSkip = -2, kMergeBase = -3;

// Han, kana or Hangul (U+3000..U+D7FF) anywhere: such names are written family name first.
bool hasEastAsianScript(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0xE3 && c <= 0xED) return true;
    return false;
}

// The values of one row, cleaned, by field.
struct RowValues {
    std::array<std::string, kFieldCount> text;
    std::bitset<kFieldCount> given;
    std::vector<std::pair<std::string, std::string>> moreEmails, morePhones; // value, label
    std::vector<std::string> tags;
    std::vector<std::pair<std::int64_t, std::string>> custom; // field id (0: new field of column), value
    std::vector<std::size_t> customColumn;                    // the column of each custom value
    std::string phoneExtension;
    std::int64_t id = 0;

    void clear() {
        for (std::size_t i = 0; i < kFieldCount; ++i)
            if (given[i]) text[i].clear();
        given.reset();
        moreEmails.clear();
        morePhones.clear();
        tags.clear();
        custom.clear();
        customColumn.clear();
        phoneExtension.clear();
        id = 0;
    }
    bool has(F f) const { return given[slot(f)]; }
    const std::string& get(F f) const { return text[slot(f)]; }
    void set(F f, std::string v) {
        text[slot(f)] = std::move(v);
        given[slot(f)] = true;
    }
    // The name as given, or made of first and last name.
    std::string name() const {
        if (has(F::Name)) return get(F::Name);
        const std::string& first = get(F::FirstName);
        const std::string& last = get(F::LastName);
        if (first.empty() || last.empty()) return first + last;
        return hasEastAsianScript(first + last) ? last + first : first + " " + last;
    }
};

// The row's values laid over a draft: a cell the file leaves empty keeps what is stored.
void overlay(contacts::ContactDraft& d, const RowValues& v) {
    if (const std::string name = v.name(); !name.empty()) d.name = name;
    const std::pair<F, std::string*> simple[] = {
        {F::Email, &d.email},         {F::Phone, &d.phone},     {F::Title, &d.title},   {F::Address, &d.address},
        {F::City, &d.city},           {F::Country, &d.country}, {F::Source, &d.source}, {F::Owner, &d.owner},
        {F::Lifecycle, &d.lifecycle}, {F::Notes, &d.notes},
    };
    for (const auto& [field, target] : simple)
        if (v.has(field)) *target = v.get(field);
    if (!v.phoneExtension.empty()) {
        const std::string line = "Phone extension: " + v.phoneExtension;
        if (d.notes.find(line) == std::string::npos) d.notes += (d.notes.empty() ? "" : "\n") + line;
    }
}

} // namespace

std::string RowProblem::reason() const { return fillTemplate(problemEnglish(problem), params); }

std::string_view rowActionName(RowAction action) {
    switch (action) {
    case RowAction::Create: return "create";
    case RowAction::Update: return "update";
    case RowAction::Merge: return "merge";
    case RowAction::Skip: return "skip";
    case RowAction::Reject: return "reject";
    }
    return "create";
}

std::string_view matchByName(MatchBy match) {
    switch (match) {
    case MatchBy::EmailThenPhone: return "email-then-phone";
    case MatchBy::Email: return "email";
    case MatchBy::Phone: return "phone";
    case MatchBy::Id: return "id";
    case MatchBy::Nothing: return "nothing";
    }
    return "email-then-phone";
}

std::optional<MatchBy> matchByFromName(std::string_view name) {
    for (MatchBy m : {MatchBy::EmailThenPhone, MatchBy::Email, MatchBy::Phone, MatchBy::Id, MatchBy::Nothing})
        if (matchByName(m) == name) return m;
    return std::nullopt;
}

struct ContactImport::State {
    Workspace& ws;
    const ImportFile& file;
    ContactImportOptions options;
    io::CsvReader reader;
    std::vector<std::string_view> fields;
    RowValues values;
    std::int64_t row = 0; // data rows read in this pass
    Clock::time_point passStarted = Clock::now();
    std::vector<std::int64_t> decision;

    // Plan: the contacts already stored and the rows of the file, by key.
    std::unordered_map<std::string, std::int64_t> storedByEmail, storedByPhone;
    std::unordered_set<std::int64_t> storedIds;
    std::unordered_map<std::string, std::int64_t> fileByEmail, fileByPhone; // key -> row index
    std::unordered_map<std::int64_t, custom_fields::CustomField> customFields;
    std::unordered_map<std::string, std::int64_t> companyByName, companyByDomain;
    std::unordered_set<std::string> companiesToCreate;

    // Write.
    std::optional<db::Transaction> tx;
    std::unique_ptr<db::ChangeRecorder> recorder;
    std::unique_ptr<db::RowInserter<decltype(contacts::kContactColumns)>> inserter;
    std::unordered_map<std::int64_t, std::int64_t> createdIdOfRow; // rows later rows merge into
    std::unordered_set<std::int64_t> mergeTargets;
    std::unordered_set<std::string> team;                     // names that exist
    std::unordered_map<std::string, std::int64_t> tagIds;     // lower-cased tag name -> id, as met
    std::map<std::string, std::vector<std::int64_t>> created; // table -> ids the import made
    std::vector<std::int64_t> newCustomFieldOfColumn;         // NewCustom columns: the field made for them
    std::int64_t firstCreated = 0, lastCreated = 0, now = 0;

    State(Workspace& w, const ImportFile& f, ContactImportOptions o)
        : ws(w), file(f), options(std::move(o)), reader(dataRows(f)) {
        options.columns.resize(file.header.size());
    }
};

ContactImport::ContactImport(Workspace& workspace, const ImportFile& file, ContactImportOptions options)
    : m_state(std::make_unique<State>(workspace, file, std::move(options))) {
    State& s = *m_state;
    auto& db = s.ws.database();
    // What rows are matched against, read once: at 100,000 stored contacts this is ~0.1 s, where a
    // query per imported row and key would be several times that over a large file.
    auto emails =
        db.prepare("SELECT lower(email), id FROM contacts WHERE deleted_at IS NULL AND email <> '' "
                   "UNION ALL SELECT lower(ch.value), ch.contact_id FROM contact_channels ch JOIN contacts c ON c.id = "
                   "ch.contact_id WHERE c.deleted_at IS NULL AND ch.kind = ?");
    emails.bind(1, vocab::channel_kind::kEmail);
    while (emails.step()) s.storedByEmail.emplace(emails.columnText(0), emails.columnInt64(1));
    auto phones =
        db.prepare("SELECT phone, id FROM contacts WHERE deleted_at IS NULL AND phone <> '' "
                   "UNION ALL SELECT ch.value, ch.contact_id FROM contact_channels ch JOIN contacts c ON c.id = "
                   "ch.contact_id WHERE c.deleted_at IS NULL AND ch.kind = ?");
    phones.bind(1, vocab::channel_kind::kPhone);
    while (phones.step()) {
        std::string key = contacts::normalisedPhone(phones.columnText(0));
        if (!key.empty()) s.storedByPhone.emplace(std::move(key), phones.columnInt64(1));
    }
    const bool byId = std::any_of(s.options.columns.begin(), s.options.columns.end(),
                                  [](const ColumnTarget& t) { return t.field == F::Id; });
    if (byId) {
        auto ids = db.prepare("SELECT id FROM contacts WHERE deleted_at IS NULL");
        while (ids.step()) s.storedIds.insert(ids.columnInt64(0));
    }
    for (auto& field : s.ws.customFields().fields(std::string(vocab::field_entity::kContact)))
        s.customFields.emplace(field.id, field);
    // A new field named like one that exists is that field (its values are checked against its kind
    // now, not refused half-way through the write); a column with no header gets a name.
    for (std::size_t c = 0; c < s.options.columns.size(); ++c) {
        ColumnTarget& t = s.options.columns[c];
        if (t.field != F::NewCustom) continue;
        if (text::trim(t.newCustomField).empty())
            t.newCustomField =
                text::trim(s.file.header[c]).empty() ? "Column " + std::to_string(c + 1) : s.file.header[c];
        for (const auto& [id, field] : s.customFields)
            if (text::lowerAscii(field.name) == text::lowerAscii(text::trim(t.newCustomField))) t = {F::Custom, id};
    }
    auto companies = db.prepare("SELECT id, lower(name), domain FROM companies WHERE deleted_at IS NULL");
    while (companies.step()) {
        s.companyByName.emplace(companies.columnText(1), companies.columnInt64(0));
        if (std::string domain = companies.columnText(2); !domain.empty())
            s.companyByDomain.emplace(std::move(domain), companies.columnInt64(0));
    }
}

ContactImport::~ContactImport() = default;

namespace {

// Reads one row's cells into `v`; problems go to `problems`. True when the row has no problem.
bool readRow(const std::vector<std::string_view>& fields, const ImportFile& file, const ContactImportOptions& options,
             const std::unordered_map<std::int64_t, custom_fields::CustomField>& customFields, std::int64_t row,
             std::int64_t line, RowValues& v, std::vector<RowProblem>* problems) {
    v.clear();
    bool ok = true;
    auto problem = [&](std::size_t column, std::string_view cell, Problem p, std::vector<std::string> params = {}) {
        ok = false;
        if (!problems) return;
        RowProblem rp{row,
                      line,
                      column < file.header.size() ? file.header[column] : std::string(),
                      std::string(cell.substr(0, 200)),
                      p,
                      std::move(params)};
        problems->push_back(std::move(rp));
    };
    const std::size_t columns = std::min(fields.size(), options.columns.size());
    if (fields.size() > options.columns.size()) {
        // More cells than the header has columns: only empty ones are harmless (a trailing delimiter).
        for (std::size_t c = options.columns.size(); c < fields.size(); ++c)
            if (!io::cleanText(fields[c]).empty()) {
                problem(c, fields[c], Problem::ExtraCells, {std::to_string(options.columns.size())});
                break;
            }
    }
    for (std::size_t c = 0; c < columns; ++c) {
        const ColumnTarget& target = options.columns[c];
        if (target.field == F::Ignore) continue;
        std::string value = io::cleanText(fields[c], target.field == F::Notes);
        if (value.empty()) continue;
        if (!text::isValidUtf8(value)) {
            problem(c, fields[c], Problem::NotUtf8);
            continue;
        }
        const std::size_t limit = target.field == F::Notes ? kMaxNotesCodePoints : kMaxTextCodePoints;
        if (text::codePointCount(value) > limit) {
            problem(c, fields[c], Problem::TooLong, {std::to_string(limit)});
            continue;
        }
        switch (target.field) {
        case F::Email:
            // A cell may list several ("a@x.com, b@y.com", as our export writes other emails).
            for (const auto& one : text::splitList(value, ",;")) {
                std::string email = io::cleanEmail(one);
                if (auto p = contacts::emailProblem(email)) {
                    problem(c, fields[c], *p);
                    break;
                }
                if (!v.has(F::Email))
                    v.set(F::Email, std::move(email));
                else if (email != v.get(F::Email))
                    v.moreEmails.emplace_back(std::move(email), file.header[c]);
            }
            break;
        case F::Phone:
            for (const auto& one : text::splitList(value, ",;")) {
                auto parsed = io::canonicalPhone(one, "");
                auto* phone = std::get_if<io::ParsedPhone>(&parsed);
                const auto p = phone ? contacts::phoneProblem(phone->canonical) : Problem::PhoneCharacters;
                if (p) {
                    problem(c, fields[c], *p);
                    break;
                }
                if (!v.has(F::Phone)) {
                    v.set(F::Phone, std::move(phone->canonical));
                    v.phoneExtension = phone->extension;
                } else if (phone->canonical != v.get(F::Phone)) {
                    v.morePhones.emplace_back(std::move(phone->canonical), file.header[c]);
                }
            }
            break;
        case F::Lifecycle:
            if (auto code = lifecycleFromText(value))
                v.set(F::Lifecycle, std::string(*code));
            else
                problem(c, fields[c], Problem::NotOneOf, {vocab::kLifecycle.listed()});
            break;
        case F::CompanyDomain: {
            std::string domain = companies::normalisedDomain(value);
            if (!companies::isDomainShaped(domain))
                problem(c, fields[c], Problem::DomainShape);
            else
                v.set(F::CompanyDomain, std::move(domain));
            break;
        }
        case F::Tags:
            for (auto& tag : text::splitList(value)) {
                if (auto p = tags::tagNameProblem(tag)) {
                    problem(c, fields[c], p->first, p->second);
                    break;
                }
                v.tags.push_back(std::move(tag));
            }
            break;
        case F::Id: {
            std::int64_t id = 0;
            const bool digits = std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            if (!digits || value.size() > 18 || (id = std::stoll(value)) <= 0)
                problem(c, fields[c], Problem::NotANumber);
            else
                v.id = id;
            break;
        }
        case F::Custom: {
            auto it = customFields.find(target.customFieldId);
            if (it == customFields.end()) {
                problem(c, fields[c], Problem::NotFound, {"custom field", std::to_string(target.customFieldId)});
            } else if (auto p = custom_fields::valueProblem(it->second, value)) {
                problem(c, fields[c], *p);
            } else {
                v.custom.emplace_back(target.customFieldId, std::move(value));
                v.customColumn.push_back(c);
            }
            break;
        }
        case F::NewCustom:
            v.custom.emplace_back(0, std::move(value));
            v.customColumn.push_back(c);
            break;
        default:
            // Single-valued text: the first column that has it wins.
            if (!v.has(target.field)) v.set(target.field, std::move(value));
            break;
        }
    }
    return ok;
}

} // namespace

double ContactImport::progress() const {
    const auto& r = m_state->reader;
    if (m_phase == Phase::Done || m_phase == Phase::Planned) return 1.0;
    return r.size() ? static_cast<double>(r.offset()) / static_cast<double>(r.size()) : 1.0;
}

std::int64_t ContactImport::rowsRead() const { return m_state->row; }

double ContactImport::rowsPerSecond() const {
    const double seconds = std::chrono::duration<double>(Clock::now() - m_state->passStarted).count();
    return seconds > 0 ? static_cast<double>(m_state->row) / seconds : 0.0;
}

bool ContactImport::step(Clock::duration budget) {
    State& s = *m_state;
    if (m_phase != Phase::Planning && m_phase != Phase::Writing) return false;
    const auto until = Clock::now() + budget;
    try {
        for (;;) {
            for (std::int64_t i = 0; i < kRowsPerCheck; ++i) {
                if (!s.reader.next(s.fields)) {
                    if (const auto& p = s.reader.problem()) {
                        // A file that cannot be read to its end imports nothing.
                        m_failure = "line " + std::to_string(p->line) + ": " + p->reason;
                        if (m_phase == Phase::Writing) {
                            s.recorder.reset();
                            s.tx.reset();
                            s.ws.noteRollback();
                        }
                        m_phase = Phase::Failed;
                        return false;
                    }
                    if (m_phase == Phase::Planning)
                        finishPlan();
                    else
                        finishWrite();
                    return false;
                }
                ++s.row;
                if (m_phase == Phase::Planning)
                    planRow();
                else
                    writeRow();
            }
            if (Clock::now() >= until) return true;
        }
    } catch (const std::exception& e) {
        m_failure = "row " + std::to_string(s.row) + " (line " + std::to_string(s.reader.line()) + "): " + e.what();
        s.tx.reset(); // rolls back: nothing half-written
        s.ws.noteRollback();
        s.recorder.reset();
        m_phase = Phase::Failed;
        return false;
    }
}

namespace {

// The header of the column feeding `field`, for a problem found on the whole draft.
std::string columnOf(const ImportFile& file, const ContactImportOptions& options, std::string_view fieldKey) {
    for (std::size_t c = 0; c < options.columns.size() && c < file.header.size(); ++c) {
        const auto& info = contactFieldInfo(options.columns[c].field);
        if (info.key == fieldKey || (fieldKey == "name" && (options.columns[c].field == F::FirstName ||
                                                            options.columns[c].field == F::LastName)))
            return file.header[c];
    }
    return std::string(fieldKey);
}

} // namespace

ContactImport::Match ContactImport::match() const {
    const State& s = *m_state;
    const RowValues& v = s.values;
    const MatchBy m = s.options.match;
    if (m == MatchBy::Id) {
        if (v.id && s.storedIds.count(v.id)) return {v.id, std::nullopt};
        return {};
    }
    // By email, then by phone; for each, a stored contact before an earlier row of the file (a
    // phone match must not beat an email match, or one email would end up on two contacts).
    const auto find = [](const auto& map, const std::string& key) -> std::optional<std::int64_t> {
        if (auto it = map.find(key); it != map.end()) return it->second;
        return std::nullopt;
    };
    if ((m == MatchBy::EmailThenPhone || m == MatchBy::Email) && v.has(F::Email)) {
        const std::string key = text::lowerAscii(v.get(F::Email));
        if (auto id = find(s.storedByEmail, key)) return {id, std::nullopt};
        if (auto row = find(s.fileByEmail, key)) return {std::nullopt, row};
    }
    if ((m == MatchBy::EmailThenPhone || m == MatchBy::Phone) && v.has(F::Phone)) {
        const std::string key = contacts::normalisedPhone(v.get(F::Phone));
        if (auto id = find(s.storedByPhone, key)) return {id, std::nullopt};
        if (auto row = find(s.fileByPhone, key)) return {std::nullopt, row};
    }
    return {};
}

void ContactImport::planRow() {
    State& s = *m_state;
    const std::int64_t index = s.row - 1;
    const std::int64_t line = s.reader.line();
    const RowValues& v = s.values;
    bool ok = readRow(s.fields, s.file, s.options, s.customFields, s.row, line, s.values, &m_problems);
    std::int64_t decision = kReject;
    contacts::ContactDraft draft;
    if (ok) {
        const auto [stored, inFile] = match();
        if (stored && s.options.onMatch == OnMatch::Skip)
            decision = kSkip;
        else if (stored && s.options.onMatch == OnMatch::Update)
            decision = *stored;
        else if (inFile && s.options.onMatch == OnMatch::Skip)
            decision = kSkip;
        else if (inFile && s.options.onMatch == OnMatch::Update)
            decision = kMergeBase - *inFile;
        else
            decision = kCreate;
        if (decision > 0) {
            if (auto c = s.ws.contacts().get(decision)) draft = contacts::draftOf(*c);
        }
        overlay(draft, v);
        if (decision == kCreate && draft.name.empty()) {
            m_problems.push_back({s.row, line, columnOf(s.file, s.options, "name"), "", Problem::Required, {}});
            decision = kReject;
        } else if (decision != kSkip) {
            if (draft.name.empty()) draft.name = "-"; // a merge: the row it merges into has the name
            try {
                draft = contacts::validated(draft);
            } catch (const ValidationError& e) {
                m_problems.push_back(
                    {s.row, line, columnOf(s.file, s.options, e.field()), "", e.problem(), e.params()});
                decision = kReject;
            }
        }
    }
    if (!ok) overlay(draft, v); // the preview shows a rejected row as read
    s.decision.push_back(decision);
    RowAction action = RowAction::Reject;
    if (decision == kCreate) {
        action = RowAction::Create;
        ++m_counts.create;
        // Later rows with the same key merge into this one.
        if (v.has(F::Email)) s.fileByEmail.emplace(text::lowerAscii(v.get(F::Email)), index);
        if (v.has(F::Phone)) s.fileByPhone.emplace(contacts::normalisedPhone(v.get(F::Phone)), index);
    } else if (decision > 0) {
        action = RowAction::Update;
        ++m_counts.update;
    } else if (decision <= kMergeBase) {
        action = RowAction::Merge;
        ++m_counts.merge;
        s.mergeTargets.insert(kMergeBase - decision);
    } else if (decision == kSkip) {
        action = RowAction::Skip;
        ++m_counts.skip;
    } else {
        ++m_counts.reject;
    }
    if (action != RowAction::Reject && action != RowAction::Skip) {
        const std::string domain = v.get(F::CompanyDomain);
        const std::string name = text::lowerAscii(v.get(F::Company));
        const bool known =
            (!domain.empty() && s.companyByDomain.count(domain)) || (!name.empty() && s.companyByName.count(name));
        if (!known && (!domain.empty() || !name.empty())) s.companiesToCreate.insert(domain.empty() ? name : domain);
    }
    if (m_preview.size() < kPreviewRows)
        m_preview.push_back({s.row, action, draft, v.has(F::Company) ? v.get(F::Company) : v.get(F::CompanyDomain),
                             text::joinList(v.tags)});
}

void ContactImport::finishPlan() {
    State& s = *m_state;
    m_counts.rows = s.row;
    m_counts.companiesCreated = static_cast<std::int64_t>(s.companiesToCreate.size());
    m_phase = Phase::Planned;
}

bool ContactImport::start() {
    State& s = *m_state;
    if (m_phase != Phase::Planned) return false;
    if (m_counts.create + m_counts.update + m_counts.merge == 0) return false;
    if (!s.options.importValidRows && m_counts.reject > 0) return false;
    auto& db = s.ws.database();
    s.now = s.ws.now();
    s.tx.emplace(db);
    try {
        s.recorder = std::make_unique<db::ChangeRecorder>(
            db, std::initializer_list<std::string_view>{"audit_log", "imports", "import_mappings"});
        s.inserter =
            std::make_unique<db::RowInserter<decltype(contacts::kContactColumns)>>(db, contacts::kContactColumns);
        m_importId = beginImportRecord(s.ws, "contacts", s.file, mappingJson(), s.now);
        // Columns that make a custom field: made now (an existing field of that name is reused).
        s.newCustomFieldOfColumn.assign(s.options.columns.size(), 0);
        for (std::size_t c = 0; c < s.options.columns.size(); ++c) {
            const ColumnTarget& t = s.options.columns[c];
            if (t.field != F::NewCustom) continue;
            const std::string name = text::trim(t.newCustomField);
            for (const auto& [id, field] : s.customFields) // two columns making one field share it
                if (text::lowerAscii(field.name) == text::lowerAscii(name)) s.newCustomFieldOfColumn[c] = id;
            if (!s.newCustomFieldOfColumn[c]) {
                s.recorder->pause();
                const auto id = s.ws.customFields().define(std::string(vocab::field_entity::kContact), name,
                                                           std::string(vocab::field_kind::kText));
                s.recorder->resume();
                s.created["custom_fields"].push_back(id);
                s.newCustomFieldOfColumn[c] = id;
                s.customFields.emplace(id, custom_fields::CustomField{id,
                                                                      std::string(vocab::field_entity::kContact),
                                                                      name,
                                                                      std::string(vocab::field_kind::kText),
                                                                      {}});
            }
        }
        // Every name the team has had: a member who left is not brought back (that would reset them).
        auto users = db.prepare("SELECT name FROM users");
        while (users.step()) s.team.insert(users.columnText(0));
    } catch (...) {
        s.recorder.reset();
        s.tx.reset();
        throw;
    }
    s.reader = dataRows(s.file);
    s.row = 0;
    s.passStarted = Clock::now();
    m_counts.companiesCreated = 0;
    m_phase = Phase::Writing;
    return true;
}

std::optional<std::int64_t> ContactImport::companyFor() {
    State& s = *m_state;
    const RowValues& v = s.values;
    const std::string domain = v.get(F::CompanyDomain);
    const std::string key = text::lowerAscii(v.get(F::Company));
    if (domain.empty() && key.empty()) return std::nullopt;
    if (!domain.empty())
        if (auto it = s.companyByDomain.find(domain); it != s.companyByDomain.end()) return it->second;
    if (!key.empty())
        if (auto it = s.companyByName.find(key); it != s.companyByName.end()) return it->second;
    companies::CompanyDraft draft;
    draft.name = v.has(F::Company) ? v.get(F::Company) : domain;
    draft.domain = domain;
    const auto id = s.ws.companies().add(draft);
    s.created["companies"].push_back(id);
    ++m_counts.companiesCreated;
    if (!key.empty()) s.companyByName.emplace(key, id);
    if (!domain.empty()) s.companyByDomain.emplace(domain, id);
    return id;
}

void ContactImport::writeRow() {
    State& s = *m_state;
    const std::int64_t index = s.row - 1;
    const std::int64_t decision = index < static_cast<std::int64_t>(s.decision.size()) ? s.decision[index] : kReject;
    if (decision == kReject || decision == kSkip) return;
    if (!readRow(s.fields, s.file, s.options, s.customFields, s.row, s.reader.line(), s.values, nullptr)) return;
    RowValues& v = s.values;
    auto& db = s.ws.database();
    for (std::size_t i = 0; i < v.custom.size(); ++i)
        if (!v.custom[i].first) v.custom[i].first = s.newCustomFieldOfColumn[v.customColumn[i]];
    // What the import makes besides contacts (team members, companies, tags) is kept as lists of
    // ids, not in the changeset: undo removes them last, and only when nothing uses them since.
    s.recorder->pause();
    if (v.has(F::Owner) && s.team.insert(v.get(F::Owner)).second)
        s.created["users"].push_back(s.ws.team().add(v.get(F::Owner), ""));
    const auto company = companyFor();
    std::vector<std::int64_t> tagIds;
    for (const auto& tag : v.tags) {
        auto [known, added] = s.tagIds.try_emplace(text::lowerAscii(tag), 0); // names are case-insensitive
        if (added) {
            const auto before = db.totalChanges();
            known->second = s.ws.tags().ensureTag(tag);
            if (db.totalChanges() > before) s.created["tags"].push_back(known->second);
        }
        tagIds.push_back(known->second);
    }
    // A contact the import creates is undone by its id (the run first..last), with everything hanging
    // off it: nothing of it goes into the changeset, which holds only the contacts that were there.
    const bool created = decision == kCreate || decision <= kMergeBase;
    if (!created) s.recorder->resume();

    std::int64_t id = 0;
    contacts::Contact row;
    if (decision == kCreate) {
        contacts::ContactDraft draft;
        overlay(draft, v);
        if (company) draft.companyId = company;
        contacts::applyDraft(row, contacts::validated(draft));
        row.createdAt = row.updatedAt = s.now;
        id = s.inserter->add(row);
        row.id = id;
        if (!s.firstCreated) s.firstCreated = id;
        s.lastCreated = id;
        if (s.mergeTargets.count(index)) s.createdIdOfRow.emplace(index, id);
        s.ws.audit().record(audit::Entity::Contact, id, "import", {{"import", m_importId}});
    } else {
        id = decision > 0 ? decision : s.createdIdOfRow.at(kMergeBase - decision);
        const auto stored = s.ws.contacts().get(id);
        if (!stored) return;
        row = *stored;
        contacts::ContactDraft draft = contacts::draftOf(row);
        overlay(draft, v);
        if (company) draft.companyId = company;
        const contacts::ContactDraft clean = contacts::validated(draft);
        s.ws.audit().change(
            audit::Entity::Contact, id,
            [&] {
                contacts::applyDraft(row, clean);
                row.updatedAt = s.now;
                db::updateRow(db, contacts::kContactColumns, row);
            },
            "import");
    }

    std::vector<contacts::Channel> channels =
        decision == kCreate ? std::vector<contacts::Channel>{} : s.ws.contacts().channels(id);
    auto addChannel = [&](std::string_view kind, const std::string& value, const std::string& label) {
        if (value == (kind == vocab::channel_kind::kEmail ? row.email : row.phone)) return;
        for (const auto& ch : channels)
            if (ch.kind == kind && ch.value == value) return;
        contacts::Channel ch{.kind = std::string(kind), .value = value, .label = label, .contactId = id};
        ch.id = db::insertRow(db, contacts::kChannelColumns, ch);
        channels.push_back(std::move(ch));
    };
    for (const auto& [value, label] : v.moreEmails) addChannel(vocab::channel_kind::kEmail, value, label);
    for (const auto& [value, label] : v.morePhones) addChannel(vocab::channel_kind::kPhone, value, label);
    if (created)
        for (auto tag : tagIds) s.ws.tags().linkToNew(tags::Target::Contact, id, tag);
    else
        for (const auto& tag : v.tags) s.ws.tags().addTag(tags::Target::Contact, {id}, tag);
    for (const auto& [field, value] : v.custom) s.ws.customFields().setValue(field, id, value);
    s.ws.contacts().index(row, channels);
    if (created) s.recorder->resume();
}

void ContactImport::finishWrite() {
    State& s = *m_state;
    m_counts.rows = s.row;
    finishImportRecord(s.ws, m_importId, m_counts, s.firstCreated, s.lastCreated, s.created, s.recorder->undo(),
                       s.ws.now());
    saveMapping(s.ws, "contacts", s.file.header, s.options.columns);
    s.recorder.reset();
    s.inserter.reset();
    s.tx->commit();
    s.tx.reset();
    m_phase = Phase::Done;
}

void ContactImport::cancel() {
    State& s = *m_state;
    if (m_phase != Phase::Planning && m_phase != Phase::Writing && m_phase != Phase::Planned) return;
    const bool wrote = s.tx.has_value();
    s.recorder.reset();
    s.inserter.reset();
    s.tx.reset(); // ROLLBACK: everything the write pass did is gone
    if (wrote) s.ws.noteRollback();
    m_importId = 0;
    m_phase = Phase::Cancelled;
}

ContactImport::Phase ContactImport::runToEnd(bool dryRun) {
    const auto forever = std::chrono::hours(24);
    while (step(forever)) {
    }
    if (m_phase != Phase::Planned || dryRun) return m_phase;
    if (!start()) return m_phase;
    while (step(forever)) {
    }
    return m_phase;
}

std::string ContactImport::mappingJson() const {
    const State& s = *m_state;
    nlohmann::ordered_json columns = nlohmann::ordered_json::array();
    for (std::size_t c = 0; c < s.options.columns.size() && c < s.file.header.size(); ++c) {
        const ColumnTarget& t = s.options.columns[c];
        nlohmann::ordered_json one{{"column", s.file.header[c]}, {"field", contactFieldInfo(t.field).key}};
        if (t.field == F::Custom) one["custom_field_id"] = t.customFieldId;
        if (t.field == F::NewCustom) one["new_custom_field"] = t.newCustomField;
        columns.push_back(std::move(one));
    }
    nlohmann::ordered_json out{{"columns", columns},
                               {"match", matchByName(s.options.match)},
                               {"on_match", s.options.onMatch == OnMatch::Update ? "update"
                                            : s.options.onMatch == OnMatch::Skip ? "skip"
                                                                                 : "duplicate"},
                               {"delimiter", std::string(1, s.file.delimiter)}};
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ContactImport::reportCsv() const {
    std::string out = "\xEF\xBB\xBF";
    io::appendCsvRecord(out, {"row", "line", "column", "value", "reason"});
    for (const auto& p : m_problems)
        io::appendCsvRecord(out, {std::to_string(p.row), std::to_string(p.line), p.column, p.value, p.reason()});
    return out;
}

} // namespace satchel::imports
