#pragma once
// Comma-separated values as RFC 4180 writes them, and as spreadsheets write them in practice:
// quoted fields holding delimiters, doubled quotes and line breaks; CRLF or LF; comma, semicolon,
// tab or pipe between fields. The reader streams (an import of 1,000,000 rows never holds them
// all) and stops at the first thing it cannot read, naming the line.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace satchel::io {

inline constexpr std::string_view kCsvDelimiters = ",;\t|";

// The delimiter a file uses: of comma, semicolon, tab and pipe, the one found the same number of
// times (and at least once) on most of the first lines, outside quotes. Comma when nothing fits.
char sniffDelimiter(std::string_view text);

struct CsvProblem {
    std::int64_t line = 0; // 1-based line of the input where it was found
    std::string reason;
};

struct CsvLimits {
    std::size_t maxFieldBytes = std::size_t{16} << 20; // a field longer than this is refused
    std::size_t maxColumns = 16384;                    // as many columns as Excel has
};

class CsvReader {
public:
    // `text` is UTF-8 (see text_decoding.h) and must outlive the reader. `firstLine`: the line
    // number of its first line (a reader of the rows after a header starts past it).
    CsvReader(std::string_view text, char delimiter, CsvLimits limits = {}, std::int64_t firstLine = 1);

    // The next record's fields, valid until the next call. Blank lines are skipped. Returns false
    // at the end, or when the input cannot be read further (then problem() says why).
    bool next(std::vector<std::string_view>& fields);
    // The line the record last returned started on (1-based).
    std::int64_t line() const { return m_recordLine; }
    // The line the reader stands on: where the next record starts, blank lines aside.
    std::int64_t nextLine() const { return m_line; }
    // How far the reader has got, in bytes of the input (for progress).
    std::size_t offset() const { return m_pos; }
    std::size_t size() const { return m_text.size(); }
    const std::optional<CsvProblem>& problem() const { return m_problem; }

private:
    bool fail(std::int64_t line, std::string reason);
    bool tooLong(std::size_t fieldStart);

    std::string_view m_text;
    char m_delimiter;
    CsvLimits m_limits;
    std::size_t m_pos = 0;
    std::int64_t m_line = 1, m_recordLine = 0;
    std::string m_buffer;                                     // unquoted field text of the record
    std::vector<std::pair<std::size_t, std::size_t>> m_spans; // each field in m_buffer
    std::optional<CsvProblem> m_problem;
};

// Appends one field, quoted when it holds the delimiter, a quote, a line break or edge spaces.
void appendCsvField(std::string& out, std::string_view field, char delimiter = ',');
// Appends a record: fields joined by the delimiter, ended by CRLF (RFC 4180).
void appendCsvRecord(std::string& out, const std::vector<std::string>& fields, char delimiter = ',');

} // namespace satchel::io
