#pragma once
// The companies table, column by column: CompanyService's reads and writes, merge and seed.
#include "core/companies/company.h"
#include "core/db/columns.h"

namespace satchel::companies {

inline constexpr db::ColumnMap kCompanyColumns{
    "companies",
    db::column<&Company::id>("id", db::Use::Key),
    db::column<&Company::name>("name"),
    db::column<&Company::domain>("domain"),
    db::column<&Company::industry>("industry"),
    db::column<&Company::sizeBand>("size_band"),
    db::column<&Company::address>("address"),
    db::column<&Company::city>("city"),
    db::column<&Company::country>("country"),
    db::column<&Company::notes>("notes"),
    db::column<&Company::createdAt>("created_at", db::Use::InsertOnly),
    db::column<&Company::updatedAt>("updated_at"),
    db::column<&Company::deletedAt>("deleted_at", db::Use::InsertOnly),
};

} // namespace satchel::companies
