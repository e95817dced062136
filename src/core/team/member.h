#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace satchel::team {

// A person in the sales team: records name them as owner (contacts, deals) or assignee (tickets).
// One member is "me", the person using this copy of Satchel: new records are theirs.
struct Member {
    std::int64_t id = 0;
    std::string name;
    std::string email;
    bool me = false;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> removedAt; // left the team: their records keep their name
};

} // namespace satchel::team
