#pragma once
// Who owns a record (or has a ticket): picked from the team (Settings → Team), never typed, so one
// person is not three spellings. The team is read as the menu opens.
#include "ui/i18n/translator.h"

#include <string>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

// A menu of "Nobody" and the team's members (me marked). True when the choice changed `owner`.
// With `prompt` (a bulk action: "Choose a person"), the menu shows it, and any choice counts.
bool ownerCombo(const char* english, std::string& owner, Workspace& ws, const Translator& tr, float width,
                const char* prompt = nullptr);
// The name new records are owned by: mine, or "" while nobody in the team is me.
std::string myName(Workspace& ws);

} // namespace satchel::ui
