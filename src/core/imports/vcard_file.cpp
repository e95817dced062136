#include "core/imports/vcard_file.h"

#include "core/common/text.h"
#include "core/io/csv.h"

#include <algorithm>

namespace satchel::imports {

namespace {

std::string joined(const std::vector<io::VCardValue>& values, std::size_t from) {
    std::vector<std::string> rest;
    for (std::size_t i = from; i < values.size(); ++i) rest.push_back(values[i].value);
    return text::joinList(rest, "; ");
}

// The preferred value first, as the contact's own email or phone.
std::vector<io::VCardValue> preferredFirst(std::vector<io::VCardValue> values) {
    std::stable_partition(values.begin(), values.end(), [](const io::VCardValue& v) { return v.preferred; });
    return values;
}

} // namespace

std::variant<VCardImportFile, FileProblem> openVCardFile(std::string name, std::string_view bytes,
                                                         std::optional<io::Encoding> encoding) {
    if (bytes.empty()) return FileProblem{0, -1, "the file is empty"};
    const io::Encoding chosen = encoding ? *encoding : io::detectEncoding(bytes).encoding;
    auto decoded = io::decodeToUtf8(bytes, chosen);
    if (auto* error = std::get_if<io::DecodeError>(&decoded))
        return FileProblem{error->line, error->byteOffset, error->reason};
    const io::VCardFile cards = io::readVCards(std::get<std::string>(decoded));
    if (cards.cards.empty() && cards.problems.empty()) return FileProblem{0, -1, "the file holds no vCard"};

    std::string csv;
    const std::vector<std::string> header{"Name",  "First name",   "Last name", "Email",     "Other emails",
                                          "Phone", "Other phones", "Company",   "Job title", "Address",
                                          "City",  "Country",      "Notes",     "Tags"};
    io::appendCsvRecord(csv, header);
    for (const auto& card : cards.cards) {
        const auto emails = preferredFirst(card.emails), phones = preferredFirst(card.phones);
        const io::VCardAddress address = card.addresses.empty() ? io::VCardAddress{} : card.addresses.front();
        std::string street = address.street;
        for (const auto* part : {&address.extended, &address.region, &address.postalCode})
            if (!part->empty()) street += (street.empty() ? "" : ", ") + *part;
        const std::string tags = text::joinList(card.categories);
        io::appendCsvRecord(csv, {card.formattedName, card.givenName, card.familyName,
                                  emails.empty() ? "" : emails.front().value, joined(emails, 1),
                                  phones.empty() ? "" : phones.front().value, joined(phones, 1), card.organization,
                                  card.title, street, address.locality, address.country, card.note, tags});
    }
    auto opened = openImportFile(std::move(name), csv, io::Encoding::Utf8, ',');
    if (auto* problem = std::get_if<FileProblem>(&opened)) return *problem;
    VCardImportFile out{std::get<ImportFile>(std::move(opened)), cards.problems};
    out.file.encoding = chosen;
    out.file.detected = !encoding;
    return out;
}

} // namespace satchel::imports
