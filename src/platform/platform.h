#pragma once
// The window, the GPU surface and the input source. One implementation per platform, picked by
// CMake (web/web_platform.cpp today); nothing above this layer includes a browser or window header.
#include <functional>
#include <optional>
#include <string>

namespace satchel::platform {

// Creates the drawing surface and sets up ImGui's IO (key map, clipboard). ImGui's context must exist.
bool init();
// Feeds the display size, pixel ratio, time and queued input into ImGui. Call before ImGui::NewFrame().
void newFrame();
// Draws ImGui's draw data and tells the page the frame is done.
void render();
// Calls `frame` once per display refresh, forever. Returns at once on the web (the browser owns the loop).
void runLoop(std::function<void()> frame);
// Device pixels per layout pixel (2 on most HiDPI screens).
float pixelRatio();
// Uploads a rebuilt font atlas to the GPU.
void reloadFontTexture();
// ImGui's key index (io.KeysDown) for a letter key 'A'..'Z', for shortcuts like Ctrl+K.
int letterKey(char upperCaseLetter);
// The page is being hidden or closed (on the web: visibilitychange to hidden, pagehide,
// beforeunload): `commitEdits` stores what is typed and not yet stored, and returns false while
// something typed was refused, so the page asks before it closes.
void setCommitEditsHandler(std::function<bool()> commitEdits);
// What the person sees has an address (on the web, the URL's fragment: "#/contacts/123"), so back,
// forward, a reload and a shared link return to it. `replace` changes the current history entry
// instead of adding one (the first address, or one corrected because its record is gone).
void showAddress(const std::string& address, bool replace);
// The address the person went to (back, forward, a reload, a typed or followed link) since the
// last call, if any.
std::optional<std::string> takeNavigation();
// Browser notifications (reminders while the tab is in the background). `notificationPermission`
// is "granted", "denied", "default" (not asked yet) or "unsupported"; asking shows the browser's
// own prompt, and needs a click to have started it.
const char* notificationPermission();
void requestNotificationPermission();
// Shows a notification when allowed (silently nothing otherwise). `tag` replaces an earlier one with
// the same tag instead of stacking.
void notify(const std::string& title, const std::string& body, const std::string& tag);
// Fetches a file that ships beside the app but is not loaded at start ("fonts/more/0-0058.ttf"), from
// the browser's cache when it holds it, else from the network, then keeps it there for the next
// time and for offline use. `done` runs later, between frames, with the bytes, or with nothing when
// it could not be had (offline and never fetched, not found).
void fetchAsset(const std::string& path, std::function<void(std::optional<std::string>)> done);
// A file the person dropped onto the window or chose in the file picker, taken once (the frame
// after it arrived). `bytes` are the file as stored on their computer.
struct ReceivedFile {
    std::string name;
    std::string bytes;
};
std::optional<ReceivedFile> takeReceivedFile();
// Opens the browser's file picker; what is chosen arrives through takeReceivedFile(). Call it from a
// click (browsers open pickers only right after one). `accept`: ".csv,.tsv,.txt,.vcf".
void openFilePicker(const std::string& accept);
// The app cannot start: tells the person in plain words (on the web, in place of the loading text,
// and window.satchel.ready rejects with it).
void reportFatal(const std::string& message);

} // namespace satchel::platform
