#include "core/seed/seed.h"

#include "core/activities/activity_columns.h"
#include "core/companies/company_columns.h"
#include "core/contacts/contact_columns.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/deals/deal_columns.h"
#include "core/marketing/campaign_columns.h"
#include "core/orders/order_columns.h"
#include "core/search/record_entries.h"
#include "core/search/search_text.h"
#include "core/seed/seed_data.h"
#include "core/tickets/ticket_columns.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"

#include <algorithm>
#include <string>
#include <vector>

namespace satchel::seed {

namespace {

constexpr std::int64_t kDay = 86'400'000;

// splitmix64: tiny, fast, and the same sequence everywhere (std:: distributions are not).
// Every draw is its own statement: C++ leaves the order of function arguments and of `a + b`
// operands unspecified, and g++ (native) and clang (wasm) do pick different orders.
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::int64_t below(std::int64_t n) {
        return n <= 0 ? 0 : static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n));
    }
    bool chance(int percent) { return below(100) < percent; }
    template <typename Array>
    auto pick(const Array& a) -> decltype(a[0]) {
        return a[static_cast<size_t>(below(static_cast<std::int64_t>(a.size())))];
    }
};

std::string ascii(std::string_view s) {
    std::string out;
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x80 && c != '\'' && c != ' ')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string digits(Rng& r, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += static_cast<char>('0' + r.below(10));
    return out;
}

} // namespace

