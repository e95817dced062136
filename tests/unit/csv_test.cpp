// Reading and writing comma-separated values: RFC 4180 and what spreadsheets write in practice.
#include "core/io/csv.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace satchel::io;

namespace {
std::vector<std::vector<std::string>> readAll(std::string_view text, char delimiter = ',') {
    CsvReader reader(text, delimiter);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string_view> fields;
    while (reader.next(fields)) rows.emplace_back(fields.begin(), fields.end());
    REQUIRE_FALSE(reader.problem());
    return rows;
}
} // namespace

TEST_CASE("csv: quoted fields keep delimiters, doubled quotes and line breaks") {
    const auto rows = readAll("name,notes\r\n\"Lee, Ann\",\"said \"\"hi\"\"\r\ntwice\"\r\n王小明,😀\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1] == std::vector<std::string>{"Lee, Ann", "said \"hi\"\r\ntwice"});
    CHECK(rows[2] == std::vector<std::string>{"王小明", "😀"});
}

TEST_CASE("csv: blank lines are skipped and record lines are counted across quoted line breaks") {
    CsvReader reader("a,b\n\n\"x\ny\",1\n\nz,2", ',');
    std::vector<std::string_view> f;
    REQUIRE(reader.next(f));
    CHECK(reader.line() == 1);
    REQUIRE(reader.next(f));
    CHECK(reader.line() == 3);
    CHECK(f[0] == "x\ny");
    REQUIRE(reader.next(f));
    CHECK(reader.line() == 6);
    CHECK(f[1] == "2");
    CHECK_FALSE(reader.next(f));
    CHECK_FALSE(reader.problem());
}

TEST_CASE("csv: the delimiter is sniffed among comma, semicolon, tab and pipe") {
    CHECK(sniffDelimiter("a;b;c\n1;2,5;3\n") == ';');
    CHECK(sniffDelimiter("a\tb\n\"x,y\"\t2\n") == '\t');
    CHECK(sniffDelimiter("a|b|c\n1|2|3\n") == '|');
    CHECK(sniffDelimiter("name,email\nAnn,ann@example.com\n") == ',');
    CHECK(sniffDelimiter("\"Lee; Ann\",x\n\"Wu; Bo\",y\n") == ',');
    CHECK(sniffDelimiter("just one column\n") == ',');
}

TEST_CASE("csv: an unterminated quote at the end of the file names the line it opened on") {
    CsvReader reader("a,b\n1,2\n3,\"never closed\n4,5\n", ',');
    std::vector<std::string_view> f;
    CHECK(reader.next(f));
    CHECK(reader.next(f));
    CHECK_FALSE(reader.next(f));
    REQUIRE(reader.problem());
    CHECK(reader.problem()->line == 3);
    CHECK(reader.problem()->reason == "a quoted field is never closed");
}

TEST_CASE("csv: NUL bytes and binary files are refused with their line") {
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    CsvReader reader(png, ',');
    std::vector<std::string_view> f;
    while (reader.next(f)) {
    }
    REQUIRE(reader.problem());
    CHECK(reader.problem()->line == 3);
    CHECK(reader.problem()->reason.find("NUL") != std::string::npos);
}

TEST_CASE("csv: a field over the size limit and too many columns are refused, not read") {
    const std::string big = "notes\n\"" + std::string(10u << 20, 'x') + "\"\n";
    CsvReader reader(big, ',', CsvLimits{.maxFieldBytes = 4u << 20});
    std::vector<std::string_view> f;
    CHECK(reader.next(f));
    CHECK_FALSE(reader.next(f));
    REQUIRE(reader.problem());
    CHECK(reader.problem()->line == 2);
    CHECK(reader.problem()->reason == "field 1 is longer than 4 MB");

    std::string wide;
    for (int i = 0; i < 100000; ++i) wide += "c" + std::to_string(i) + ",";
    CsvReader wideReader(wide, ',');
    CHECK_FALSE(wideReader.next(f));
    REQUIRE(wideReader.problem());
    CHECK(wideReader.problem()->reason == "more than 16384 columns");
}

TEST_CASE("csv: a 10 MB field within the limit reads whole") {
    const std::string big = "notes\n\"" + std::string(10u << 20, 'y') + "\"\n";
    const auto rows = readAll(big);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0].size() == (10u << 20));
}

TEST_CASE("csv: written fields are quoted only when needed and read back the same") {
    const std::vector<std::string> fields{"plain", "a,b", "say \"hi\"", "two\nlines", " edge ", "", "张三 😀"};
    std::string out;
    appendCsvRecord(out, fields);
    CHECK(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" edge \",,张三 😀\r\n");
    const auto rows = readAll(out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == fields);
}

TEST_CASE("csv: a record of one empty field is written so that it reads back as a record") {
    std::string out;
    appendCsvRecord(out, {""});
    CHECK(out == "\"\"\r\n");
    const auto rows = readAll(out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == std::vector<std::string>{""});
}
