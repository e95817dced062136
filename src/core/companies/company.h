#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace satchel::companies {

struct Company {
    std::int64_t id = 0;
    std::string name, domain, industry, sizeBand, address, city, country, notes;
    std::int64_t createdAt = 0, updatedAt = 0;
    std::optional<std::int64_t> deletedAt;
};

struct CompanyDraft {
    std::string name;
    std::string domain; // "example.com"; a pasted URL or email is reduced to its host
    std::string industry, sizeBand, address, city, country, notes;
};

} // namespace satchel::companies
