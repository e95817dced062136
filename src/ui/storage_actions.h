#pragma once
// Storage actions more than one screen offers.
namespace satchel {
class Workspace;
}

namespace satchel::ui {

// Downloads the whole database as "satchel-backup-YYYY-MM-DD.sqlite3".
void downloadBackup(Workspace& workspace);
// "12.3 MB"
const char* formatBytes(double bytes, char (&buf)[32]);

} // namespace satchel::ui
