// shell/bench core: the CRM core at scale, the same source natively and as wasm under node.
// Seeds N contacts (default 100,000) into an in-memory database, then measures search as you type
// and list pages. Prints one JSON object.
#include "core/seed/seed.h"
#include "core/workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Stats {
    double p50, p95, max;
};

Stats timeEach(int n, const std::function<void(int)>& work) {
    std::vector<double> t;
    for (int i = 0; i < n; ++i) {
        const auto start = Clock::now();
        work(i);
        t.push_back(ms(Clock::now() - start));
    }
    std::sort(t.begin(), t.end());
    auto at = [&](double q) {
        return t[std::min(t.size() - 1, static_cast<size_t>(q * static_cast<double>(t.size())))];
    };
    return {at(0.50), at(0.95), t.back()};
}

// The first `n` code points of `s`.
std::string prefix(const std::string& s, int n) {
    size_t i = 0;
    for (int k = 0; k < n && i < s.size(); ++k) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
    return s.substr(0, i);
}

nlohmann::ordered_json stats(const Stats& s) { return {{"p50_ms", s.p50}, {"p95_ms", s.p95}, {"max_ms", s.max}}; }

} // namespace

int main(int argc, char** argv) {
    int contacts = 100000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--contacts") == 0) contacts = std::atoi(argv[i + 1]);

    satchel::Workspace ws(":memory:", [] { return satchel::seed::Options{}.now; });
    const auto seedStart = Clock::now();
    satchel::seed::run(ws, {.contacts = contacts, .seed = 1});
    const double seedMs = ms(Clock::now() - seedStart);
    // Read and let go: a statement left open would keep the schema from changing below.
    const std::int64_t databaseBytes = [&] {
        auto size = ws.database().prepare("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
        size.step();
        return size.columnInt64(0);
    }();

    // 100 queries as a person types them: the first 1, 2 or 3 characters of real names, Latin and Chinese.
    std::vector<std::string> queries;
    {
        auto names = ws.database().prepare("SELECT name FROM contacts WHERE id % 997 = 0 ORDER BY id LIMIT 100");
        for (int i = 0; names.step(); ++i) queries.push_back(prefix(names.columnText(0), 1 + i % 3));
    }
    int hits = 0;
    const Stats search = timeEach(static_cast<int>(queries.size()), [&](int i) {
        hits += static_cast<int>(ws.search().search(queries[static_cast<size_t>(i)], 20).size());
    });
    // The contacts list filtered by the same text: one page of 50 plus the matching total.
    const Stats listSearch = timeEach(static_cast<int>(queries.size()), [&](int i) {
        satchel::contacts::ContactQuery q;
        q.filter.search = queries[static_cast<size_t>(i)];
        ws.contacts().list(q);
    });

    // The texts the frame benchmark types, a key at a time: what each keystroke's list query costs.
    nlohmann::ordered_json perKey;
    for (const std::string typed : {"wang", "li na", "zhang", "smith", "张"}) {
        for (size_t n = 1; n <= typed.size(); ++n) {
            if (n < typed.size() && (static_cast<unsigned char>(typed[n]) & 0xC0) == 0x80) continue;
            satchel::contacts::ContactQuery q;
            q.filter.search = typed.substr(0, n);
            q.limit = 100;
            std::int64_t total = 0;
            const Stats s = timeEach(5, [&](int) { total = ws.contacts().list(q).total; });
            perKey.push_back({{"typed", q.filter.search}, {"matches", total}, {"p50_ms", s.p50}});
        }
    }

    satchel::contacts::ContactQuery first;
    const Stats firstPage = timeEach(50, [&](int) { ws.contacts().list(first); });
    const Stats countOnly = timeEach(50, [&](int) { ws.contacts().count(); });
    // A page in the middle of the list, reached by keyset (what scrolling does) and by offset.
    satchel::contacts::ContactQuery middle;
    middle.offset = contacts / 2;
    const auto around = ws.contacts().list(middle).rows.front();
    satchel::contacts::ContactQuery keyset;
    keyset.withTotal = false; // scrolling: the total is already known
    keyset.after = satchel::contacts::ContactCursor{around.name, 0, around.id};
    const Stats keysetPage = timeEach(50, [&](int) { ws.contacts().list(keyset); });
    const Stats offsetPage = timeEach(50, [&](int) { ws.contacts().list(middle); });
    satchel::contacts::ContactQuery filtered;
    filtered.filter.city = "London";
    filtered.sort = satchel::contacts::ContactSort::Created;
    filtered.descending = true;
    const Stats filteredPage = timeEach(50, [&](int) { ws.contacts().list(filtered); });

    // The contacts list in name order as an English and a Chinese reader see it (NOCASE vs pinyin),
    // timed alternately in the same run: the first page with its total, a page by keyset and by
    // offset at the middle. Then pinyin again without its index (migration 9), to show what it buys.
    const auto namePages = [&] {
        satchel::contacts::ContactQuery start;
        satchel::contacts::ContactQuery at;
        at.offset = contacts / 2;
        at.withTotal = false;
        const auto mid = ws.contacts().list(at).rows.front();
        satchel::contacts::ContactQuery next;
        next.withTotal = false;
        next.after = satchel::contacts::ContactCursor{mid.name, 0, mid.id};
        return nlohmann::ordered_json{
            {"first_page_with_total", stats(timeEach(20, [&](int) { ws.contacts().list(start); }))},
            {"middle_page_keyset", stats(timeEach(20, [&](int) { ws.contacts().list(next); }))},
            {"middle_page_offset", stats(timeEach(20, [&](int) { ws.contacts().list(at); }))},
        };
    };
    nlohmann::ordered_json nameOrder;
    for (int round = 0; round < 2; ++round) {
        for (const auto collation : {satchel::NameCollation::CaseInsensitive, satchel::NameCollation::Pinyin}) {
            ws.setNameCollation(collation);
            const char* key = collation == satchel::NameCollation::Pinyin ? "pinyin" : "nocase";
            if (round == 1)
                nameOrder[key] = namePages(); // round 0 warms the caches of both
            else
                namePages();
        }
    }
    ws.setNameCollation(satchel::NameCollation::Pinyin);
    const auto indexStart = Clock::now();
    ws.database().execScript("DROP INDEX contacts_live_by_pinyin");
    ws.database().execScript("CREATE INDEX contacts_live_by_pinyin ON contacts (name COLLATE pinyin, id) "
                             "WHERE deleted_at IS NULL");
    nameOrder["pinyin_index_build_ms"] = ms(Clock::now() - indexStart);
    ws.database().execScript("DROP INDEX contacts_live_by_pinyin");
    nameOrder["pinyin_without_index"] = namePages();
    ws.setNameCollation(satchel::NameCollation::CaseInsensitive);

    // What each screen reads when it opens (the longest single call bounds the longest frame).
    const std::int64_t now = satchel::seed::Options{}.now;
    nlohmann::ordered_json screens;
    const auto screen = [&](const char* name, const std::function<void()>& load) {
        screens[name] = stats(timeEach(5, [&](int) { load(); }));
    };
    screen("dashboard_figures", [&] { ws.dashboard().figures(now, "USD"); });
    screen("deals_summary", [&] { ws.deals().summary("USD"); });
    screen("pipeline_columns", [&] {
        for (const auto& s : ws.deals().summary("USD")) ws.deals().openDealsInStage(s.stage.id);
    });
    screen("deals_list_1000", [&] { ws.deals().list("", 1000); });
    screen("tickets_queue_500", [&] { ws.tickets().queue("waiting", 500); });
    screen("tickets_count_by_status", [&] { ws.tickets().countByStatus(); });
    screen("tasks_overdue", [&] { ws.activities().overdueTasks(now + 21 * 86'400'000LL); });
    screen("activities_week", [&] { ws.activities().between(now - 7 * 86'400'000LL, now); });
    screen("orders_list_500", [&] { ws.orders().list(500); });

    nlohmann::ordered_json out{
        {"contacts", contacts},
        {"seed_ms", seedMs},
        {"database_bytes", databaseBytes},
        {"search_queries", queries.size()},
        {"search_hits", hits},
        {"search_top20", stats(search)},
        {"list_search_page", stats(listSearch)},
        {"list_first_page_with_total", stats(firstPage)},
        {"count_all", stats(countOnly)},
        {"list_middle_page_keyset", stats(keysetPage)},
        {"list_middle_page_offset", stats(offsetPage)},
        {"list_filtered_sorted_page", stats(filteredPage)},
        {"screen_data", screens},
        {"list_search_per_key", perKey},
        {"name_order", nameOrder},
    };
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
