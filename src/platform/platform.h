#pragma once
// The window, the GPU surface and the input source. One implementation per platform, picked by
// CMake (web/web_platform.cpp today); nothing above this layer includes a browser or window header.
#include <functional>
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
// The app cannot start: tells the person in plain words (on the web, in place of the loading text,
// and window.satchel.ready rejects with it).
void reportFatal(const std::string& message);

} // namespace satchel::platform
