#pragma once
// Duplicates: suggested pairs of contacts that look like the same person, shown side by side;
// merging keeps one record, fills its empty fields from the other and moves everything linked.
// A merge is confirmed first and can be undone right after (Undo, or Ctrl+Z).
#include "core/common/sliced_work.h"
#include "core/contacts/contact.h"
#include "core/duplicates/duplicate_service.h"
#include "ui/forms.h"
#include "ui/record_cache.h"
#include "ui/screen.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class DuplicatesScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;

private:
    void drawPair(ScreenContext& ctx);
    void drawMergeConfirmation(Workspace& ws, const contacts::Contact& keep, const contacts::Contact& drop,
                               const Translator& tr);
    void undoMerge(Workspace& ws);

    void finish();

    // Finding pairs reads every contact: done when asked (and after a merge), not every change,
    // a slice per frame with a progress bar.
    bool m_searched = false;
    std::optional<duplicates::ContactDuplicateScan> m_scan;
    std::optional<WorkInFlight::Token> m_scanning; // held while m_scan runs
    bool m_scanRead = false;                       // every contact read; grouping is next
    std::vector<duplicates::DuplicatePair> m_pairs;
    std::vector<std::string> m_names; // what each pair is listed as; "" until first shown
    int m_selected = -1;
    RecordCache<contacts::Contact> m_keep, m_drop;      // the pair shown side by side
    bool m_swapped = false;                             // keep the right-hand record instead
    std::string m_merged;                               // what the last merge moved
    std::optional<duplicates::MergeResult> m_lastMerge; // offered for Undo until the next merge or undo
    FormError m_error;
};

} // namespace satchel::ui
