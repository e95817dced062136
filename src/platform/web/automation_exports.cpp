// window.satchel's questions to the app, answered by the handlers the app registered
// (platform/automation.h). Declared in js_boundary.h.
#include "platform/automation.h"
#include "platform/web/js_boundary.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <exception>
#include <stdexcept>
#include <string>
#include <utility>

namespace satchel::platform {

namespace {

struct Automation {
    AutomationHandlers handlers;
    std::string reply; // the last string handed to the page; valid until the next call
};

Automation& automation() {
    static Automation a;
    return a;
}

} // namespace

void setAutomationHandlers(AutomationHandlers handlers) { automation().handlers = std::move(handlers); }

} // namespace satchel::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* satchel_query(const char* sql, const char* paramsJson) {
    auto& a = satchel::platform::automation();
    try {
        if (!a.handlers.query) throw std::runtime_error("the app is not running");
        a.reply = "{\"rows\":" + a.handlers.query(sql, paramsJson) + "}";
    } catch (const std::exception& e) {
        a.reply = nlohmann::json{{"error", e.what()}}.dump();
    }
    return a.reply.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* satchel_ui_items() {
    auto& a = satchel::platform::automation();
    a.reply = a.handlers.uiItems ? a.handlers.uiItems() : "[]";
    return a.reply.c_str();
}

EMSCRIPTEN_KEEPALIVE int satchel_ui_busy() {
    const auto& busy = satchel::platform::automation().handlers.busy;
    return busy && busy() ? 1 : 0;
}

} // extern "C"
