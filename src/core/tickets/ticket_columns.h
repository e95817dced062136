#pragma once
// The tickets and ticket_comments tables, column by column.
#include "core/db/columns.h"
#include "core/tickets/ticket_service.h"

namespace satchel::tickets {

inline constexpr db::ColumnMap kTicketColumns{
    "tickets",
    db::column<&Ticket::id>("id", db::Use::Key),
    db::column<&Ticket::subject>("subject"),
    db::column<&Ticket::description>("description"),
    db::column<&Ticket::channel>("channel"),
    db::column<&Ticket::priority>("priority"),
    db::column<&Ticket::status>("status"),
    db::column<&Ticket::contactId>("contact_id"),
    db::column<&Ticket::companyId>("company_id"),
    db::column<&Ticket::slaDueAt>("sla_due_at"),
    db::column<&Ticket::satisfaction>("satisfaction"),
    db::column<&Ticket::resolvedAt>("resolved_at"),
    db::column<&Ticket::assignee>("assignee"),
    db::column<&Ticket::createdAt>("created_at", db::Use::InsertOnly),
    db::column<&Ticket::updatedAt>("updated_at"),
};

inline constexpr db::ColumnMap kCommentColumns{
    "ticket_comments",
    db::column<&Comment::id>("id", db::Use::Key),
    db::column<&Comment::ticketId>("ticket_id"),
    db::column<&Comment::body>("body"),
    db::column<&Comment::author>("author"),
    db::column<&Comment::at>("created_at"),
};

} // namespace satchel::tickets
