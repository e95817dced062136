// The JavaScript that wasm calls, one EM_JS per function of js_boundary.h, each a single call into
// Module.fromWasm (web/js_boundary.js): the logic lives in the page's scripts, where it can be read
// as JavaScript, and this file stays the complete list. Also the shared-constants export.
#include "platform/web/js_boundary.h"

#include "platform/input_queue.h"
#include "platform/storage.h"

#include <emscripten.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>

// EM_JS names are global C symbols: prefixed so they cannot collide with Emscripten's own.
EM_JS(void, satchel_js_commit,
      (double seq, int pageSize, int pageCount, int previousPageCount, const void* pairs, int count),
      { Module.fromWasm.commit(seq, pageSize, pageCount, previousPageCount, pairs, count); });
EM_JS(void, satchel_js_after_frame, (int wantText, float imeX, float imeY, float lineHeight),
      { Module.fromWasm.afterFrame(!!wantText, imeX, imeY, lineHeight); });
EM_JS(void, satchel_js_set_cursor, (const char* css), { Module.fromWasm.setCursor(UTF8ToString(css)); });
EM_JS(void, satchel_js_set_clipboard, (const char* text), { Module.fromWasm.setClipboard(UTF8ToString(text)); });
EM_JS(int, satchel_js_is_mac_platform, (void), { return Module.fromWasm.isMacPlatform() ? 1 : 0; });
EM_JS(void, satchel_js_take_over_storage, (void), { Module.fromWasm.takeOverStorage(); });
EM_JS(void, satchel_js_refresh_storage_usage, (void), { Module.fromWasm.refreshStorageUsage(); });
EM_JS(void, satchel_js_download_file,
      (const char* name, int nameLength, const char* mime, int mimeLength, const char* bytes, int size), {
          Module.fromWasm.downloadFile(UTF8ToString(name, nameLength), UTF8ToString(mime, mimeLength),
                                       HEAPU8.slice(bytes, bytes + size));
      });
EM_JS(void, satchel_js_show_address, (const char* address, int replace),
      { Module.fromWasm.showAddress(UTF8ToString(address), replace); });
EM_JS(void, satchel_js_report_fatal, (const char* message), { Module.fromWasm.reportFatal(UTF8ToString(message)); });
EM_JS(int, satchel_js_notification_permission, (void), { return Module.fromWasm.notificationPermission(); });
EM_JS(void, satchel_js_request_notification_permission, (void), { Module.fromWasm.requestNotificationPermission(); });
EM_JS(void, satchel_js_open_file_picker, (const char* accept),
      { Module.fromWasm.openFilePicker(UTF8ToString(accept)); });
EM_JS(void, satchel_js_fetch_asset, (int request, const char* path),
      { Module.fromWasm.fetchAsset(request, UTF8ToString(path)); });
EM_JS(void, satchel_js_notify, (const char* title, const char* body, const char* tag),
      { Module.fromWasm.notify(UTF8ToString(title), UTF8ToString(body), UTF8ToString(tag)); });

namespace satchel::platform::js {

void commit(std::uint64_t seq, std::uint32_t pageSize, std::uint32_t pageCount, std::uint32_t previousPageCount,
            const std::uint32_t* pagePairs, int count) {
    satchel_js_commit(static_cast<double>(seq), static_cast<int>(pageSize), static_cast<int>(pageCount),
                      static_cast<int>(previousPageCount), pagePairs, count);
}

void afterFrame(bool wantTextInput, float imeX, float imeY, float lineHeight) {
    satchel_js_after_frame(wantTextInput ? 1 : 0, imeX, imeY, lineHeight);
}

void setCursor(const char* cssCursor) { satchel_js_set_cursor(cssCursor); }
void setClipboard(const char* utf8) { satchel_js_set_clipboard(utf8); }
bool isMacPlatform() { return satchel_js_is_mac_platform() != 0; }
void takeOverStorage() { satchel_js_take_over_storage(); }
void refreshStorageUsage() { satchel_js_refresh_storage_usage(); }

void downloadFile(std::string_view filename, std::string_view mimeType, std::string_view bytes) {
    satchel_js_download_file(filename.data(), static_cast<int>(filename.size()), mimeType.data(),
                             static_cast<int>(mimeType.size()), bytes.data(), static_cast<int>(bytes.size()));
}

void showAddress(const char* address, bool replace) { satchel_js_show_address(address, replace ? 1 : 0); }
void reportFatal(const char* message) { satchel_js_report_fatal(message); }

const char* notificationPermission() {
    // The page answers with an index, so no string crosses for a question asked every minute.
    static const char* const kNames[] = {"unsupported", "default", "granted", "denied"};
    const int i = satchel_js_notification_permission();
    return kNames[i >= 0 && i < 4 ? i : 0];
}
void requestNotificationPermission() { satchel_js_request_notification_permission(); }
void notify(const char* title, const char* body, const char* tag) { satchel_js_notify(title, body, tag); }
void fetchAsset(int request, const char* path) { satchel_js_fetch_asset(request, path); }
void openFilePicker(const char* accept) { satchel_js_open_file_picker(accept); }

} // namespace satchel::platform::js

extern "C" EMSCRIPTEN_KEEPALIVE const char* satchel_boundary_constants() {
    using satchel::platform::StorageState;
    static const std::string json = [] {
        nlohmann::ordered_json c;
#define SATCHEL_KEY_ENTRY(name, code) c["Key"][#name] = static_cast<int>(satchel::platform::web::KeyCode::name);
        SATCHEL_WEB_KEYS(SATCHEL_KEY_ENTRY)
#undef SATCHEL_KEY_ENTRY
        c["Mod"] = {{"Ctrl", satchel::platform::kModCtrl},
                    {"Shift", satchel::platform::kModShift},
                    {"Alt", satchel::platform::kModAlt},
                    {"Super", satchel::platform::kModSuper}};
        c["MouseButton"] = {
            {"Left", ImGuiMouseButton_Left}, {"Right", ImGuiMouseButton_Right}, {"Middle", ImGuiMouseButton_Middle}};
        const std::pair<const char*, StorageState> states[] = {
            {"Saved", StorageState::Saved},         {"Saving", StorageState::Saving},
            {"Failed", StorageState::Failed},       {"ReadOnly", StorageState::ReadOnly},
            {"TakenOver", StorageState::TakenOver}, {"Unavailable", StorageState::Unavailable}};
        for (const auto& [name, state] : states) c["StorageState"][name] = static_cast<int>(state);
        return c.dump();
    }();
    return json.c_str();
}
