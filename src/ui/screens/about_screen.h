#pragma once
// About: what Satchel is, where its data lives, the keyboard shortcuts and what it was built with.
// Everything shown is known without reading the database.
#include "ui/screen.h"

namespace satchel::ui {

class AboutScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;
};

} // namespace satchel::ui
