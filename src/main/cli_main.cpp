// satchel — the command-line tool over the same core as the web app.
// Exit codes: 0 ok, 1 bad data, a failed check or a database error, 2 bad arguments.
#include "core/common/failure.h"
#include "core/common/money.h"
#include "core/common/validation_error.h"
#include "core/exports/contact_export.h"
#include "core/imports/contact_import.h"
#include "core/imports/import_history.h"
#include "core/imports/vcard_file.h"
#include "core/seed/seed.h"
#include "core/workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <variant>
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
    "  check                                    integrity and foreign-key check; exit 1 on any problem\n"
    "  import <contacts|vcard> FILE [--map COLUMN=FIELD ...] [--match email-then-phone|email|phone|id|nothing]\n"
    "         [--on-match update|skip|duplicate] [--encoding E] [--delimiter D] [--dry-run] [--json]\n"
    "                                           plan the import, print counts and the validation report, and\n"
    "                                           write the valid rows (not with --dry-run); exit 1 when nothing imports\n"
    "  imports [--json]                         the import history\n"
    "  undo-import ID [--overwrite]             undo an import (records edited since are kept unless --overwrite)\n"
    "  export contacts --format csv|vcard|vcard4 FILE\n"
    "                                           write every contact to FILE\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using Json = nlohmann::ordered_json;

