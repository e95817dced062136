#pragma once
// The import wizard: a file dropped onto the window or picked becomes contacts, step by step in
// one window: the file (its encoding and delimiter, detected and changeable) → where each column
// goes → the rows checked (counts, the first rows as they will be stored, the report of rows that
// cannot be imported, downloadable) → the valid rows written with progress and cancel → a summary
// with "Undo import". Checking and writing run in slices of a frame, so the page keeps drawing.
#include "core/common/sliced_work.h"
#include "core/custom_fields/custom_field_service.h"
#include "core/imports/contact_import.h"
#include "core/imports/import_file.h"
#include "core/imports/import_history.h"
#include "core/io/vcard.h"
#include "ui/forms.h"
#include "ui/screen.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace satchel::ui {

class ImportWizard {
public:
    // A file arrived: the wizard opens on it (replacing one not yet written).
    void offer(std::string name, std::string bytes);
    bool busy() const; // writing: other writes must wait
    bool isOpen() const { return m_open || m_openRequested; }
    void draw(ScreenContext& ctx);

private:
    enum class Step { File, Mapping, Checking, Report, Writing, Summary };
    void read(Workspace& ws);    // (re)decodes the file with the chosen encoding and delimiter
    void suggest(Workspace& ws); // the mapping: saved for this header, else from the header names
    void drawFile(ScreenContext& ctx);
    void drawMapping(ScreenContext& ctx);
    void drawColumnTarget(ScreenContext& ctx, std::size_t column);
    void drawMatching(ScreenContext& ctx);
    void drawCounts(ScreenContext& ctx);
    void drawPreview(ScreenContext& ctx);
    void drawProblems(ScreenContext& ctx);
    void drawProgress(ScreenContext& ctx);
    void drawSummary(ScreenContext& ctx);
    void startChecking(Workspace& ws);
    void startWriting(ScreenContext& ctx);
    void close();

    bool m_openRequested = false;
    bool m_open = false;
    Step m_step = Step::File;
    std::string m_name, m_bytes;
    bool m_vcard = false;
    std::optional<io::Encoding> m_encoding; // chosen; none: detected
    std::optional<char> m_delimiter;        // chosen; none: sniffed
    std::unique_ptr<imports::ImportFile> m_file;
    std::vector<io::VCardProblem> m_cardProblems;
    std::string m_fileProblem;
    std::vector<std::string> m_firstRow; // each column's first value, to recognise it by
    imports::ContactImportOptions m_options;
    std::vector<custom_fields::CustomField> m_customFields;
    std::unique_ptr<imports::ContactImport> m_job;
    std::unique_ptr<WorkInFlight::Token> m_working; // the automation surface waits while rows are checked or written
    std::string m_refusal;                          // why writing did not start
    std::optional<imports::UndoResult> m_undone;
    std::vector<imports::UndoConflict> m_conflicts; // shown before undoing
    bool m_confirmUndo = false;
    FormError m_error;
};

} // namespace satchel::ui
