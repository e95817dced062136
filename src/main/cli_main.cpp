// satchel — the command-line tool over the same core as the web app.
// Exit codes: 0 ok, 1 bad data, a failed check or a database error, 2 bad arguments.
#include "core/common/failure.h"
#include "core/common/money.h"
#include "core/common/validation_error.h"
#include "core/seed/seed.h"
#include "core/workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <climits>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: satchel --db FILE <command> [options]\n"
    "  init                                     create the database, or upgrade an older one\n"
    "  seed --contacts N [--seed S] [--now MS]  add deterministic sample data (same options, same data)\n"
    "  add contact --name N [--email E] [--phone P] [--city C] [--owner O] [--lifecycle L]\n"
    "                                           add one contact; prints its id\n"
    "  list contacts [--search Q] [--limit N] [--json]\n"
    "                                           contacts by name, optionally matching the search text\n"
    "  stats [--currency USD] [--json]          record counts and the dashboard figures\n"
    "  check                                    integrity and foreign-key check; exit 1 on any problem\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using Json = nlohmann::ordered_json;

struct Args {
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
    bool json = false;

    std::string take(const std::string& name, bool required = false) {
        auto it = options.find(name);
        if (it == options.end()) {
            if (required) throw UsageError("--" + name + " is required");
            return {};
        }
        std::string v = it->second;
        options.erase(it);
        return v;
    }
    long long number(const std::string& name, long long fallback, long long min, long long max) {
        const std::string v = take(name);
        if (v.empty()) return fallback;
        try {
            size_t used = 0;
            const long long n = std::stoll(v, &used);
            if (used != v.size() || n < min || n > max) throw std::out_of_range(v);
            return n;
        } catch (const std::exception&) {
            throw UsageError("--" + name + " must be a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max) + ", not '" + v + "'");
        }
    }
    void done() const {
        if (!options.empty()) throw UsageError("unknown option --" + options.begin()->first);
    }
};

Args parse(int argc, char** argv) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--json")
            args.json = true;
        else if (a == "--help" || a == "-h")
            throw UsageError("");
        else if (a.rfind("--", 0) == 0) {
            if (i + 1 >= argc) throw UsageError(a + " needs a value");
            args.options[a.substr(2)] = argv[++i];
        } else
            args.words.push_back(a);
    }
    return args;
}

// A file that exists but is not SQLite would otherwise surface as an odd error on the first query.
void refuseNonDatabase(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return; // does not exist yet: it will be created
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() == 0) return; // empty file: SQLite treats it as a new database
    if (in.gcount() < 16 || std::string(header, 16) != std::string("SQLite format 3\0", 16))
        throw std::runtime_error("'" + path + "' is not a Satchel database (not an SQLite file)");
}

