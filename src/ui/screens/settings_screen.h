#pragma once
// Settings: language, theme, pipeline stages, custom fields, and where the data is kept
// (persistent or not, usage and quota, the backup download).
#include "core/custom_fields/custom_field_service.h"
#include "core/deals/deal.h"
#include "core/team/member.h"
#include "core/vocab/crm_vocabularies.h"
#include "ui/forms.h"
#include "ui/screen.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class SettingsScreen : public Screen {
public:
    // Language and theme are asked for (requests::SetLanguage, SetTheme); the App applies them.
    void draw(ScreenContext& ctx) override;

private:
    void drawStages(ScreenContext& ctx);
    void drawCustomFields(ScreenContext& ctx);
    void drawCurrency(ScreenContext& ctx);
    void drawTeam(ScreenContext& ctx);

    bool m_usageRequested = false;
    std::int64_t m_stagesAtChange = -1, m_fieldsAtChange = -1;
    std::vector<deals::Stage> m_stages;
    std::string m_newStage;
    FormError m_stageError;
    std::vector<custom_fields::CustomField> m_fields;
    std::string m_fieldEntity{vocab::field_entity::kContact}, m_fieldName;
    std::string m_fieldKind{vocab::field_kind::kText}, m_fieldChoices;
    FormError m_fieldError;
    FormError m_backupError;
    std::vector<team::Member> m_team;
    std::int64_t m_teamAtChange = -1;
    std::string m_newMember, m_newMemberEmail;
    FormError m_teamError;
    std::string m_currency;
    std::int64_t m_currencyAtChange = -1;
    FormError m_currencyError;
};

} // namespace satchel::ui
