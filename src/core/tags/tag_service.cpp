#include "core/tags/tag_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"

#include <algorithm>

namespace satchel::tags {

namespace {
// Fixed statements per target: the table names never come from input.
struct Sql {
    const char* link;
    const char* unlink;
    const char* clear;
    const char* list;
};
const Sql& sql(Target t) {
    static const Sql contact{
        "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)",
        "DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = ?", "DELETE FROM contact_tags WHERE contact_id = ?",
        "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? "
        "ORDER BY t.name COLLATE NOCASE"};
    static const Sql company{
        "INSERT OR IGNORE INTO company_tags (company_id, tag_id) VALUES (?, ?)",
        "DELETE FROM company_tags WHERE company_id = ? AND tag_id = ?", "DELETE FROM company_tags WHERE company_id = ?",
        "SELECT t.name FROM company_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.company_id = ? "
        "ORDER BY t.name COLLATE NOCASE"};
    return t == Target::Contact ? contact : company;
}
} // namespace

TagService::TagService(db::Database& db, audit::AuditLog& audit) : m_db(db), m_audit(audit) {}

void TagService::recordTags(Target target, std::int64_t id, const std::vector<std::string>& added,
                            const std::vector<std::string>& removed) {
    if (added.empty() && removed.empty()) return;
    nlohmann::ordered_json details = nlohmann::ordered_json::object();
    if (!added.empty()) details["added"] = added;
    if (!removed.empty()) details["removed"] = removed;
    m_audit.record(target == Target::Contact ? audit::Entity::Contact : audit::Entity::Company, id, "tags", details);
}

std::optional<std::pair<Problem, std::vector<std::string>>> tagNameProblem(std::string_view name) {
    if (name.empty()) return std::pair{Problem::Empty, std::vector<std::string>{}};
    if (text::codePointCount(name) > 50) return std::pair{Problem::TooLong, std::vector<std::string>{"50"}};
    return std::nullopt;
}

void TagService::linkToNew(Target target, std::int64_t id, std::int64_t tag) {
    auto& link = target == Target::Contact ? m_linkContact : m_linkCompany;
    if (!link) link.emplace(m_db.handle(), sql(target).link);
    link->reset();
    link->bindAll(id, tag).run();
}

std::int64_t TagService::tagId(const std::string& raw) {
    const std::string name = text::trim(raw);
    if (auto problem = tagNameProblem(name)) throw ValidationError("tag", problem->first, problem->second);
    m_db.prepare("INSERT OR IGNORE INTO tags (name) VALUES (?)").bind(1, name).run();
    auto stmt = m_db.prepare("SELECT id FROM tags WHERE name = ?");
    stmt.bind(1, name);
    stmt.step();
    return stmt.columnInt64(0);
}

void TagService::setTags(Target target, std::int64_t id, const std::vector<std::string>& names) {
    db::Transaction tx(m_db);
    const auto before = tagsOf(target, id);
    m_db.prepare(sql(target).clear).bind(1, id).run();
    auto link = m_db.prepare(sql(target).link);
    for (const auto& name : names) {
        if (text::trim(name).empty()) continue;
        link.bindAll(id, tagId(name)).run();
        link.reset();
    }
    const auto after = tagsOf(target, id);
    const auto missingFrom = [](const std::vector<std::string>& from, const std::vector<std::string>& these) {
        std::vector<std::string> out;
        for (const auto& n : these)
            if (std::find(from.begin(), from.end(), n) == from.end()) out.push_back(n);
        return out;
    };
    recordTags(target, id, missingFrom(before, after), missingFrom(after, before));
    tx.commit();
}

void TagService::addTag(Target target, const std::vector<std::int64_t>& ids, const std::string& name) {
    db::Transaction tx(m_db);
    const auto tag = tagId(name);
    auto link = m_db.prepare(sql(target).link);
    for (auto id : ids) {
        link.bindAll(id, tag).run();
        link.reset();
        if (m_db.changes() > 0) recordTags(target, id, {text::trim(name)}, {});
    }
    tx.commit();
}

void TagService::removeTag(Target target, const std::vector<std::int64_t>& ids, const std::string& name) {
    db::Transaction tx(m_db);
    auto find = m_db.prepare("SELECT id FROM tags WHERE name = ?");
    find.bind(1, text::trim(name));
    if (find.step()) {
        const auto tag = find.columnInt64(0);
        auto unlink = m_db.prepare(sql(target).unlink);
        for (auto id : ids) {
            unlink.bindAll(id, tag).run();
            unlink.reset();
            if (m_db.changes() > 0) recordTags(target, id, {}, {text::trim(name)});
        }
    }
    tx.commit();
}

std::vector<std::string> TagService::tagsOf(Target target, std::int64_t id) const {
    auto stmt = m_db.prepare(sql(target).list);
    stmt.bind(1, id);
    std::vector<std::string> out;
    while (stmt.step()) out.push_back(stmt.columnText(0));
    return out;
}

std::vector<std::string> TagService::names() const {
    auto stmt = m_db.prepare("SELECT name FROM tags ORDER BY name COLLATE NOCASE");
    std::vector<std::string> out;
    while (stmt.step()) out.push_back(stmt.columnText(0));
    return out;
}

std::vector<TagCount> TagService::allTags() const {
    auto stmt = m_db.prepare("SELECT t.name, "
                             " (SELECT count(*) FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id "
                             "   WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) + "
                             " (SELECT count(*) FROM company_tags ct JOIN companies c ON c.id = ct.company_id "
                             "   WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) "
                             "FROM tags t ORDER BY t.name COLLATE NOCASE");
    std::vector<TagCount> out;
    while (stmt.step()) out.push_back({stmt.columnText(0), stmt.columnInt64(1)});
    return out;
}

} // namespace satchel::tags
