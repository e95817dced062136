#include "platform/input_queue.h"

#include <imgui.h>

namespace satchel::platform {

void InputQueue::applyToImGui() {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel = io.MouseWheelH = 0.0f;
    unsigned buttonsChanged = 0;
    bool moved = false, wheeled = false, keyChanged = false, typed = false;
    bool keysChanged[512] = {};

    while (!m_events.empty()) {
        InputEvent& e = m_events.front();
        switch (e.kind) {
        case InputEvent::Kind::MousePos:
            if (buttonsChanged || wheeled || keyChanged || typed) return;
            io.MousePos = ImVec2(e.x, e.y);
            moved = true;
            break;
        case InputEvent::Kind::MouseButton: {
            if (e.code < 0 || e.code >= 5) break;
            // A press lands a frame after the move that brought the mouse there, as for a person:
            // tabs and other overlapping items accept a press only on what was hovered the frame before.
            if ((buttonsChanged & (1u << e.code)) || wheeled || moved) return;
            io.MouseDown[e.code] = e.down;
            buttonsChanged |= 1u << e.code;
            break;
        }
        case InputEvent::Kind::Wheel:
            if (buttonsChanged || wheeled) return;
            io.MouseWheelH += e.x;
            io.MouseWheel += e.y;
            wheeled = true;
            break;
        case InputEvent::Kind::Key: {
            if (e.code < 0 || e.code >= 512) break;
            // Text and keys must reach a field in the order typed (text then Backspace is not
            // Backspace then text), so a key after text, or a second change of one key, waits.
            if (keysChanged[e.code] || buttonsChanged || typed) return;
            io.KeysDown[e.code] = e.down;
            io.KeyCtrl = e.mods & kModCtrl;
            io.KeyShift = e.mods & kModShift;
            io.KeyAlt = e.mods & kModAlt;
            io.KeySuper = e.mods & kModSuper;
            keysChanged[e.code] = true;
            keyChanged = true;
            break;
        }
        case InputEvent::Kind::Text:
            // A click that focuses a field must land before the text meant for it.
            if (buttonsChanged || keyChanged) return;
            // Text from the page is committed text (typed, pasted, IME), never a shortcut; ImGui 1.86
            // drops characters while Ctrl is held, which would lose a Ctrl+V paste.
            io.KeyCtrl = false;
            io.KeySuper = false;
            io.AddInputCharactersUTF8(e.text.c_str());
            typed = true;
            break;
        case InputEvent::Kind::Focus:
            if (!e.down) {
                // Losing focus: release everything so no key or button stays stuck down.
                for (bool& k : io.KeysDown) k = false;
                for (bool& b : io.MouseDown) b = false;
                io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
            }
            break;
        }
        m_events.pop_front();
    }
}

} // namespace satchel::platform
