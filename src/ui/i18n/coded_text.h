#pragma once
// Chinese for text the core identifies by code (vocabulary terms, problems). See coded_text_zh.cpp.
#include <string_view>

namespace satchel::ui {

// The Chinese for "lifecycle.lead" or "problem.required"; nullptr when there is none.
const char* codedChinese(std::string_view key);

} // namespace satchel::ui
