#include "core/imports/import_file.h"

#include "core/io/field_values.h"

#include <algorithm>

namespace satchel::imports {

std::string FileProblem::message() const {
    std::string out;
    if (line > 0) out = "line " + std::to_string(line);
    if (byteOffset >= 0) out += (out.empty() ? "byte " : ", byte ") + std::to_string(byteOffset);
    return out.empty() ? reason : out + ": " + reason;
}

std::variant<ImportFile, FileProblem> openImportFile(std::string name, std::string_view bytes,
                                                     std::optional<io::Encoding> encoding,
                                                     std::optional<char> delimiter) {
    if (bytes.empty()) return FileProblem{0, -1, "the file is empty"};
    ImportFile file;
    file.name = std::move(name);
    file.detected = !encoding;
    file.encoding = encoding ? *encoding : io::detectEncoding(bytes).encoding;
    auto decoded = io::decodeToUtf8(bytes, file.encoding);
    if (auto* error = std::get_if<io::DecodeError>(&decoded))
        return FileProblem{error->line, error->byteOffset, error->reason};
    file.text = std::move(std::get<std::string>(decoded));
    // A NUL is never in a spreadsheet's text: this is a picture or a program named .csv. Said now,
    // before the person maps columns of garbage.
    if (const auto nul = file.text.find('\0'); nul != std::string::npos)
        return FileProblem{
            1 + std::count(file.text.begin(), file.text.begin() + static_cast<std::ptrdiff_t>(nul), '\n'), -1,
            "NUL byte: this is not a text file"};
    file.delimiter = delimiter ? *delimiter : io::sniffDelimiter(file.text);

    io::CsvReader reader(file.text, file.delimiter);
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) {
        if (reader.problem()) return FileProblem{reader.problem()->line, -1, reader.problem()->reason};
        return FileProblem{0, -1, "the file is empty"};
    }
    for (auto f : fields) file.header.push_back(io::cleanText(f));
    // A trailing delimiter on the header line (Thunderbird writes one) is not a column.
    while (!file.header.empty() && file.header.back().empty() && file.header.size() > 1) file.header.pop_back();
    file.headerEnd = reader.offset();
    file.firstDataLine = reader.nextLine();
    return file;
}

io::CsvReader dataRows(const ImportFile& file) {
    return io::CsvReader(std::string_view(file.text).substr(file.headerEnd), file.delimiter, {}, file.firstDataLine);
}

} // namespace satchel::imports
