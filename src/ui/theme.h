#pragma once
namespace satchel::ui {

enum class Theme { Light, Dark };

// Colours and spacing for the whole app, scaled for layout pixels.
void applyTheme(Theme theme);

} // namespace satchel::ui
