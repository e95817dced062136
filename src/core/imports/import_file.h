#pragma once
// A file someone wants to import, read far enough to map it: its bytes decoded to UTF-8 (the
// encoding detected, or the one they chose), the delimiter sniffed (or chosen), and the header.
// The rows are read later, twice (to plan, then to write), by a CsvReader over `text`.
#include "core/io/csv.h"
#include "core/io/text_decoding.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace satchel::imports {

struct ImportFile {
    std::string name; // as the person's computer called it
    io::Encoding encoding = io::Encoding::Utf8;
    bool detected = true; // the encoding was detected, not chosen
    char delimiter = ',';
    std::string text; // UTF-8, without a BOM
    std::vector<std::string> header;
    std::size_t headerEnd = 0;      // where the first data row starts in `text`
    std::int64_t firstDataLine = 2; // its line number
};

struct FileProblem {
    std::int64_t line = 0;        // 0: the file as a whole
    std::int64_t byteOffset = -1; // in the file's bytes, when an encoding error is at a place
    std::string reason;           // English, short: "the file is empty"
    std::string message() const;  // "line 3, byte 41: bytes are not valid GB18030"
};

// Decodes and reads the header. `encoding`/`delimiter` override detection.
std::variant<ImportFile, FileProblem> openImportFile(std::string name, std::string_view bytes,
                                                     std::optional<io::Encoding> encoding = std::nullopt,
                                                     std::optional<char> delimiter = std::nullopt);

// A reader over the data rows (after the header).
io::CsvReader dataRows(const ImportFile& file);

} // namespace satchel::imports
