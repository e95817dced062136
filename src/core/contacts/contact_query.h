#pragma once
// Which contacts a list shows, in what order, and which page of them.
#include <cstdint>
#include <optional>
#include <string>

namespace satchel::contacts {

enum class ContactSort { Name, Email, City, Owner, Lifecycle, Created, Updated };

// Empty strings mean "any". All filters must hold.
struct ContactFilter {
    std::string tag;
    std::string owner;
    std::string city; // case-insensitive
    std::string lifecycle;
    std::optional<std::int64_t> companyId;
    std::optional<std::int64_t> dealStageId;   // has an open deal in this pipeline stage
    std::optional<std::int64_t> customFieldId; // with customValue: that field has exactly that value
    std::string customValue;
    std::string search; // search-box text (full-text, prefix)
};

// Keyset paging: the last row of the previous page (faster than a large offset at 100,000 rows).
struct ContactCursor {
    std::string textKey;        // for text sorts
    std::int64_t numberKey = 0; // for Created / Updated
    std::int64_t id = 0;
};

struct ContactQuery {
    ContactFilter filter;
    ContactSort sort = ContactSort::Name;
    bool descending = false;
    int limit = 50;
    int offset = 0; // ignored when `after` is set
    std::optional<ContactCursor> after;
    bool trash = false;    // list soft-deleted contacts instead
    bool withTotal = true; // count all matches (a full pass over them): once per filter
};

} // namespace satchel::contacts
