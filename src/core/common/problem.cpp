#include "core/common/problem.h"

namespace satchel {

namespace {
struct Row {
    Problem problem;
    std::string_view code, english;
};
// In enum order: problemCode indexes it.
constexpr Row kRows[] = {
    {Problem::Required, "required", "is required"},
    {Problem::NotUtf8, "not_utf8", "is not valid UTF-8 text"},
    {Problem::TooLong, "too_long", "is longer than {0} characters"},
    {Problem::Empty, "empty", "is empty"},
    {Problem::Negative, "negative", "cannot be negative"},
    {Problem::TooLarge, "too_large", "is too large"},
    {Problem::NotANumber, "not_a_number", "must be a number like 1234.50"},
    {Problem::TooManyDecimals, "too_many_decimals", "{0} has {1} decimal places"},
    {Problem::NotADate, "not_a_date", "must be a date like 2026-03-31"},
    {Problem::DateOutOfRange, "date_out_of_range", "must be a date between 1970 and 2200"},
    {Problem::WholeDays, "whole_days", "must be a whole number of days"},
    {Problem::Percent, "percent", "must be from 0 to 100"},
    {Problem::Rating, "rating", "must be from 1 to 5"},
    {Problem::Currency, "currency", "must be a code like USD or CNY"},
    {Problem::NotOneOf, "not_one_of", "must be {0}"},
    {Problem::NotAChoice, "not_a_choice", "must be one of its choices"},
    {Problem::NotFound, "not_found", "no {0} with id {1}"},
    {Problem::DomainShape, "domain_shape", "needs to look like example.com"},
    {Problem::EmailTooLong, "email_too_long", "is longer than 254 characters"},
    {Problem::EmailNoAt, "email_no_at", "needs an @, like name@example.com"},
    {Problem::EmailNoName, "email_no_name", "needs a name before the @"},
    {Problem::EmailNoDomain, "email_no_domain", "needs a domain after the @"},
    {Problem::EmailBadCharacter, "email_bad_character",
     "must not contain spaces, commas, semicolons or angle brackets"},
    {Problem::EmailTwoAts, "email_two_ats", "must contain only one @"},
    {Problem::EmailDomainShape, "email_domain_shape", "needs a domain like example.com after the @"},
    {Problem::EmailDomainCharacter, "email_domain_character", "has a character that is not allowed in a domain"},
    {Problem::PhoneCharacters, "phone_characters", "may hold only digits, spaces, + ( ) - . /"},
    {Problem::PhoneTooShort, "phone_too_short", "needs at least 3 digits"},
    {Problem::PhoneTooLong, "phone_too_long", "has more than 17 digits"},
    {Problem::NoSuchChannel, "no_such_channel", "no such email or phone"},
    {Problem::FieldExists, "field_exists", "a {0} field called '{1}' already exists"},
    {Problem::ChoicesNeeded, "choices_needed", "a choice field needs at least one choice"},
    {Problem::NoStages, "no_stages", "the pipeline has no stages"},
    {Problem::StageHasDeals, "stage_has_deals", "has {0} open deals; move them to another stage first"},
    {Problem::ReopenBeforeMove, "reopen_before_move", "a {0} deal must be reopened before it moves"},
    {Problem::LostReason, "lost_reason", "say why the deal was lost"},
    {Problem::SkuTaken, "sku_taken", "'{0}' is already in the catalogue"},
    {Problem::NoLines, "no_lines", "an order needs at least one line"},
    {Problem::LineCurrency, "line_currency", "{0} is priced in {1}, the order in {2}"},
    {Problem::Quantity, "quantity", "quantity must be at least 1"},
    {Problem::Discount, "discount", "discount must be 0 to 100 %"},
    {Problem::LinePrice, "line_price", "price cannot be negative"},
    {Problem::TaskNeedsDue, "task_needs_due", "a task needs a due time"},
    {Problem::NoteNeedsText, "note_needs_text", "a note needs some text"},
    {Problem::NeedsLink, "needs_link", "an activity belongs to a contact, a company or a deal"},
    {Problem::EndBeforeStart, "end_before_start", "is before the start"},
    {Problem::SegmentUnreadable, "segment_unreadable", "its saved filter is not readable"},
    {Problem::NotAMember, "not_a_member", "that contact is not in this campaign"},
    {Problem::Transition, "transition", "a {0} ticket cannot become {1}"},
    {Problem::RateWhenResolved, "rate_when_resolved", "is given when the ticket is resolved"},
    {Problem::MergeSelf, "merge_self", "a {0} cannot be merged with itself"},
    {Problem::MergeMissing, "merge_missing", "both records must exist"},
    {Problem::MergeChanged, "merge_changed", "one of the records changed since the merge, so it cannot be undone"},
    {Problem::DealLineCurrency, "deal_line_currency", "{0} is priced in {1}, the deal in {2}"},
    {Problem::CurrencyOfProducts, "currency_of_products", "must be {0}, the currency of the deal's products"},
    {Problem::NotATime, "not_a_time", "must be a time like 14:30"},
    {Problem::NameTaken, "name_taken", "'{0}' is already in the team"},
    {Problem::ImportUndone, "import_undone", "was undone already"},
    {Problem::ExtraCells, "extra_cells", "has more cells than the header has columns ({0})"},
};
} // namespace

std::vector<Problem> allProblems() {
    std::vector<Problem> out;
    for (const Row& r : kRows) out.push_back(r.problem);
    return out;
}

std::string_view problemCode(Problem p) { return kRows[static_cast<int>(p)].code; }

std::string_view problemEnglish(Problem p) { return kRows[static_cast<int>(p)].english; }

std::string fillTemplate(std::string_view text, const std::vector<std::string>& params) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 2 < text.size() && text[i + 2] == '}' && text[i + 1] >= '0' && text[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '0');
            if (n < params.size()) {
                out += params[n];
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace satchel
