#pragma once
// Validation and normalisation of a contact draft. Throws ValidationError naming the field.
#include "core/contacts/contact.h"

#include <string>
#include <string_view>

namespace satchel::contacts {

// Returns the draft trimmed and normalised (email lower-cased domain, phone in a canonical
// "+digits" / "digits" form), or throws ValidationError for the first bad field.
ContactDraft validated(const ContactDraft& draft);

// Building blocks, exposed for import and tests. Each returns an empty string when `value`
// is acceptable, otherwise the reason.
std::string emailProblem(std::string_view email);
std::string phoneProblem(std::string_view phone);
std::string normalisedPhone(std::string_view phone);

} // namespace satchel::contacts
