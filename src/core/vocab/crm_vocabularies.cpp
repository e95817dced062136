#include "core/vocab/crm_vocabularies.h"

#include <string>

namespace satchel::vocab {

namespace {
constexpr Term kLifecycleTerms[] = {{lifecycle::kLead, "Lead"},
                                    {lifecycle::kProspect, "Prospect"},
                                    {lifecycle::kCustomer, "Customer"},
                                    {lifecycle::kChurned, "Churned"}};
constexpr Term kDealStatusTerms[] = {
    {deal_status::kOpen, "Open"}, {deal_status::kWon, "Won"}, {deal_status::kLost, "Lost"}};
constexpr Term kTicketStatusTerms[] = {{ticket_status::kNew, "New"},
                                       {ticket_status::kOpen, "Open"},
                                       {ticket_status::kWaiting, "Waiting"},
                                       {ticket_status::kResolved, "Resolved"},
                                       {ticket_status::kClosed, "Closed"}};
constexpr Term kTicketPriorityTerms[] = {{ticket_priority::kLow, "Low"},
                                         {ticket_priority::kNormal, "Normal"},
                                         {ticket_priority::kHigh, "High"},
                                         {ticket_priority::kUrgent, "Urgent"}};
constexpr Term kTicketChannelTerms[] = {{ticket_channel::kEmail, "Email"},
                                        {ticket_channel::kPhone, "Phone"},
                                        {ticket_channel::kChat, "Chat"},
                                        {ticket_channel::kWeb, "Web"}};
constexpr Term kActivityKindTerms[] = {{activity_kind::kCall, "Call"},
                                       {activity_kind::kEmail, "Email"},
                                       {activity_kind::kMeeting, "Meeting"},
                                       {activity_kind::kNote, "Note"},
                                       {activity_kind::kTask, "Task"}};
constexpr Term kActivityPriorityTerms[] = {
    {activity_priority::kLow, "Low"}, {activity_priority::kNormal, "Normal"}, {activity_priority::kHigh, "High"}};
constexpr Term kMemberStatusTerms[] = {{member_status::kTargeted, "Targeted"},
                                       {member_status::kSent, "Sent"},
                                       {member_status::kOpened, "Opened"},
                                       {member_status::kResponded, "Responded"},
                                       {member_status::kConverted, "Converted"}};
constexpr Term kOrderStatusTerms[] = {{order_status::kDraft, "Draft"},
                                      {order_status::kPlaced, "Placed"},
                                      {order_status::kPaid, "Paid"},
                                      {order_status::kShipped, "Shipped"},
                                      {order_status::kCancelled, "Cancelled"}};
constexpr Term kFieldEntityTerms[] = {
    {field_entity::kContact, "Contact"}, {field_entity::kCompany, "Company"}, {field_entity::kDeal, "Deal"}};
constexpr Term kFieldKindTerms[] = {{field_kind::kText, "Text"},
                                    {field_kind::kNumber, "Number"},
                                    {field_kind::kDate, "Date"},
                                    {field_kind::kChoice, "Choice"}};
constexpr Term kChannelKindTerms[] = {{channel_kind::kEmail, "Email"}, {channel_kind::kPhone, "Phone"}};
} // namespace

const Vocabulary kLifecycle{"lifecycle", kLifecycleTerms};
const Vocabulary kDealStatus{"deal_status", kDealStatusTerms};
const Vocabulary kTicketStatus{"ticket_status", kTicketStatusTerms};
const Vocabulary kTicketPriority{"ticket_priority", kTicketPriorityTerms};
const Vocabulary kTicketChannel{"ticket_channel", kTicketChannelTerms};
const Vocabulary kActivityKind{"activity_kind", kActivityKindTerms};
const Vocabulary kActivityPriority{"activity_priority", kActivityPriorityTerms};
const Vocabulary kMemberStatus{"member_status", kMemberStatusTerms};
const Vocabulary kOrderStatus{"order_status", kOrderStatusTerms};
const Vocabulary kFieldEntity{"field_entity", kFieldEntityTerms};
const Vocabulary kFieldKind{"field_kind", kFieldKindTerms};
const Vocabulary kChannelKind{"channel_kind", kChannelKindTerms};

std::span<const std::string_view> ticket_status::nextStatuses(std::string_view from) {
    // New work is started or closed as spam; waiting goes back to work when the customer answers;
    // a resolved ticket reopens or closes; closed is final.
    static constexpr std::string_view fromNew[] = {kOpen, kClosed};
    static constexpr std::string_view fromOpen[] = {kWaiting, kResolved};
    static constexpr std::string_view fromWaiting[] = {kOpen, kResolved};
    static constexpr std::string_view fromResolved[] = {kOpen, kClosed};
    if (from == kNew) return fromNew;
    if (from == kOpen) return fromOpen;
    if (from == kWaiting) return fromWaiting;
    if (from == kResolved) return fromResolved;
    return {};
}

const std::string& ticket_status::unresolvedSqlList() {
    static const std::string list = sqlLiteral(kNew) + ", " + sqlLiteral(kOpen) + ", " + sqlLiteral(kWaiting);
    return list;
}

const std::string& order_status::revenueSqlList() {
    static const std::string list = sqlLiteral(kPlaced) + ", " + sqlLiteral(kPaid) + ", " + sqlLiteral(kShipped);
    return list;
}

std::span<const Vocabulary* const> all() {
    static const Vocabulary* const vocabularies[] = {
        &kLifecycle,        &kDealStatus,   &kTicketStatus, &kTicketPriority, &kTicketChannel, &kActivityKind,
        &kActivityPriority, &kMemberStatus, &kOrderStatus,  &kFieldEntity,    &kFieldKind,     &kChannelKind};
    return vocabularies;
}

} // namespace satchel::vocab
