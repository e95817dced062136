#pragma once
// The contacts and contact_channels tables, column by column: ContactService's reads and writes,
// merge (DuplicateService) and seed all go through these maps, so no other code lists the columns.
#include "core/contacts/contact.h"
#include "core/db/columns.h"

namespace satchel::contacts {

// Written on insert and update: every column a person edits, and updated_at. created_at and
// deleted_at are set on insert and then only by their own statements (trash and restore).
inline constexpr db::ColumnMap kContactColumns{
    "contacts",
    db::column<&Contact::id>("id", db::Use::Key),
    db::column<&Contact::name>("name"),
    db::column<&Contact::email>("email"),
    db::column<&Contact::phone>("phone"),
    db::column<&Contact::createdAt>("created_at", db::Use::InsertOnly),
    db::column<&Contact::updatedAt>("updated_at"),
    db::column<&Contact::title>("title"),
    db::column<&Contact::address>("address"),
    db::column<&Contact::city>("city"),
    db::column<&Contact::country>("country"),
    db::column<&Contact::source>("source"),
    db::column<&Contact::owner>("owner"),
    db::column<&Contact::lifecycle>("lifecycle"),
    db::column<&Contact::notes>("notes"),
    db::column<&Contact::companyId>("company_id"),
    db::column<&Contact::deletedAt>("deleted_at", db::Use::InsertOnly),
};

inline constexpr db::ColumnMap kChannelColumns{
    "contact_channels",
    db::column<&Channel::id>("id", db::Use::Key),
    db::column<&Channel::kind>("kind"),
    db::column<&Channel::value>("value"),
    db::column<&Channel::label>("label"),
    db::column<&Channel::contactId>("contact_id"),
};

} // namespace satchel::contacts
