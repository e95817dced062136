#pragma once
// What the page's automation surface (window.satchel, used by tests and scripts) asks of the app.
// The app registers the answers at start-up; the platform's exported functions call them, so the
// app's entry point needs no browser code. The functions the page calls are in web/js_boundary.h.
#include <functional>
#include <string>
#include <string_view>

namespace satchel::platform {

struct AutomationHandlers {
    // window.satchel.query: read-only SQL with a JSON array of parameters; the rows as a JSON array.
    // Throws on a refused or failing statement (the page gets the message).
    std::function<std::string(std::string_view sql, std::string_view paramsJson)> query;
    // window.satchel.ui.items: every item drawn in the last frame, as a JSON array.
    std::function<std::string()> uiItems;
    // window.satchel.idle waits while this is true (a screen still reading its data in slices).
    std::function<bool()> busy;
};
void setAutomationHandlers(AutomationHandlers handlers);

// Test build only (app_test links web/test_exports.cpp, which defines this): window.satchel.test.
// Both throw on failure.
struct TestHandlers {
    std::function<void(std::string_view sql)> exec; // SQL that may write, no parameters
    std::function<void(int contacts)> seed;         // sample data around `contacts` contacts
};
void setTestHandlers(TestHandlers handlers);

} // namespace satchel::platform
