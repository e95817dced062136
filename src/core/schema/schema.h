#pragma once
// Satchel's schema as numbered migrations (see db/migrations.h). Append, never edit a released step.
#include "core/db/migrations.h"

#include <span>

namespace satchel::schema {

std::span<const db::Migration> migrations();

} // namespace satchel::schema
