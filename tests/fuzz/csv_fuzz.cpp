// libFuzzer: any bytes as a CSV file: detected, decoded, delimiter sniffed and read to the end.
// Must never crash, hang or read out of bounds (shell/fuzz runs it under ASan and UBSan).
#include "core/io/csv.h"
#include "core/io/text_decoding.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto detected = satchel::io::detectEncoding(bytes);
    auto decoded = satchel::io::decodeToUtf8(bytes, detected.encoding);
    if (!std::holds_alternative<std::string>(decoded)) return 0;
    const std::string& text = std::get<std::string>(decoded);
    satchel::io::CsvReader reader(text, satchel::io::sniffDelimiter(text),
                                  satchel::io::CsvLimits{.maxFieldBytes = 1 << 16, .maxColumns = 512});
    std::vector<std::string_view> fields;
    std::string written;
    while (reader.next(fields)) {
        // What we write must read back as the same fields.
        written.clear();
        satchel::io::appendCsvRecord(written, std::vector<std::string>(fields.begin(), fields.end()));
        satchel::io::CsvReader again(written, ',');
        std::vector<std::string_view> back;
        if (!again.next(back) || back.size() != fields.size()) __builtin_trap();
        for (std::size_t i = 0; i < back.size(); ++i)
            if (back[i] != fields[i]) __builtin_trap();
    }
    return 0;
}
