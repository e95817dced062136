#include "core/db/pinyin_collation.h"

#include "core/common/pinyin_order.h"

#include <sqlite3.h>

#include <string_view>

namespace satchel::db {

namespace {
int comparePinyin(void*, int lengthA, const void* a, int lengthB, const void* b) {
    return pinyin::compare(std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(lengthA)),
                           std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(lengthB)));
}
} // namespace

int registerPinyinCollation(sqlite3* db) {
    return sqlite3_create_collation_v2(db, pinyin::kCollationName, SQLITE_UTF8, nullptr, comparePinyin, nullptr);
}

} // namespace satchel::db
