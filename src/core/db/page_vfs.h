#pragma once
// A SQLite VFS whose main database file is a PageStore. Journals and temporary files live in
// memory. When SQLite syncs the main file at commit, the changed pages go to the CommitSink in one
// piece, so whatever the sink persists is always a whole committed state.
//
// Use journal_mode=MEMORY (ROLLBACK still works) and synchronous NORMAL or FULL with it: never
// journal_mode=OFF or synchronous=OFF, which skip the sync that marks a commit.
#include "core/db/page_store.h"

namespace satchel::db {

// Registers (or re-registers) the VFS `name` over `store` and `sink`; both must outlive every
// connection that uses it. Throws DbError if SQLite refuses the registration.
void registerPageVfs(const char* name, PageStore& store, CommitSink& sink);

} // namespace satchel::db
