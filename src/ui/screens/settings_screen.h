#pragma once
// Settings: language, theme, and where the data is kept (persistent or not, usage and quota,
// the backup download).
#include "ui/i18n/translator.h"
#include "ui/theme.h"

#include <optional>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class SettingsScreen {
public:
    struct Requests {
        std::optional<Language> language;
        std::optional<Theme> theme;
    };
    // Returns what the user changed this frame; the App applies it.
    Requests draw(Workspace& workspace, const Translator& tr, Theme theme);

private:
    bool m_usageRequested = false;
};

} // namespace satchel::ui
