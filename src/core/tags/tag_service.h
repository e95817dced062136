#pragma once
// Tags on contacts and companies. Tag names are case-insensitive and created on first use.
#include <cstdint>
#include <string>
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

class TagService {
public:
    explicit TagService(db::Database& db);

    // Replaces the record's tags with `names` (trimmed; blanks ignored; duplicates folded).
    void setTags(Target target, std::int64_t id, const std::vector<std::string>& names);
    void addTag(Target target, const std::vector<std::int64_t>& ids, const std::string& name);
    void removeTag(Target target, const std::vector<std::int64_t>& ids, const std::string& name);
    std::vector<std::string> tagsOf(Target target, std::int64_t id) const;
    // Every tag with how many live contacts and companies carry it, by name.
    std::vector<TagCount> allTags() const;
    std::vector<std::string> names() const; // every tag, by name (cheap: no counting)

private:
    std::int64_t tagId(const std::string& name);
    db::Database& m_db;
};

} // namespace satchel::tags
