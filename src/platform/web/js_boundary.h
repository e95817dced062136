#pragma once
// The JS<->wasm boundary on one page: every function the wasm module exports to the page, every
// JavaScript function it calls, and the constants both sides share. The other side is
// web/js_boundary.js, the one script that touches `Module`. Only src/platform/web/ includes this.
// Emscripten's own library (the WebGL context, the main loop, emscripten_get_now) is not listed:
// it is Emscripten's contract, not ours.
//
// Conventions: strings cross as NUL-terminated UTF-8; a `const char*` returned to the page stays
// valid until the next call of the same function; flags are int 0/1; 64-bit counts cross as double
// (exact below 2^53).
#include <cstdint>
#include <string_view>

// ---- Constants shared with web/js_boundary.js ----------------------------------------------------
// The page keeps its own copy (it needs the values before the wasm has loaded). At start-up it
// compares that copy with satchel_boundary_constants() and stops with a fatal error on any
// difference, so one side cannot change without the other. The modifier bits are kMod* in
// platform/input_queue.h, the storage states StorageState in platform/storage.h, the mouse buttons
// ImGui's own (ImGuiMouseButton_*).
namespace satchel::platform::web {

// KeyboardEvent.keyCode of every key the page sends as a key (all other text arrives as text).
// Letters are consecutive from A to Z, so letterKey('K') is A + 10.
// Laid out by hand: clang-format-14 re-indents this macro differently on each pass.
// clang-format off
#define SATCHEL_WEB_KEYS(KEY) \
    KEY(Backspace, 8) KEY(Tab, 9) KEY(Enter, 13) KEY(Escape, 27) KEY(Space, 32) \
    KEY(PageUp, 33) KEY(PageDown, 34) KEY(End, 35) KEY(Home, 36) \
    KEY(Left, 37) KEY(Up, 38) KEY(Right, 39) KEY(Down, 40) KEY(Insert, 45) KEY(Delete, 46) \
    KEY(A, 65) KEY(C, 67) KEY(V, 86) KEY(X, 88) KEY(Y, 89) KEY(Z, 90)
// clang-format on

enum class KeyCode : int {
#define SATCHEL_KEY_ENUM(name, code) name = code,
    SATCHEL_WEB_KEYS(SATCHEL_KEY_ENUM)
#undef SATCHEL_KEY_ENUM
};
static_assert(static_cast<int>(KeyCode::Z) - static_cast<int>(KeyCode::A) == 25, "letters are consecutive");

} // namespace satchel::platform::web

// ---- Exported by wasm, called only by web/js_boundary.js ------------------------------------------
extern "C" {

// Input (web_platform.cpp): queued, then applied to ImGui in order (platform/input_queue.h).
void satchel_resize(float cssWidth, float cssHeight, float pixelRatio); // canvas size in layout px
void satchel_input_mouse_pos(float x, float y);                         // layout px from the canvas corner
void satchel_input_mouse_button(int button, int down);                  // button: ImGuiMouseButton_*
void satchel_input_wheel(float dx, float dy);                           // in lines; positive = left / up
void satchel_input_key(int keyCode, int down, int mods);                // keyCode: KeyCode; mods: kMod* bits
void satchel_input_text(const char* utf8);                              // committed text: typed, pasted, IME
void satchel_input_focus(int focused);                                  // 0 releases every key and button
int satchel_input_pending();                                            // 1 while queued input has not reached ImGui
// Page lifecycle (web_platform.cpp): the page is being hidden or closed. Stores what is typed and not
// yet stored; 0 while something typed was refused (the page then asks before closing).
int satchel_commit_edits();
// The person went to an address (back, forward, a reload or a link): "#/contacts/123" or "".
void satchel_navigate(const char* address);
// The file js::fetchAsset(request, ...) asked for: `size` bytes at `bytes` (allocated by the page
// with malloc; freed here), or size -1 when it could not be had.
void satchel_asset_arrived(int request, std::uint8_t* bytes, int size);
// A file dropped onto the page or picked (js::openFilePicker): `size` bytes at `bytes` (allocated by
// the page with malloc; freed here). Taken by the app through platform::takeReceivedFile().
void satchel_file_arrived(const char* name, std::uint8_t* bytes, double size);

// Storage (web_storage.cpp), for web/page_store.js.
double satchel_store_byte_limit(); // bytes the database may use in this tab
// Before main(): the stored database's shape; then one load_page per stored page, whose bytes the
// page copies to the returned address (pageSize bytes; null when the index is out of range).
void satchel_store_begin_load(std::uint32_t pageSize, std::uint32_t pageCount, double seq);
std::uint8_t* satchel_store_load_page(std::uint32_t index);
// Where the data stands (state: StorageState); error is plain words, "" when all is well.
void satchel_storage_status(int state, int pending, double lastSeq, const char* error, int persisted, double usage,
                            double quota);

// The automation surface window.satchel (automation_exports.cpp; main registers the answers).
const char* satchel_query(const char* sql, const char* paramsJson); // {"rows":[...]} or {"error":"..."}
const char* satchel_ui_items();                                     // JSON array of last frame's items
int satchel_ui_busy();                                              // 1 while a screen reads in slices
const char* satchel_boundary_constants(); // JSON of the shared constants, checked by the page at start-up

// Test build only (test_exports.cpp, linked into app_test alone): window.satchel.test.
const char* satchel_test_exec(const char* sql); // runs SQL that may write; "" or the error
const char* satchel_test_seed(int contacts);    // fills the database with sample data; "" or the error

} // extern "C"

// ---- JavaScript called by wasm (EM_JS in js_boundary.cpp, each one line calling
//      Module.fromWasm.<name> in web/js_boundary.js) --------------------------------------------------
namespace satchel::platform::js {

// A commit's pages for web/page_store.js, which copies them before returning (the pointers are not
// kept). `pagePairs` holds `count` pairs of (page index, address of its pageSize bytes).
void commit(std::uint64_t seq, std::uint32_t pageSize, std::uint32_t pageCount, std::uint32_t previousPageCount,
            const std::uint32_t* pagePairs, int count);
// After each frame: moves the text agent to the caret, resolves frame waiters, reads requested pixels.
void afterFrame(bool wantTextInput, float imeX, float imeY, float lineHeight);
void setCursor(const char* cssCursor);
void setClipboard(const char* utf8); // the system clipboard, best effort
bool isMacPlatform();
void takeOverStorage();     // reloads this page as the database's owner
void refreshStorageUsage(); // the figures arrive later through satchel_storage_status
void downloadFile(std::string_view filename, std::string_view mimeType, std::string_view bytes);
// Puts `address` ("#/contacts/123") in the URL: a new history entry, or in place of the current one.
void showAddress(const char* address, bool replace);
// Replaces the loading text with `message` and rejects window.satchel.ready.
void reportFatal(const char* message);
// Browser notifications: the permission as the browser says it ("granted", "denied", "default",
// or "unsupported"); asking for it (the answer shows in the next notificationPermission); showing one.
const char* notificationPermission();
void requestNotificationPermission();
void notify(const char* title, const char* body, const char* tag);
// Fetches `path` (relative to the page) through the Cache Storage API; answers with
// satchel_asset_arrived(request, ...).
void fetchAsset(int request, const char* path);
// Opens the browser's file picker; the chosen file arrives through satchel_file_arrived.
void openFilePicker(const char* accept);

} // namespace satchel::platform::js
