#pragma once
// What the search palette finds of tickets, campaigns, products and orders. Each kind's entry is
// written by one SQL statement here, used by its service after a write, by the seed, and by the
// migration that indexes databases created before these kinds were searchable.
//   ticket: its subject, then its description;   campaign: its name, then its channel and goal;
//   product: its name, then its SKU;              order: "#<number>", then its products' names and SKUs.
#include "core/search/search_index.h"

#include <cstdint>
#include <optional>

namespace satchel::search {

// Replaces the entry of one record of `kind` (Ticket, Campaign, Product or Order) from the
// database; removes it when the record no longer exists.
void indexRecord(db::Database& db, SearchIndex& index, Kind kind, std::int64_t id);
// Every record of those four kinds (the seed and migration 6).
void indexRecords(db::Database& db, SearchIndex& index);

} // namespace satchel::search
