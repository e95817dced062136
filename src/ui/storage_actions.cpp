#include "ui/storage_actions.h"

#include "core/common/time_format.h"
#include "core/exports/contact_export.h"
#include "core/workspace/workspace.h"
#include "platform/storage.h"

#include <cstdio>

namespace satchel::ui {

void downloadBackup(Workspace& workspace, std::int64_t now) {
    platform::downloadFile("satchel-backup-" + localDate(now) + ".sqlite3", "application/vnd.sqlite3",
                           workspace.backup());
}

void downloadContacts(Workspace& workspace, std::int64_t now, requests::ContactFileFormat format,
                      const contacts::ContactQuery& query) {
    using requests::ContactFileFormat;
    const std::string name = "contacts-" + localDate(now);
    if (format == ContactFileFormat::Csv)
        platform::downloadFile(name + ".csv", "text/csv;charset=utf-8", exports::contactsCsv(workspace, query));
    else
        platform::downloadFile(
            name + ".vcf", "text/vcard;charset=utf-8",
            exports::contactsVCard(workspace, query,
                                   format == ContactFileFormat::VCard4 ? io::VCardVersion::V4 : io::VCardVersion::V3));
}

const char* formatBytes(double bytes, char (&buf)[32]) {
    const char* units[] = {"bytes", "KB", "MB", "GB", "TB"};
    int unit = 0;
    while (bytes >= 1000 && unit < 4) {
        bytes /= 1000;
        ++unit;
    }
    std::snprintf(buf, sizeof buf, unit ? "%.1f %s" : "%.0f %s", bytes, units[unit]);
    return buf;
}

} // namespace satchel::ui
