#pragma once
#include <cstdint>
#include <string>

namespace satchel::contacts {

struct Contact {
    std::int64_t id = 0;
    std::string name;
    std::string email;  // empty when unknown
    std::string phone;  // as normalised by validation; empty when unknown
    std::int64_t createdAt = 0;  // UTC ms
    std::int64_t updatedAt = 0;  // UTC ms
};

// What a person fills in; validated and normalised before anything is stored.
struct ContactDraft {
    std::string name;
    std::string email;
    std::string phone;
};

} // namespace satchel::contacts
