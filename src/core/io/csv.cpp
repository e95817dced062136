#include "core/io/csv.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace satchel::io {

namespace {

// Per-line counts of each candidate delimiter outside quotes, over the first lines of `text`.
std::vector<std::array<int, kCsvDelimiters.size()>> delimiterCounts(std::string_view text, int maxLines) {
    std::vector<std::array<int, kCsvDelimiters.size()>> lines;
    std::array<int, kCsvDelimiters.size()> counts{};
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size() && static_cast<int>(lines.size()) < maxLines; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (any) lines.push_back(counts);
            counts = {};
            any = false;
            continue;
        } else if (!quoted) {
            if (const auto at = kCsvDelimiters.find(c); at != std::string_view::npos) ++counts[at];
        }
        any = true;
    }
    if (any && static_cast<int>(lines.size()) < maxLines) lines.push_back(counts);
    return lines;
}

// Line breaks in quoted text: LF, CRLF, and a CR alone (old Mac files) each end one line.
std::int64_t linesIn(std::string_view text) {
    std::int64_t lines = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++lines;
    return lines;
}

bool needsQuotes(std::string_view field, char delimiter) {
    if (field.empty()) return false;
    if (field.front() == ' ' || field.back() == ' ') return true;
    return std::any_of(field.begin(), field.end(),
                       [&](char c) { return c == delimiter || c == '"' || c == '\n' || c == '\r'; });
}

} // namespace

char sniffDelimiter(std::string_view text) {
    const auto lines = delimiterCounts(text, 20);
    char best = ',';
    std::size_t bestScore = 0;
    for (std::size_t d = 0; d < kCsvDelimiters.size(); ++d) {
        if (lines.empty() || lines.front()[d] == 0) continue;
        // Lines that agree with the header's count: a delimiter inside text varies, a real one does not.
        const int expected = lines.front()[d];
        const auto score = static_cast<std::size_t>(
            std::count_if(lines.begin(), lines.end(), [&](const auto& line) { return line[d] == expected; }));
        if (score > bestScore) {
            bestScore = score;
            best = kCsvDelimiters[d];
        }
    }
    return best;
}

CsvReader::CsvReader(std::string_view text, char delimiter, CsvLimits limits, std::int64_t firstLine)
    : m_text(text), m_delimiter(delimiter), m_limits(limits), m_line(firstLine) {}

bool CsvReader::tooLong(std::size_t) {
    return fail(m_recordLine, "field " + std::to_string(m_spans.size() + 1) + " is longer than " +
                                  std::to_string(m_limits.maxFieldBytes >> 20) + " MB");
}

bool CsvReader::fail(std::int64_t line, std::string reason) {
    m_problem = CsvProblem{line, std::move(reason)};
    m_pos = m_text.size();
    return false;
}

bool CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    if (m_problem) return false;
    const std::size_t n = m_text.size();
    while (m_pos < n && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
        if (m_text[m_pos] == '\n')
            ++m_line;
        else if (m_pos + 1 >= n || m_text[m_pos + 1] != '\n')
            ++m_line; // a lone CR ends a line too
        ++m_pos;
    }
    if (m_pos >= n) return false;
    m_recordLine = m_line;
    m_buffer.clear();
    m_spans.clear();
    const char* text = m_text.data();
    for (;;) {
        const std::size_t start = m_buffer.size();
        if (m_pos < n && text[m_pos] == '"') {
            const std::int64_t quoteLine = m_line;
            ++m_pos;
            for (;;) {
                const void* q = std::memchr(text + m_pos, '"', n - m_pos);
                if (!q) return fail(quoteLine, "a quoted field is never closed");
                const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(q) - text);
                const std::string_view piece(text + m_pos, end - m_pos);
                if (piece.find('\0') != std::string_view::npos)
                    return fail(m_line + std::count(piece.begin(),
                                                    piece.begin() + static_cast<std::ptrdiff_t>(piece.find('\0')),
                                                    '\n'),
                                "NUL byte: this is not a text file");
                m_line += linesIn(piece);
                m_buffer.append(piece);
                if (m_buffer.size() - start > m_limits.maxFieldBytes) return tooLong(start);
                m_pos = end + 1;
                if (m_pos < n && text[m_pos] == '"') {
                    m_buffer.push_back('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
        // Unquoted text, or what follows a closing quote before the delimiter (kept, as Excel does).
        std::size_t end = m_pos;
        while (end < n) {
            const char c = text[end];
            if (c == m_delimiter || c == '\n' || c == '\r') break;
            if (c == '\0') return fail(m_line, "NUL byte: this is not a text file");
            ++end;
        }
        m_buffer.append(text + m_pos, end - m_pos);
        m_pos = end;
        if (m_buffer.size() - start > m_limits.maxFieldBytes) return tooLong(start);
        m_spans.emplace_back(start, m_buffer.size() - start);
        if (m_spans.size() > m_limits.maxColumns)
            return fail(m_recordLine, "more than " + std::to_string(m_limits.maxColumns) + " columns");
        if (m_pos >= n) break;
        const char c = text[m_pos++];
        if (c == m_delimiter) continue;
        if (c == '\r' && m_pos < n && text[m_pos] == '\n') ++m_pos;
        ++m_line;
        break;
    }
    fields.reserve(m_spans.size());
    for (const auto& [at, size] : m_spans) fields.emplace_back(m_buffer.data() + at, size);
    return true;
}

void appendCsvField(std::string& out, std::string_view field, char delimiter) {
    if (!needsQuotes(field, delimiter)) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (const char c : field) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendCsvRecord(std::string& out, const std::vector<std::string>& fields, char delimiter) {
    // One empty field written bare would be a blank line, which readers skip (found by csv_fuzz).
    if (fields.size() == 1 && fields[0].empty()) {
        out.append("\"\"\r\n");
        return;
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out.push_back(delimiter);
        appendCsvField(out, fields[i], delimiter);
    }
    out.append("\r\n");
}

} // namespace satchel::io
