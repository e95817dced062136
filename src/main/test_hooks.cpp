// Linked into the test build of the web app only (app_test, dist-test/): lets browser tests and
// benchmarks produce writes and inject storage failures. The shipped app has no way to run
// writing SQL from the page.
#include "core/db/database.h"
#include "core/seed/seed.h"
#include "core/workspace/workspace.h"
#include "main/web_main.h"

#include <emscripten.h>

#include <string>

extern "C" {

// Runs SQL that may write (any number of statements, no parameters). Returns "" or the error.
EMSCRIPTEN_KEEPALIVE const char* satchel_test_exec(const char* sql) {
    static std::string reply;
    try {
        webWorkspace().database().execScript(sql);
        reply.clear();
    } catch (const std::exception& e) {
        reply = e.what();
    }
    return reply.c_str();
}

// Fills the database with `contacts` contacts and everything around them (core/seed), for the
// frame-time benchmark and the screenshots. Returns "" or the error.
EMSCRIPTEN_KEEPALIVE const char* satchel_test_seed(int contacts) {
    static std::string reply;
    try {
        satchel::seed::run(webWorkspace(), {.contacts = contacts, .now = satchel::systemNowMs()});
        reply.clear();
    } catch (const std::exception& e) {
        reply = e.what();
    }
    return reply.c_str();
}

} // extern "C"
