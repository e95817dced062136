// libFuzzer: any bytes as a file to import into contacts: opened, its columns mapped by their
// headers, every row planned and the valid ones written into a scratch database, then the import
// undone: the database must be empty again.
#include "core/imports/contact_import.h"
#include "core/imports/import_file.h"
#include "core/imports/import_history.h"
#include "core/workspace/workspace.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto opened =
        satchel::imports::openImportFile("fuzz.csv", std::string_view(reinterpret_cast<const char*>(data), size));
    if (!std::holds_alternative<satchel::imports::ImportFile>(opened)) return 0;
    const auto& file = std::get<satchel::imports::ImportFile>(opened);
    if (file.header.size() > 64) return 0;
    static satchel::Workspace ws(":memory:");
    satchel::imports::ContactImportOptions options;
    options.columns = satchel::imports::suggestColumns(file.header);
    satchel::imports::ContactImport job(ws, file, options);
    if (job.runToEnd() == satchel::imports::ContactImport::Phase::Done) {
        satchel::imports::undoImport(ws, job.importId(), true);
        if (ws.contacts().count() != 0) __builtin_trap();
    }
    return 0;
}
