#pragma once
// Settings: language, theme, pipeline stages, custom fields, and where the data is kept
// (persistent or not, usage and quota, the backup download), files in and out and the imports.
#include "core/custom_fields/custom_field_service.h"
#include "core/deals/deal.h"
#include "core/imports/import_history.h"
#include "core/team/member.h"
#include "core/vocab/crm_vocabularies.h"
#include "ui/forms.h"
#include "ui/screen.h"

#include <cstdint>
#include <optional>
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
    void drawFiles(ScreenContext& ctx); // settings_files.cpp

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
    std::vector<imports::ImportRecord> m_imports;
    std::int64_t m_importsAtChange = -1, m_undoId = 0;
    std::vector<imports::UndoConflict> m_undoConflicts;
    std::optional<imports::UndoResult> m_undone;
    FormError m_undoError;
};

} // namespace satchel::ui
