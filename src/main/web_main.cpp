// The web app's entry point: wiring only. Opens the workspace, starts ImGui on the page's canvas,
// and exposes the automation surface that web/satchel.js publishes as window.satchel.
#include "core/common/sliced_work.h"
#include "core/db/page_vfs.h"
#include "core/db/readonly_query.h"
#include "core/workspace/workspace.h"
#include "main/web_main.h"
#include "platform/platform.h"
#include "platform/storage.h"
#include "ui/app.h"

#include <emscripten.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace {

struct WebApp {
    std::unique_ptr<satchel::Workspace> workspace;
    std::unique_ptr<satchel::ui::App> app;
    std::string reply;  // last string handed to JavaScript; valid until the next call
};

WebApp& webApp() {
    static WebApp w;
    return w;
}

void frame() {
    auto& app = *webApp().app;
    if (app.prepareFrame(satchel::platform::pixelRatio())) satchel::platform::reloadFontTexture();
    satchel::platform::newFrame();
    ImGui::NewFrame();
    app.drawFrame();
    ImGui::Render();
    satchel::platform::render();
    app.endFrame();
}

} // namespace

satchel::Workspace& webWorkspace() { return *webApp().workspace; }

extern "C" {

// window.satchel.query(sql, params): read-only SQL, rows as JSON; errors as {"error": "..."}.
EMSCRIPTEN_KEEPALIVE const char* satchel_query(const char* sql, const char* paramsJson) {
    auto& w = webApp();
    try {
        w.reply = "{\"rows\":" + satchel::db::queryReadonlyJson(w.workspace->database(), sql, paramsJson) + "}";
    } catch (const std::exception& e) {
        w.reply = nlohmann::json{{"error", e.what()}}.dump();
    }
    return w.reply.c_str();
}

// window.satchel.ui.items(): the items drawn in the last frame.
EMSCRIPTEN_KEEPALIVE const char* satchel_ui_items() {
    auto& w = webApp();
    w.reply = w.app->locator().itemsJson();
    return w.reply.c_str();
}

// Whether a screen is still reading its data a slice per frame (window.satchel.idle() waits).
EMSCRIPTEN_KEEPALIVE int satchel_ui_busy() { return satchel::WorkInFlight::count() > 0 ? 1 : 0; }

} // extern "C"

// Arguments come from the page URL (web/satchel.js): `--page-size N` sets the page size of a new
// database (used by the storage benchmark to compare page sizes; an existing database keeps its own).
int main(int argc, char** argv) {
    auto& w = webApp();
    int pageSize = 0;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--page-size") pageSize = std::atoi(argv[i + 1]);
    try {
        // The pages web/page_store.js loaded from IndexedDB are already in the page store.
        satchel::db::registerPageVfs("satchel-idb", satchel::platform::pageStore(), satchel::platform::commitSink());
        w.workspace =
            std::make_unique<satchel::Workspace>("satchel.sqlite3", satchel::systemNowMs, "satchel-idb", pageSize);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "satchel: cannot open the database: %s\n", e.what());
        EM_ASM({ Module.satchelFatal("Satchel cannot open its database: " + UTF8ToString($0)); }, e.what());
        return 1;
    }
    ImGui::CreateContext();
    w.app = std::make_unique<satchel::ui::App>(*w.workspace);
    if (!satchel::platform::init()) {
        std::fprintf(stderr, "satchel: WebGL2 is not available in this browser\n");
        EM_ASM({ if (Module.satchelFatal) Module.satchelFatal("This browser cannot draw with WebGL 2."); });
        return 1;
    }
    satchel::platform::runLoop(frame);
    return 0;
}
