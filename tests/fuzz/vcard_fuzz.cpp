// libFuzzer: any bytes as an address book: every card read, then written and read back.
#include "core/io/vcard.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto file = satchel::io::readVCards(text);
    const std::string written = satchel::io::writeVCards(file.cards);
    const auto again = satchel::io::readVCards(written);
    if (again.cards.size() != file.cards.size()) __builtin_trap();
    return 0;
}