int run(Args args) {
    const std::string path = args.take("db", true);
    if (args.words.empty()) throw UsageError("no command given");
    const std::string command = args.words[0] + (args.words.size() > 1 ? " " + args.words[1] : "");
    refuseNonDatabase(path);
    satchel::Workspace ws(path);

    if (command == "init") {
        args.done();
        std::cout << "ready: " << path << "\n";
    } else if (command == "seed") {
        satchel::seed::Options o;
        o.contacts = static_cast<int>(args.number("contacts", 1000, 1, 10'000'000));
        o.seed = static_cast<std::uint64_t>(args.number("seed", 1, 0, LLONG_MAX));
        o.now = args.number("now", o.now, 0, LLONG_MAX);
        args.done();
        const auto started = std::chrono::steady_clock::now();
        const auto r = satchel::seed::run(ws, o);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Json out{{"contacts", r.contacts},          {"companies", r.companies},   {"deals", r.deals},
                 {"stage_changes", r.stageChanges}, {"orders", r.orders},         {"tickets", r.tickets},
                 {"campaigns", r.campaigns},        {"activities", r.activities}, {"seconds", seconds}};
        if (args.json)
            std::cout << out.dump(2) << "\n";
        else
            std::printf("seeded %lld contacts, %lld companies, %lld deals, %lld orders, %lld tickets in %.2f s\n",
                        static_cast<long long>(r.contacts), static_cast<long long>(r.companies),
                        static_cast<long long>(r.deals), static_cast<long long>(r.orders),
                        static_cast<long long>(r.tickets), seconds);
    } else if (command == "add contact") {
        satchel::contacts::ContactDraft d;
        d.name = args.take("name", true);
        d.email = args.take("email");
        d.phone = args.take("phone");
        d.city = args.take("city");
        d.owner = args.take("owner");
        d.lifecycle = args.take("lifecycle");
        args.done();
        std::cout << ws.contacts().add(d) << "\n";
    } else if (command == "list contacts") {
        satchel::contacts::ContactQuery q;
        q.filter.search = args.take("search");
        q.limit = static_cast<int>(args.number("limit", INT_MAX, 1, INT_MAX));
        args.done();
        const auto page = ws.contacts().list(q);
        if (args.json) {
            Json out = Json::array();
            for (const auto& c : page.rows)
                out.push_back({{"id", c.id},
                               {"name", c.name},
                               {"email", c.email},
                               {"phone", c.phone},
                               {"city", c.city},
                               {"owner", c.owner},
                               {"lifecycle", c.lifecycle},
                               {"created_at", c.createdAt},
                               {"updated_at", c.updatedAt}});
            std::cout << out.dump(2) << "\n";
        } else {
            for (const auto& c : page.rows)
                std::cout << c.id << "\t" << c.name << "\t" << c.email << "\t" << c.phone << "\n";
        }
    } else if (command == "stats") {
        std::string currency = args.take("currency");
        if (currency.empty()) currency = "USD";
        args.done();
        if (!satchel::isValidCurrency(currency)) throw UsageError("--currency must be a code like USD");
        const auto f = ws.dashboard().figures(ws.now(), currency);
        const auto counts = ws.maintenance().counts();
        Json months = Json::array();
        for (const auto& m : f.revenueByMonth) months.push_back({{"month", m.month}, {"revenue_minor", m.minor}});
        Json out{{"contacts", ws.contacts().count()},
                 {"companies", ws.companies().count()},
                 {"deals", counts.deals},
                 {"orders", counts.orders},
                 {"tickets", counts.tickets},
                 {"activities", counts.activities},
                 {"currency", f.currency},
                 {"open_deals", f.openDeals},
                 {"open_pipeline_minor", f.openPipelineMinor},
                 {"weighted_pipeline_minor", f.weightedPipelineMinor},
                 {"win_rate", f.winRate},
                 {"average_won_deal_minor", f.averageWonDealMinor},
                 {"open_tickets_by_status", f.openTicketsByStatus},
                 {"tickets_overdue_sla", f.ticketsOverdueSla},
                 {"tasks_overdue", f.tasksOverdue},
                 {"revenue_by_month", months},
                 {"database_bytes", counts.databaseBytes}};
        if (args.json)
            std::cout << out.dump(2) << "\n";
        else
            for (const auto& [k, v] : out.items())
                if (!v.is_structured()) std::cout << k << ": " << v.dump() << "\n";
    } else if (command == "check") {
        args.done();
        const auto problems = ws.maintenance().problems();
        for (const auto& p : problems) std::cout << p << "\n";
        if (!problems.empty()) {
            std::cout << problems.size() << " problems found\n";
            return 1;
        }
        std::cout << "ok\n";
    } else {
        throw UsageError("unknown command '" + command + "'");
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(parse(argc, argv));
    } catch (const UsageError& e) {
        if (*e.what()) std::cerr << "satchel: " << e.what() << "\n";
        std::cerr << kUsage;
        return 2;
    } catch (const satchel::ValidationError& e) {
        std::cerr << "satchel: invalid " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "satchel: " << satchel::describeFailure(e) << "\n";
        return 1;
    }
}
