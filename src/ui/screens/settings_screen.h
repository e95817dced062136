#pragma once
// Settings: language, theme, pipeline stages, custom fields, and where the data is kept
// (persistent or not, usage and quota, the backup download).
#include "core/custom_fields/custom_field_service.h"
#include "core/deals/deal.h"
#include "ui/forms.h"
#include "ui/i18n/translator.h"
#include "ui/theme.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
    void drawStages(Workspace& ws, const Translator& tr);
    void drawCustomFields(Workspace& ws, const Translator& tr);

    bool m_usageRequested = false;
    std::int64_t m_stagesAtChange = -1, m_fieldsAtChange = -1;
    std::vector<deals::Stage> m_stages;
    std::string m_newStage;
    FormError m_stageError;
    std::vector<custom_fields::CustomField> m_fields;
    std::string m_fieldEntity = "contact", m_fieldName, m_fieldKind = "text", m_fieldChoices;
    FormError m_fieldError;
};

} // namespace satchel::ui
