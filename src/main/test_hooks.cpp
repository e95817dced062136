// Linked into the test build of the web app only (app_test, dist-test/): lets browser tests and
// benchmarks produce writes and seed sample data (window.satchel.test). Injected storage failures
// live in the test build's page script (web/test/). The shipped app links shipped_hooks.cpp instead.
#include "core/seed/seed.h"
#include "core/workspace/workspace.h"
#include "main/web_main.h"
#include "platform/automation.h"

void installTestHooks(satchel::Workspace& ws) {
    satchel::platform::setTestHandlers({
        .exec = [&ws](std::string_view sql) { ws.execScriptForTests(sql); },
        .seed = [&ws](int contacts) { satchel::seed::run(ws, {.contacts = contacts, .now = ws.now()}); },
    });
}
