#pragma once
// Why input was refused, as a code the UI translates (key "problem.<code>") with an English
// template for everyone else (the CLI, logs, import reports). Parameters fill {0}, {1} ... in
// both, so rewording the English never loses a translation: the code is the key.
#include <string>
#include <string_view>
#include <vector>

namespace satchel {

enum class Problem {
    Required,             // is required
    NotUtf8,              // is not valid UTF-8 text
    TooLong,              // is longer than {0} characters
    Empty,                // is empty
    Negative,             // cannot be negative
    TooLarge,             // is too large
    NotANumber,           // must be a number like 1234.50
    TooManyDecimals,      // {0} has {1} decimal places
    NotADate,             // must be a date like 2026-03-31
    DateOutOfRange,       // must be a date between 1970 and 2200
    WholeDays,            // must be a whole number of days
    Percent,              // must be from 0 to 100
    Rating,               // must be from 1 to 5
    Currency,             // must be a code like USD or CNY
    NotOneOf,             // must be {0}  (a vocabulary's codes, listed)
    NotAChoice,           // must be one of its choices
    NotFound,             // no {0} with id {1}
    DomainShape,          // needs to look like example.com
    EmailTooLong,         // is longer than 254 characters
    EmailNoAt,            // needs an @, like name@example.com
    EmailNoName,          // needs a name before the @
    EmailNoDomain,        // needs a domain after the @
    EmailBadCharacter,    // must not contain spaces, commas, semicolons or angle brackets
    EmailTwoAts,          // must contain only one @
    EmailDomainShape,     // needs a domain like example.com after the @
    EmailDomainCharacter, // has a character that is not allowed in a domain
    PhoneCharacters,      // may hold only digits, spaces, + ( ) - . /
    PhoneTooShort,        // needs at least 3 digits
    PhoneTooLong,         // has more than 17 digits
    NoSuchChannel,        // no such email or phone
    FieldExists,          // a {0} field called '{1}' already exists
    ChoicesNeeded,        // a choice field needs at least one choice
    NoStages,             // the pipeline has no stages
    StageHasDeals,        // has {0} open deals; move them to another stage first
    ReopenBeforeMove,     // a {0} deal must be reopened before it moves
    LostReason,           // say why the deal was lost
    SkuTaken,             // '{0}' is already in the catalogue
    NoLines,              // an order needs at least one line
    LineCurrency,         // {0} is priced in {1}, the order in {2}
    Quantity,             // quantity must be at least 1
    Discount,             // discount must be 0 to 100 %
    LinePrice,            // price cannot be negative
    TaskNeedsDue,         // a task needs a due time
    NoteNeedsText,        // a note needs some text
    NeedsLink,            // an activity belongs to a contact, a company or a deal
    EndBeforeStart,       // is before the start
    SegmentUnreadable,    // its saved filter is not readable
    NotAMember,           // that contact is not in this campaign
    Transition,           // a {0} ticket cannot become {1}
    RateWhenResolved,     // is given when the ticket is resolved
    MergeSelf,            // a {0} cannot be merged with itself
    MergeMissing,         // both records must exist
    MergeChanged,         // one of the records changed since the merge, so it cannot be undone
    DealLineCurrency,     // {0} is priced in {1}, the deal in {2}
    CurrencyOfProducts,   // must be {0}, the currency of the deal's products
    NotATime,             // must be a time like 14:30
    NameTaken,            // '{0}' is already in the team
    ImportUndone,         // was undone already
    ExtraCells,           // has more cells than the header has columns ({0})
};

// Every problem, for the translation check and the CLI.
std::vector<Problem> allProblems();
// "required": the stable code (translation key "problem.required").
std::string_view problemCode(Problem p);
// "is required", "no {0} with id {1}": the English template.
std::string_view problemEnglish(Problem p);
// Fills {0}, {1} ... of `text` from `params` (a missing parameter stays as written).
std::string fillTemplate(std::string_view text, const std::vector<std::string>& params);

} // namespace satchel
