#include "core/seed/seed.h"
#include "core/workspace/workspace.h"
#include <cstdio>
int main() {
  satchel::Workspace ws(":memory:", [] { return satchel::seed::Options{}.now; });
  satchel::seed::run(ws, {.contacts = 100000, .seed = 1});
  const char* q[] = {"SELECT count(*), sum(length(name)), sum(created_at % 1000003), sum(length(email)) FROM contacts",
    "SELECT count(*), sum(amount_minor % 1000003), sum(created_at % 1000003) FROM deals",
    "SELECT count(*), sum(order_date % 1000003) FROM orders", "SELECT count(*), sum(quantity) FROM order_lines",
    "SELECT count(*), sum(created_at % 1000003) FROM tickets", "SELECT count(*) FROM campaign_members",
    "SELECT count(*), sum(occurred_at % 1000003) FROM activities", "SELECT count(*) FROM search_index",
    "SELECT count(*) FROM contact_tags", "SELECT page_count FROM pragma_page_count()", "SELECT count(*) FROM pragma_freelist_count()"};
  for (auto s : q) { auto st = ws.database().prepare(s); st.step(); std::printf("%s:", s + 7); for (int c = 0; c < st.columnCount(); ++c) std::printf(" %lld", (long long)st.columnInt64(c)); std::printf("\n"); }
}