Report run(Workspace& ws, const Options& o) {
    Rng r{o.seed};
    db::Database& db = ws.database();
    search::SearchIndex& index = ws.search();
    Report report;
    const std::int64_t start = o.now - 730 * kDay;
    const auto stages = ws.pipeline().stages();
    db::Transaction tx(db);
    // The owners the records name are the team.
    for (const auto owner : data::kOwners) {
        auto known = db.prepare("SELECT 1 FROM users WHERE name = ?");
        known.bind(1, std::string(owner));
        if (!known.step()) ws.team().add(std::string(owner), "");
    }

    // ---- Companies ------------------------------------------------------------------------------
    const int companies = std::max(1, o.contacts / 20);
    std::vector<std::int64_t> companyIds;
    {
        db::RowInserter insert(db, companies::kCompanyColumns);
        companies::Company row;
        for (int i = 0; i < companies; ++i) {
            std::string name, domain;
            const auto& city = r.pick(data::kCities);
            if (city.country == "中国") {
                name = std::string(data::kChineseCompanies[static_cast<size_t>(i) % data::kChineseCompanies.size()]);
                if (i >= static_cast<int>(data::kChineseCompanies.size())) name += " " + std::to_string(i);
                domain = "company" + std::to_string(i) + ".cn";
            } else {
                const auto word = data::kCompanyWords[static_cast<size_t>(i) % data::kCompanyWords.size()];
                const auto suffix = data::kCompanySuffixes[static_cast<size_t>(i / 24) % data::kCompanySuffixes.size()];
                name = std::string(word) + " " + std::string(suffix);
                if (i >= 24 * 8) name += " " + std::to_string(i / 192);
                domain = ascii(word) + ascii(suffix) + (i >= 24 * 8 ? std::to_string(i / 192) : "") + ".example";
            }
            const auto created = start + r.below(700) * kDay;
            static constexpr std::array<std::string_view, 5> sizes{"1-10", "11-50", "51-200", "201-1000", "1000+"};
            const auto industry = r.pick(data::kIndustries);
            const auto sizeBand = r.pick(sizes);
            row.name = name;
            row.domain = domain;
            row.industry = industry;
            row.sizeBand = sizeBand;
            row.city = city.city;
            row.country = city.country;
            row.createdAt = row.updatedAt = created;
            const auto id = insert.add(row);
            companyIds.push_back(id);
            index.put(search::Kind::Company, id, name, domain + " " + std::string(city.city));
        }
        report.companies = companies;
    }

    // ---- Tags -----------------------------------------------------------------------------------
    std::vector<std::int64_t> tagIds;
    for (auto name : data::kTags) {
        db.prepare("INSERT OR IGNORE INTO tags (name) VALUES (?)").bind(1, name).run();
        auto id = db.prepare("SELECT id FROM tags WHERE name = ?");
        id.bind(1, name);
        id.step();
        tagIds.push_back(id.columnInt64(0));
    }

    // ---- Contacts -------------------------------------------------------------------------------
    struct SeededContact {
        std::int64_t id, created;
        std::optional<std::int64_t> company;
    };
    std::vector<SeededContact> people;
    people.reserve(static_cast<size_t>(o.contacts));
    {
        // One row refilled for each person (its strings keep their buffers) and one prepared insert.
        db::RowInserter insert(db, contacts::kContactColumns);
        contacts::Contact row;
        auto tag = db.prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)");
        static constexpr std::array<std::string_view, 8> titles{
            "CEO", "Buyer", "Head of Sales", "Engineer", "Office Manager", "采购经理", "CTO", "Consultant"};
        std::vector<std::string> emails;
        for (int i = 0; i < o.contacts; ++i) {
            const auto& city = r.pick(data::kCities);
            const bool chinese = city.country == "中国" || r.chance(15);
            std::string name, email;
            if (chinese) {
                const auto surname = r.pick(data::kSurnames);
                const auto given = r.pick(data::kGivenNames);
                name = std::string(surname) + std::string(given);
                email = "user" + std::to_string(i) + "@mail" + std::to_string(i % 7) + ".cn";
            } else {
                const auto first = r.pick(data::kFirstNames), last = r.pick(data::kLastNames);
                name = std::string(first) + " " + std::string(last);
                email = ascii(first) + "." + ascii(last) + std::to_string(i) + "@example.com";
            }
            // About 1 in 200 people is entered twice: something for the duplicates screen to find.
            if (!emails.empty() && r.chance(1) && r.chance(50))
                email = emails[static_cast<size_t>(r.below(static_cast<std::int64_t>(emails.size())))];
            emails.push_back(email);
            const std::string phone = (chinese ? "+86" : "+44") + digits(r, 10);
            const std::int64_t roll = r.below(100);
            namespace lc = vocab::lifecycle;
            const std::string_view lifecycle = roll < 40   ? lc::kLead
                                               : roll < 65 ? lc::kProspect
                                               : roll < 92 ? lc::kCustomer
                                                           : lc::kChurned;
            std::optional<std::int64_t> company;
            if (r.chance(70))
                company = companyIds[static_cast<size_t>(r.below(static_cast<std::int64_t>(companyIds.size())))];
            const auto createdDay = r.below(720);
            const auto created = start + createdDay * kDay + r.below(kDay);
            const auto title = r.pick(titles);
            const auto source = r.pick(data::kSources);
            const auto owner = r.pick(data::kOwners);
            row.name = name;
            row.email = email;
            row.phone = phone;
            row.title = title;
            row.city = city.city;
            row.country = city.country;
            row.source = source;
            row.owner = owner;
            row.lifecycle = lifecycle;
            row.companyId = company;
            row.createdAt = row.updatedAt = created;
            const auto id = insert.add(row);
            people.push_back({id, created, company});
            index.put(search::Kind::Contact, id, name,
                      email + " " + phone + " " + search::phoneIndexText(phone) + " " + std::string(city.city));
            if (r.chance(20)) {
                tag.bindAll(id, tagIds[static_cast<size_t>(r.below(static_cast<std::int64_t>(tagIds.size())))]).run();
                tag.reset();
            }
        }
        report.contacts = o.contacts;
    }
    auto somebody = [&]() -> const SeededContact& {
        return people[static_cast<size_t>(r.below(static_cast<std::int64_t>(people.size())))];
    };

    // ---- Deals moving through the pipeline ----------------------------------------------------------
    {
        db::RowInserter insert(db, deals::kDealColumns);
        db::RowInserter history(db, deals::kStageChangeColumns);
        deals::Deal deal;
        deal.amount.currency = "USD";
        deals::StageChange change;
        static constexpr std::array<std::string_view, 6> kinds{"Renewal", "New licence",  "Expansion",
                                                               "Pilot",   "Support plan", "Hardware"};
        const int deals = std::max(1, o.contacts / 5);
        for (int i = 0; i < deals; ++i) {
            const auto& who = somebody();
            const std::int64_t created = std::max(who.created, start + r.below(720) * kDay);
            // Walk forward through the stages: each step takes 2-20 days and may be the last.
            std::vector<std::pair<size_t, std::int64_t>> steps{{0, created}};
            std::int64_t t = created;
            while (steps.back().first + 1 < stages.size() && r.chance(65)) {
                t += (2 + r.below(19)) * kDay;
                if (t >= o.now) break;
                steps.push_back({steps.back().first + 1, t});
            }
            std::string status(vocab::deal_status::kOpen), lostReason;
            std::optional<std::int64_t> closedAt;
            const auto closeAt = steps.back().second + (1 + r.below(15)) * kDay;
            if (closeAt < o.now && r.chance(80)) {
                // Later stages win more often.
                status = r.below(100) < 35 + 15 * static_cast<int>(steps.back().first) ? vocab::deal_status::kWon
                                                                                       : vocab::deal_status::kLost;
                if (status == vocab::deal_status::kLost) lostReason = std::string(r.pick(data::kLostReasons));
                closedAt = closeAt;
            }
            const std::int64_t amountUnits = 10 + r.below(2000);
            const std::int64_t amount = amountUnits * 10'000 + r.below(100) * 100;
            const std::string title = std::string(r.pick(kinds)) + " " + std::to_string(i + 1);
            deal.title = title;
            deal.companyId = who.company;
            deal.contactId = who.id;
            deal.amount.minor = amount;
            deal.stageId = stages[steps.back().first].id;
            deal.expectedClose = steps.back().second + 30 * kDay;
            deal.owner = r.pick(data::kOwners);
            deal.status = status;
            deal.lostReason = lostReason;
            deal.closedAt = closedAt;
            deal.createdAt = created;
            deal.updatedAt = closedAt.value_or(steps.back().second);
            const auto id = insert.add(deal);
            index.put(search::Kind::Deal, id, title, status + " " + lostReason);
            change.dealId = id;
            change.fromStageId.reset();
            for (const auto& [stage, when] : steps) {
                change.toStageId = stages[stage].id;
                change.toStatus = vocab::deal_status::kOpen;
                change.at = when;
                history.add(change);
                change.fromStageId = change.toStageId;
                ++report.stageChanges;
            }
            if (closedAt) {
                change.toStatus = status;
                change.at = *closedAt;
                history.add(change);
                ++report.stageChanges;
            }
        }
        report.deals = deals;
    }

    // ---- Products and orders ------------------------------------------------------------------------
    {
        std::vector<std::pair<std::int64_t, std::int64_t>> products; // id, price
        static constexpr std::array<std::string_view, 12> names{
            "Starter plan",  "Team plan",     "Enterprise plan", "Onboarding",    "Training day", "Barcode scanner",
            "Label printer", "Receipt paper", "扫码枪",          "Support hours", "Cable kit",    "Tablet stand"};
        db::RowInserter product(db, orders::kProductColumns);
        for (size_t i = 0; i < names.size(); ++i) {
            const std::int64_t price = (5 + r.below(500)) * 100 + 99;
            const orders::Product row{
                .sku = "SKU-" + std::to_string(1000 + i), .name = std::string(names[i]), .unitPrice = {price, "USD"}};
            products.push_back({product.add(row), price});
        }
        db::RowInserter order(db, orders::kOrderColumns);
        db::RowInserter line(db, orders::kOrderLineColumns);
        orders::Order row;
        row.total.currency = "USD";
        orders::OrderLine item;
        const int orders = std::max(1, o.contacts / 4);
        namespace os = vocab::order_status;
        static constexpr std::array<std::string_view, 6> statuses{os::kPaid,    os::kPaid,   os::kShipped,
                                                                  os::kShipped, os::kPlaced, os::kCancelled};
        for (int i = 0; i < orders; ++i) {
            const auto& who = somebody();
            const std::int64_t when =
                who.created + r.below(std::max<std::int64_t>(1, (o.now - who.created) / kDay)) * kDay;
            row.contactId = who.id;
            row.companyId = who.company;
            row.orderDate = row.createdAt = when;
            row.status = r.pick(statuses);
            item.orderId = order.add(row);
            for (std::int64_t l = 0, n = 1 + r.below(3); l < n; ++l) {
                const auto& [productId, price] =
                    products[static_cast<size_t>(r.below(static_cast<std::int64_t>(products.size())))];
                item.productId = productId;
                item.unitPriceMinor = price;
                item.quantity = 1 + r.below(5);
                item.discountBp = r.chance(20) ? 500 * static_cast<int>(1 + r.below(4)) : 0;
                line.add(item);
            }
        }
        report.orders = orders;
    }

    // ---- Tickets ------------------------------------------------------------------------------------
    {
        db::RowInserter insert(db, tickets::kTicketColumns);
        tickets::Ticket row;
        namespace tc = vocab::ticket_channel;
        namespace tp = vocab::ticket_priority;
        namespace ts = vocab::ticket_status;
        static constexpr std::array<std::string_view, 4> channels{tc::kEmail, tc::kPhone, tc::kChat, tc::kWeb};
        static constexpr std::array<std::string_view, 4> priorities{tp::kLow, tp::kNormal, tp::kHigh, tp::kUrgent};
        static constexpr std::array<int, 4> slaHours{72, 24, 8, 4};
        const int tickets = std::max(1, o.contacts / 10);
        for (int i = 0; i < tickets; ++i) {
            const auto& who = somebody();
            const std::int64_t daysAgo = r.below(365);
            const std::int64_t created = o.now - daysAgo * kDay - r.below(kDay);
            const auto p = static_cast<size_t>(r.below(4));
            const std::int64_t age = o.now - created;
            const std::string_view status = age < 3 * kDay ? (r.chance(50) ? ts::kNew : ts::kOpen)
                                            : r.chance(85) ? ts::kClosed
                                                           : ts::kWaiting;
            std::optional<std::int64_t> resolved;
            std::optional<int> satisfaction;
            if (status == ts::kClosed) {
                resolved = created + (1 + r.below(96)) * 3'600'000;
                if (r.chance(70)) satisfaction = static_cast<int>(1 + std::min<std::int64_t>(4, r.below(6)));
            }
            const auto subject = r.pick(data::kTicketSubjects);
            const auto channel = r.pick(channels);
            row.subject = subject;
            row.contactId = who.id;
            row.companyId = who.company;
            row.channel = channel;
            row.priority = priorities[p];
            row.status = status;
            row.slaDueAt = created + slaHours[p] * 3'600'000;
            row.satisfaction = satisfaction;
            row.resolvedAt = resolved;
            row.createdAt = created;
            row.updatedAt = resolved.value_or(created);
            insert.add(row);
        }
        report.tickets = tickets;
    }

    // ---- Campaigns ------------------------------------------------------------------------------------
    {
        static constexpr std::array<std::string_view, 6> names{"Spring newsletter",  "Trade fair 2026",
                                                               "Webinar: reporting", "Win-back offer",
                                                               "春节促销",           "Partner summit"};
        db::RowInserter campaign(db, marketing::kCampaignColumns);
        db::RowInserter member(db, marketing::kMemberColumns, "INSERT OR IGNORE");
        marketing::Member row;
        namespace ms = vocab::member_status;
        static constexpr std::array<std::string_view, 5> statuses{ms::kTargeted, ms::kSent, ms::kOpened, ms::kResponded,
                                                                  ms::kConverted};
        for (size_t c = 0; c < names.size(); ++c) {
            const std::int64_t starts = start + static_cast<std::int64_t>(c) * 120 * kDay;
            const marketing::CampaignDraft details{.name = std::string(names[c]),
                                                   .channel = c % 2 ? "event" : "email",
                                                   .goal = "pipeline",
                                                   .startsAt = starts,
                                                   .endsAt = starts + 30 * kDay,
                                                   .budget = {(2 + r.below(20)) * 100'000, "USD"}};
            row.campaignId = campaign.add({.details = details});
            for (int m = 0, n = std::max(1, o.contacts / 50); m < n; ++m) {
                const std::int64_t roll = r.below(100);
                const auto status = statuses[roll < 30 ? 0 : roll < 60 ? 1 : roll < 80 ? 2 : roll < 93 ? 3 : 4];
                const auto contact = somebody().id;
                row.contactId = contact;
                row.status = status;
                row.updatedAt = starts + r.below(30) * kDay;
                member.add(row);
            }
        }
        report.campaigns = static_cast<std::int64_t>(names.size());
    }
    search::indexRecords(db, index);

    // ---- Activities and tasks ------------------------------------------------------------------------------
    {
        db::RowInserter insert(db, activities::kActivityColumns);
        activities::Activity row;
        namespace ak = vocab::activity_kind;
        namespace ap = vocab::activity_priority;
        static constexpr std::array<std::string_view, 4> kinds{ak::kCall, ak::kEmail, ak::kMeeting, ak::kNote};
        static constexpr std::array<std::string_view, 4> outcomes{"interested", "left voicemail", "send proposal",
                                                                  "not now"};
        const int activities = std::max(1, o.contacts / 2);
        for (int i = 0; i < activities; ++i) {
            const auto& who = somebody();
            const auto kind = r.pick(kinds);
            const std::int64_t when =
                who.created + r.below(std::max<std::int64_t>(1, (o.now - who.created) / kDay)) * kDay;
            const std::string subject = kind == ak::kNote ? "Note"
                                                          : std::string(kind == ak::kCall    ? "Call"
                                                                        : kind == ak::kEmail ? "Email"
                                                                                             : "Meeting") +
                                                                " " + std::to_string(i + 1);
            const std::string body =
                kind == ak::kNote ? "Prefers email. Budget review in Q" + std::to_string(1 + r.below(4)) : "";
            const std::optional<std::int64_t> duration =
                kind == ak::kEmail || kind == ak::kNote ? std::nullopt : std::optional<std::int64_t>(5 + r.below(55));
            const std::string outcome = kind == ak::kCall ? std::string(r.pick(outcomes)) : std::string();
            row.kind = kind;
            row.subject = subject;
            row.body = body;
            row.outcome = outcome;
            row.occurredAt = when;
            row.durationMin = duration;
            row.dueAt.reset();
            row.doneAt.reset();
            row.priority = ap::kNormal;
            row.contactId = who.id;
            row.companyId = who.company;
            row.createdAt = row.updatedAt = when;
            const auto id = insert.add(row);
            if (kind == ak::kNote) index.put(search::Kind::Note, id, subject, body);
        }
        static constexpr std::array<std::string_view, 3> priorities{ap::kLow, ap::kNormal, ap::kHigh};
        const int tasks = std::max(1, o.contacts / 20);
        for (int i = 0; i < tasks; ++i) {
            const auto& who = somebody();
            const std::int64_t dueDay = r.below(40) - 10;
            const std::int64_t due = o.now + dueDay * kDay + r.below(kDay);
            const bool done = due < o.now && r.chance(70);
            row.kind = ak::kTask;
            row.subject = "Follow up " + std::to_string(i + 1);
            row.body.clear();
            row.outcome.clear();
            row.occurredAt.reset();
            row.durationMin.reset();
            row.dueAt = due;
            row.priority = r.pick(priorities);
            row.doneAt = done ? std::optional(due) : std::nullopt;
            row.contactId = who.id;
            row.companyId = who.company;
            row.createdAt = row.updatedAt = o.now - 30 * kDay;
            insert.add(row);
        }
        report.activities = activities + tasks;
    }

    ws.audit().record(audit::Entity::Contact, 0, "seed",
                      {{"contacts", report.contacts},
                       {"companies", report.companies},
                       {"deals", report.deals},
                       {"orders", report.orders},
                       {"tickets", report.tickets},
                       {"seed", o.seed}});
    tx.commit();
    return report;
}

} // namespace satchel::seed
