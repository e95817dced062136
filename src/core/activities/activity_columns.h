#pragma once
// The activities table, column by column.
#include "core/activities/activity.h"
#include "core/db/columns.h"

namespace satchel::activities {

inline constexpr db::ColumnMap kActivityColumns{
    "activities",
    db::column<&Activity::id>("id", db::Use::Key),
    db::column<&Activity::kind>("kind"),
    db::column<&Activity::subject>("subject"),
    db::column<&Activity::body>("body"),
    db::column<&Activity::outcome>("outcome"),
    db::column<&Activity::occurredAt>("occurred_at"),
    db::column<&Activity::durationMin>("duration_min"),
    db::column<&Activity::dueAt>("due_at"),
    db::column<&Activity::doneAt>("done_at"),
    db::column<&Activity::remindAt>("remind_at"),
    db::column<&Activity::priority>("priority"),
    db::column<&Activity::contactId>("contact_id"),
    db::column<&Activity::companyId>("company_id"),
    db::column<&Activity::dealId>("deal_id"),
    db::column<&Activity::createdAt>("created_at", db::Use::InsertOnly),
    db::column<&Activity::updatedAt>("updated_at"),
};

} // namespace satchel::activities
