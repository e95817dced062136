#pragma once
// Importing contacts from a file, in two passes over its rows, each run in slices (step()) so the
// page keeps drawing frames:
//  1. plan: every row is cleaned, checked cell by cell and matched against the contacts already
//     stored and the rows before it. Nothing is written. The result is the preview, the counts
//     (create · update · skip · reject) and the validation report.
//  2. write (start() after the plan): the valid rows, in ONE transaction that stays open across
//     the slices and commits at the end, so a cancel or a failure leaves the database exactly as
//     it was. Updates are recorded by SQLite's session extension; created contacts get a run of
//     new ids. Both are kept in the import history, so the import can be undone completely
//     (import_history.h).
// The write pass holds the database's only write transaction: callers keep other writes out
// while it runs (the UI shows it in a modal window).
#include "core/common/problem.h"
#include "core/contacts/contact.h"
#include "core/imports/contact_fields.h"
#include "core/imports/import_file.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::imports {

// How a row finds the contact it is about.
enum class MatchBy { EmailThenPhone, Email, Phone, Id, Nothing };
// What happens to a row that matches a stored contact.
enum class OnMatch { Update, Skip, Duplicate };

struct ContactImportOptions {
    std::vector<ColumnTarget> columns; // one per header column
    MatchBy match = MatchBy::EmailThenPhone;
    OnMatch onMatch = OnMatch::Update;
    bool importValidRows = true; // false: any rejected row stops the import before it writes
};

enum class RowAction { Create, Update, Merge, Skip, Reject };

// One cell (or row, when column is empty) that cannot be imported.
struct RowProblem {
    std::int64_t row = 0;  // 1-based data row
    std::int64_t line = 0; // line of the file
    std::string column;    // the header of the column, empty for the row as a whole
    std::string value;     // the cell as read (cut to 200 bytes)
    Problem problem = Problem::Required;
    std::vector<std::string> params;
    std::string reason() const; // English
};

struct ImportCounts {
    std::int64_t rows = 0, create = 0, update = 0, merge = 0, skip = 0, reject = 0;
    std::int64_t companiesCreated = 0;
};

struct PreviewRow {
    std::int64_t row = 0;
    RowAction action = RowAction::Create;
    contacts::ContactDraft contact; // as it will be stored (an update: the stored contact with the row's values)
    std::string company;
    std::string tags; // "a, b"
};

class ContactImport {
public:
    // `file` must outlive the import (its rows are read in both passes).
    ContactImport(Workspace& workspace, const ImportFile& file, ContactImportOptions options);
    ~ContactImport();
    ContactImport(const ContactImport&) = delete;
    ContactImport& operator=(const ContactImport&) = delete;

    enum class Phase { Planning, Planned, Writing, Done, Cancelled, Failed };
    Phase phase() const { return m_phase; }
    // Works until `budget` has passed (at least a few rows). True while there is more to do.
    bool step(std::chrono::steady_clock::duration budget);
    // Begins the write pass after the plan. Refused (false) when nothing would be written, or
    // when the options say any rejected row stops the import.
    bool start();
    // Stops planning or writing; a write is rolled back: the database is exactly as before.
    void cancel();
    // Runs the whole import at once (CLI, tests): plan, then write unless `dryRun`. Returns the
    // phase it ended in.
    Phase runToEnd(bool dryRun = false);

    // 0..1 of the current pass, and rows per second over it.
    double progress() const;
    double rowsPerSecond() const;
    const ImportCounts& counts() const { return m_counts; }
    std::int64_t rowsRead() const; // in the current pass
    const std::vector<RowProblem>& problems() const { return m_problems; }
    const std::vector<PreviewRow>& preview() const { return m_preview; }
    std::int64_t importId() const { return m_importId; }     // the history entry, once Done
    const std::string& failure() const { return m_failure; } // why it Failed

    // The validation report as CSV (row, line, column, value, reason), UTF-8 with a BOM.
    std::string reportCsv() const;

private:
    void planRow();
    void finishPlan();
    void writeRow();
    void finishWrite();
    struct Match {
        std::optional<std::int64_t> stored; // a contact in the database
        std::optional<std::int64_t> inFile; // an earlier row of this file (its index)
    };
    Match match() const;
    std::optional<std::int64_t> companyFor();
    std::string mappingJson() const;

    struct State;
    std::unique_ptr<State> m_state;
    Phase m_phase = Phase::Planning;
    ImportCounts m_counts;
    std::vector<RowProblem> m_problems;
    std::vector<PreviewRow> m_preview;
    std::int64_t m_importId = 0;
    std::string m_failure;
};

std::string_view rowActionName(RowAction action); // "create", ...
// The names `satchel import --match` takes: email-then-phone, email, phone, id, nothing.
std::string_view matchByName(MatchBy match);
std::optional<MatchBy> matchByFromName(std::string_view name);

} // namespace satchel::imports
