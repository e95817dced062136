#pragma once
// Tags on contacts and companies. Tag names are case-insensitive and created on first use. Every
// tag added to or removed from a record is in its history ("tags": {"added": [..], "removed": [..]}).
#include "core/audit/audit_log.h"

#include "core/common/problem.h"
#include "core/db/statement.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::tags {

enum class Target { Contact, Company };

struct TagCount {
    std::string name;
    std::int64_t uses = 0;
};

// Why a tag (trimmed) cannot be stored, with the problem's parameters; nothing when it can.
std::optional<std::pair<Problem, std::vector<std::string>>> tagNameProblem(std::string_view name);

class TagService {
public:
    TagService(db::Database& db, audit::AuditLog& audit);

    // Replaces the record's tags with `names` (trimmed; blanks ignored; duplicates folded).
    void setTags(Target target, std::int64_t id, const std::vector<std::string>& names);
    void addTag(Target target, const std::vector<std::int64_t>& ids, const std::string& name);
    void removeTag(Target target, const std::vector<std::int64_t>& ids, const std::string& name);
    std::vector<std::string> tagsOf(Target target, std::int64_t id) const;
    // Every tag with how many live contacts and companies carry it, by name.
    std::vector<TagCount> allTags() const;
    std::vector<std::string> names() const; // every tag, by name (cheap: no counting)
    // The tag's id, made when there is none (import makes its new tags apart from linking them).
    std::int64_t ensureTag(const std::string& name) { return tagId(name); }
    // Links a tag to a record made in this same transaction (an import's new contacts): no
    // history to record, and one statement kept for the thousands of rows that do it.
    void linkToNew(Target target, std::int64_t id, std::int64_t tagId);

private:
    std::int64_t tagId(const std::string& name);
    void recordTags(Target target, std::int64_t id, const std::vector<std::string>& added,
                    const std::vector<std::string>& removed);
    db::Database& m_db;
    audit::AuditLog& m_audit; // shared by every service (Workspace)
    std::optional<db::Statement> m_linkContact, m_linkCompany;
};

} // namespace satchel::tags
