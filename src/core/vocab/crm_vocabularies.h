#pragma once
// Every closed set of codes Satchel stores, defined once: the codes (as constants logic compares
// against), their display order and English names, and the predicates over them. Services
// validate with `contains`, SQL that needs a literal uses sqlLiteral / sqlList, screens build
// menus and tabs from `terms()` and translate `translationKey(code)`.
#include "core/vocab/vocabulary.h"

#include <span>
#include <string_view>

namespace satchel::vocab {

namespace lifecycle {
inline constexpr std::string_view kLead = "lead", kProspect = "prospect", kCustomer = "customer", kChurned = "churned";
} // namespace lifecycle
extern const Vocabulary kLifecycle;

namespace deal_status {
inline constexpr std::string_view kOpen = "open", kWon = "won", kLost = "lost";
// Won and lost deals are closed: they leave the board and count in the win rate.
inline bool isClosed(std::string_view status) { return status == kWon || status == kLost; }
} // namespace deal_status
extern const Vocabulary kDealStatus;

namespace ticket_status {
inline constexpr std::string_view kNew = "new", kOpen = "open", kWaiting = "waiting", kResolved = "resolved",
                                  kClosed = "closed";
// Still someone's work: counted in the queue, the SLA and the dashboard.
inline bool isUnresolved(std::string_view s) { return s == kNew || s == kOpen || s == kWaiting; }
// Resolved or closed: the customer can rate it.
inline bool isDone(std::string_view s) { return s == kResolved || s == kClosed; }
// The workflow: the statuses a ticket in `from` may move to, in the order buttons show them.
std::span<const std::string_view> nextStatuses(std::string_view from);
// "'new', 'open', 'waiting'": the unresolved statuses as an SQL IN list.
const std::string& unresolvedSqlList();
} // namespace ticket_status
extern const Vocabulary kTicketStatus;

namespace ticket_priority {
inline constexpr std::string_view kLow = "low", kNormal = "normal", kHigh = "high", kUrgent = "urgent";
} // namespace ticket_priority
extern const Vocabulary kTicketPriority;

namespace ticket_channel {
inline constexpr std::string_view kEmail = "email", kPhone = "phone", kChat = "chat", kWeb = "web";
} // namespace ticket_channel
extern const Vocabulary kTicketChannel;

namespace activity_kind {
inline constexpr std::string_view kCall = "call", kEmail = "email", kMeeting = "meeting", kNote = "note",
                                  kTask = "task";
} // namespace activity_kind
extern const Vocabulary kActivityKind;

namespace activity_priority {
inline constexpr std::string_view kLow = "low", kNormal = "normal", kHigh = "high";
} // namespace activity_priority
extern const Vocabulary kActivityPriority;

namespace member_status {
inline constexpr std::string_view kTargeted = "targeted", kSent = "sent", kOpened = "opened", kResponded = "responded",
                                  kConverted = "converted";
} // namespace member_status
extern const Vocabulary kMemberStatus;

namespace order_status {
inline constexpr std::string_view kDraft = "draft", kPlaced = "placed", kPaid = "paid", kShipped = "shipped",
                                  kCancelled = "cancelled";
// Placed, paid and shipped orders are revenue; drafts and cancelled ones are not.
inline bool isRevenue(std::string_view s) { return s == kPlaced || s == kPaid || s == kShipped; }
const std::string& revenueSqlList();
} // namespace order_status
extern const Vocabulary kOrderStatus;

namespace field_entity {
inline constexpr std::string_view kContact = "contact", kCompany = "company", kDeal = "deal";
} // namespace field_entity
extern const Vocabulary kFieldEntity;

namespace field_kind {
inline constexpr std::string_view kText = "text", kNumber = "number", kDate = "date", kChoice = "choice";
} // namespace field_kind
extern const Vocabulary kFieldKind;

// A contact's extra email addresses and phone numbers.
namespace channel_kind {
inline constexpr std::string_view kEmail = "email", kPhone = "phone";
} // namespace channel_kind
extern const Vocabulary kChannelKind;

// Every vocabulary, for the schema test, the translation check and the literal check.
std::span<const Vocabulary* const> all();

} // namespace satchel::vocab
