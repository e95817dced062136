// The browser platform: a WebGL2 canvas, input forwarded by web/satchel.js, the page's clipboard.
//
// Emscripten 3.1.6's GLFW ignores devicePixelRatio, so ImGui is fed from the page directly:
// layout (CSS) pixels for coordinates, device pixels for the framebuffer, which keeps text sharp on
// HiDPI screens. The page calls the satchel_input_* functions below from its event listeners; every
// call across the boundary is declared in js_boundary.h.
#include "platform/input_queue.h"
#include "platform/platform.h"
#include "platform/web/js_boundary.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace satchel::platform {

namespace {

struct WebState {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    float cssWidth = 1280, cssHeight = 800, pixelRatio = 1;
    double lastTime = 0;
    std::string clipboard;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;
    InputQueue input;
    std::function<void()> frame;
    std::function<bool()> commitEdits;
    std::optional<std::string> navigation; // an address the page went to, not yet taken
    std::optional<ReceivedFile> file;      // dropped or picked, not yet taken
    int lastAssetRequest = 0;
    std::map<int, std::function<void(std::optional<std::string>)>> assetRequests; // fetches under way
};

WebState& state() {
    static WebState s;
    return s;
}

const char* cssCursor(ImGuiMouseCursor c) {
    switch (c) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
    }
}

void setClipboard(void*, const char* text) {
    state().clipboard = text;
    js::setClipboard(text);
}

const char* getClipboard(void*) { return state().clipboard.c_str(); }

} // namespace

bool init() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.depth = false;
    attrs.stencil = false;
    attrs.antialias = false;
    state().gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (state().gl <= 0) return false;
    emscripten_webgl_make_context_current(state().gl);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "satchel_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    // KeyboardEvent.keyCode values, as web/js_boundary.js sends them (the list is in js_boundary.h).
    using K = web::KeyCode;
    const std::pair<ImGuiKey, K> keys[] = {{ImGuiKey_Tab, K::Tab},
                                           {ImGuiKey_LeftArrow, K::Left},
                                           {ImGuiKey_RightArrow, K::Right},
                                           {ImGuiKey_UpArrow, K::Up},
                                           {ImGuiKey_DownArrow, K::Down},
                                           {ImGuiKey_PageUp, K::PageUp},
                                           {ImGuiKey_PageDown, K::PageDown},
                                           {ImGuiKey_Home, K::Home},
                                           {ImGuiKey_End, K::End},
                                           {ImGuiKey_Insert, K::Insert},
                                           {ImGuiKey_Delete, K::Delete},
                                           {ImGuiKey_Backspace, K::Backspace},
                                           {ImGuiKey_Space, K::Space},
                                           {ImGuiKey_Enter, K::Enter},
                                           {ImGuiKey_Escape, K::Escape},
                                           {ImGuiKey_KeyPadEnter, K::Enter},
                                           {ImGuiKey_A, K::A},
                                           {ImGuiKey_C, K::C},
                                           {ImGuiKey_V, K::V},
                                           {ImGuiKey_X, K::X},
                                           {ImGuiKey_Y, K::Y},
                                           {ImGuiKey_Z, K::Z}};
    for (const auto& [imguiKey, keyCode] : keys) io.KeyMap[imguiKey] = static_cast<int>(keyCode);
    io.SetClipboardTextFn = setClipboard;
    io.GetClipboardTextFn = getClipboard;
    io.ConfigMacOSXBehaviors = js::isMacPlatform();

    state().lastTime = emscripten_get_now();
    return ImGui_ImplOpenGL3_Init("#version 300 es");
}

void newFrame() {
    WebState& s = state();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(s.cssWidth, s.cssHeight);
    io.DisplayFramebufferScale = ImVec2(s.pixelRatio, s.pixelRatio);
    const double now = emscripten_get_now();
    io.DeltaTime = static_cast<float>(now > s.lastTime ? (now - s.lastTime) / 1000.0 : 1.0 / 60.0);
    s.lastTime = now;
    s.input.applyToImGui();
    ImGui_ImplOpenGL3_NewFrame();
}

void render() {
    WebState& s = state();
    ImDrawData* data = ImGui::GetDrawData();
    const int fbWidth = static_cast<int>(s.cssWidth * s.pixelRatio + 0.5f);
    const int fbHeight = static_cast<int>(s.cssHeight * s.pixelRatio + 0.5f);
    glViewport(0, 0, fbWidth, fbHeight);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(data);

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != s.cursor) {
        s.cursor = cursor;
        js::setCursor(cssCursor(cursor));
    }
    // The page moves its text agent to the caret so the browser's IME window opens beside the field.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    js::afterFrame(ImGui::GetIO().WantTextInput, g.PlatformImePos.x, g.PlatformImePos.y, ImGui::GetFontSize());
}

