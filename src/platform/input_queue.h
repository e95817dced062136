#pragma once
// Input events queued between frames and fed to ImGui one "state change" per frame.
//
// Why: ImGui 1.86 reads input as state (is the button down now?). A fast click — press and release
// between two frames, as real users on slow frames and automated tests both produce — would never
// be seen. Like ImGui 1.87's input queue, we apply events in order and stop for this frame when an
// event would overwrite a change ImGui has not seen yet.
#include <cstdint>
#include <deque>
#include <string>

namespace satchel::platform {

struct InputEvent {
    enum class Kind { MousePos, MouseButton, Wheel, Key, Text, Focus } kind = Kind::MousePos;
    float x = 0, y = 0; // MousePos: layout px; Wheel: dx, dy in lines
    int code = 0;       // MouseButton: 0 left 1 right 2 middle; Key: key code
    bool down = false;  // MouseButton / Key / Focus
    int mods = 0;       // Key: kModCtrl | kModShift | kModAlt | kModSuper
    std::string text;   // Text: UTF-8

    static InputEvent mousePos(float x, float y) { return make(Kind::MousePos, x, y, 0, false, 0); }
    static InputEvent mouseButton(int button, bool down) { return make(Kind::MouseButton, 0, 0, button, down, 0); }
    static InputEvent wheel(float dx, float dy) { return make(Kind::Wheel, dx, dy, 0, false, 0); }
    static InputEvent key(int keyCode, bool down, int mods) { return make(Kind::Key, 0, 0, keyCode, down, mods); }
    static InputEvent focus(bool focused) { return make(Kind::Focus, 0, 0, 0, focused, 0); }
    static InputEvent typed(std::string utf8) {
        InputEvent e = make(Kind::Text, 0, 0, 0, false, 0);
        e.text = std::move(utf8);
        return e;
    }

private:
    static InputEvent make(Kind kind, float x, float y, int code, bool down, int mods) {
        InputEvent e;
        e.kind = kind;
        e.x = x, e.y = y, e.code = code, e.down = down, e.mods = mods;
        return e;
    }
};

inline constexpr int kModCtrl = 1, kModShift = 2, kModAlt = 4, kModSuper = 8;

class InputQueue {
public:
    void push(InputEvent e) { m_events.push_back(std::move(e)); }
    // Applies queued events to ImGui's IO for the frame about to start.
    void applyToImGui();
    bool empty() const { return m_events.empty(); }

private:
    std::deque<InputEvent> m_events;
};

} // namespace satchel::platform
