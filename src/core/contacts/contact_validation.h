#pragma once
// Validation and normalisation of a contact draft. Throws ValidationError naming the field.
#include "core/common/problem.h"
#include "core/contacts/contact.h"

#include <optional>
#include <string>
#include <string_view>

namespace satchel::contacts {

// Returns the draft trimmed and normalised (email lower-cased domain, phone in a canonical
// "+digits" / "digits" form), or throws ValidationError for the first bad field.
ContactDraft validated(const ContactDraft& draft);

// Building blocks, exposed for import and tests. Each returns nothing when `value` is
// acceptable, otherwise the problem.
std::optional<Problem> emailProblem(std::string_view email);
std::optional<Problem> phoneProblem(std::string_view phone);
std::string normalisedPhone(std::string_view phone);

} // namespace satchel::contacts
