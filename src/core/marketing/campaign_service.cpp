#include "core/marketing/campaign_service.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/validation_error.h"
#include "core/contacts/contact_service.h"
#include "core/db/database.h"
#include "core/db/transaction.h"

#include <nlohmann/json.hpp>

#include <climits>

namespace satchel::marketing {

std::string filterToJson(const contacts::ContactFilter& f) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    auto put = [&](const char* k, const std::string& v) {
        if (!v.empty()) j[k] = v;
    };
    put("tag", f.tag);
    put("owner", f.owner);
    put("city", f.city);
    put("lifecycle", f.lifecycle);
    put("search", f.search);
    if (f.companyId) j["company_id"] = *f.companyId;
    if (f.dealStageId) j["deal_stage_id"] = *f.dealStageId;
    if (f.customFieldId) {
        j["custom_field_id"] = *f.customFieldId;
        j["custom_value"] = f.customValue;
    }
    return j.dump();
}

contacts::ContactFilter filterFromJson(const std::string& json) {
    const auto j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object()) throw ValidationError("segment", "its saved filter is not readable");
    contacts::ContactFilter f;
    f.tag = j.value("tag", "");
    f.owner = j.value("owner", "");
    f.city = j.value("city", "");
    f.lifecycle = j.value("lifecycle", "");
    f.search = j.value("search", "");
    if (j.contains("company_id")) f.companyId = j["company_id"].get<std::int64_t>();
    if (j.contains("deal_stage_id")) f.dealStageId = j["deal_stage_id"].get<std::int64_t>();
    if (j.contains("custom_field_id")) {
        f.customFieldId = j["custom_field_id"].get<std::int64_t>();
        f.customValue = j.value("custom_value", "");
    }
    return f;
}

CampaignService::CampaignService(db::Database& db, Clock clock, contacts::ContactService& contacts)
    : m_db(db), m_clock(clock), m_audit(db, clock), m_contacts(contacts) {}

std::int64_t CampaignService::create(const CampaignDraft& d) {
    if (text::trim(d.name).empty()) throw ValidationError("name", "is required");
    if (d.budget.minor < 0) throw ValidationError("budget", "cannot be negative");
    if (!isValidCurrency(d.budget.currency)) throw ValidationError("currency", "must be a code like USD or CNY");
    requireSaneTime("start", d.startsAt);
    requireSaneTime("end", d.endsAt);
    if (d.startsAt && d.endsAt && *d.endsAt < *d.startsAt) throw ValidationError("end", "is before the start");
    m_db.prepare("INSERT INTO campaigns (name, channel, starts_at, ends_at, budget_minor, currency, goal) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bindAll(text::trim(d.name), d.channel, d.startsAt, d.endsAt, d.budget.minor, d.budget.currency, d.goal)
        .run();
    const auto id = m_db.lastInsertRowid();
    m_audit.recordChange(audit::Entity::Campaign, id, nullptr, "insert");
    return id;
}

std::optional<Campaign> CampaignService::get(std::int64_t id) const {
    auto stmt = m_db.prepare("SELECT name, channel, goal, starts_at, ends_at, budget_minor, currency FROM campaigns WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    Campaign c{id, {stmt.columnText(0), stmt.columnText(1), stmt.columnText(2), std::nullopt, std::nullopt,
                    {stmt.columnInt64(5), stmt.columnText(6)}}};
    if (!stmt.columnIsNull(3)) c.details.startsAt = stmt.columnInt64(3);
    if (!stmt.columnIsNull(4)) c.details.endsAt = stmt.columnInt64(4);
    return c;
}

std::vector<Campaign> CampaignService::list() const {
    auto stmt = m_db.prepare("SELECT id FROM campaigns ORDER BY id DESC");
    std::vector<Campaign> out;
    while (stmt.step()) out.push_back(*get(stmt.columnInt64(0)));
    return out;
}

std::vector<Member> CampaignService::members(std::int64_t campaignId, const std::string& status, int limit) const {
    auto stmt = m_db.prepare(
        "SELECT c.id, c.name, m.status FROM campaign_members m JOIN contacts c ON c.id = m.contact_id "
        "WHERE m.campaign_id = ?1 AND (?2 = '' OR m.status = ?2) AND c.deleted_at IS NULL "
        "ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?3");
    stmt.bindAll(campaignId, status, limit);
    std::vector<Member> out;
    while (stmt.step()) out.push_back({stmt.columnInt64(0), stmt.columnText(1), stmt.columnText(2)});
    return out;
}

