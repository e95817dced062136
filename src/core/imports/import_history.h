#pragma once
// Every import, kept so it can be looked at and undone completely: the rows it updated go back to
// their values before it (SQLite's session changeset, inverted), the contacts it created are
// removed. A record someone edited after the import is a conflict: kept as edited and listed,
// unless they choose to undo it anyway.
#include "core/imports/contact_fields.h"
#include "core/imports/contact_import.h"
#include "core/imports/import_file.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::imports {

struct ImportRecord {
    std::int64_t id = 0;
    std::string target; // "contacts"
    std::string fileName, encoding;
    std::int64_t startedAt = 0, finishedAt = 0;
    std::string mapping; // JSON: columns, match, on_match, delimiter
    ImportCounts counts;
    std::optional<std::int64_t> undoneAt;
};

// Newest first.
std::vector<ImportRecord> listImports(Workspace& ws);
std::optional<ImportRecord> findImport(Workspace& ws, std::int64_t id);

struct UndoConflict {
    // What kind of record, in English words: contact, company, tag, team member (else the table).
    std::string entity;
    std::int64_t id = 0;
    std::string name; // the record's name when it still exists
};
// The records changed since the import: what undo would keep (nothing is written).
std::vector<UndoConflict> undoConflicts(Workspace& ws, std::int64_t importId);

struct UndoResult {
    std::int64_t restored = 0;      // stored records put back as they were
    std::int64_t removed = 0;       // created contacts removed
    std::vector<UndoConflict> kept; // changed since the import, left as they are (none with overwrite)
};
// Undoes the import in one transaction. Throws ValidationError when there is no such import or it
// was undone already.
UndoResult undoImport(Workspace& ws, std::int64_t importId, bool overwriteConflicts = false);

// The mapping used last time for a file with this header, if any.
std::optional<std::vector<ColumnTarget>> savedMapping(Workspace& ws, const std::string& target,
                                                      const std::vector<std::string>& header);

// Used by the imports themselves, inside their transaction.
std::int64_t beginImportRecord(Workspace& ws, const std::string& target, const ImportFile& file,
                               const std::string& mappingJson, std::int64_t now);
void finishImportRecord(Workspace& ws, std::int64_t id, const ImportCounts& counts, std::int64_t firstCreated,
                        std::int64_t lastCreated, const std::map<std::string, std::vector<std::int64_t>>& created,
                        const std::string& undo, std::int64_t now);
void saveMapping(Workspace& ws, const std::string& target, const std::vector<std::string>& header,
                 const std::vector<ColumnTarget>& columns);

} // namespace satchel::imports
