#pragma once
// Turns a failure into words a person can act on (the UI never sees SQLite result codes).
#include <exception>
#include <string>

namespace satchel {

std::string describeFailure(const std::exception& e);
// Why nothing can be changed in this tab (another tab owns the database).
const char* readOnlyReason();

} // namespace satchel
