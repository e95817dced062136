#include "core/seed/seed.h"

#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/seed/seed_data.h"
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
    std::int64_t below(std::int64_t n) { return n <= 0 ? 0 : static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename Array>
    auto pick(const Array& a) -> decltype(a[0]) {
        return a[static_cast<size_t>(below(static_cast<std::int64_t>(a.size())))];
    }
};

std::string ascii(std::string_view s) {
    std::string out;
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x80 && c != '\'' && c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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

    // ---- Companies ------------------------------------------------------------------------------
    const int companies = std::max(1, o.contacts / 20);
    std::vector<std::int64_t> companyIds;
    {
        auto insert = db.prepare(
            "INSERT INTO companies (name, domain, industry, size_band, city, country, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
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
            insert.bindAll(name, domain, industry, sizeBand, city.city, city.country, created, created).run();
            insert.reset();
            const auto id = db.lastInsertRowid();
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
        auto insert = db.prepare(
            "INSERT INTO contacts (name, email, phone, title, city, country, source, owner, lifecycle, company_id, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        auto tag = db.prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)");
        static constexpr std::array<std::string_view, 8> titles{"CEO", "Buyer", "Head of Sales", "Engineer",
                                                                "Office Manager", "采购经理", "CTO", "Consultant"};
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
            if (!emails.empty() && r.chance(1) && r.chance(50)) email = emails[static_cast<size_t>(r.below(static_cast<std::int64_t>(emails.size())))];
            emails.push_back(email);
            const std::string phone = (chinese ? "+86" : "+44") + digits(r, 10);
            const std::int64_t roll = r.below(100);
            const char* lifecycle = roll < 40 ? "lead" : roll < 65 ? "prospect" : roll < 92 ? "customer" : "churned";
            std::optional<std::int64_t> company;
            if (r.chance(70)) company = companyIds[static_cast<size_t>(r.below(static_cast<std::int64_t>(companyIds.size())))];
            const auto createdDay = r.below(720);
            const auto created = start + createdDay * kDay + r.below(kDay);
            const auto title = r.pick(titles);
            const auto source = r.pick(data::kSources);
            const auto owner = r.pick(data::kOwners);
            insert.bindAll(name, email, phone, title, city.city, city.country, source, owner, lifecycle, company, created, created)
                .run();
            insert.reset();
            const auto id = db.lastInsertRowid();
            people.push_back({id, created, company});
            index.put(search::Kind::Contact, id, name, email + " " + phone + " " + std::string(city.city));
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
        auto insert = db.prepare(
            "INSERT INTO deals (title, company_id, contact_id, amount_minor, currency, stage_id, expected_close, owner, "
            "status, lost_reason, closed_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?)");
        auto history = db.prepare(
            "INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, to_status, changed_at) VALUES (?, ?, ?, ?, ?)");
        static constexpr std::array<std::string_view, 6> kinds{"Renewal", "New licence", "Expansion", "Pilot", "Support plan", "Hardware"};
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
            std::string status = "open", lostReason;
            std::optional<std::int64_t> closedAt;
            const auto closeAt = steps.back().second + (1 + r.below(15)) * kDay;
            if (closeAt < o.now && r.chance(80)) {
                // Later stages win more often.
                status = r.below(100) < 35 + 15 * static_cast<int>(steps.back().first) ? "won" : "lost";
                if (status == "lost") lostReason = std::string(r.pick(data::kLostReasons));
                closedAt = closeAt;
            }
            const std::int64_t amountUnits = 10 + r.below(2000);
            const std::int64_t amount = amountUnits * 10'000 + r.below(100) * 100;
            const std::string title = std::string(r.pick(kinds)) + " " + std::to_string(i + 1);
            insert.bindAll(title, who.company, who.id, amount, stages[steps.back().first].id,
                           steps.back().second + 30 * kDay, r.pick(data::kOwners), status, lostReason, closedAt, created,
                           closedAt.value_or(steps.back().second))
                .run();
            insert.reset();
            const auto id = db.lastInsertRowid();
            index.put(search::Kind::Deal, id, title, status + " " + lostReason);
            std::optional<std::int64_t> from;
            for (const auto& [stage, when] : steps) {
                history.bindAll(id, from, stages[stage].id, "open", when).run();
                history.reset();
                from = stages[stage].id;
                ++report.stageChanges;
            }
            if (closedAt) {
                history.bindAll(id, from, from, status, *closedAt).run();
                history.reset();
                ++report.stageChanges;
            }
        }
        report.deals = deals;
    }

    // ---- Products and orders ------------------------------------------------------------------------
    {
        std::vector<std::pair<std::int64_t, std::int64_t>> products;  // id, price
        static constexpr std::array<std::string_view, 12> names{"Starter plan", "Team plan", "Enterprise plan", "Onboarding",
                                                                "Training day", "Barcode scanner", "Label printer",
                                                                "Receipt paper", "扫码枪", "Support hours", "Cable kit",
                                                                "Tablet stand"};
        for (size_t i = 0; i < names.size(); ++i) {
            const std::int64_t price = (5 + r.below(500)) * 100 + 99;
            db.prepare("INSERT INTO products (sku, name, unit_price_minor, currency) VALUES (?, ?, ?, 'USD')")
                .bindAll("SKU-" + std::to_string(1000 + i), names[i], price)
                .run();
            products.push_back({db.lastInsertRowid(), price});
        }
        auto order = db.prepare(
            "INSERT INTO orders (contact_id, company_id, order_date, status, currency, created_at) VALUES (?, ?, ?, ?, 'USD', ?)");
        auto line = db.prepare(
            "INSERT INTO order_lines (order_id, product_id, quantity, unit_price_minor, discount_bp) VALUES (?, ?, ?, ?, ?)");
        const int orders = std::max(1, o.contacts / 4);
        static constexpr std::array<std::string_view, 6> statuses{"paid", "paid", "shipped", "shipped", "placed", "cancelled"};
        for (int i = 0; i < orders; ++i) {
            const auto& who = somebody();
            const std::int64_t when = who.created + r.below(std::max<std::int64_t>(1, (o.now - who.created) / kDay)) * kDay;
            order.bindAll(who.id, who.company, when, r.pick(statuses), when).run();
            order.reset();
            const auto id = db.lastInsertRowid();
            for (std::int64_t l = 0, n = 1 + r.below(3); l < n; ++l) {
                const auto& [product, price] = products[static_cast<size_t>(r.below(static_cast<std::int64_t>(products.size())))];
                const std::int64_t quantity = 1 + r.below(5);
                const std::int64_t discount = r.chance(20) ? 500 * (1 + r.below(4)) : 0;
                line.bindAll(id, product, quantity, price, discount).run();
                line.reset();
            }
        }
        report.orders = orders;
    }

    // ---- Tickets ------------------------------------------------------------------------------------
    {
        auto insert = db.prepare(
            "INSERT INTO tickets (subject, contact_id, company_id, channel, priority, status, sla_due_at, satisfaction, "
            "resolved_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        static constexpr std::array<std::string_view, 4> channels{"email", "phone", "chat", "web"};
        static constexpr std::array<std::string_view, 4> priorities{"low", "normal", "high", "urgent"};
        static constexpr std::array<int, 4> slaHours{72, 24, 8, 4};
        const int tickets = std::max(1, o.contacts / 10);
        for (int i = 0; i < tickets; ++i) {
            const auto& who = somebody();
            const std::int64_t daysAgo = r.below(365);
            const std::int64_t created = o.now - daysAgo * kDay - r.below(kDay);
            const auto p = static_cast<size_t>(r.below(4));
            const std::int64_t age = o.now - created;
            std::string status = age < 3 * kDay ? (r.chance(50) ? "new" : "open") : r.chance(85) ? "closed" : "waiting";
            std::optional<std::int64_t> resolved;
            std::optional<int> satisfaction;
            if (status == "closed") {
                resolved = created + (1 + r.below(96)) * 3'600'000;
                if (r.chance(70)) satisfaction = static_cast<int>(1 + std::min<std::int64_t>(4, r.below(6)));
            }
            const auto subject = r.pick(data::kTicketSubjects);
            const auto channel = r.pick(channels);
            insert.bindAll(subject, who.id, who.company, channel, priorities[p], status,
                           created + slaHours[p] * 3'600'000, satisfaction, resolved, created, resolved.value_or(created))
                .run();
            insert.reset();
        }
        report.tickets = tickets;
    }

    // ---- Campaigns ------------------------------------------------------------------------------------
    {
        static constexpr std::array<std::string_view, 6> names{"Spring newsletter", "Trade fair 2026", "Webinar: reporting",
                                                               "Win-back offer", "春节促销", "Partner summit"};
        auto member = db.prepare(
            "INSERT OR IGNORE INTO campaign_members (campaign_id, contact_id, status, updated_at) VALUES (?, ?, ?, ?)");
        static constexpr std::array<std::string_view, 5> statuses{"targeted", "sent", "opened", "responded", "converted"};
        for (size_t c = 0; c < names.size(); ++c) {
            const std::int64_t starts = start + static_cast<std::int64_t>(c) * 120 * kDay;
            db.prepare("INSERT INTO campaigns (name, channel, starts_at, ends_at, budget_minor, currency, goal) "
                       "VALUES (?, ?, ?, ?, ?, 'USD', ?)")
                .bindAll(names[c], c % 2 ? "event" : "email", starts, starts + 30 * kDay, (2 + r.below(20)) * 100'000,
                         "pipeline")
                .run();
            const auto id = db.lastInsertRowid();
            for (int m = 0, n = std::max(1, o.contacts / 50); m < n; ++m) {
                const std::int64_t roll = r.below(100);
                const auto status = statuses[roll < 30 ? 0 : roll < 60 ? 1 : roll < 80 ? 2 : roll < 93 ? 3 : 4];
                const auto contact = somebody().id;
                member.bindAll(id, contact, status, starts + r.below(30) * kDay).run();
                member.reset();
            }
        }
        report.campaigns = static_cast<std::int64_t>(names.size());
    }

    // ---- Activities and tasks ------------------------------------------------------------------------------
    {
        auto insert = db.prepare(
            "INSERT INTO activities (kind, subject, body, occurred_at, duration_min, outcome, due_at, priority, done_at, "
            "contact_id, company_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        static constexpr std::array<std::string_view, 4> kinds{"call", "email", "meeting", "note"};
        static constexpr std::array<std::string_view, 4> outcomes{"interested", "left voicemail", "send proposal", "not now"};
        const int activities = std::max(1, o.contacts / 2);
        for (int i = 0; i < activities; ++i) {
            const auto& who = somebody();
            const auto kind = r.pick(kinds);
            const std::int64_t when = who.created + r.below(std::max<std::int64_t>(1, (o.now - who.created) / kDay)) * kDay;
            const std::string subject = kind == "note" ? "Note" : std::string(kind == "call" ? "Call" : kind == "email" ? "Email" : "Meeting") + " " + std::to_string(i + 1);
            const std::string body = kind == "note" ? "Prefers email. Budget review in Q" + std::to_string(1 + r.below(4)) : "";
            const std::optional<std::int64_t> duration =
                kind == "email" || kind == "note" ? std::nullopt : std::optional<std::int64_t>(5 + r.below(55));
            const std::string outcome = kind == "call" ? std::string(r.pick(outcomes)) : std::string();
            insert.bindAll(kind, subject, body, when, duration, outcome, std::optional<std::int64_t>(), "normal",
                           std::optional<std::int64_t>(), who.id, who.company, when, when)
                .run();
            insert.reset();
            if (kind == "note") index.put(search::Kind::Note, db.lastInsertRowid(), subject, body);
        }
        static constexpr std::array<std::string_view, 3> priorities{"low", "normal", "high"};
        const int tasks = std::max(1, o.contacts / 20);
        for (int i = 0; i < tasks; ++i) {
            const auto& who = somebody();
            const std::int64_t dueDay = r.below(40) - 10;
            const std::int64_t due = o.now + dueDay * kDay + r.below(kDay);
            const bool done = due < o.now && r.chance(70);
            insert.bindAll("task", "Follow up " + std::to_string(i + 1), "", std::optional<std::int64_t>(),
                           std::optional<std::int64_t>(), std::string(), due, r.pick(priorities),
                           done ? std::optional(due) : std::nullopt, who.id, who.company, o.now - 30 * kDay, o.now - 30 * kDay)
                .run();
            insert.reset();
        }
        report.activities = activities + tasks;
    }

    ws.audit().record(audit::Entity::Contact, 0, "seed",
                      {{"contacts", report.contacts}, {"companies", report.companies}, {"deals", report.deals},
                       {"orders", report.orders}, {"tickets", report.tickets}, {"seed", o.seed}});
    tx.commit();
    return report;
}

} // namespace satchel::seed
