#pragma once
// A place in the app as the page's address shows it: "#/contacts" (a screen) or "#/contacts/123"
// (a record on it). Screen ids are the registry's; the record id is the screen's own kind of record.
#include <cstdint>
#include <string>
#include <string_view>

namespace satchel::ui {

struct Address {
    std::string screen; // a registry id; empty: the first screen
    std::int64_t record = 0;
};

std::string formatAddress(const Address& address);
// "#/contacts/123" -> {contacts, 123}; "", "#", "#/" -> {}; a record id that is not a positive
// number is dropped (the screen is still shown).
Address parseAddress(std::string_view text);

} // namespace satchel::ui
