#include "ui/storage_actions.h"

#include "core/common/time_format.h"
#include "core/workspace/workspace.h"
#include "platform/storage.h"

#include <cstdio>

namespace satchel::ui {

void downloadBackup(Workspace& workspace, std::int64_t now) {
    platform::downloadFile("satchel-backup-" + localDate(now) + ".sqlite3", "application/vnd.sqlite3",
                           workspace.backup());
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