std::int64_t CampaignService::addMembers(std::int64_t campaignId, const std::vector<std::int64_t>& ids) {
    if (!get(campaignId)) throw ValidationError("campaign", "no campaign with id " + std::to_string(campaignId));
    db::Transaction tx(m_db);
    auto insert = m_db.prepare(
        "INSERT OR IGNORE INTO campaign_members (campaign_id, contact_id, status, updated_at) VALUES (?, ?, 'targeted', ?)");
    std::int64_t added = 0;
    for (auto id : ids) {
        insert.bindAll(campaignId, id, m_clock()).run();
        added += m_db.changes();
        insert.reset();
    }
    m_audit.record(audit::Entity::Campaign, campaignId, "members", {{"added", added}});
    tx.commit();
    return added;
}

std::int64_t CampaignService::addMembersFromSegment(std::int64_t campaignId, std::int64_t segmentId) {
    auto stmt = m_db.prepare("SELECT filter_json FROM segments WHERE id = ?");
    stmt.bind(1, segmentId);
    if (!stmt.step()) throw ValidationError("segment", "no segment with id " + std::to_string(segmentId));
    contacts::ContactQuery q;
    q.filter = filterFromJson(stmt.columnText(0));
    q.limit = INT_MAX;
    std::vector<std::int64_t> ids;
    for (const auto& c : m_contacts.list(q).rows) ids.push_back(c.id);
    return addMembers(campaignId, ids);
}

void CampaignService::setMemberStatus(std::int64_t campaignId, std::int64_t contactId, const std::string& status) {
    if (status != "targeted" && status != "sent" && status != "opened" && status != "responded" && status != "converted")
        throw ValidationError("status", "must be targeted, sent, opened, responded or converted");
    m_db.prepare("UPDATE campaign_members SET status = ?, updated_at = ? WHERE campaign_id = ? AND contact_id = ?")
        .bindAll(status, m_clock(), campaignId, contactId)
        .run();
    if (m_db.changes() == 0) throw ValidationError("member", "that contact is not in this campaign");
}

CampaignResults CampaignService::results(std::int64_t campaignId) const {
    const auto campaign = get(campaignId);
    if (!campaign) throw ValidationError("campaign", "no campaign with id " + std::to_string(campaignId));
    CampaignResults r;
    r.membersByStatus = {{"targeted", 0}, {"sent", 0}, {"opened", 0}, {"responded", 0}, {"converted", 0}};
    auto stmt = m_db.prepare("SELECT status, count(*) FROM campaign_members WHERE campaign_id = ? GROUP BY status");
    stmt.bind(1, campaignId);
    std::int64_t members = 0;
    while (stmt.step()) {
        r.membersByStatus[stmt.columnText(0)] = stmt.columnInt64(1);
        members += stmt.columnInt64(1);
    }
    r.conversionRate = members ? static_cast<double>(r.membersByStatus["converted"]) / static_cast<double>(members) : 0.0;
    auto revenue = m_db.prepare(
        "SELECT coalesce(sum(d.amount_minor), 0) FROM deals d JOIN campaign_members m ON m.contact_id = d.contact_id "
        "WHERE m.campaign_id = ? AND m.status = 'converted' AND d.status = 'won' AND d.deleted_at IS NULL "
        "AND d.currency = ? AND d.closed_at >= ?");
    revenue.bindAll(campaignId, campaign->details.budget.currency, campaign->details.startsAt.value_or(0));
    revenue.step();
    r.attributedRevenue = {revenue.columnInt64(0), campaign->details.budget.currency};
    if (campaign->details.budget.minor > 0)
        r.roi = static_cast<double>(r.attributedRevenue.minor - campaign->details.budget.minor) /
                static_cast<double>(campaign->details.budget.minor);
    return r;
}

std::int64_t CampaignService::saveSegment(const std::string& name, const contacts::ContactFilter& filter) {
    if (text::trim(name).empty()) throw ValidationError("name", "is required");
    m_db.prepare("INSERT INTO segments (name, filter_json) VALUES (?, ?) "
                 "ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json")
        .bindAll(text::trim(name), filterToJson(filter))
        .run();
    auto stmt = m_db.prepare("SELECT id FROM segments WHERE name = ?");
    stmt.bind(1, text::trim(name));
    stmt.step();
    return stmt.columnInt64(0);
}

std::vector<Segment> CampaignService::segments() const {
    auto stmt = m_db.prepare("SELECT id, name, filter_json FROM segments ORDER BY name COLLATE NOCASE");
    std::vector<Segment> out;
    while (stmt.step()) out.push_back({stmt.columnInt64(0), stmt.columnText(1), filterFromJson(stmt.columnText(2))});
    return out;
}

} // namespace satchel::marketing
