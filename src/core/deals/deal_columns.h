#pragma once
// The deals, pipeline_stages and deal_stage_history tables, column by column.
#include "core/db/columns.h"
#include "core/deals/deal.h"

namespace satchel::deals {

// Select with the alias "d", joined to the deal's stage as "s" (kDealFrom): the effective
// probability is the deal's own or its stage's default.
inline constexpr db::ColumnMap kDealColumns{
    "deals",
    db::column<&Deal::id>("id", db::Use::Key),
    db::column<&Deal::title>("title"),
    db::column<&Deal::companyId>("company_id"),
    db::column<&Deal::contactId>("contact_id"),
    db::column<&Deal::amount, &Money::minor>("amount_minor"),
    db::column<&Deal::amount, &Money::currency>("currency"),
    db::column<&Deal::stageId>("stage_id"),
    db::column<&Deal::probabilityOverride>("probability"),
    db::column<&Deal::probability>("coalesce(d.probability, s.probability)", db::Use::ReadOnly),
    db::column<&Deal::expectedClose>("expected_close"),
    db::column<&Deal::owner>("owner"),
    db::column<&Deal::status>("status"),
    db::column<&Deal::lostReason>("lost_reason"),
    db::column<&Deal::closedAt>("closed_at"),
    db::column<&Deal::notes>("notes"),
    db::column<&Deal::createdAt>("created_at", db::Use::InsertOnly),
    db::column<&Deal::updatedAt>("updated_at"),
    db::column<&Deal::deletedAt>("deleted_at", db::Use::InsertOnly),
};
inline constexpr const char* kDealFrom = " JOIN pipeline_stages s ON s.id = d.stage_id";

inline constexpr db::ColumnMap kStageColumns{
    "pipeline_stages",
    db::column<&Stage::id>("id", db::Use::Key),
    db::column<&Stage::name>("name"),
    db::column<&Stage::position>("position"),
    db::column<&Stage::probability>("probability"),
    db::column<&Stage::removedAt>("removed_at"),
};

// Read joined to the product as "p" (kDealProductFrom) for its name.
inline constexpr db::ColumnMap kDealProductColumns{
    "deal_products",
    db::column<&DealProduct::id>("id", db::Use::Key),
    db::column<&DealProduct::dealId>("deal_id"),
    db::column<&DealProduct::productId>("product_id"),
    db::column<&DealProduct::quantity>("quantity"),
    db::column<&DealProduct::unitPriceMinor>("unit_price_minor"),
    db::column<&DealProduct::productName>("p.name", db::Use::ReadOnly),
};
inline constexpr const char* kDealProductFrom = " JOIN products p ON p.id = l.product_id";

inline constexpr db::ColumnMap kStageChangeColumns{
    "deal_stage_history",
    db::column<&StageChange::id>("id", db::Use::Key),
    db::column<&StageChange::dealId>("deal_id"),
    db::column<&StageChange::fromStageId>("from_stage_id"),
    db::column<&StageChange::toStageId>("to_stage_id"),
    db::column<&StageChange::toStatus>("to_status"),
    db::column<&StageChange::at>("changed_at"),
};

} // namespace satchel::deals
