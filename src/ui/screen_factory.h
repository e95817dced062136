#pragma once
// Included by screen .cpp files only. Each one instantiates its own factory:
//   template std::unique_ptr<Screen> makeScreen<AboutScreen>();
// so the registry, which sees no screen's header, can name a screen in one line.
#include "ui/screen.h"

#include <memory>

namespace satchel::ui {

template <typename S>
std::unique_ptr<Screen> makeScreen() {
    return std::make_unique<S>();
}

} // namespace satchel::ui
