#pragma once
// An address book (vCard 2.1, 3.0 or 4.0) as an import file: each card becomes one row under a
// fixed header the contact mapping recognises, so cards go through the same plan, report, upsert
// and undo as a spreadsheet. Cards that cannot be read are reported by their line. A card's URLs
// are not taken for its company's web site (they are as often a LinkedIn page).
#include "core/imports/import_file.h"
#include "core/io/vcard.h"

#include <string>
#include <variant>
#include <vector>

namespace satchel::imports {

struct VCardImportFile {
    ImportFile file;
    std::vector<io::VCardProblem> problems; // cards skipped, by line
};

std::variant<VCardImportFile, FileProblem> openVCardFile(std::string name, std::string_view bytes,
                                                         std::optional<io::Encoding> encoding = std::nullopt);

} // namespace satchel::imports
