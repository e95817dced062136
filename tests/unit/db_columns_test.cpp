// The column-map facility itself: the SQL it writes, and every map against the schema it maps.
#include "core/activities/activity_columns.h"
#include "core/companies/company_columns.h"
#include "core/contacts/contact_columns.h"
#include "core/custom_fields/custom_field_columns.h"
#include "core/deals/deal_columns.h"
#include "core/marketing/campaign_columns.h"
#include "core/orders/order_columns.h"
#include "core/tickets/ticket_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace satchel;

namespace {

// The table's columns by PRAGMA table_info, sorted.
std::vector<std::string> tableColumns(db::Database& db, const char* table) {
    auto stmt = db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY name");
    stmt.bind(1, table);
    std::vector<std::string> out;
    while (stmt.step()) out.push_back(stmt.columnText(0));
    return out;
}

// The map's own columns (not the joined or computed ones), sorted.
template <typename Map>
std::vector<std::string> mapColumns(const Map& map) {
    std::vector<std::string> out;
    map.forEach([&](const char* name, db::ColumnKind, db::Use use) {
        if (use != db::Use::ReadOnly) out.push_back(name);
    });
    std::sort(out.begin(), out.end());
    return out;
}

template <typename Map>
void checkCoversTable(db::Database& db, const Map& map) {
    INFO("table: " << map.table());
    CHECK(mapColumns(map) == tableColumns(db, map.table()));
}

} // namespace

TEST_CASE("a column map writes its select list, INSERT and UPDATE from one list of columns") {
    using deals::kStageColumns;
    CHECK(kStageColumns.selectList() == "id, name, position, probability, removed_at");
    CHECK(kStageColumns.select("s") ==
          "SELECT s.id, s.name, s.position, s.probability, s.removed_at FROM pipeline_stages s");
    CHECK(kStageColumns.insertSql() ==
          "INSERT INTO pipeline_stages (name, position, probability, removed_at) VALUES (?, ?, ?, ?)");
    CHECK(kStageColumns.updateSql() ==
          "UPDATE pipeline_stages SET name = ?, position = ?, probability = ?, removed_at = ? WHERE id = ?");
    // A read-only column is selected as written (its own alias) and never written; insert-only ones
    // are inserted but not updated.
    const std::string deal = deals::kDealColumns.select("d");
    CHECK(deal.find("d.title, d.company_id") != std::string::npos);
    CHECK(deal.find(", coalesce(d.probability, s.probability), d.expected_close") != std::string::npos);
    CHECK(deals::kDealColumns.insertSql().find("coalesce") == std::string::npos);
    CHECK(deals::kDealColumns.insertSql().find("created_at") != std::string::npos);
    CHECK(deals::kDealColumns.updateSql().find("created_at") == std::string::npos);
    CHECK(deals::kDealColumns.updateSql().find("deleted_at") == std::string::npos);
    CHECK(marketing::kMemberColumns.insertSql("INSERT OR IGNORE") ==
          "INSERT OR IGNORE INTO campaign_members (campaign_id, contact_id, status, updated_at) VALUES (?, ?, ?, ?)");
    // No key, no UPDATE by key.
    CHECK_THROWS_AS(marketing::kMemberColumns.updateSql(), std::logic_error);
}

TEST_CASE("a column's kind follows from its member's type") {
    std::vector<db::ColumnKind> kinds;
    contacts::kContactColumns.forEach([&](const char*, db::ColumnKind kind, db::Use) { kinds.push_back(kind); });
    REQUIRE(kinds.size() == 16);
    CHECK(kinds[0] == db::ColumnKind::Int64);          // id
    CHECK(kinds[1] == db::ColumnKind::Text);           // name
    CHECK(kinds[14] == db::ColumnKind::OptionalInt64); // company_id
    std::vector<db::ColumnKind> deal;
    deals::kDealColumns.forEach([&](const char*, db::ColumnKind kind, db::Use) { deal.push_back(kind); });
    CHECK(deal[7] == db::ColumnKind::OptionalInt); // probability (the deal's own)
    CHECK(deal[8] == db::ColumnKind::Int);         // the effective probability
    std::vector<db::ColumnKind> product;
    orders::kProductColumns.forEach([&](const char*, db::ColumnKind kind, db::Use) { product.push_back(kind); });
    CHECK(product.back() == db::ColumnKind::Bool); // active
}

TEST_CASE("every column map lists exactly its table's columns, so a migration that adds one fails here first") {
    TestWorld w;
    db::Database& db = w.ws.database();
    checkCoversTable(db, contacts::kContactColumns);
    checkCoversTable(db, contacts::kChannelColumns);
    checkCoversTable(db, companies::kCompanyColumns);
    checkCoversTable(db, deals::kDealColumns);
    checkCoversTable(db, deals::kStageColumns);
    checkCoversTable(db, deals::kStageChangeColumns);
    checkCoversTable(db, activities::kActivityColumns);
    checkCoversTable(db, tickets::kTicketColumns);
    checkCoversTable(db, tickets::kCommentColumns);
    checkCoversTable(db, orders::kProductColumns);
    checkCoversTable(db, orders::kOrderColumns);
    checkCoversTable(db, orders::kOrderLineColumns);
    checkCoversTable(db, marketing::kCampaignColumns);
    checkCoversTable(db, marketing::kMemberColumns);
    checkCoversTable(db, marketing::kSegmentColumns);
    checkCoversTable(db, custom_fields::kCustomFieldColumns);
}

TEST_CASE("a read starts at any result column, so a query may select more before or after a map's columns") {
    TestWorld w;
    auto stmt = w.ws.database().prepare("SELECT 7, " + deals::kStageColumns.selectList() +
                                        ", 8 FROM pipeline_stages ORDER BY position LIMIT 1");
    REQUIRE(stmt.step());
    const deals::Stage s = deals::kStageColumns.read(stmt, 1);
    CHECK(s.name == "Prospecting");
    CHECK(s.position == 1);
    CHECK(s.probability == 10);
    CHECK(stmt.columnInt64(0) == 7);
    CHECK(stmt.columnInt64(deals::kStageColumns.size() + 1) == 8);
}

TEST_CASE("custom fields round-trip their name and choices, kept as JSON text") {
    TestWorld w;
    auto& fields = w.ws.customFields();
    const auto id = fields.define("contact", round_trip::kMixed, "choice",
                                  {round_trip::kChinese, round_trip::kEmoji, round_trip::kFamily, ""});
    const auto all = fields.fields("contact");
    REQUIRE(all.size() == 1);
    CHECK(all[0].id == id);
    CHECK(all[0].entity == "contact");
    CHECK(all[0].name == round_trip::kMixed);
    CHECK(all[0].kind == "choice");
    CHECK(all[0].choices ==
          std::vector<std::string>{round_trip::kChinese, round_trip::kEmoji, round_trip::kFamily, ""});
    const custom_fields::CustomField raw{.entity = "deal", .name = round_trip::kAccents, .kind = "text", .choices = {}};
    const auto back = round_trip::storeAndRead(w.ws.database(), custom_fields::kCustomFieldColumns, raw);
    CHECK(back.choices.empty());
    CHECK(back.name == round_trip::kAccents);
}
