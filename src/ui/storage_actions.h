#pragma once
// Files out: the backup and the exports more than one screen offers.
#include "core/contacts/contact_query.h"
#include "ui/requests.h"

#include <cstdint>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

// Downloads the whole database as "satchel-backup-YYYY-MM-DD.sqlite3", dated by `now` (the
// workspace clock). Screens ask for it with requests::DownloadBackup.
void downloadBackup(Workspace& workspace, std::int64_t now);
// Downloads the contacts `query` lists as "contacts-YYYY-MM-DD.csv" (or .vcf).
void downloadContacts(Workspace& workspace, std::int64_t now, requests::ContactFileFormat format,
                      const contacts::ContactQuery& query);
// What the file picker offers for import.
inline constexpr const char* kImportableFiles = ".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard";
// "12.3 MB"
const char* formatBytes(double bytes, char (&buf)[32]);

} // namespace satchel::ui
