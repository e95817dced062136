#pragma once
// The people in the team, picked (never typed) as the owner of a contact or deal and the assignee
// of a ticket. Records hold the member's name, so a rename changes every record that names them,
// in one transaction. (Syncing the team between laptops comes with the sync server.)
#include "core/common/clock.h"
#include "core/common/name_collation.h"
#include "core/team/member.h"

#include <optional>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::team {

class TeamService {
public:
    // `names`: the order lists by name follow, owned by the Workspace (it changes with the language).
    TeamService(db::Database& db, Clock clock, const NameCollation& names);

    std::vector<Member> members() const; // present ones, by name
    std::optional<Member> me() const;
    // A new member; a member who left under that name comes back. ValidationError("name") when
    // empty or taken.
    std::int64_t add(const std::string& name, const std::string& email);
    // New name or email; the contacts, deals and tickets that named the old name follow.
    void update(std::int64_t id, const std::string& name, const std::string& email);
    void setMe(std::int64_t id);
    // Leaves the team: no longer offered, while the records they owned keep their name.
    void remove(std::int64_t id);

private:
    std::optional<Member> get(std::int64_t id) const;
    db::Database& m_db;
    Clock m_clock;
    const NameCollation& m_names;
};

} // namespace satchel::team
