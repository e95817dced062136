// Linked into the test build of the web app only (app_test, served from build/dist-test/): the
// exports behind window.satchel.test, answered by the handlers src/main/test_hooks.cpp registers.
// The shipped app has neither these exports nor any other way to run writing SQL from the page.
#include "platform/automation.h"
#include "platform/web/js_boundary.h"

#include <emscripten.h>

#include <exception>
#include <string>
#include <utility>

namespace satchel::platform {

namespace {

struct Tests {
    TestHandlers handlers;
    std::string reply; // "" or the last error; valid until the next call
};

Tests& tests() {
    static Tests t;
    return t;
}

// Runs `call`; the reply is "" when it succeeded, else its error.
template <typename Call>
const char* replyOf(Call&& call) {
    auto& t = tests();
    try {
        call();
        t.reply.clear();
    } catch (const std::exception& e) {
        t.reply = e.what();
    }
    return t.reply.c_str();
}

} // namespace

void setTestHandlers(TestHandlers handlers) { tests().handlers = std::move(handlers); }

} // namespace satchel::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* satchel_test_exec(const char* sql) {
    return satchel::platform::replyOf([&] { satchel::platform::tests().handlers.exec(sql); });
}

EMSCRIPTEN_KEEPALIVE const char* satchel_test_seed(int contacts) {
    return satchel::platform::replyOf([&] { satchel::platform::tests().handlers.seed(contacts); });
}

} // extern "C"
