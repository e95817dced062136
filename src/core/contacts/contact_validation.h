#pragma once
// Validation and normalisation of a contact draft. Throws ValidationError naming the field.
#include "core/common/problem.h"
#include "core/contacts/contact.h"

#include <optional>
#include <string>
#include <string_view>

namespace satchel::contacts {

// Returns the draft trimmed and normalised (the email's domain lower-cased), or throws
// ValidationError for the first bad field. A phone keeps the spaces and dashes it was typed with:
// people read "+86 138 0013 8000", not "+8613800138000"; matching uses normalisedPhone.
ContactDraft validated(const ContactDraft& draft);

// What a person can edit of a stored contact, and those fields copied back onto a row.
ContactDraft draftOf(const Contact& contact);
void applyDraft(Contact& contact, const ContactDraft& draft);

// Building blocks, exposed for import and tests. Each returns nothing when `value` is
// acceptable, otherwise the problem.
std::optional<Problem> emailProblem(std::string_view email);
std::optional<Problem> phoneProblem(std::string_view phone);
// The digits, with a leading "+" kept: what two ways of writing one number have in common.
std::string normalisedPhone(std::string_view phone);

} // namespace satchel::contacts
