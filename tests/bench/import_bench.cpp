// Importing contacts from CSV at scale (shell/bench import): a deterministic file of N contacts is
// made in memory, then opened (decoded, header read), planned (every row checked and matched) and
// written in one transaction, as the app does it. Prints one JSON object per size.
//   satchel_import_bench --contacts 100000 [--contacts 1000000]
#include "core/imports/contact_import.h"
#include "core/imports/import_file.h"
#include "core/workspace/workspace.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <variant>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

// The process's peak memory in MB: natively the peak resident set; in wasm the heap, which only
// grows (so its size now is its peak).
double peakMegabytes() {
#ifdef __EMSCRIPTEN__
    return static_cast<double>(emscripten_get_heap_size()) / 1e6;
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1e3; // KB on Linux
#endif
}

// Rows like a real export: Chinese and Latin names, one email each, phones, a company for most,
// a city, a tag for some; quoted cells where the text needs it.
std::string makeCsv(int contacts) {
    static const char* surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"};
    static const char* given[] = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强"};
    static const char* first[] = {"Ann", "Bo", "Zoë", "José", "Liam", "Mia", "Noah", "Olga"};
    static const char* last[] = {"Lee", "Wu", "Lefèvre", "García", "Smith", "Müller", "O'Brien", "Kim"};
    static const char* cities[] = {"北京", "上海", "Paris", "London", "São Paulo", "Berlin", "深圳", "New York"};
    std::string csv = "Name,Email,Phone,Company,City,Tags\r\n";
    csv.reserve(static_cast<std::size_t>(contacts) * 96);
    std::uint64_t r = 88172645463325252ull;
    auto next = [&] {
        r ^= r << 13, r ^= r >> 7, r ^= r << 17;
        return r;
    };
    for (int i = 0; i < contacts; ++i) {
        const bool chinese = next() % 3 == 0;
        if (chinese)
            csv += std::string(surnames[next() % 8]) + given[next() % 8];
        else
            csv += std::string(first[next() % 8]) + " " + last[next() % 8];
        csv += ",person" + std::to_string(i) + "@example" + std::to_string(i % 97) + ".com";
        csv += ",+86 138 " + std::to_string(1000 + i % 9000) + " " + std::to_string(1000 + (i / 9000) % 9000);
        csv += next() % 10 < 7 ? ",\"Firm " + std::to_string(next() % (contacts / 20 + 1)) + ", Ltd\"" : ",";
        csv += std::string(",") + cities[next() % 8];
        csv += next() % 5 == 0 ? ",\"VIP, 新客户\"\r\n" : ",\r\n";
    }
    return csv;
}

void run(int contacts) {
    const std::string csv = makeCsv(contacts);
    satchel::Workspace ws(":memory:");
    const auto started = Clock::now();
    auto opened = satchel::imports::openImportFile("bench.csv", csv);
    const auto& file = std::get<satchel::imports::ImportFile>(opened);
    const double openSeconds = seconds(started);
    satchel::imports::ContactImportOptions options;
    options.columns = satchel::imports::suggestColumns(file.header);
    satchel::imports::ContactImport job(ws, file, options);
    auto planStarted = Clock::now();
    while (job.step(std::chrono::milliseconds(50))) {
    }
    const double planSeconds = seconds(planStarted);
    const auto writeStarted = Clock::now();
    if (!job.start()) {
        std::printf("{\"contacts\": %d, \"error\": \"nothing to write\"}\n", contacts);
        return;
    }
    while (job.step(std::chrono::milliseconds(50))) {
    }
    const double writeSeconds = seconds(writeStarted);
    const double total = seconds(started);
    const double peak = peakMegabytes(); // before the copy of the database below
    const auto databaseBytes = static_cast<double>(ws.backup().size());
    std::printf("{\"contacts\": %d, \"created\": %lld, \"csv_bytes\": %zu, \"open_s\": %.3f, \"plan_s\": %.3f, "
                "\"write_s\": %.3f, \"total_s\": %.3f, \"rows_per_s\": %.0f, \"peak_mb\": %.1f, "
                "\"database_bytes\": %.0f, \"database_bytes_per_row\": %.0f, \"phase\": %d}\n",
                contacts, static_cast<long long>(job.counts().create), csv.size(), openSeconds, planSeconds,
                writeSeconds, total, contacts / total, peak, databaseBytes, databaseBytes / contacts,
                static_cast<int>(job.phase()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--contacts") == 0) sizes.push_back(std::atoi(argv[++i]));
    if (sizes.empty()) sizes.push_back(100000);
    for (int n : sizes) run(n);
    return 0;
}
