#pragma once
// Companies: a searchable, sortable table (rows fetched a block at a time), multi-select with
// delete (and undo), and the company's page beside it: its fields and tags edited in place, its
// people, deals, orders and tickets, and its timeline.
#include "core/common/row_cache.h"
#include "core/companies/company.h"
#include "core/companies/company_service.h"
#include "core/contacts/contact.h"
#include "core/deals/deal.h"
#include "core/orders/order.h"
#include "core/tickets/ticket_service.h"
#include "core/timeline/contact_timeline.h"
#include "ui/forms.h"
#include "ui/pending_edit.h"
#include "ui/row_selection.h"
#include "ui/screen.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class CompaniesScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;
    // A company from global search: its detail panel, with every filter cleared.
    bool open(ScreenContext& ctx, search::Kind kind, std::int64_t id) override;
    // The open company's fields, typed and not yet stored (ui/pending_edit.h).
    bool commitEdits(Workspace& ws) override;
    std::int64_t shownRecord() const override { return m_openId; }
    bool showRecord(ScreenContext& ctx, std::int64_t id) override;

private:
    void reload(Workspace& ws, std::int64_t changeCount);
    void drawFilterBar(Workspace& ws, const Translator& tr);
    void drawBulkBar(Workspace& ws, const Translator& tr);
    void drawTable(Workspace& ws, const Translator& tr);
    void drawDetail(ScreenContext& ctx);
    // Its people, deals, orders, tickets (a click opens each on its screen) and its timeline.
    void drawRelated(ScreenContext& ctx);
    // Stores what was typed into the company open before, then shows `id`.
    void openDetail(Workspace& ws, std::int64_t id);
    void deleteSelected(Workspace& ws);

    RowCache<companies::Company> m_rows{100, 16};
    std::int64_t m_loadedAtChange = -1;
    companies::CompanyQuery m_query;
    bool m_queryChanged = true;
    std::string m_search, m_city;
    std::vector<std::string> m_tags, m_industries; // the filter menus' choices, read as they open
    RowSelection m_selected;
    std::string m_bulkTag;
    FormError m_bulkError;

    std::int64_t m_openId = 0;
    companies::CompanyDraft m_draft;
    PendingEdit m_draftEdit;
    std::vector<contacts::Contact> m_people;
    std::vector<deals::Deal> m_deals;
    std::vector<orders::Order> m_orders;
    std::vector<tickets::Ticket> m_tickets;
    std::vector<timeline::Entry> m_timeline;
    std::string m_tagsTyped; // the company's tags, as "a, b"
    PendingEdit m_tagsEdit;
    std::int64_t m_detailAtChange = -1;
    FormError m_error;
    std::vector<std::int64_t> m_deleted; // what Undo restores

    bool m_formOpen = false;
    std::string m_newName, m_newDomain;
    FormError m_formError;
};

} // namespace satchel::ui
