#pragma once
// A deal's own page (Pipeline, "#/pipeline/123"): every field editable in place and stored as the
// person types (ui/pending_edit.h); its stage, won or lost, delete; its products, which set its
// amount; its activities (open ones first), planned from here; its stage history.
#include "core/activities/activity.h"
#include "core/deals/deal.h"
#include "ui/activity_form.h"
#include "ui/forms.h"
#include "ui/pending_edit.h"
#include "ui/record_picker.h"
#include "ui/screen.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class DealDetail {
public:
    enum class Outcome { Shown, Closed, Deleted };
    // Stores what was typed into the deal shown before, then shows `dealId` (0: none).
    void open(Workspace& ws, std::int64_t dealId);
    std::int64_t shown() const { return m_id; }
    // Closed: Back was clicked, or the deal is gone. Deleted: Delete was clicked (the deal is in
    // the trash; the pipeline offers Undo).
    Outcome draw(ScreenContext& ctx);
    // Stores what is typed and not yet stored; false when some of it was refused.
    bool commitEdits(Workspace& ws);

private:
    // The deal's fields as typed.
    struct Typed {
        std::string title, amount, currency, probability, expectedClose, owner, notes;
    };
    void load(Workspace& ws, bool keepTyped);
    deals::DealDraft draftFromTyped() const;
    bool save(Workspace& ws);
    void drawHeader(ScreenContext& ctx);
    void drawFields(ScreenContext& ctx);
    void drawProducts(ScreenContext& ctx);
    void drawActivities(ScreenContext& ctx);
    void drawHistory(const Translator& tr);
    // A text field of the deal: typing marks it pending, leaving it stores it.
    bool field(const char* english, Workspace& ws, const char* errorField, std::string& value, const Translator& tr,
               float width, const char* hint = "");

    std::int64_t m_id = 0;
    std::int64_t m_loadedAtChange = -1;
    deals::Deal m_stored;
    Typed m_typed;
    std::optional<std::int64_t> m_contactId, m_companyId;
    PendingEdit m_edit;
    FormError m_error;
    std::string m_refocus;
    RecordPicker m_contact{search::Kind::Contact}, m_company{search::Kind::Company};

    std::vector<deals::Stage> m_stages; // every stage, removed ones too (history names them)
    std::vector<deals::DealProduct> m_products;
    std::vector<activities::Activity> m_activities; // open first (soonest), then done (latest)
    std::vector<deals::StageChange> m_history;
    RecordPicker m_product{search::Kind::Product};
    std::string m_quantity = "1";
    FormError m_productError;
    ActivityForm m_activityForm;
    FormError m_activityError;
    std::string m_lostReason;
};

} // namespace satchel::ui
