#pragma once
// Settings: where the data is kept (persistent or not, usage and quota) and the backup download.
namespace satchel {
class Workspace;
}

namespace satchel::ui {

class SettingsScreen {
public:
    void draw(Workspace& workspace);

private:
    bool m_usageRequested = false;
};

} // namespace satchel::ui
