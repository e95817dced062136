#pragma once
// Contacts taken out as ordinary files: CSV (UTF-8 with a BOM, so Excel shows Chinese and emoji
// right; RFC 4180), and vCard 3.0 or 4.0 for address books. Either the whole book or the list on
// screen with its filters and order. The CSV's header is the one the importer maps by itself, so
// an export re-imports with no edits (and with "Satchel ID", updates the same contacts).
#include "core/contacts/contact.h"
#include "core/contacts/contact_query.h"
#include "core/io/vcard.h"

#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::exports {

// A contact with what hangs off it, as an export writes it.
struct ContactRecord {
    contacts::Contact contact;
    std::string company, companyDomain;
    std::vector<std::string> tags;
    std::vector<contacts::Channel> channels; // extra emails and phones
    std::vector<std::string> custom;         // one per custom field, in customFieldNames() order
};

// The contacts `query` lists (every page of it, in its order; its limit and offset are ignored).
std::vector<ContactRecord> contactRecords(Workspace& ws, contacts::ContactQuery query);
std::vector<std::string> customFieldNames(Workspace& ws);

std::string contactsCsv(Workspace& ws, const contacts::ContactQuery& query = {});
std::string contactsVCard(Workspace& ws, const contacts::ContactQuery& query = {},
                          io::VCardVersion version = io::VCardVersion::V3);
// One contact as a vCard (for the address book of a phone).
io::VCard toVCard(const ContactRecord& record);

} // namespace satchel::exports
