#pragma once
// A pipeline stage's name as shown. The four stages every new database starts with (migration 2
// writes them in English) follow the reader's language; a stage the user named or renamed is shown
// as named. The Settings editor shows the stored name, which is what it edits.
#include "ui/i18n/translator.h"

#include <string>

namespace satchel::ui {

const char* stageName(const std::string& stored, const Translator& tr);

} // namespace satchel::ui
