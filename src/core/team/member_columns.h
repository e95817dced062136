#pragma once
// The users table, column by column.
#include "core/db/columns.h"
#include "core/team/member.h"

namespace satchel::team {

inline constexpr db::ColumnMap kMemberColumns{
    "users",
    db::column<&Member::id>("id", db::Use::Key),
    db::column<&Member::name>("name"),
    db::column<&Member::email>("email"),
    db::column<&Member::me>("is_me", db::Use::InsertOnly),
    db::column<&Member::createdAt>("created_at", db::Use::InsertOnly),
    db::column<&Member::removedAt>("removed_at", db::Use::InsertOnly),
};

} // namespace satchel::team
