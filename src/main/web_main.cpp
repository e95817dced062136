// The web app's entry point: wiring only. Opens the workspace, starts ImGui on the page's canvas,
// and registers the answers to the automation surface (window.satchel) with the platform, which
// owns everything that crosses to the page (src/platform/web/js_boundary.h).
#include "main/web_main.h"
#include "core/common/sliced_work.h"
#include "core/workspace/workspace.h"
#include "platform/automation.h"
#include "platform/platform.h"
#include "platform/storage.h"
#include "ui/app.h"

#include <imgui.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace {

struct WebApp {
    std::unique_ptr<satchel::Workspace> workspace;
    std::unique_ptr<satchel::ui::App> app;
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

void installAutomation(WebApp& w) {
    satchel::platform::setAutomationHandlers({
        .query = [&w](std::string_view sql,
                      std::string_view paramsJson) { return w.workspace->queryReadonlyJson(sql, paramsJson); },
        .uiItems = [&w] { return w.app->locator().itemsJson(); },
        .busy = [] { return satchel::WorkInFlight::count() > 0; },
    });
}

} // namespace

// Arguments come from the page URL (web/js_boundary.js): `--page-size N` sets the page size of a new
// database (used by the storage benchmark to compare page sizes; an existing database keeps its own).
int main(int argc, char** argv) {
    auto& w = webApp();
    int pageSize = 0;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--page-size") pageSize = std::atoi(argv[i + 1]);
    try {
        // The pages web/page_store.js loaded from IndexedDB are already in the page store.
        w.workspace = std::make_unique<satchel::Workspace>("satchel.sqlite3", satchel::systemNowMs,
                                                           satchel::platform::databaseVfs(), pageSize);
    } catch (const std::exception& e) {
        satchel::platform::reportFatal(std::string("Satchel cannot open its database: ") + e.what());
        return 1;
    }
    ImGui::CreateContext();
    w.app = std::make_unique<satchel::ui::App>(*w.workspace);
    installAutomation(w);
    satchel::platform::setCommitEditsHandler([&w] { return w.app->commitEdits(); });
    installTestHooks(*w.workspace);
    if (!satchel::platform::init()) {
        satchel::platform::reportFatal("This browser cannot draw with WebGL 2.");
        return 1;
    }
    satchel::platform::runLoop(frame);
    return 0;
}
