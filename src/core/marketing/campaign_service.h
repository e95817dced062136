#pragma once
// Campaigns and their members, and segments (saved contact filters) to pick members from.
// Attributed revenue: deals won, in the campaign's currency, by contacts the campaign converted,
// closed on or after the campaign's start.
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/contacts/contact_query.h"
#include "core/search/search_index.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}
namespace satchel::contacts {
class ContactService;
}

namespace satchel::marketing {

struct CampaignDraft {
    std::string name, channel, goal;
    std::optional<std::int64_t> startsAt, endsAt;
    Money budget;
};

struct Campaign {
    std::int64_t id = 0;
    CampaignDraft details;
};

struct Member {
    std::int64_t contactId = 0;
    std::string name; // the contact's
    std::string status;
    std::int64_t campaignId = 0;
    std::int64_t updatedAt = 0;
};
struct CampaignResults {
    std::map<std::string, std::int64_t> membersByStatus; // targeted, sent, opened, responded, converted
    double conversionRate = 0;                           // converted / members
    Money attributedRevenue;
    std::optional<double> roi; // (revenue - budget) / budget; empty without a budget
};

struct Segment {
    std::int64_t id = 0;
    std::string name;
    contacts::ContactFilter filter;
};

std::string filterToJson(const contacts::ContactFilter& f);
contacts::ContactFilter filterFromJson(const std::string& json);

class CampaignService {
public:
    CampaignService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                    contacts::ContactService& contacts);

    std::int64_t create(const CampaignDraft& draft);
    std::optional<Campaign> get(std::int64_t id) const;
    std::vector<Campaign> list() const; // newest first
    // Members by name; `status` "" = every status.
    std::vector<Member> members(std::int64_t campaignId, const std::string& status, int limit) const;
    // Adds contacts as 'targeted' (already-members keep their status). Returns how many were new.
    std::int64_t addMembers(std::int64_t campaignId, const std::vector<std::int64_t>& contactIds);
    std::int64_t addMembersFromSegment(std::int64_t campaignId, std::int64_t segmentId);
    void setMemberStatus(std::int64_t campaignId, std::int64_t contactId, const std::string& status);
    CampaignResults results(std::int64_t campaignId) const;

    std::int64_t saveSegment(const std::string& name, const contacts::ContactFilter& filter);
    std::vector<Segment> segments() const;

private:
    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit;      // shared by every service (Workspace)
    search::SearchIndex& m_search; // likewise
    contacts::ContactService& m_contacts;
};

} // namespace satchel::marketing