void runLoop(std::function<void()> frame) {
    state().frame = std::move(frame);
    emscripten_set_main_loop([] { state().frame(); }, 0, false);
}

float pixelRatio() { return state().pixelRatio; }

// The page sends KeyboardEvent.keyCode; letters are consecutive from A.
int letterKey(char upperCaseLetter) { return static_cast<int>(web::KeyCode::A) + (upperCaseLetter - 'A'); }

void reportFatal(const std::string& message) {
    std::fprintf(stderr, "satchel: %s\n", message.c_str());
    js::reportFatal(message.c_str());
}

void reloadFontTexture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void showAddress(const std::string& address, bool replace) { js::showAddress(address.c_str(), replace); }

const char* notificationPermission() { return js::notificationPermission(); }
void requestNotificationPermission() { js::requestNotificationPermission(); }
void notify(const std::string& title, const std::string& body, const std::string& tag) {
    js::notify(title.c_str(), body.c_str(), tag.c_str());
}

void fetchAsset(const std::string& path, std::function<void(std::optional<std::string>)> done) {
    auto& s = state();
    const int request = ++s.lastAssetRequest;
    s.assetRequests.emplace(request, std::move(done));
    js::fetchAsset(request, path.c_str());
}

std::optional<std::string> takeNavigation() { return std::exchange(state().navigation, std::nullopt); }

std::optional<ReceivedFile> takeReceivedFile() { return std::exchange(state().file, std::nullopt); }
void openFilePicker(const std::string& accept) { js::openFilePicker(accept.c_str()); }

void setCommitEditsHandler(std::function<bool()> commitEdits) { state().commitEdits = std::move(commitEdits); }

} // namespace satchel::platform

// ---- Called by web/satchel.js (through web/js_boundary.js) --------------------------------------
using satchel::platform::InputEvent;

namespace {
satchel::platform::InputQueue& queue() { return satchel::platform::state().input; }
} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void satchel_resize(float cssWidth, float cssHeight, float pixelRatio) {
    auto& s = satchel::platform::state();
    s.cssWidth = cssWidth;
    s.cssHeight = cssHeight;
    s.pixelRatio = pixelRatio > 0 ? pixelRatio : 1;
}

EMSCRIPTEN_KEEPALIVE void satchel_input_mouse_pos(float x, float y) { queue().push(InputEvent::mousePos(x, y)); }

EMSCRIPTEN_KEEPALIVE void satchel_input_mouse_button(int button, int down) {
    queue().push(InputEvent::mouseButton(button, down != 0));
}

EMSCRIPTEN_KEEPALIVE void satchel_input_wheel(float dx, float dy) { queue().push(InputEvent::wheel(dx, dy)); }

EMSCRIPTEN_KEEPALIVE void satchel_input_key(int keyCode, int down, int mods) {
    queue().push(InputEvent::key(keyCode, down != 0, mods));
}

EMSCRIPTEN_KEEPALIVE void satchel_input_text(const char* utf8) { queue().push(InputEvent::typed(utf8)); }

EMSCRIPTEN_KEEPALIVE void satchel_input_focus(int focused) { queue().push(InputEvent::focus(focused != 0)); }

EMSCRIPTEN_KEEPALIVE int satchel_input_pending() { return queue().empty() ? 0 : 1; }

EMSCRIPTEN_KEEPALIVE void satchel_navigate(const char* address) { satchel::platform::state().navigation = address; }

EMSCRIPTEN_KEEPALIVE void satchel_asset_arrived(int request, std::uint8_t* bytes, int size) {
    auto& requests = satchel::platform::state().assetRequests;
    std::optional<std::string> file;
    if (size >= 0) file.emplace(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    std::free(bytes);
    const auto it = requests.find(request);
    if (it == requests.end()) return;
    auto done = std::move(it->second);
    requests.erase(it);
    done(std::move(file));
}

EMSCRIPTEN_KEEPALIVE void satchel_file_arrived(const char* name, std::uint8_t* bytes, double size) {
    satchel::platform::ReceivedFile file{
        name, std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size))};
    std::free(bytes);
    satchel::platform::state().file = std::move(file); // a second file before the frame replaces the first
}

EMSCRIPTEN_KEEPALIVE int satchel_commit_edits() {
    const auto& commit = satchel::platform::state().commitEdits;
    return !commit || commit() ? 1 : 0;
}

} // extern "C"
