#pragma once
// Deterministic sample data for the whole model: English and Chinese names, companies, deals moving
// through the stages over two years, orders, tickets, campaigns, activities. The same options give
// the same data on every machine and in wasm (own random generator, integer arithmetic only).
//
// Rows are bulk-inserted in one transaction for speed; the audit log gets one "seed" entry rather
// than one per row. The search index is filled like any other write.
#include <cstdint>

namespace satchel {
class Workspace;
}

namespace satchel::seed {

struct Options {
    int contacts = 1000;
    std::uint64_t seed = 1;
    std::int64_t now = 1'793'491'200'000; // 2026-11-01 00:00 UTC: the end of the two years
};

struct Report {
    std::int64_t contacts = 0, companies = 0, deals = 0, stageChanges = 0, orders = 0, tickets = 0, campaigns = 0,
                 activities = 0;
};

Report run(Workspace& ws, const Options& options);

} // namespace satchel::seed
