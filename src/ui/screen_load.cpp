#include "ui/screen_load.h"

#include "ui/widgets.h"

#include <imgui.h>

namespace satchel::ui {

void loadingProgress(float fraction, const Translator& tr) {
    hintText(tr.text("Loading…"));
    ImGui::ProgressBar(fraction, ImVec2(300, 0));
}

void loadFailed(const std::string& reason, const Translator& tr) {
    errorText(tr.format("Could not read this screen's data: {0}", {reason}));
}

} // namespace satchel::ui
