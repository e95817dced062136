#pragma once
// The screens of the app, in navigation order (the table is in screen_registry.cpp).
#include "ui/screen.h"

#include <memory>
#include <span>

namespace satchel::ui {

struct ScreenEntry {
    const char* id;    // what ShowScreen asks for
    const char* icon;  // a Font Awesome 4.7 glyph (UTF-8), drawn before the title
    const char* title; // translation key of the navigation label
    std::unique_ptr<Screen> (*make)();
};

std::span<const ScreenEntry> screenRegistry();

} // namespace satchel::ui
