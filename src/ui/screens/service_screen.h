#pragma once
// Service: the ticket queue by status (SLA countdown, overdue marked red), a ticket's detail with
// its customer and comments, the workflow buttons its status allows, and a satisfaction rating once
// resolved. A new ticket is for a customer picked by name, with the channel it came through.
#include "core/contacts/contact.h"
#include "core/tickets/ticket_service.h"
#include "core/vocab/crm_vocabularies.h"
#include "ui/forms.h"
#include "ui/record_cache.h"
#include "ui/record_picker.h"
#include "ui/screen.h"
#include "ui/screen_load.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class ServiceScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;
    bool open(ScreenContext& ctx, search::Kind kind, std::int64_t id) override;
    std::int64_t shownRecord() const override { return m_selected; }
    bool showRecord(ScreenContext& ctx, std::int64_t id) override;

private:
    void drawQueue(std::int64_t now, const Translator& tr);
    void drawTicket(ScreenContext& ctx);
    void drawNewForm(Workspace& ws, const Translator& tr);

    std::string m_status; // the tab: "" = every unresolved ticket
    struct Data {
        std::string status; // the tab these tickets are for
        std::vector<tickets::Ticket> queue;
        std::map<std::string, std::int64_t> counts;
    };
    ScreenLoad<Data> m_load;
    std::int64_t m_selected = 0;
    RecordCache<tickets::Ticket> m_ticket;
    RecordCache<std::vector<tickets::Comment>> m_comments;
    RecordCache<contacts::Contact> m_customer; // the shown ticket's contact
    std::string m_comment;
    FormError m_error;

    bool m_formOpen = false;
    std::string m_subject, m_description;
    std::string m_priority{vocab::ticket_priority::kNormal};
    std::string m_assignee;                               // a team member's name
    std::string m_channel{vocab::ticket_channel::kEmail}; // how the customer reached us
    RecordPicker m_newCustomer;
    FormError m_formError;
};

} // namespace satchel::ui
