#pragma once
// Storage actions more than one screen offers.
#include <cstdint>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

// Downloads the whole database as "satchel-backup-YYYY-MM-DD.sqlite3", dated by `now` (the
// workspace clock). Screens ask for it with requests::DownloadBackup.
void downloadBackup(Workspace& workspace, std::int64_t now);
// "12.3 MB"
const char* formatBytes(double bytes, char (&buf)[32]);

} // namespace satchel::ui
