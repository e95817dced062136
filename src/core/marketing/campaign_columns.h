#pragma once
// The campaigns, campaign_members and segments tables, column by column.
#include "core/db/columns.h"
#include "core/marketing/campaign_service.h"

namespace satchel::marketing {

inline constexpr db::ColumnMap kCampaignColumns{
    "campaigns",
    db::column<&Campaign::id>("id", db::Use::Key),
    db::column<&Campaign::details, &CampaignDraft::name>("name"),
    db::column<&Campaign::details, &CampaignDraft::channel>("channel"),
    db::column<&Campaign::details, &CampaignDraft::goal>("goal"),
    db::column<&Campaign::details, &CampaignDraft::startsAt>("starts_at"),
    db::column<&Campaign::details, &CampaignDraft::endsAt>("ends_at"),
    db::column<&Campaign::details, &CampaignDraft::budget, &Money::minor>("budget_minor"),
    db::column<&Campaign::details, &CampaignDraft::budget, &Money::currency>("currency"),
};

// Select with the alias "m", joined to the member's contact as "c" (for the name).
inline constexpr db::ColumnMap kMemberColumns{
    "campaign_members",
    db::column<&Member::campaignId>("campaign_id"),
    db::column<&Member::contactId>("contact_id"),
    db::column<&Member::status>("status"),
    db::column<&Member::updatedAt>("updated_at"),
    db::column<&Member::name>("c.name", db::Use::ReadOnly),
};

// A segment's filter is kept as JSON text (filterToJson).
struct FilterJsonCodec {
    static constexpr db::ColumnKind kind = db::ColumnKind::Other;
    static void read(const db::Statement& s, int column, contacts::ContactFilter& out) {
        out = filterFromJson(s.columnText(column));
    }
    static void bind(db::Statement& s, int index, const contacts::ContactFilter& f) { s.bind(index, filterToJson(f)); }
};

inline constexpr db::ColumnMap kSegmentColumns{
    "segments",
    db::column<&Segment::id>("id", db::Use::Key),
    db::column<&Segment::name>("name"),
    db::columnAs<FilterJsonCodec, &Segment::filter>("filter_json"),
};

} // namespace satchel::marketing
