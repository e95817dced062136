#pragma once
// A timeline entry as people say it, in the reader's language: "Phone changed from “…” to “…”",
// "Tag “VIP” added", "Merged with Ana M." — never the audit log's "history · update".
#include "core/timeline/contact_timeline.h"
#include "ui/i18n/translator.h"

#include <string>
#include <vector>

namespace satchel::ui {

struct TimelineLine {
    std::string text;
    std::string amount; // a deal's or order's money, shown apart so it never wraps inside the number
};

// One line per thing that happened: a history entry that changed three fields is three lines.
std::vector<TimelineLine> timelineLines(const timeline::Entry& entry, const Translator& tr);

} // namespace satchel::ui
