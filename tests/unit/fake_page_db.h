#pragma once
// A stand-in for the browser's IndexedDB page store: a header and a map of page index -> bytes,
// updated one whole commit at a time, like the real store's single readwrite transaction.
#include "core/db/page_store.h"

#include <cstring>
#include <map>
#include <vector>

struct FakePageDb {
    std::uint32_t pageSize = 0, pageCount = 0;
    std::uint64_t seq = 0;
    std::map<std::uint32_t, std::vector<std::uint8_t>> pages;

    void apply(const satchel::db::PageStore& store, const satchel::db::PageCommit& c) {
        for (std::uint32_t i : c.pages) {
            const auto* p = store.page(i);
            pages[i].assign(p, p + c.pageSize);
        }
        if (c.pageCount < c.previousPageCount) pages.erase(pages.lower_bound(c.pageCount), pages.end());
        pageSize = c.pageSize;
        pageCount = c.pageCount;
        seq = c.seq;
    }

    // What start-up does: fill a fresh PageStore from the stored pages.
    void loadInto(satchel::db::PageStore& store) const {
        store.beginLoad(pageSize, pageCount, seq);
        for (const auto& [i, bytes] : pages) std::memcpy(store.loadPage(i), bytes.data(), bytes.size());
    }
};

// Records every commit and keeps a FakePageDb up to date (a "durable copy").
struct RecordingSink : satchel::db::CommitSink {
    std::vector<satchel::db::PageCommit> commits;
    std::vector<FakePageDb> snapshots; // the durable copy after each commit
    FakePageDb durable;
    void commit(const satchel::db::PageStore& store, const satchel::db::PageCommit& c) override {
        commits.push_back(c);
        durable.apply(store, c);
        snapshots.push_back(durable);
    }
};