struct Args {
    std::vector<std::string> words;
    std::multimap<std::string, std::string> options;
    bool json = false, dryRun = false, overwrite = false;

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
    std::vector<std::string> takeAll(const std::string& name) {
        std::vector<std::string> out;
        for (auto it = options.find(name); it != options.end() && it->first == name; it = options.erase(it))
            out.push_back(it->second);
        return out;
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
        else if (a == "--dry-run")
            args.dryRun = true;
        else if (a == "--overwrite")
            args.overwrite = true;
        else if (a == "--help" || a == "-h")
            throw UsageError("");
        else if (a.rfind("--", 0) == 0) {
            if (i + 1 >= argc) throw UsageError(a + " needs a value");
            args.options.emplace(a.substr(2), argv[++i]);
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

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read '" + path + "'");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void writeWholeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())))
        throw std::runtime_error("cannot write '" + path + "'");
}

std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// --map "E-mail=email" / "Shoe size=custom:Shoe size" / "Notiz=new:Notiz" / "Fax=ignore".
void applyMaps(satchel::Workspace& ws, const std::vector<std::string>& maps, const satchel::imports::ImportFile& file,
               std::vector<satchel::imports::ColumnTarget>& columns) {
    using satchel::imports::ColumnTarget;
    using satchel::imports::ContactField;
    for (const auto& m : maps) {
        const auto eq = m.rfind('=');
        if (eq == std::string::npos) throw UsageError("--map needs COLUMN=FIELD, not '" + m + "'");
        const std::string column = m.substr(0, eq), field = m.substr(eq + 1);
        const auto it = std::find(file.header.begin(), file.header.end(), column);
        if (it == file.header.end()) throw UsageError("--map: the file has no column '" + column + "'");
        ColumnTarget target;
        if (field.rfind("custom:", 0) == 0) {
            target.field = ContactField::Custom;
            for (const auto& f : ws.customFields().fields("contact"))
                if (f.name == field.substr(7)) target.customFieldId = f.id;
            if (!target.customFieldId) throw UsageError("--map: no contact custom field '" + field.substr(7) + "'");
        } else if (field.rfind("new:", 0) == 0) {
            target = {ContactField::NewCustom, 0, field.substr(4)};
        } else if (auto known = satchel::imports::contactFieldFromKey(field)) {
            target.field = *known;
        } else {
            std::string keys;
            for (const auto& info : satchel::imports::kContactFields)
                keys += std::string(keys.empty() ? "" : ", ") + std::string(info.key);
            throw UsageError("--map: unknown field '" + field + "' (one of " + keys + ", custom:NAME, new:NAME)");
        }
        columns[static_cast<std::size_t>(it - file.header.begin())] = target;
    }
}

int importCommand(satchel::Workspace& ws, Args& args) {
    namespace im = satchel::imports;
    if (args.words.size() != 3) throw UsageError("import needs a kind and a FILE");
    const std::string kind = args.words[1], path = args.words[2];
    if (kind != "contacts" && kind != "vcard")
        throw UsageError("import of '" + kind + "' is not supported yet (contacts, vcard)");
    std::optional<satchel::io::Encoding> encoding;
    if (const auto e = args.take("encoding"); !e.empty()) {
        encoding = satchel::io::encodingFromName(e);
        if (!encoding)
            throw UsageError("--encoding: unknown encoding '" + e +
                             "' (UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5, Shift_JIS)");
    }
    std::optional<char> delimiter;
    if (auto d = args.take("delimiter"); !d.empty()) {
        if (d == "tab" || d == "\\t") d = "\t";
        if (d.size() != 1) throw UsageError("--delimiter must be one character (or 'tab')");
        delimiter = d[0];
    }
    im::ContactImportOptions options;
    if (const auto m = args.take("match"); !m.empty()) {
        const auto match = im::matchByFromName(m);
        if (!match) throw UsageError("--match must be email-then-phone, email, phone, id or nothing");
        options.match = *match;
    }
    if (const auto o = args.take("on-match"); !o.empty()) {
        if (o == "update")
            options.onMatch = im::OnMatch::Update;
        else if (o == "skip")
            options.onMatch = im::OnMatch::Skip;
        else if (o == "duplicate")
            options.onMatch = im::OnMatch::Duplicate;
        else
            throw UsageError("--on-match must be update, skip or duplicate");
    }
    const auto maps = args.takeAll("map");
    args.done();

    const std::string bytes = readWholeFile(path);
    std::vector<satchel::io::VCardProblem> cardProblems;
    std::variant<im::ImportFile, im::FileProblem> opened = im::FileProblem{};
    if (kind == "vcard") {
        auto v = im::openVCardFile(baseName(path), bytes, encoding);
        if (auto* p = std::get_if<im::FileProblem>(&v))
            opened = *p;
        else {
            cardProblems = std::get<im::VCardImportFile>(v).problems;
            opened = std::move(std::get<im::VCardImportFile>(v).file);
        }
    } else {
        opened = im::openImportFile(baseName(path), bytes, encoding, delimiter);
    }
    if (auto* p = std::get_if<im::FileProblem>(&opened)) {
        std::cerr << "satchel: " << path << ": " << p->message() << "\n";
        return 1;
    }
    const auto& file = std::get<im::ImportFile>(opened);
    std::vector<std::pair<std::int64_t, std::string>> custom;
    for (const auto& f : ws.customFields().fields("contact")) custom.emplace_back(f.id, f.name);
    options.columns = im::suggestColumns(file.header, custom);
    if (auto saved = im::savedMapping(ws, "contacts", file.header)) options.columns = *saved;
    applyMaps(ws, maps, file, options.columns);

    const auto started = std::chrono::steady_clock::now();
    im::ContactImport job(ws, file, options);
    const auto phase = job.runToEnd(args.dryRun);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const auto& n = job.counts();
    if (phase == im::ContactImport::Phase::Failed) {
        std::cerr << "satchel: " << path << ": " << job.failure() << " (nothing was imported)\n";
        return 1;
    }
    Json mapping = Json::array();
    for (std::size_t c = 0; c < file.header.size(); ++c)
        mapping.push_back({{"column", file.header[c]}, {"field", im::contactFieldInfo(options.columns[c].field).key}});
    Json problems = Json::array();
    for (const auto& p : job.problems())
        problems.push_back({{"row", p.row},
                            {"line", p.line},
                            {"column", p.column},
                            {"value", p.value},
                            {"reason", p.reason()},
                            {"code", satchel::problemCode(p.problem)}});
    for (const auto& p : cardProblems) problems.push_back({{"line", p.line}, {"reason", p.reason}});
    const bool wrote = phase == im::ContactImport::Phase::Done;
    if (args.json) {
        Json out{{"file", file.name},
                 {"encoding", satchel::io::encodingName(file.encoding)},
                 {"delimiter", std::string(1, file.delimiter)},
                 {"dry_run", args.dryRun},
                 {"rows", n.rows},
                 {"create", n.create},
                 {"update", n.update},
                 {"merge", n.merge},
                 {"skip", n.skip},
                 {"reject", n.reject},
                 {"companies_created", n.companiesCreated},
                 {"import_id", job.importId()},
                 {"seconds", seconds},
                 {"mapping", mapping},
                 {"problems", problems}};
        std::cout << out.dump(2) << "\n";
    } else {
        std::printf("%s (%s): %lld rows: create %lld · update %lld · merge %lld · skip %lld · reject %lld%s\n",
                    file.name.c_str(), std::string(satchel::io::encodingName(file.encoding)).c_str(),
                    static_cast<long long>(n.rows), static_cast<long long>(n.create), static_cast<long long>(n.update),
                    static_cast<long long>(n.merge), static_cast<long long>(n.skip), static_cast<long long>(n.reject),
                    args.dryRun ? " (dry run: nothing written)" : "");
        for (const auto& p : job.problems())
            std::printf("  row %lld (line %lld) %s: %s%s\n", static_cast<long long>(p.row),
                        static_cast<long long>(p.line), p.column.c_str(), p.reason().c_str(),
                        p.value.empty() ? "" : (" ('" + p.value + "')").c_str());
        for (const auto& p : cardProblems)
            std::printf("  line %lld: %s\n", static_cast<long long>(p.line), p.reason.c_str());
        if (wrote) std::printf("import %lld done in %.2f s\n", static_cast<long long>(job.importId()), seconds);
    }
    if (args.dryRun) return n.create + n.update + n.merge > 0 ? 0 : 1;
    return wrote ? 0 : 1;
}

int importsCommand(satchel::Workspace& ws, Args& args) {
    args.done();
    Json out = Json::array();
    for (const auto& r : satchel::imports::listImports(ws)) {
        out.push_back({{"id", r.id},
                       {"target", r.target},
                       {"file", r.fileName},
                       {"encoding", r.encoding},
                       {"finished_at", r.finishedAt},
                       {"rows", r.counts.rows},
                       {"created", r.counts.create},
                       {"updated", r.counts.update},
                       {"merged", r.counts.merge},
                       {"skipped", r.counts.skip},
                       {"rejected", r.counts.reject},
                       {"undone_at", r.undoneAt ? Json(*r.undoneAt) : Json(nullptr)}});
        if (!args.json)
            std::printf("%lld\t%s\t%s\tcreated %lld, updated %lld%s\n", static_cast<long long>(r.id), r.target.c_str(),
                        r.fileName.c_str(), static_cast<long long>(r.counts.create),
                        static_cast<long long>(r.counts.update), r.undoneAt ? "\tundone" : "");
    }
    if (args.json) std::cout << out.dump(2) << "\n";
    return 0;
}

int undoImportCommand(satchel::Workspace& ws, Args& args) {
    if (args.words.size() != 2) throw UsageError("undo-import needs the import's ID");
    args.done();
    long long id = 0;
    try {
        id = std::stoll(args.words[1]);
    } catch (const std::exception&) {
        throw UsageError("undo-import: '" + args.words[1] + "' is not an import ID");
    }
    const auto r = satchel::imports::undoImport(ws, id, args.overwrite);
    if (args.json) {
        Json kept = Json::array();
        for (const auto& k : r.kept) kept.push_back({{"entity", k.entity}, {"id", k.id}, {"name", k.name}});
        std::cout << Json{{"restored", r.restored}, {"removed", r.removed}, {"kept", kept}}.dump(2) << "\n";
    } else {
        std::printf("import %lld undone: %lld records restored, %lld created contacts removed, %zu kept\n", id,
                    static_cast<long long>(r.restored), static_cast<long long>(r.removed), r.kept.size());
        for (const auto& k : r.kept)
            std::printf("  kept %s %lld %s (changed since the import)\n", k.entity.c_str(),
                        static_cast<long long>(k.id), k.name.c_str());
    }
    return 0;
}

int exportCommand(satchel::Workspace& ws, Args& args) {
    if (args.words.size() != 3) throw UsageError("export needs a table and a FILE");
    const std::string table = args.words[1], path = args.words[2];
    const std::string format = args.take("format", true);
    args.done();
    if (table != "contacts") throw UsageError("export of '" + table + "' is not supported yet (contacts)");
    std::string bytes;
    if (format == "csv")
        bytes = satchel::exports::contactsCsv(ws);
    else if (format == "vcard")
        bytes = satchel::exports::contactsVCard(ws);
    else if (format == "vcard4")
        bytes = satchel::exports::contactsVCard(ws, {}, satchel::io::VCardVersion::V4);
    else
        throw UsageError("--format must be csv, vcard or vcard4");
    writeWholeFile(path, bytes);
    std::printf("wrote %zu bytes to %s\n", bytes.size(), path.c_str());
    return 0;
}

int run(Args args) {
    const std::string path = args.take("db", true);
    if (args.words.empty()) throw UsageError("no command given");
    const std::string command = args.words[0] + (args.words.size() > 1 ? " " + args.words[1] : "");
    refuseNonDatabase(path);
    satchel::Workspace ws(path);
    if (args.words[0] == "import") return importCommand(ws, args);
    if (args.words[0] == "imports") return importsCommand(ws, args);
    if (args.words[0] == "undo-import") return undoImportCommand(ws, args);
    if (args.words[0] == "export") return exportCommand(ws, args);

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
