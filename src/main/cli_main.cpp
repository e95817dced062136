// satchel — the command-line tool over the same core as the web app.
//   satchel --db FILE init
//   satchel --db FILE add contact --name N [--email E] [--phone P]
//   satchel --db FILE list contacts [--json]
// Exit codes: 0 ok, 1 bad data or database error, 2 bad arguments.
#include "core/common/validation_error.h"
#include "core/db/db_error.h"
#include "core/workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: satchel --db FILE <command>\n"
    "  init                                          create or upgrade the database\n"
    "  add contact --name N [--email E] [--phone P]  add one contact\n"
    "  list contacts [--json]                        list contacts by name\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Args {
    std::vector<std::string> words;             // positional words, in order
    std::map<std::string, std::string> options; // --name value
    bool json = false;
};

Args parse(int argc, char** argv) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--json") args.json = true;
        else if (a == "--help" || a == "-h") throw UsageError("");
        else if (a.rfind("--", 0) == 0) {
            if (i + 1 >= argc) throw UsageError(a + " needs a value");
            args.options[a.substr(2)] = argv[++i];
        } else args.words.push_back(a);
    }
    return args;
}

std::string take(Args& args, const std::string& name, bool required) {
    auto it = args.options.find(name);
    if (it == args.options.end()) {
        if (required) throw UsageError("--" + name + " is required");
        return {};
    }
    std::string v = it->second;
    args.options.erase(it);
    return v;
}

int run(Args args) {
    const std::string db = take(args, "db", true);
    const auto& w = args.words;
    if (w.empty()) throw UsageError("no command given");
    satchel::Workspace ws(db);
    if (w == std::vector<std::string>{"init"}) {
        std::cout << "initialised " << db << "\n";
    } else if (w == std::vector<std::string>{"add", "contact"}) {
        satchel::contacts::ContactDraft draft{take(args, "name", true), take(args, "email", false),
                                              take(args, "phone", false)};
        if (!args.options.empty()) throw UsageError("unknown option --" + args.options.begin()->first);
        std::cout << ws.contacts().add(draft) << "\n";
    } else if (w == std::vector<std::string>{"list", "contacts"}) {
        const auto all = ws.contacts().list(std::numeric_limits<int>::max());
        if (args.json) {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (const auto& c : all)
                out.push_back({{"id", c.id}, {"name", c.name}, {"email", c.email}, {"phone", c.phone},
                               {"created_at", c.createdAt}, {"updated_at", c.updatedAt}});
            std::cout << out.dump(2) << "\n";
        } else {
            for (const auto& c : all) std::cout << c.id << "\t" << c.name << "\t" << c.email << "\t" << c.phone << "\n";
        }
    } else {
        std::string joined;
        for (const auto& s : w) joined += (joined.empty() ? "" : " ") + s;
        throw UsageError("unknown command '" + joined + "'");
    }
    if (!args.options.empty()) throw UsageError("unknown option --" + args.options.begin()->first);
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
        std::cerr << "satchel: " << e.what() << "\n";
        return 1;
    }
}
