#pragma once
#include "core/vocab/crm_vocabularies.h"

#include <cstdint>
#include <optional>
#include <string>

namespace satchel::contacts {

struct Contact {
    std::int64_t id = 0;
    std::string name;
    std::string email;          // empty when unknown
    std::string phone;          // as normalised by validation; empty when unknown
    std::int64_t createdAt = 0; // UTC ms
    std::int64_t updatedAt = 0; // UTC ms
    std::string title, address, city, country, source, owner;
    std::string lifecycle{vocab::lifecycle::kLead};
    std::string notes;
    std::optional<std::int64_t> companyId;
    std::optional<std::int64_t> deletedAt; // set while in the trash (undo possible)
};

// Another email address or phone number of a contact ("work", "home", "mobile" ...).
struct Channel {
    std::int64_t id = 0;
    std::string kind;  // email | phone
    std::string value; // normalised like the contact's own email / phone
    std::string label;
    std::int64_t contactId = 0;
};

// What a person fills in; validated and normalised before anything is stored.
struct ContactDraft {
    std::string name;
    std::string email;
    std::string phone;
    std::string title, address, city, country, source, owner;
    std::string lifecycle{vocab::lifecycle::kLead};
    std::string notes;
    std::optional<std::int64_t> companyId;
};

} // namespace satchel::contacts
