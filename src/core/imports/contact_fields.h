#pragma once
// What a column of an imported file can feed on a contact, defined once: the key stored in a saved
// mapping (the UI names each in ui/import_wizard.cpp), and the header names that map to it by themselves
// (English and Chinese, and the export shapes of Salesforce, HubSpot and Pipedrive).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace satchel::imports {

enum class ContactField {
    Ignore,
    Id, // our own id, from an export: the row updates that contact
    Name,
    FirstName,
    LastName,
    Email, // more than one column: the first non-empty is the email, the others extra emails
    Phone, // likewise
    Title,
    Address,
    City,
    Country,
    Source,
    Owner,
    Lifecycle,
    Notes,
    Company,       // found by name, created when missing
    CompanyDomain, // the company's web site; finds it by domain first
    Tags,          // comma-separated
    Custom,        // an existing custom field (ColumnTarget::customFieldId)
    NewCustom,     // a text custom field made by the import (ColumnTarget::newCustomField)
};

struct ContactFieldInfo {
    ContactField field;
    std::string_view key; // "email": stored in saved mappings and given to `satchel import --map`
};

inline constexpr std::array<ContactFieldInfo, 20> kContactFields{{
    {ContactField::Ignore, "ignore"},
    {ContactField::Id, "id"},
    {ContactField::Name, "name"},
    {ContactField::FirstName, "first_name"},
    {ContactField::LastName, "last_name"},
    {ContactField::Email, "email"},
    {ContactField::Phone, "phone"},
    {ContactField::Title, "title"},
    {ContactField::Address, "address"},
    {ContactField::City, "city"},
    {ContactField::Country, "country"},
    {ContactField::Source, "source"},
    {ContactField::Owner, "owner"},
    {ContactField::Lifecycle, "lifecycle"},
    {ContactField::Notes, "notes"},
    {ContactField::Company, "company"},
    {ContactField::CompanyDomain, "company_domain"},
    {ContactField::Tags, "tags"},
    {ContactField::Custom, "custom"},
    {ContactField::NewCustom, "new_custom"},
}};

const ContactFieldInfo& contactFieldInfo(ContactField field);
std::optional<ContactField> contactFieldFromKey(std::string_view key);

// Where one column of the file goes.
struct ColumnTarget {
    ContactField field = ContactField::Ignore;
    std::int64_t customFieldId = 0; // Custom
    std::string newCustomField;     // NewCustom: the field's name (the column's header by default)
    bool operator==(const ColumnTarget&) const = default;
};

// A header as the matcher compares it: ASCII lower-cased, full-width forms folded, and spaces,
// punctuation and a leading "person"/"contact" (Pipedrive's "Person - Email - Work") dropped.
std::string headerKey(std::string_view header);

// The field a header names by itself, or Ignore. `customFields`: the names of the contact custom
// fields, matched after the built-in names.
ColumnTarget suggestTarget(std::string_view header,
                           const std::vector<std::pair<std::int64_t, std::string>>& customFields = {});
// Every column's suggestion; a single-valued field is given to the first column that names it
// (Salesforce's Name beats FirstName/LastName; they stay for a row whose Name is empty).
std::vector<ColumnTarget> suggestColumns(const std::vector<std::string>& header,
                                         const std::vector<std::pair<std::int64_t, std::string>>& customFields = {});

// A lifecycle cell in any of the words people use for it ("Lead", "customer", "客户",
// HubSpot's "marketingqualifiedlead"): the stored code, or nothing when it is none of them.
std::optional<std::string_view> lifecycleFromText(std::string_view text);

} // namespace satchel::imports
