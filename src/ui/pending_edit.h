#pragma once
// Text typed into a record's fields is stored while the person types, not only when they leave the
// field: a short pause after the last keystroke stores it, and so does every way of leaving (Enter,
// Tab, a click elsewhere, Ctrl+K, another record, another screen, the page being hidden or closed:
// Screen::commitEdits). A reload or a closed tab never loses what a field shows.
//
// While the typed value is refused (an email without its @), the pause stores nothing and shows
// nothing: the person is still typing. Leaving the field shows the reason; the edit stays pending,
// so the page warns before it closes.
#include "ui/forms.h"

#include <imgui.h>

#include <functional>

namespace satchel::ui {

class PendingEdit {
public:
    // How long typing must pause before what was typed is stored.
    static constexpr double kPauseSeconds = 0.4;

    // After a field's widget: `edited` when its text changed this frame.
    void note(bool edited) {
        if (!edited) return;
        m_pending = true;
        m_waitForEdit = false;
        m_editedAt = ImGui::GetTime();
    }
    bool pending() const { return m_pending; }
    // True once typing paused long enough to store (and the last attempt was not refused since).
    bool paused() const { return m_pending && !m_waitForEdit && ImGui::GetTime() - m_editedAt >= kPauseSeconds; }
    // The edit is stored (or the record is gone): nothing is pending.
    void stored() { m_pending = false, m_waitForEdit = false; }
    // Once typing paused: runs `save` quietly. Refused, it tries again after the next keystroke
    // (the reason appears when the field is left); a storage failure is put in `error` at once,
    // since it is not the person's doing.
    void storeAtPause(FormError& error, const std::function<void()>& save) {
        if (!paused()) return;
        FormError quiet;
        if (quiet.attempt(save)) {
            stored();
            return;
        }
        m_waitForEdit = true;
        if (quiet.field == "storage") error = quiet;
    }

private:
    bool m_pending = false;
    bool m_waitForEdit = false;
    double m_editedAt = 0;
};

} // namespace satchel::ui
