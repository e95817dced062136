#include "ui/address.h"

#include <charconv>

namespace satchel::ui {

std::string formatAddress(const Address& address) {
    std::string text = "#/" + address.screen;
    if (address.record > 0) text += "/" + std::to_string(address.record);
    return text;
}

Address parseAddress(std::string_view text) {
    if (text.starts_with('#')) text.remove_prefix(1);
    if (text.starts_with('/')) text.remove_prefix(1);
    Address address;
    const auto slash = text.find('/');
    address.screen = std::string(text.substr(0, slash));
    if (slash == std::string_view::npos) return address;
    const std::string_view id = text.substr(slash + 1);
    std::int64_t record = 0;
    const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), record);
    if (error == std::errc() && end == id.data() + id.size() && record > 0) address.record = record;
    return address;
}

} // namespace satchel::ui
